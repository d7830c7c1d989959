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
    struct awsc_endpoint_context_param context_params[2];
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
    struct awsc__sesv2_pagers pagers; /* <awsc/sesv2.h> */
#endif
    struct awsc__sesv2_rules rules;
    struct awsc_shape shapes[589];
    struct awsc_member members[799];
    uint16_t by_wire_name[799];
    struct awsc_range ranges[46];
    char strings[25667];
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
        .name_ref = REF(service.name_ref, strings[25596]),
        .service_id_ref = REF(service.service_id_ref, strings[25602]),
        .full_name_ref = REF(service.full_name_ref, strings[25608]),
        .api_version_ref = REF(service.api_version_ref, strings[25636]),
        .endpoint_prefix_ref = REF(service.endpoint_prefix_ref, strings[25647]),
        .signing_name_ref = REF(service.signing_name_ref, strings[25653]),
        .json_version_ref = REF(service.json_version_ref, strings[25657]),
        .env_name_ref = REF(service.env_name_ref, strings[25661]),
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
            .name_ref = REF(operations[0].name_ref, strings[19257]),
            .http_method_ref = REF(operations[0].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[0].request_uri_ref, strings[19281]),
            .input_ref = REF(operations[0].input_ref, shapes[21]),
            .output_ref = REF(operations[0].output_ref, shapes[22]),
            .errors_ref = REF(operations[0].errors_ref, op_errors[0]),
            .service_ref = REF(operations[0].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [1] = { /* CancelExportJob */
            .name_ref = REF(operations[1].name_ref, strings[19305]),
            .http_method_ref = REF(operations[1].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[1].request_uri_ref, strings[19325]),
            .input_ref = REF(operations[1].input_ref, shapes[41]),
            .output_ref = REF(operations[1].output_ref, shapes[42]),
            .errors_ref = REF(operations[1].errors_ref, op_errors[4]),
            .service_ref = REF(operations[1].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [2] = { /* CreateConfigurationSet */
            .name_ref = REF(operations[2].name_ref, strings[19362]),
            .http_method_ref = REF(operations[2].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[2].request_uri_ref, strings[19385]),
            .input_ref = REF(operations[2].input_ref, shapes[65]),
            .output_ref = REF(operations[2].output_ref, shapes[66]),
            .errors_ref = REF(operations[2].errors_ref, op_errors[7]),
            .service_ref = REF(operations[2].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [3] = { /* CreateConfigurationSetEventDestination */
            .name_ref = REF(operations[3].name_ref, strings[19414]),
            .http_method_ref = REF(operations[3].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[3].request_uri_ref, strings[19453]),
            .input_ref = REF(operations[3].input_ref, shapes[63]),
            .output_ref = REF(operations[3].output_ref, shapes[64]),
            .errors_ref = REF(operations[3].errors_ref, op_errors[13]),
            .service_ref = REF(operations[3].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [4] = { /* CreateContact */
            .name_ref = REF(operations[4].name_ref, strings[19524]),
            .http_method_ref = REF(operations[4].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[4].request_uri_ref, strings[19538]),
            .input_ref = REF(operations[4].input_ref, shapes[69]),
            .output_ref = REF(operations[4].output_ref, shapes[70]),
            .errors_ref = REF(operations[4].errors_ref, op_errors[18]),
            .service_ref = REF(operations[4].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [5] = { /* CreateContactList */
            .name_ref = REF(operations[5].name_ref, strings[19589]),
            .http_method_ref = REF(operations[5].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[5].request_uri_ref, strings[19607]),
            .input_ref = REF(operations[5].input_ref, shapes[67]),
            .output_ref = REF(operations[5].output_ref, shapes[68]),
            .errors_ref = REF(operations[5].errors_ref, op_errors[22]),
            .service_ref = REF(operations[5].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [6] = { /* CreateCustomVerificationEmailTemplate */
            .name_ref = REF(operations[6].name_ref, strings[19631]),
            .http_method_ref = REF(operations[6].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[6].request_uri_ref, strings[19669]),
            .input_ref = REF(operations[6].input_ref, shapes[71]),
            .output_ref = REF(operations[6].output_ref, shapes[72]),
            .errors_ref = REF(operations[6].errors_ref, op_errors[26]),
            .service_ref = REF(operations[6].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [7] = { /* CreateDedicatedIpPool */
            .name_ref = REF(operations[7].name_ref, strings[19715]),
            .http_method_ref = REF(operations[7].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[7].request_uri_ref, strings[19737]),
            .input_ref = REF(operations[7].input_ref, shapes[73]),
            .output_ref = REF(operations[7].output_ref, shapes[74]),
            .errors_ref = REF(operations[7].errors_ref, op_errors[31]),
            .service_ref = REF(operations[7].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [8] = { /* CreateDeliverabilityTestReport */
            .name_ref = REF(operations[8].name_ref, strings[19766]),
            .http_method_ref = REF(operations[8].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[8].request_uri_ref, strings[19797]),
            .input_ref = REF(operations[8].input_ref, shapes[75]),
            .output_ref = REF(operations[8].output_ref, shapes[76]),
            .errors_ref = REF(operations[8].errors_ref, op_errors[36]),
            .service_ref = REF(operations[8].service_ref, service),
            .error_count = 9,
            .auth = AWSC_AUTH_SIGV4,
        },
        [9] = { /* CreateEmailIdentity */
            .name_ref = REF(operations[9].name_ref, strings[19837]),
            .http_method_ref = REF(operations[9].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[9].request_uri_ref, strings[19857]),
            .input_ref = REF(operations[9].input_ref, shapes[79]),
            .output_ref = REF(operations[9].output_ref, shapes[80]),
            .errors_ref = REF(operations[9].errors_ref, op_errors[45]),
            .service_ref = REF(operations[9].service_ref, service),
            .error_count = 6,
            .auth = AWSC_AUTH_SIGV4,
        },
        [10] = { /* CreateEmailIdentityPolicy */
            .name_ref = REF(operations[10].name_ref, strings[19878]),
            .http_method_ref = REF(operations[10].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[10].request_uri_ref, strings[19904]),
            .input_ref = REF(operations[10].input_ref, shapes[77]),
            .output_ref = REF(operations[10].output_ref, shapes[78]),
            .errors_ref = REF(operations[10].errors_ref, op_errors[51]),
            .service_ref = REF(operations[10].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [11] = { /* CreateEmailTemplate */
            .name_ref = REF(operations[11].name_ref, strings[19963]),
            .http_method_ref = REF(operations[11].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[11].request_uri_ref, strings[19983]),
            .input_ref = REF(operations[11].input_ref, shapes[81]),
            .output_ref = REF(operations[11].output_ref, shapes[82]),
            .errors_ref = REF(operations[11].errors_ref, op_errors[56]),
            .service_ref = REF(operations[11].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [12] = { /* CreateExportJob */
            .name_ref = REF(operations[12].name_ref, strings[20003]),
            .http_method_ref = REF(operations[12].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[12].request_uri_ref, strings[20019]),
            .input_ref = REF(operations[12].input_ref, shapes[83]),
            .output_ref = REF(operations[12].output_ref, shapes[84]),
            .errors_ref = REF(operations[12].errors_ref, op_errors[60]),
            .service_ref = REF(operations[12].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [13] = { /* CreateImportJob */
            .name_ref = REF(operations[13].name_ref, strings[20041]),
            .http_method_ref = REF(operations[13].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[13].request_uri_ref, strings[20057]),
            .input_ref = REF(operations[13].input_ref, shapes[85]),
            .output_ref = REF(operations[13].output_ref, shapes[86]),
            .errors_ref = REF(operations[13].errors_ref, op_errors[64]),
            .service_ref = REF(operations[13].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [14] = { /* CreateMultiRegionEndpoint */
            .name_ref = REF(operations[14].name_ref, strings[20079]),
            .http_method_ref = REF(operations[14].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[14].request_uri_ref, strings[20105]),
            .input_ref = REF(operations[14].input_ref, shapes[87]),
            .output_ref = REF(operations[14].output_ref, shapes[88]),
            .errors_ref = REF(operations[14].errors_ref, op_errors[67]),
            .service_ref = REF(operations[14].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [15] = { /* CreateTenant */
            .name_ref = REF(operations[15].name_ref, strings[20138]),
            .http_method_ref = REF(operations[15].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[15].request_uri_ref, strings[20151]),
            .input_ref = REF(operations[15].input_ref, shapes[89]),
            .output_ref = REF(operations[15].output_ref, shapes[92]),
            .errors_ref = REF(operations[15].errors_ref, op_errors[71]),
            .service_ref = REF(operations[15].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [16] = { /* CreateTenantResourceAssociation */
            .name_ref = REF(operations[16].name_ref, strings[20169]),
            .http_method_ref = REF(operations[16].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[16].request_uri_ref, strings[20201]),
            .input_ref = REF(operations[16].input_ref, shapes[90]),
            .output_ref = REF(operations[16].output_ref, shapes[91]),
            .errors_ref = REF(operations[16].errors_ref, op_errors[75]),
            .service_ref = REF(operations[16].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [17] = { /* DeleteConfigurationSet */
            .name_ref = REF(operations[17].name_ref, strings[20229]),
            .http_method_ref = REF(operations[17].http_method_ref, strings[20252]),
            .request_uri_ref = REF(operations[17].request_uri_ref, strings[20259]),
            .input_ref = REF(operations[17].input_ref, shapes[107]),
            .output_ref = REF(operations[17].output_ref, shapes[108]),
            .errors_ref = REF(operations[17].errors_ref, op_errors[79]),
            .service_ref = REF(operations[17].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [18] = { /* DeleteConfigurationSetEventDestination */
            .name_ref = REF(operations[18].name_ref, strings[20311]),
            .http_method_ref = REF(operations[18].http_method_ref, strings[20252]),
            .request_uri_ref = REF(operations[18].request_uri_ref, strings[20350]),
            .input_ref = REF(operations[18].input_ref, shapes[105]),
            .output_ref = REF(operations[18].output_ref, shapes[106]),
            .errors_ref = REF(operations[18].errors_ref, op_errors[83]),
            .service_ref = REF(operations[18].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [19] = { /* DeleteContact */
            .name_ref = REF(operations[19].name_ref, strings[20444]),
            .http_method_ref = REF(operations[19].http_method_ref, strings[20252]),
            .request_uri_ref = REF(operations[19].request_uri_ref, strings[20458]),
            .input_ref = REF(operations[19].input_ref, shapes[111]),
            .output_ref = REF(operations[19].output_ref, shapes[112]),
            .errors_ref = REF(operations[19].errors_ref, op_errors[86]),
            .service_ref = REF(operations[19].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [20] = { /* DeleteContactList */
            .name_ref = REF(operations[20].name_ref, strings[20524]),
            .http_method_ref = REF(operations[20].http_method_ref, strings[20252]),
            .request_uri_ref = REF(operations[20].request_uri_ref, strings[20542]),
            .input_ref = REF(operations[20].input_ref, shapes[109]),
            .output_ref = REF(operations[20].output_ref, shapes[110]),
            .errors_ref = REF(operations[20].errors_ref, op_errors[89]),
            .service_ref = REF(operations[20].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [21] = { /* DeleteCustomVerificationEmailTemplate */
            .name_ref = REF(operations[21].name_ref, strings[20584]),
            .http_method_ref = REF(operations[21].http_method_ref, strings[20252]),
            .request_uri_ref = REF(operations[21].request_uri_ref, strings[20622]),
            .input_ref = REF(operations[21].input_ref, shapes[113]),
            .output_ref = REF(operations[21].output_ref, shapes[114]),
            .errors_ref = REF(operations[21].errors_ref, op_errors[93]),
            .service_ref = REF(operations[21].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [22] = { /* DeleteDedicatedIpPool */
            .name_ref = REF(operations[22].name_ref, strings[20683]),
            .http_method_ref = REF(operations[22].http_method_ref, strings[20252]),
            .request_uri_ref = REF(operations[22].request_uri_ref, strings[20705]),
            .input_ref = REF(operations[22].input_ref, shapes[115]),
            .output_ref = REF(operations[22].output_ref, shapes[116]),
            .errors_ref = REF(operations[22].errors_ref, op_errors[96]),
            .service_ref = REF(operations[22].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [23] = { /* DeleteEmailIdentity */
            .name_ref = REF(operations[23].name_ref, strings[20745]),
            .http_method_ref = REF(operations[23].http_method_ref, strings[20252]),
            .request_uri_ref = REF(operations[23].request_uri_ref, strings[20765]),
            .input_ref = REF(operations[23].input_ref, shapes[119]),
            .output_ref = REF(operations[23].output_ref, shapes[120]),
            .errors_ref = REF(operations[23].errors_ref, op_errors[100]),
            .service_ref = REF(operations[23].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [24] = { /* DeleteEmailIdentityPolicy */
            .name_ref = REF(operations[24].name_ref, strings[20802]),
            .http_method_ref = REF(operations[24].http_method_ref, strings[20252]),
            .request_uri_ref = REF(operations[24].request_uri_ref, strings[19904]),
            .input_ref = REF(operations[24].input_ref, shapes[117]),
            .output_ref = REF(operations[24].output_ref, shapes[118]),
            .errors_ref = REF(operations[24].errors_ref, op_errors[104]),
            .service_ref = REF(operations[24].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [25] = { /* DeleteEmailTemplate */
            .name_ref = REF(operations[25].name_ref, strings[20828]),
            .http_method_ref = REF(operations[25].http_method_ref, strings[20252]),
            .request_uri_ref = REF(operations[25].request_uri_ref, strings[20848]),
            .input_ref = REF(operations[25].input_ref, shapes[121]),
            .output_ref = REF(operations[25].output_ref, shapes[122]),
            .errors_ref = REF(operations[25].errors_ref, op_errors[107]),
            .service_ref = REF(operations[25].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [26] = { /* DeleteMultiRegionEndpoint */
            .name_ref = REF(operations[26].name_ref, strings[20883]),
            .http_method_ref = REF(operations[26].http_method_ref, strings[20252]),
            .request_uri_ref = REF(operations[26].request_uri_ref, strings[20909]),
            .input_ref = REF(operations[26].input_ref, shapes[123]),
            .output_ref = REF(operations[26].output_ref, shapes[124]),
            .errors_ref = REF(operations[26].errors_ref, op_errors[110]),
            .service_ref = REF(operations[26].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [27] = { /* DeleteSuppressedDestination */
            .name_ref = REF(operations[27].name_ref, strings[20957]),
            .http_method_ref = REF(operations[27].http_method_ref, strings[20252]),
            .request_uri_ref = REF(operations[27].request_uri_ref, strings[20985]),
            .input_ref = REF(operations[27].input_ref, shapes[125]),
            .output_ref = REF(operations[27].output_ref, shapes[126]),
            .errors_ref = REF(operations[27].errors_ref, op_errors[114]),
            .service_ref = REF(operations[27].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [28] = { /* DeleteTenant */
            .name_ref = REF(operations[28].name_ref, strings[21032]),
            .http_method_ref = REF(operations[28].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[28].request_uri_ref, strings[21045]),
            .input_ref = REF(operations[28].input_ref, shapes[127]),
            .output_ref = REF(operations[28].output_ref, shapes[130]),
            .errors_ref = REF(operations[28].errors_ref, op_errors[117]),
            .service_ref = REF(operations[28].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [29] = { /* DeleteTenantResourceAssociation */
            .name_ref = REF(operations[29].name_ref, strings[21070]),
            .http_method_ref = REF(operations[29].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[29].request_uri_ref, strings[21102]),
            .input_ref = REF(operations[29].input_ref, shapes[128]),
            .output_ref = REF(operations[29].output_ref, shapes[129]),
            .errors_ref = REF(operations[29].errors_ref, op_errors[120]),
            .service_ref = REF(operations[29].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [30] = { /* GetAccount */
            .name_ref = REF(operations[30].name_ref, strings[21137]),
            .http_method_ref = REF(operations[30].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[30].request_uri_ref, strings[21152]),
            .input_ref = REF(operations[30].input_ref, shapes[213]),
            .output_ref = REF(operations[30].output_ref, shapes[214]),
            .errors_ref = REF(operations[30].errors_ref, op_errors[123]),
            .service_ref = REF(operations[30].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [31] = { /* GetBlacklistReports */
            .name_ref = REF(operations[31].name_ref, strings[21170]),
            .http_method_ref = REF(operations[31].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[31].request_uri_ref, strings[21190]),
            .input_ref = REF(operations[31].input_ref, shapes[215]),
            .output_ref = REF(operations[31].output_ref, shapes[216]),
            .errors_ref = REF(operations[31].errors_ref, op_errors[125]),
            .service_ref = REF(operations[31].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [32] = { /* GetConfigurationSet */
            .name_ref = REF(operations[32].name_ref, strings[21242]),
            .http_method_ref = REF(operations[32].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[32].request_uri_ref, strings[20259]),
            .input_ref = REF(operations[32].input_ref, shapes[219]),
            .output_ref = REF(operations[32].output_ref, shapes[220]),
            .errors_ref = REF(operations[32].errors_ref, op_errors[128]),
            .service_ref = REF(operations[32].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [33] = { /* GetConfigurationSetEventDestinations */
            .name_ref = REF(operations[33].name_ref, strings[21262]),
            .http_method_ref = REF(operations[33].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[33].request_uri_ref, strings[19453]),
            .input_ref = REF(operations[33].input_ref, shapes[217]),
            .output_ref = REF(operations[33].output_ref, shapes[218]),
            .errors_ref = REF(operations[33].errors_ref, op_errors[131]),
            .service_ref = REF(operations[33].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [34] = { /* GetContact */
            .name_ref = REF(operations[34].name_ref, strings[21299]),
            .http_method_ref = REF(operations[34].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[34].request_uri_ref, strings[20458]),
            .input_ref = REF(operations[34].input_ref, shapes[223]),
            .output_ref = REF(operations[34].output_ref, shapes[224]),
            .errors_ref = REF(operations[34].errors_ref, op_errors[134]),
            .service_ref = REF(operations[34].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [35] = { /* GetContactList */
            .name_ref = REF(operations[35].name_ref, strings[21310]),
            .http_method_ref = REF(operations[35].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[35].request_uri_ref, strings[20542]),
            .input_ref = REF(operations[35].input_ref, shapes[221]),
            .output_ref = REF(operations[35].output_ref, shapes[222]),
            .errors_ref = REF(operations[35].errors_ref, op_errors[137]),
            .service_ref = REF(operations[35].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [36] = { /* GetCustomVerificationEmailTemplate */
            .name_ref = REF(operations[36].name_ref, strings[21325]),
            .http_method_ref = REF(operations[36].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[36].request_uri_ref, strings[20622]),
            .input_ref = REF(operations[36].input_ref, shapes[225]),
            .output_ref = REF(operations[36].output_ref, shapes[226]),
            .errors_ref = REF(operations[36].errors_ref, op_errors[140]),
            .service_ref = REF(operations[36].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [37] = { /* GetDedicatedIp */
            .name_ref = REF(operations[37].name_ref, strings[21360]),
            .http_method_ref = REF(operations[37].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[37].request_uri_ref, strings[21375]),
            .input_ref = REF(operations[37].input_ref, shapes[229]),
            .output_ref = REF(operations[37].output_ref, shapes[230]),
            .errors_ref = REF(operations[37].errors_ref, op_errors[143]),
            .service_ref = REF(operations[37].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [38] = { /* GetDedicatedIpPool */
            .name_ref = REF(operations[38].name_ref, strings[21404]),
            .http_method_ref = REF(operations[38].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[38].request_uri_ref, strings[20705]),
            .input_ref = REF(operations[38].input_ref, shapes[227]),
            .output_ref = REF(operations[38].output_ref, shapes[228]),
            .errors_ref = REF(operations[38].errors_ref, op_errors[146]),
            .service_ref = REF(operations[38].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [39] = { /* GetDedicatedIps */
            .name_ref = REF(operations[39].name_ref, strings[21423]),
            .http_method_ref = REF(operations[39].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[39].request_uri_ref, strings[21439]),
            .input_ref = REF(operations[39].input_ref, shapes[231]),
            .output_ref = REF(operations[39].output_ref, shapes[232]),
            .errors_ref = REF(operations[39].errors_ref, op_errors[149]),
            .service_ref = REF(operations[39].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [40] = { /* GetDeliverabilityDashboardOptions */
            .name_ref = REF(operations[40].name_ref, strings[21463]),
            .http_method_ref = REF(operations[40].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[40].request_uri_ref, strings[21497]),
            .input_ref = REF(operations[40].input_ref, shapes[233]),
            .output_ref = REF(operations[40].output_ref, shapes[234]),
            .errors_ref = REF(operations[40].errors_ref, op_errors[152]),
            .service_ref = REF(operations[40].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [41] = { /* GetDeliverabilityTestReport */
            .name_ref = REF(operations[41].name_ref, strings[21532]),
            .http_method_ref = REF(operations[41].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[41].request_uri_ref, strings[21560]),
            .input_ref = REF(operations[41].input_ref, shapes[235]),
            .output_ref = REF(operations[41].output_ref, shapes[236]),
            .errors_ref = REF(operations[41].errors_ref, op_errors[155]),
            .service_ref = REF(operations[41].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [42] = { /* GetDomainDeliverabilityCampaign */
            .name_ref = REF(operations[42].name_ref, strings[21619]),
            .http_method_ref = REF(operations[42].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[42].request_uri_ref, strings[21651]),
            .input_ref = REF(operations[42].input_ref, shapes[237]),
            .output_ref = REF(operations[42].output_ref, shapes[238]),
            .errors_ref = REF(operations[42].errors_ref, op_errors[158]),
            .service_ref = REF(operations[42].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [43] = { /* GetDomainStatisticsReport */
            .name_ref = REF(operations[43].name_ref, strings[21709]),
            .http_method_ref = REF(operations[43].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[43].request_uri_ref, strings[21735]),
            .input_ref = REF(operations[43].input_ref, shapes[239]),
            .output_ref = REF(operations[43].output_ref, shapes[240]),
            .errors_ref = REF(operations[43].errors_ref, op_errors[161]),
            .service_ref = REF(operations[43].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [44] = { /* GetEmailAddressInsights */
            .name_ref = REF(operations[44].name_ref, strings[21797]),
            .http_method_ref = REF(operations[44].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[44].request_uri_ref, strings[21821]),
            .input_ref = REF(operations[44].input_ref, shapes[241]),
            .output_ref = REF(operations[44].output_ref, shapes[242]),
            .errors_ref = REF(operations[44].errors_ref, op_errors[164]),
            .service_ref = REF(operations[44].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [45] = { /* GetEmailIdentity */
            .name_ref = REF(operations[45].name_ref, strings[21855]),
            .http_method_ref = REF(operations[45].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[45].request_uri_ref, strings[20765]),
            .input_ref = REF(operations[45].input_ref, shapes[245]),
            .output_ref = REF(operations[45].output_ref, shapes[246]),
            .errors_ref = REF(operations[45].errors_ref, op_errors[166]),
            .service_ref = REF(operations[45].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [46] = { /* GetEmailIdentityPolicies */
            .name_ref = REF(operations[46].name_ref, strings[21872]),
            .http_method_ref = REF(operations[46].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[46].request_uri_ref, strings[21897]),
            .input_ref = REF(operations[46].input_ref, shapes[243]),
            .output_ref = REF(operations[46].output_ref, shapes[244]),
            .errors_ref = REF(operations[46].errors_ref, op_errors[169]),
            .service_ref = REF(operations[46].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [47] = { /* GetEmailTemplate */
            .name_ref = REF(operations[47].name_ref, strings[21943]),
            .http_method_ref = REF(operations[47].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[47].request_uri_ref, strings[20848]),
            .input_ref = REF(operations[47].input_ref, shapes[247]),
            .output_ref = REF(operations[47].output_ref, shapes[248]),
            .errors_ref = REF(operations[47].errors_ref, op_errors[172]),
            .service_ref = REF(operations[47].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [48] = { /* GetExportJob */
            .name_ref = REF(operations[48].name_ref, strings[21960]),
            .http_method_ref = REF(operations[48].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[48].request_uri_ref, strings[21973]),
            .input_ref = REF(operations[48].input_ref, shapes[249]),
            .output_ref = REF(operations[48].output_ref, shapes[250]),
            .errors_ref = REF(operations[48].errors_ref, op_errors[175]),
            .service_ref = REF(operations[48].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [49] = { /* GetImportJob */
            .name_ref = REF(operations[49].name_ref, strings[22003]),
            .http_method_ref = REF(operations[49].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[49].request_uri_ref, strings[22016]),
            .input_ref = REF(operations[49].input_ref, shapes[251]),
            .output_ref = REF(operations[49].output_ref, shapes[252]),
            .errors_ref = REF(operations[49].errors_ref, op_errors[178]),
            .service_ref = REF(operations[49].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [50] = { /* GetMessageInsights */
            .name_ref = REF(operations[50].name_ref, strings[22046]),
            .http_method_ref = REF(operations[50].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[50].request_uri_ref, strings[22065]),
            .input_ref = REF(operations[50].input_ref, shapes[253]),
            .output_ref = REF(operations[50].output_ref, shapes[254]),
            .errors_ref = REF(operations[50].errors_ref, op_errors[181]),
            .service_ref = REF(operations[50].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [51] = { /* GetMultiRegionEndpoint */
            .name_ref = REF(operations[51].name_ref, strings[22097]),
            .http_method_ref = REF(operations[51].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[51].request_uri_ref, strings[20909]),
            .input_ref = REF(operations[51].input_ref, shapes[255]),
            .output_ref = REF(operations[51].output_ref, shapes[256]),
            .errors_ref = REF(operations[51].errors_ref, op_errors[184]),
            .service_ref = REF(operations[51].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [52] = { /* GetReputationEntity */
            .name_ref = REF(operations[52].name_ref, strings[22120]),
            .http_method_ref = REF(operations[52].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[52].request_uri_ref, strings[22140]),
            .input_ref = REF(operations[52].input_ref, shapes[257]),
            .output_ref = REF(operations[52].output_ref, shapes[258]),
            .errors_ref = REF(operations[52].errors_ref, op_errors[187]),
            .service_ref = REF(operations[52].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [53] = { /* GetSuppressedDestination */
            .name_ref = REF(operations[53].name_ref, strings[22221]),
            .http_method_ref = REF(operations[53].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[53].request_uri_ref, strings[20985]),
            .input_ref = REF(operations[53].input_ref, shapes[259]),
            .output_ref = REF(operations[53].output_ref, shapes[260]),
            .errors_ref = REF(operations[53].errors_ref, op_errors[190]),
            .service_ref = REF(operations[53].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [54] = { /* GetTenant */
            .name_ref = REF(operations[54].name_ref, strings[22246]),
            .http_method_ref = REF(operations[54].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[54].request_uri_ref, strings[22256]),
            .input_ref = REF(operations[54].input_ref, shapes[261]),
            .output_ref = REF(operations[54].output_ref, shapes[262]),
            .errors_ref = REF(operations[54].errors_ref, op_errors[193]),
            .service_ref = REF(operations[54].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [55] = { /* ListConfigurationSets */
            .name_ref = REF(operations[55].name_ref, strings[22278]),
            .http_method_ref = REF(operations[55].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[55].request_uri_ref, strings[19385]),
            .input_ref = REF(operations[55].input_ref, shapes[298]),
            .output_ref = REF(operations[55].output_ref, shapes[299]),
            .errors_ref = REF(operations[55].errors_ref, op_errors[196]),
            .service_ref = REF(operations[55].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [56] = { /* ListContactLists */
            .name_ref = REF(operations[56].name_ref, strings[22300]),
            .http_method_ref = REF(operations[56].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[56].request_uri_ref, strings[19607]),
            .input_ref = REF(operations[56].input_ref, shapes[300]),
            .output_ref = REF(operations[56].output_ref, shapes[301]),
            .errors_ref = REF(operations[56].errors_ref, op_errors[198]),
            .service_ref = REF(operations[56].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [57] = { /* ListContacts */
            .name_ref = REF(operations[57].name_ref, strings[22317]),
            .http_method_ref = REF(operations[57].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[57].request_uri_ref, strings[22330]),
            .input_ref = REF(operations[57].input_ref, shapes[303]),
            .output_ref = REF(operations[57].output_ref, shapes[304]),
            .errors_ref = REF(operations[57].errors_ref, op_errors[200]),
            .service_ref = REF(operations[57].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [58] = { /* ListCustomVerificationEmailTemplates */
            .name_ref = REF(operations[58].name_ref, strings[22386]),
            .http_method_ref = REF(operations[58].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[58].request_uri_ref, strings[19669]),
            .input_ref = REF(operations[58].input_ref, shapes[305]),
            .output_ref = REF(operations[58].output_ref, shapes[306]),
            .errors_ref = REF(operations[58].errors_ref, op_errors[203]),
            .service_ref = REF(operations[58].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [59] = { /* ListDedicatedIpPools */
            .name_ref = REF(operations[59].name_ref, strings[22423]),
            .http_method_ref = REF(operations[59].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[59].request_uri_ref, strings[19737]),
            .input_ref = REF(operations[59].input_ref, shapes[307]),
            .output_ref = REF(operations[59].output_ref, shapes[308]),
            .errors_ref = REF(operations[59].errors_ref, op_errors[205]),
            .service_ref = REF(operations[59].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [60] = { /* ListDeliverabilityTestReports */
            .name_ref = REF(operations[60].name_ref, strings[22444]),
            .http_method_ref = REF(operations[60].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[60].request_uri_ref, strings[22474]),
            .input_ref = REF(operations[60].input_ref, shapes[309]),
            .output_ref = REF(operations[60].output_ref, shapes[310]),
            .errors_ref = REF(operations[60].errors_ref, op_errors[207]),
            .service_ref = REF(operations[60].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [61] = { /* ListDomainDeliverabilityCampaigns */
            .name_ref = REF(operations[61].name_ref, strings[22522]),
            .http_method_ref = REF(operations[61].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[61].request_uri_ref, strings[22556]),
            .input_ref = REF(operations[61].input_ref, shapes[311]),
            .output_ref = REF(operations[61].output_ref, shapes[312]),
            .errors_ref = REF(operations[61].errors_ref, op_errors[210]),
            .service_ref = REF(operations[61].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [62] = { /* ListEmailIdentities */
            .name_ref = REF(operations[62].name_ref, strings[22628]),
            .http_method_ref = REF(operations[62].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[62].request_uri_ref, strings[19857]),
            .input_ref = REF(operations[62].input_ref, shapes[313]),
            .output_ref = REF(operations[62].output_ref, shapes[314]),
            .errors_ref = REF(operations[62].errors_ref, op_errors[213]),
            .service_ref = REF(operations[62].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [63] = { /* ListEmailTemplates */
            .name_ref = REF(operations[63].name_ref, strings[22648]),
            .http_method_ref = REF(operations[63].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[63].request_uri_ref, strings[19983]),
            .input_ref = REF(operations[63].input_ref, shapes[315]),
            .output_ref = REF(operations[63].output_ref, shapes[316]),
            .errors_ref = REF(operations[63].errors_ref, op_errors[215]),
            .service_ref = REF(operations[63].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [64] = { /* ListExportJobs */
            .name_ref = REF(operations[64].name_ref, strings[22667]),
            .http_method_ref = REF(operations[64].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[64].request_uri_ref, strings[22682]),
            .input_ref = REF(operations[64].input_ref, shapes[317]),
            .output_ref = REF(operations[64].output_ref, shapes[318]),
            .errors_ref = REF(operations[64].errors_ref, op_errors[217]),
            .service_ref = REF(operations[64].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [65] = { /* ListImportJobs */
            .name_ref = REF(operations[65].name_ref, strings[22709]),
            .http_method_ref = REF(operations[65].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[65].request_uri_ref, strings[22724]),
            .input_ref = REF(operations[65].input_ref, shapes[319]),
            .output_ref = REF(operations[65].output_ref, shapes[320]),
            .errors_ref = REF(operations[65].errors_ref, op_errors[219]),
            .service_ref = REF(operations[65].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [66] = { /* ListMultiRegionEndpoints */
            .name_ref = REF(operations[66].name_ref, strings[22751]),
            .http_method_ref = REF(operations[66].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[66].request_uri_ref, strings[20105]),
            .input_ref = REF(operations[66].input_ref, shapes[322]),
            .output_ref = REF(operations[66].output_ref, shapes[323]),
            .errors_ref = REF(operations[66].errors_ref, op_errors[221]),
            .service_ref = REF(operations[66].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [67] = { /* ListRecommendations */
            .name_ref = REF(operations[67].name_ref, strings[22776]),
            .http_method_ref = REF(operations[67].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[67].request_uri_ref, strings[22796]),
            .input_ref = REF(operations[67].input_ref, shapes[330]),
            .output_ref = REF(operations[67].output_ref, shapes[331]),
            .errors_ref = REF(operations[67].errors_ref, op_errors[223]),
            .service_ref = REF(operations[67].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [68] = { /* ListReputationEntities */
            .name_ref = REF(operations[68].name_ref, strings[22826]),
            .http_method_ref = REF(operations[68].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[68].request_uri_ref, strings[22849]),
            .input_ref = REF(operations[68].input_ref, shapes[332]),
            .output_ref = REF(operations[68].output_ref, shapes[333]),
            .errors_ref = REF(operations[68].errors_ref, op_errors[226]),
            .service_ref = REF(operations[68].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [69] = { /* ListResourceTenants */
            .name_ref = REF(operations[69].name_ref, strings[22879]),
            .http_method_ref = REF(operations[69].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[69].request_uri_ref, strings[22899]),
            .input_ref = REF(operations[69].input_ref, shapes[334]),
            .output_ref = REF(operations[69].output_ref, shapes[335]),
            .errors_ref = REF(operations[69].errors_ref, op_errors[228]),
            .service_ref = REF(operations[69].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [70] = { /* ListSuppressedDestinations */
            .name_ref = REF(operations[70].name_ref, strings[22932]),
            .http_method_ref = REF(operations[70].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[70].request_uri_ref, strings[22959]),
            .input_ref = REF(operations[70].input_ref, shapes[336]),
            .output_ref = REF(operations[70].output_ref, shapes[337]),
            .errors_ref = REF(operations[70].errors_ref, op_errors[231]),
            .service_ref = REF(operations[70].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [71] = { /* ListTagsForResource */
            .name_ref = REF(operations[71].name_ref, strings[22991]),
            .http_method_ref = REF(operations[71].http_method_ref, strings[21148]),
            .request_uri_ref = REF(operations[71].request_uri_ref, strings[23011]),
            .input_ref = REF(operations[71].input_ref, shapes[338]),
            .output_ref = REF(operations[71].output_ref, shapes[339]),
            .errors_ref = REF(operations[71].errors_ref, op_errors[235]),
            .service_ref = REF(operations[71].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [72] = { /* ListTenantResources */
            .name_ref = REF(operations[72].name_ref, strings[23026]),
            .http_method_ref = REF(operations[72].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[72].request_uri_ref, strings[23046]),
            .input_ref = REF(operations[72].input_ref, shapes[343]),
            .output_ref = REF(operations[72].output_ref, shapes[344]),
            .errors_ref = REF(operations[72].errors_ref, op_errors[238]),
            .service_ref = REF(operations[72].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [73] = { /* ListTenants */
            .name_ref = REF(operations[73].name_ref, strings[23079]),
            .http_method_ref = REF(operations[73].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[73].request_uri_ref, strings[23091]),
            .input_ref = REF(operations[73].input_ref, shapes[345]),
            .output_ref = REF(operations[73].output_ref, shapes[346]),
            .errors_ref = REF(operations[73].errors_ref, op_errors[241]),
            .service_ref = REF(operations[73].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [74] = { /* PutAccountDedicatedIpWarmupAttributes */
            .name_ref = REF(operations[74].name_ref, strings[23114]),
            .http_method_ref = REF(operations[74].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[74].request_uri_ref, strings[23152]),
            .input_ref = REF(operations[74].input_ref, shapes[404]),
            .output_ref = REF(operations[74].output_ref, shapes[405]),
            .errors_ref = REF(operations[74].errors_ref, op_errors[243]),
            .service_ref = REF(operations[74].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [75] = { /* PutAccountDetails */
            .name_ref = REF(operations[75].name_ref, strings[23191]),
            .http_method_ref = REF(operations[75].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[75].request_uri_ref, strings[23209]),
            .input_ref = REF(operations[75].input_ref, shapes[406]),
            .output_ref = REF(operations[75].output_ref, shapes[407]),
            .errors_ref = REF(operations[75].errors_ref, op_errors[245]),
            .service_ref = REF(operations[75].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [76] = { /* PutAccountPricingAttributes */
            .name_ref = REF(operations[76].name_ref, strings[23235]),
            .http_method_ref = REF(operations[76].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[76].request_uri_ref, strings[23263]),
            .input_ref = REF(operations[76].input_ref, shapes[408]),
            .output_ref = REF(operations[76].output_ref, shapes[409]),
            .errors_ref = REF(operations[76].errors_ref, op_errors[248]),
            .service_ref = REF(operations[76].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [77] = { /* PutAccountSendingAttributes */
            .name_ref = REF(operations[77].name_ref, strings[23300]),
            .http_method_ref = REF(operations[77].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[77].request_uri_ref, strings[23328]),
            .input_ref = REF(operations[77].input_ref, shapes[410]),
            .output_ref = REF(operations[77].output_ref, shapes[411]),
            .errors_ref = REF(operations[77].errors_ref, op_errors[251]),
            .service_ref = REF(operations[77].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [78] = { /* PutAccountSuppressionAttributes */
            .name_ref = REF(operations[78].name_ref, strings[23354]),
            .http_method_ref = REF(operations[78].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[78].request_uri_ref, strings[23386]),
            .input_ref = REF(operations[78].input_ref, shapes[412]),
            .output_ref = REF(operations[78].output_ref, shapes[413]),
            .errors_ref = REF(operations[78].errors_ref, op_errors[253]),
            .service_ref = REF(operations[78].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [79] = { /* PutAccountVdmAttributes */
            .name_ref = REF(operations[79].name_ref, strings[23416]),
            .http_method_ref = REF(operations[79].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[79].request_uri_ref, strings[23440]),
            .input_ref = REF(operations[79].input_ref, shapes[414]),
            .output_ref = REF(operations[79].output_ref, shapes[415]),
            .errors_ref = REF(operations[79].errors_ref, op_errors[255]),
            .service_ref = REF(operations[79].service_ref, service),
            .error_count = 2,
            .auth = AWSC_AUTH_SIGV4,
        },
        [80] = { /* PutConfigurationSetArchivingOptions */
            .name_ref = REF(operations[80].name_ref, strings[23462]),
            .http_method_ref = REF(operations[80].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[80].request_uri_ref, strings[23498]),
            .input_ref = REF(operations[80].input_ref, shapes[416]),
            .output_ref = REF(operations[80].output_ref, shapes[417]),
            .errors_ref = REF(operations[80].errors_ref, op_errors[257]),
            .service_ref = REF(operations[80].service_ref, service),
            .error_count = 3,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [81] = { /* PutConfigurationSetDeliveryOptions */
            .name_ref = REF(operations[81].name_ref, strings[23568]),
            .http_method_ref = REF(operations[81].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[81].request_uri_ref, strings[23603]),
            .input_ref = REF(operations[81].input_ref, shapes[418]),
            .output_ref = REF(operations[81].output_ref, shapes[419]),
            .errors_ref = REF(operations[81].errors_ref, op_errors[260]),
            .service_ref = REF(operations[81].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [82] = { /* PutConfigurationSetReputationOptions */
            .name_ref = REF(operations[82].name_ref, strings[23672]),
            .http_method_ref = REF(operations[82].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[82].request_uri_ref, strings[23709]),
            .input_ref = REF(operations[82].input_ref, shapes[420]),
            .output_ref = REF(operations[82].output_ref, shapes[421]),
            .errors_ref = REF(operations[82].errors_ref, op_errors[263]),
            .service_ref = REF(operations[82].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [83] = { /* PutConfigurationSetSendingOptions */
            .name_ref = REF(operations[83].name_ref, strings[23780]),
            .http_method_ref = REF(operations[83].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[83].request_uri_ref, strings[23814]),
            .input_ref = REF(operations[83].input_ref, shapes[422]),
            .output_ref = REF(operations[83].output_ref, shapes[423]),
            .errors_ref = REF(operations[83].errors_ref, op_errors[266]),
            .service_ref = REF(operations[83].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [84] = { /* PutConfigurationSetSuppressionOptions */
            .name_ref = REF(operations[84].name_ref, strings[23874]),
            .http_method_ref = REF(operations[84].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[84].request_uri_ref, strings[23912]),
            .input_ref = REF(operations[84].input_ref, shapes[424]),
            .output_ref = REF(operations[84].output_ref, shapes[425]),
            .errors_ref = REF(operations[84].errors_ref, op_errors[269]),
            .service_ref = REF(operations[84].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [85] = { /* PutConfigurationSetTrackingOptions */
            .name_ref = REF(operations[85].name_ref, strings[23984]),
            .http_method_ref = REF(operations[85].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[85].request_uri_ref, strings[24019]),
            .input_ref = REF(operations[85].input_ref, shapes[426]),
            .output_ref = REF(operations[85].output_ref, shapes[427]),
            .errors_ref = REF(operations[85].errors_ref, op_errors[272]),
            .service_ref = REF(operations[85].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [86] = { /* PutConfigurationSetVdmOptions */
            .name_ref = REF(operations[86].name_ref, strings[24088]),
            .http_method_ref = REF(operations[86].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[86].request_uri_ref, strings[24118]),
            .input_ref = REF(operations[86].input_ref, shapes[428]),
            .output_ref = REF(operations[86].output_ref, shapes[429]),
            .errors_ref = REF(operations[86].errors_ref, op_errors[275]),
            .service_ref = REF(operations[86].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [87] = { /* PutDedicatedIpInPool */
            .name_ref = REF(operations[87].name_ref, strings[24182]),
            .http_method_ref = REF(operations[87].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[87].request_uri_ref, strings[24203]),
            .input_ref = REF(operations[87].input_ref, shapes[430]),
            .output_ref = REF(operations[87].output_ref, shapes[431]),
            .errors_ref = REF(operations[87].errors_ref, op_errors[278]),
            .service_ref = REF(operations[87].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [88] = { /* PutDedicatedIpPoolScalingAttributes */
            .name_ref = REF(operations[88].name_ref, strings[24237]),
            .http_method_ref = REF(operations[88].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[88].request_uri_ref, strings[24273]),
            .input_ref = REF(operations[88].input_ref, shapes[432]),
            .output_ref = REF(operations[88].output_ref, shapes[433]),
            .errors_ref = REF(operations[88].errors_ref, op_errors[281]),
            .service_ref = REF(operations[88].service_ref, service),
            .error_count = 4,
            .flags = AWSC_OF_IDEMPOTENT,
            .auth = AWSC_AUTH_SIGV4,
        },
        [89] = { /* PutDedicatedIpWarmupAttributes */
            .name_ref = REF(operations[89].name_ref, strings[24321]),
            .http_method_ref = REF(operations[89].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[89].request_uri_ref, strings[24352]),
            .input_ref = REF(operations[89].input_ref, shapes[434]),
            .output_ref = REF(operations[89].output_ref, shapes[435]),
            .errors_ref = REF(operations[89].errors_ref, op_errors[285]),
            .service_ref = REF(operations[89].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [90] = { /* PutDeliverabilityDashboardOption */
            .name_ref = REF(operations[90].name_ref, strings[24388]),
            .http_method_ref = REF(operations[90].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[90].request_uri_ref, strings[21497]),
            .input_ref = REF(operations[90].input_ref, shapes[436]),
            .output_ref = REF(operations[90].output_ref, shapes[437]),
            .errors_ref = REF(operations[90].errors_ref, op_errors[288]),
            .service_ref = REF(operations[90].service_ref, service),
            .error_count = 5,
            .auth = AWSC_AUTH_SIGV4,
        },
        [91] = { /* PutEmailIdentityConfigurationSetAttributes */
            .name_ref = REF(operations[91].name_ref, strings[24421]),
            .http_method_ref = REF(operations[91].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[91].request_uri_ref, strings[24464]),
            .input_ref = REF(operations[91].input_ref, shapes[438]),
            .output_ref = REF(operations[91].output_ref, shapes[439]),
            .errors_ref = REF(operations[91].errors_ref, op_errors[293]),
            .service_ref = REF(operations[91].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [92] = { /* PutEmailIdentityDkimAttributes */
            .name_ref = REF(operations[92].name_ref, strings[24519]),
            .http_method_ref = REF(operations[92].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[92].request_uri_ref, strings[24550]),
            .input_ref = REF(operations[92].input_ref, shapes[440]),
            .output_ref = REF(operations[92].output_ref, shapes[441]),
            .errors_ref = REF(operations[92].errors_ref, op_errors[296]),
            .service_ref = REF(operations[92].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [93] = { /* PutEmailIdentityDkimSigningAttributes */
            .name_ref = REF(operations[93].name_ref, strings[24592]),
            .http_method_ref = REF(operations[93].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[93].request_uri_ref, strings[24630]),
            .input_ref = REF(operations[93].input_ref, shapes[442]),
            .output_ref = REF(operations[93].output_ref, shapes[443]),
            .errors_ref = REF(operations[93].errors_ref, op_errors[299]),
            .service_ref = REF(operations[93].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [94] = { /* PutEmailIdentityFeedbackAttributes */
            .name_ref = REF(operations[94].name_ref, strings[24680]),
            .http_method_ref = REF(operations[94].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[94].request_uri_ref, strings[24715]),
            .input_ref = REF(operations[94].input_ref, shapes[444]),
            .output_ref = REF(operations[94].output_ref, shapes[445]),
            .errors_ref = REF(operations[94].errors_ref, op_errors[302]),
            .service_ref = REF(operations[94].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [95] = { /* PutEmailIdentityMailFromAttributes */
            .name_ref = REF(operations[95].name_ref, strings[24761]),
            .http_method_ref = REF(operations[95].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[95].request_uri_ref, strings[24796]),
            .input_ref = REF(operations[95].input_ref, shapes[446]),
            .output_ref = REF(operations[95].output_ref, shapes[447]),
            .errors_ref = REF(operations[95].errors_ref, op_errors[305]),
            .service_ref = REF(operations[95].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [96] = { /* PutSuppressedDestination */
            .name_ref = REF(operations[96].name_ref, strings[24843]),
            .http_method_ref = REF(operations[96].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[96].request_uri_ref, strings[22959]),
            .input_ref = REF(operations[96].input_ref, shapes[448]),
            .output_ref = REF(operations[96].output_ref, shapes[449]),
            .errors_ref = REF(operations[96].errors_ref, op_errors[308]),
            .service_ref = REF(operations[96].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [97] = { /* PutTenantSuppressionAttributes */
            .name_ref = REF(operations[97].name_ref, strings[24868]),
            .http_method_ref = REF(operations[97].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[97].request_uri_ref, strings[24899]),
            .input_ref = REF(operations[97].input_ref, shapes[450]),
            .output_ref = REF(operations[97].output_ref, shapes[451]),
            .errors_ref = REF(operations[97].errors_ref, op_errors[311]),
            .service_ref = REF(operations[97].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [98] = { /* SendBulkEmail */
            .name_ref = REF(operations[98].name_ref, strings[24928]),
            .http_method_ref = REF(operations[98].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[98].request_uri_ref, strings[24942]),
            .input_ref = REF(operations[98].input_ref, shapes[493]),
            .output_ref = REF(operations[98].output_ref, shapes[494]),
            .errors_ref = REF(operations[98].errors_ref, op_errors[314]),
            .service_ref = REF(operations[98].service_ref, service),
            .context_params_ref = REF(operations[98].context_params_ref, context_params[0]),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [99] = { /* SendCustomVerificationEmail */
            .name_ref = REF(operations[99].name_ref, strings[24973]),
            .http_method_ref = REF(operations[99].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[99].request_uri_ref, strings[25001]),
            .input_ref = REF(operations[99].input_ref, shapes[495]),
            .output_ref = REF(operations[99].output_ref, shapes[496]),
            .errors_ref = REF(operations[99].errors_ref, op_errors[322]),
            .service_ref = REF(operations[99].service_ref, service),
            .error_count = 7,
            .auth = AWSC_AUTH_SIGV4,
        },
        [100] = { /* SendEmail */
            .name_ref = REF(operations[100].name_ref, strings[25047]),
            .http_method_ref = REF(operations[100].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[100].request_uri_ref, strings[25057]),
            .input_ref = REF(operations[100].input_ref, shapes[497]),
            .output_ref = REF(operations[100].output_ref, shapes[498]),
            .errors_ref = REF(operations[100].errors_ref, op_errors[329]),
            .service_ref = REF(operations[100].service_ref, service),
            .context_params_ref = REF(operations[100].context_params_ref, context_params[1]),
            .error_count = 8,
            .auth = AWSC_AUTH_SIGV4,
            .context_param_count = 1,
        },
        [101] = { /* TagResource */
            .name_ref = REF(operations[101].name_ref, strings[25083]),
            .http_method_ref = REF(operations[101].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[101].request_uri_ref, strings[23011]),
            .input_ref = REF(operations[101].input_ref, shapes[533]),
            .output_ref = REF(operations[101].output_ref, shapes[534]),
            .errors_ref = REF(operations[101].errors_ref, op_errors[337]),
            .service_ref = REF(operations[101].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [102] = { /* TestRenderEmailTemplate */
            .name_ref = REF(operations[102].name_ref, strings[25095]),
            .http_method_ref = REF(operations[102].http_method_ref, strings[19276]),
            .request_uri_ref = REF(operations[102].request_uri_ref, strings[25119]),
            .input_ref = REF(operations[102].input_ref, shapes[546]),
            .output_ref = REF(operations[102].output_ref, shapes[547]),
            .errors_ref = REF(operations[102].errors_ref, op_errors[341]),
            .service_ref = REF(operations[102].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [103] = { /* UntagResource */
            .name_ref = REF(operations[103].name_ref, strings[25161]),
            .http_method_ref = REF(operations[103].http_method_ref, strings[20252]),
            .request_uri_ref = REF(operations[103].request_uri_ref, strings[23011]),
            .input_ref = REF(operations[103].input_ref, shapes[560]),
            .output_ref = REF(operations[103].output_ref, shapes[561]),
            .errors_ref = REF(operations[103].errors_ref, op_errors[344]),
            .service_ref = REF(operations[103].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [104] = { /* UpdateConfigurationSetEventDestination */
            .name_ref = REF(operations[104].name_ref, strings[25175]),
            .http_method_ref = REF(operations[104].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[104].request_uri_ref, strings[20350]),
            .input_ref = REF(operations[104].input_ref, shapes[562]),
            .output_ref = REF(operations[104].output_ref, shapes[563]),
            .errors_ref = REF(operations[104].errors_ref, op_errors[348]),
            .service_ref = REF(operations[104].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [105] = { /* UpdateContact */
            .name_ref = REF(operations[105].name_ref, strings[25214]),
            .http_method_ref = REF(operations[105].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[105].request_uri_ref, strings[20458]),
            .input_ref = REF(operations[105].input_ref, shapes[566]),
            .output_ref = REF(operations[105].output_ref, shapes[567]),
            .errors_ref = REF(operations[105].errors_ref, op_errors[351]),
            .service_ref = REF(operations[105].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [106] = { /* UpdateContactList */
            .name_ref = REF(operations[106].name_ref, strings[25228]),
            .http_method_ref = REF(operations[106].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[106].request_uri_ref, strings[20542]),
            .input_ref = REF(operations[106].input_ref, shapes[564]),
            .output_ref = REF(operations[106].output_ref, shapes[565]),
            .errors_ref = REF(operations[106].errors_ref, op_errors[355]),
            .service_ref = REF(operations[106].service_ref, service),
            .error_count = 4,
            .auth = AWSC_AUTH_SIGV4,
        },
        [107] = { /* UpdateCustomVerificationEmailTemplate */
            .name_ref = REF(operations[107].name_ref, strings[25246]),
            .http_method_ref = REF(operations[107].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[107].request_uri_ref, strings[20622]),
            .input_ref = REF(operations[107].input_ref, shapes[568]),
            .output_ref = REF(operations[107].output_ref, shapes[569]),
            .errors_ref = REF(operations[107].errors_ref, op_errors[359]),
            .service_ref = REF(operations[107].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [108] = { /* UpdateEmailIdentityPolicy */
            .name_ref = REF(operations[108].name_ref, strings[25284]),
            .http_method_ref = REF(operations[108].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[108].request_uri_ref, strings[19904]),
            .input_ref = REF(operations[108].input_ref, shapes[570]),
            .output_ref = REF(operations[108].output_ref, shapes[571]),
            .errors_ref = REF(operations[108].errors_ref, op_errors[362]),
            .service_ref = REF(operations[108].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [109] = { /* UpdateEmailTemplate */
            .name_ref = REF(operations[109].name_ref, strings[25310]),
            .http_method_ref = REF(operations[109].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[109].request_uri_ref, strings[20848]),
            .input_ref = REF(operations[109].input_ref, shapes[572]),
            .output_ref = REF(operations[109].output_ref, shapes[573]),
            .errors_ref = REF(operations[109].errors_ref, op_errors[365]),
            .service_ref = REF(operations[109].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [110] = { /* UpdateReputationEntityCustomerManagedStatus */
            .name_ref = REF(operations[110].name_ref, strings[25330]),
            .http_method_ref = REF(operations[110].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[110].request_uri_ref, strings[25374]),
            .input_ref = REF(operations[110].input_ref, shapes[574]),
            .output_ref = REF(operations[110].output_ref, shapes[575]),
            .errors_ref = REF(operations[110].errors_ref, op_errors[368]),
            .service_ref = REF(operations[110].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
        [111] = { /* UpdateReputationEntityPolicy */
            .name_ref = REF(operations[111].name_ref, strings[25479]),
            .http_method_ref = REF(operations[111].http_method_ref, strings[19321]),
            .request_uri_ref = REF(operations[111].request_uri_ref, strings[25508]),
            .input_ref = REF(operations[111].input_ref, shapes[576]),
            .output_ref = REF(operations[111].output_ref, shapes[577]),
            .errors_ref = REF(operations[111].errors_ref, op_errors[371]),
            .service_ref = REF(operations[111].service_ref, service),
            .error_count = 3,
            .auth = AWSC_AUTH_SIGV4,
        },
    },
    /* each operation's modeled errors */
    .op_errors = {
        REF(op_errors[0], shapes[18]),
        REF(op_errors[1], shapes[281]),
        REF(op_errors[2], shapes[387]),
        REF(op_errors[3], shapes[551]),
        REF(op_errors[4], shapes[18]),
        REF(op_errors[5], shapes[387]),
        REF(op_errors[6], shapes[551]),
        REF(op_errors[7], shapes[5]),
        REF(op_errors[8], shapes[18]),
        REF(op_errors[9], shapes[51]),
        REF(op_errors[10], shapes[297]),
        REF(op_errors[11], shapes[387]),
        REF(op_errors[12], shapes[551]),
        REF(op_errors[13], shapes[5]),
        REF(op_errors[14], shapes[18]),
        REF(op_errors[15], shapes[297]),
        REF(op_errors[16], shapes[387]),
        REF(op_errors[17], shapes[551]),
        REF(op_errors[18], shapes[5]),
        REF(op_errors[19], shapes[18]),
        REF(op_errors[20], shapes[387]),
        REF(op_errors[21], shapes[551]),
        REF(op_errors[22], shapes[5]),
        REF(op_errors[23], shapes[18]),
        REF(op_errors[24], shapes[297]),
        REF(op_errors[25], shapes[551]),
        REF(op_errors[26], shapes[5]),
        REF(op_errors[27], shapes[18]),
        REF(op_errors[28], shapes[297]),
        REF(op_errors[29], shapes[387]),
        REF(op_errors[30], shapes[551]),
        REF(op_errors[31], shapes[5]),
        REF(op_errors[32], shapes[18]),
        REF(op_errors[33], shapes[51]),
        REF(op_errors[34], shapes[297]),
        REF(op_errors[35], shapes[551]),
        REF(op_errors[36], shapes[1]),
        REF(op_errors[37], shapes[18]),
        REF(op_errors[38], shapes[51]),
        REF(op_errors[39], shapes[297]),
        REF(op_errors[40], shapes[349]),
        REF(op_errors[41], shapes[367]),
        REF(op_errors[42], shapes[387]),
        REF(op_errors[43], shapes[501]),
        REF(op_errors[44], shapes[551]),
        REF(op_errors[45], shapes[5]),
        REF(op_errors[46], shapes[18]),
        REF(op_errors[47], shapes[51]),
        REF(op_errors[48], shapes[297]),
        REF(op_errors[49], shapes[387]),
        REF(op_errors[50], shapes[551]),
        REF(op_errors[51], shapes[5]),
        REF(op_errors[52], shapes[18]),
        REF(op_errors[53], shapes[297]),
        REF(op_errors[54], shapes[387]),
        REF(op_errors[55], shapes[551]),
        REF(op_errors[56], shapes[5]),
        REF(op_errors[57], shapes[18]),
        REF(op_errors[58], shapes[297]),
        REF(op_errors[59], shapes[551]),
        REF(op_errors[60], shapes[18]),
        REF(op_errors[61], shapes[297]),
        REF(op_errors[62], shapes[387]),
        REF(op_errors[63], shapes[551]),
        REF(op_errors[64], shapes[18]),
        REF(op_errors[65], shapes[297]),
        REF(op_errors[66], shapes[551]),
        REF(op_errors[67], shapes[5]),
        REF(op_errors[68], shapes[18]),
        REF(op_errors[69], shapes[297]),
        REF(op_errors[70], shapes[551]),
        REF(op_errors[71], shapes[5]),
        REF(op_errors[72], shapes[18]),
        REF(op_errors[73], shapes[297]),
        REF(op_errors[74], shapes[551]),
        REF(op_errors[75], shapes[5]),
        REF(op_errors[76], shapes[18]),
        REF(op_errors[77], shapes[387]),
        REF(op_errors[78], shapes[551]),
        REF(op_errors[79], shapes[18]),
        REF(op_errors[80], shapes[51]),
        REF(op_errors[81], shapes[387]),
        REF(op_errors[82], shapes[551]),
        REF(op_errors[83], shapes[18]),
        REF(op_errors[84], shapes[387]),
        REF(op_errors[85], shapes[551]),
        REF(op_errors[86], shapes[18]),
        REF(op_errors[87], shapes[387]),
        REF(op_errors[88], shapes[551]),
        REF(op_errors[89], shapes[18]),
        REF(op_errors[90], shapes[51]),
        REF(op_errors[91], shapes[387]),
        REF(op_errors[92], shapes[551]),
        REF(op_errors[93], shapes[18]),
        REF(op_errors[94], shapes[387]),
        REF(op_errors[95], shapes[551]),
        REF(op_errors[96], shapes[18]),
        REF(op_errors[97], shapes[51]),
        REF(op_errors[98], shapes[387]),
        REF(op_errors[99], shapes[551]),
        REF(op_errors[100], shapes[18]),
        REF(op_errors[101], shapes[51]),
        REF(op_errors[102], shapes[387]),
        REF(op_errors[103], shapes[551]),
        REF(op_errors[104], shapes[18]),
        REF(op_errors[105], shapes[387]),
        REF(op_errors[106], shapes[551]),
        REF(op_errors[107], shapes[18]),
        REF(op_errors[108], shapes[387]),
        REF(op_errors[109], shapes[551]),
        REF(op_errors[110], shapes[18]),
        REF(op_errors[111], shapes[51]),
        REF(op_errors[112], shapes[387]),
        REF(op_errors[113], shapes[551]),
        REF(op_errors[114], shapes[18]),
        REF(op_errors[115], shapes[387]),
        REF(op_errors[116], shapes[551]),
        REF(op_errors[117], shapes[18]),
        REF(op_errors[118], shapes[387]),
        REF(op_errors[119], shapes[551]),
        REF(op_errors[120], shapes[18]),
        REF(op_errors[121], shapes[387]),
        REF(op_errors[122], shapes[551]),
        REF(op_errors[123], shapes[18]),
        REF(op_errors[124], shapes[551]),
        REF(op_errors[125], shapes[18]),
        REF(op_errors[126], shapes[387]),
        REF(op_errors[127], shapes[551]),
        REF(op_errors[128], shapes[18]),
        REF(op_errors[129], shapes[387]),
        REF(op_errors[130], shapes[551]),
        REF(op_errors[131], shapes[18]),
        REF(op_errors[132], shapes[387]),
        REF(op_errors[133], shapes[551]),
        REF(op_errors[134], shapes[18]),
        REF(op_errors[135], shapes[387]),
        REF(op_errors[136], shapes[551]),
        REF(op_errors[137], shapes[18]),
        REF(op_errors[138], shapes[387]),
        REF(op_errors[139], shapes[551]),
        REF(op_errors[140], shapes[18]),
        REF(op_errors[141], shapes[387]),
        REF(op_errors[142], shapes[551]),
        REF(op_errors[143], shapes[18]),
        REF(op_errors[144], shapes[387]),
        REF(op_errors[145], shapes[551]),
        REF(op_errors[146], shapes[18]),
        REF(op_errors[147], shapes[387]),
        REF(op_errors[148], shapes[551]),
        REF(op_errors[149], shapes[18]),
        REF(op_errors[150], shapes[387]),
        REF(op_errors[151], shapes[551]),
        REF(op_errors[152], shapes[18]),
        REF(op_errors[153], shapes[297]),
        REF(op_errors[154], shapes[551]),
        REF(op_errors[155], shapes[18]),
        REF(op_errors[156], shapes[387]),
        REF(op_errors[157], shapes[551]),
        REF(op_errors[158], shapes[18]),
        REF(op_errors[159], shapes[387]),
        REF(op_errors[160], shapes[551]),
        REF(op_errors[161], shapes[18]),
        REF(op_errors[162], shapes[387]),
        REF(op_errors[163], shapes[551]),
        REF(op_errors[164], shapes[18]),
        REF(op_errors[165], shapes[551]),
        REF(op_errors[166], shapes[18]),
        REF(op_errors[167], shapes[387]),
        REF(op_errors[168], shapes[551]),
        REF(op_errors[169], shapes[18]),
        REF(op_errors[170], shapes[387]),
        REF(op_errors[171], shapes[551]),
        REF(op_errors[172], shapes[18]),
        REF(op_errors[173], shapes[387]),
        REF(op_errors[174], shapes[551]),
        REF(op_errors[175], shapes[18]),
        REF(op_errors[176], shapes[387]),
        REF(op_errors[177], shapes[551]),
        REF(op_errors[178], shapes[18]),
        REF(op_errors[179], shapes[387]),
        REF(op_errors[180], shapes[551]),
        REF(op_errors[181], shapes[18]),
        REF(op_errors[182], shapes[387]),
        REF(op_errors[183], shapes[551]),
        REF(op_errors[184], shapes[18]),
        REF(op_errors[185], shapes[387]),
        REF(op_errors[186], shapes[551]),
        REF(op_errors[187], shapes[18]),
        REF(op_errors[188], shapes[387]),
        REF(op_errors[189], shapes[551]),
        REF(op_errors[190], shapes[18]),
        REF(op_errors[191], shapes[387]),
        REF(op_errors[192], shapes[551]),
        REF(op_errors[193], shapes[18]),
        REF(op_errors[194], shapes[387]),
        REF(op_errors[195], shapes[551]),
        REF(op_errors[196], shapes[18]),
        REF(op_errors[197], shapes[551]),
        REF(op_errors[198], shapes[18]),
        REF(op_errors[199], shapes[551]),
        REF(op_errors[200], shapes[18]),
        REF(op_errors[201], shapes[387]),
        REF(op_errors[202], shapes[551]),
        REF(op_errors[203], shapes[18]),
        REF(op_errors[204], shapes[551]),
        REF(op_errors[205], shapes[18]),
        REF(op_errors[206], shapes[551]),
        REF(op_errors[207], shapes[18]),
        REF(op_errors[208], shapes[387]),
        REF(op_errors[209], shapes[551]),
        REF(op_errors[210], shapes[18]),
        REF(op_errors[211], shapes[387]),
        REF(op_errors[212], shapes[551]),
        REF(op_errors[213], shapes[18]),
        REF(op_errors[214], shapes[551]),
        REF(op_errors[215], shapes[18]),
        REF(op_errors[216], shapes[551]),
        REF(op_errors[217], shapes[18]),
        REF(op_errors[218], shapes[551]),
        REF(op_errors[219], shapes[18]),
        REF(op_errors[220], shapes[551]),
        REF(op_errors[221], shapes[18]),
        REF(op_errors[222], shapes[551]),
        REF(op_errors[223], shapes[18]),
        REF(op_errors[224], shapes[387]),
        REF(op_errors[225], shapes[551]),
        REF(op_errors[226], shapes[18]),
        REF(op_errors[227], shapes[551]),
        REF(op_errors[228], shapes[18]),
        REF(op_errors[229], shapes[387]),
        REF(op_errors[230], shapes[551]),
        REF(op_errors[231], shapes[18]),
        REF(op_errors[232], shapes[282]),
        REF(op_errors[233], shapes[387]),
        REF(op_errors[234], shapes[551]),
        REF(op_errors[235], shapes[18]),
        REF(op_errors[236], shapes[387]),
        REF(op_errors[237], shapes[551]),
        REF(op_errors[238], shapes[18]),
        REF(op_errors[239], shapes[387]),
        REF(op_errors[240], shapes[551]),
        REF(op_errors[241], shapes[18]),
        REF(op_errors[242], shapes[551]),
        REF(op_errors[243], shapes[18]),
        REF(op_errors[244], shapes[551]),
        REF(op_errors[245], shapes[18]),
        REF(op_errors[246], shapes[54]),
        REF(op_errors[247], shapes[551]),
        REF(op_errors[248], shapes[18]),
        REF(op_errors[249], shapes[54]),
        REF(op_errors[250], shapes[551]),
        REF(op_errors[251], shapes[18]),
        REF(op_errors[252], shapes[551]),
        REF(op_errors[253], shapes[18]),
        REF(op_errors[254], shapes[551]),
        REF(op_errors[255], shapes[18]),
        REF(op_errors[256], shapes[551]),
        REF(op_errors[257], shapes[18]),
        REF(op_errors[258], shapes[387]),
        REF(op_errors[259], shapes[551]),
        REF(op_errors[260], shapes[18]),
        REF(op_errors[261], shapes[387]),
        REF(op_errors[262], shapes[551]),
        REF(op_errors[263], shapes[18]),
        REF(op_errors[264], shapes[387]),
        REF(op_errors[265], shapes[551]),
        REF(op_errors[266], shapes[18]),
        REF(op_errors[267], shapes[387]),
        REF(op_errors[268], shapes[551]),
        REF(op_errors[269], shapes[18]),
        REF(op_errors[270], shapes[387]),
        REF(op_errors[271], shapes[551]),
        REF(op_errors[272], shapes[18]),
        REF(op_errors[273], shapes[387]),
        REF(op_errors[274], shapes[551]),
        REF(op_errors[275], shapes[18]),
        REF(op_errors[276], shapes[387]),
        REF(op_errors[277], shapes[551]),
        REF(op_errors[278], shapes[18]),
        REF(op_errors[279], shapes[387]),
        REF(op_errors[280], shapes[551]),
        REF(op_errors[281], shapes[18]),
        REF(op_errors[282], shapes[51]),
        REF(op_errors[283], shapes[387]),
        REF(op_errors[284], shapes[551]),
        REF(op_errors[285], shapes[18]),
        REF(op_errors[286], shapes[387]),
        REF(op_errors[287], shapes[551]),
        REF(op_errors[288], shapes[5]),
        REF(op_errors[289], shapes[18]),
        REF(op_errors[290], shapes[297]),
        REF(op_errors[291], shapes[387]),
        REF(op_errors[292], shapes[551]),
        REF(op_errors[293], shapes[18]),
        REF(op_errors[294], shapes[387]),
        REF(op_errors[295], shapes[551]),
        REF(op_errors[296], shapes[18]),
        REF(op_errors[297], shapes[387]),
        REF(op_errors[298], shapes[551]),
        REF(op_errors[299], shapes[18]),
        REF(op_errors[300], shapes[387]),
        REF(op_errors[301], shapes[551]),
        REF(op_errors[302], shapes[18]),
        REF(op_errors[303], shapes[387]),
        REF(op_errors[304], shapes[551]),
        REF(op_errors[305], shapes[18]),
        REF(op_errors[306], shapes[387]),
        REF(op_errors[307], shapes[551]),
        REF(op_errors[308], shapes[18]),
        REF(op_errors[309], shapes[387]),
        REF(op_errors[310], shapes[551]),
        REF(op_errors[311], shapes[18]),
        REF(op_errors[312], shapes[387]),
        REF(op_errors[313], shapes[551]),
        REF(op_errors[314], shapes[1]),
        REF(op_errors[315], shapes[18]),
        REF(op_errors[316], shapes[297]),
        REF(op_errors[317], shapes[349]),
        REF(op_errors[318], shapes[367]),
        REF(op_errors[319], shapes[387]),
        REF(op_errors[320], shapes[501]),
        REF(op_errors[321], shapes[551]),
        REF(op_errors[322], shapes[18]),
        REF(op_errors[323], shapes[297]),
        REF(op_errors[324], shapes[349]),
        REF(op_errors[325], shapes[367]),
        REF(op_errors[326], shapes[387]),
        REF(op_errors[327], shapes[501]),
        REF(op_errors[328], shapes[551]),
        REF(op_errors[329], shapes[1]),
        REF(op_errors[330], shapes[18]),
        REF(op_errors[331], shapes[297]),
        REF(op_errors[332], shapes[349]),
        REF(op_errors[333], shapes[367]),
        REF(op_errors[334], shapes[387]),
        REF(op_errors[335], shapes[501]),
        REF(op_errors[336], shapes[551]),
        REF(op_errors[337], shapes[18]),
        REF(op_errors[338], shapes[51]),
        REF(op_errors[339], shapes[387]),
        REF(op_errors[340], shapes[551]),
        REF(op_errors[341], shapes[18]),
        REF(op_errors[342], shapes[387]),
        REF(op_errors[343], shapes[551]),
        REF(op_errors[344], shapes[18]),
        REF(op_errors[345], shapes[51]),
        REF(op_errors[346], shapes[387]),
        REF(op_errors[347], shapes[551]),
        REF(op_errors[348], shapes[18]),
        REF(op_errors[349], shapes[387]),
        REF(op_errors[350], shapes[551]),
        REF(op_errors[351], shapes[18]),
        REF(op_errors[352], shapes[51]),
        REF(op_errors[353], shapes[387]),
        REF(op_errors[354], shapes[551]),
        REF(op_errors[355], shapes[18]),
        REF(op_errors[356], shapes[51]),
        REF(op_errors[357], shapes[387]),
        REF(op_errors[358], shapes[551]),
        REF(op_errors[359], shapes[18]),
        REF(op_errors[360], shapes[387]),
        REF(op_errors[361], shapes[551]),
        REF(op_errors[362], shapes[18]),
        REF(op_errors[363], shapes[387]),
        REF(op_errors[364], shapes[551]),
        REF(op_errors[365], shapes[18]),
        REF(op_errors[366], shapes[387]),
        REF(op_errors[367], shapes[551]),
        REF(op_errors[368], shapes[18]),
        REF(op_errors[369], shapes[54]),
        REF(op_errors[370], shapes[551]),
        REF(op_errors[371], shapes[18]),
        REF(op_errors[372], shapes[54]),
        REF(op_errors[373], shapes[551]),
    },
    /* every modeled error of the service, sorted by its code on the wire */
    .service_errors = {
        REF(service_errors[0], shapes[1]),
        REF(service_errors[1], shapes[5]),
        REF(service_errors[2], shapes[18]),
        REF(service_errors[3], shapes[51]),
        REF(service_errors[4], shapes[54]),
        REF(service_errors[5], shapes[281]),
        REF(service_errors[6], shapes[282]),
        REF(service_errors[7], shapes[297]),
        REF(service_errors[8], shapes[349]),
        REF(service_errors[9], shapes[367]),
        REF(service_errors[10], shapes[387]),
        REF(service_errors[11], shapes[501]),
        REF(service_errors[12], shapes[551]),
    },
    /* contextParam members and operationContextParams: parameter name,
     * member name, expression, member index */
    .context_params = {
        {REF(context_params[0].name_ref, strings[3528]), REF(context_params[0].member_ref, strings[3528]), 0, 9},
        {REF(context_params[1].name_ref, strings[3528]), REF(context_params[1].member_ref, strings[3528]), 0, 9},
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
    .shapes = {
        [0] = { /* AccountDetails */
            .name_ref = REF(shapes[0].name_ref, strings[0]),
            .u.structure.members_ref = REF(shapes[0].u.structure.members_ref, members[0]),
            .u.structure.by_wire_name_ref = REF(shapes[0].u.structure.by_wire_name_ref, by_wire_name[0]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_account_details),
            .u.structure.member_count = 6,
        },
        [1] = { /* AccountSuspendedException */
            .name_ref = REF(shapes[1].name_ref, strings[116]),
            .u.structure.error_code_ref = REF(shapes[1].u.structure.error_code_ref, strings[116]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sesv2_account_suspended_exception),
            .u.structure.http_status = 400,
        },
        [2] = { /* AdditionalContactEmailAddress */
            .name_ref = REF(shapes[2].name_ref, strings[142]),
            .range_ref = REF(shapes[2].range_ref, ranges[0]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [3] = { /* AdditionalContactEmailAddresses */
            .name_ref = REF(shapes[3].name_ref, strings[70]),
            .range_ref = REF(shapes[3].range_ref, ranges[1]),
            .u.collection.item_ref = REF(shapes[3].u.collection.item_ref, shapes[2]),
            .type = AWSC_SHAPE_LIST,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [4] = { /* AdminEmail */
            .name_ref = REF(shapes[4].name_ref, strings[172]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [5] = { /* AlreadyExistsException */
            .name_ref = REF(shapes[5].name_ref, strings[183]),
            .u.structure.error_code_ref = REF(shapes[5].u.structure.error_code_ref, strings[183]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sesv2_already_exists_exception),
            .u.structure.http_status = 400,
        },
        [6] = { /* AmazonResourceName */
            .name_ref = REF(shapes[6].name_ref, strings[206]),
            .range_ref = REF(shapes[6].range_ref, ranges[2]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [7] = { /* ArchiveArn */
            .name_ref = REF(shapes[7].name_ref, strings[225]),
            .range_ref = REF(shapes[7].range_ref, ranges[3]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [8] = { /* ArchivingOptions */
            .name_ref = REF(shapes[8].name_ref, strings[236]),
            .u.structure.members_ref = REF(shapes[8].u.structure.members_ref, members[6]),
            .u.structure.by_wire_name_ref = REF(shapes[8].u.structure.by_wire_name_ref, by_wire_name[6]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_archiving_options),
            .u.structure.member_count = 1,
        },
        [9] = { /* Attachment */
            .name_ref = REF(shapes[9].name_ref, strings[253]),
            .u.structure.members_ref = REF(shapes[9].u.structure.members_ref, members[7]),
            .u.structure.by_wire_name_ref = REF(shapes[9].u.structure.by_wire_name_ref, by_wire_name[7]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_attachment),
            .u.structure.member_count = 7,
        },
        [10] = { /* AttachmentContentDescription */
            .name_ref = REF(shapes[10].name_ref, strings[368]),
            .range_ref = REF(shapes[10].range_ref, ranges[4]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [11] = { /* AttachmentContentDisposition */
            .name_ref = REF(shapes[11].name_ref, strings[397]),
            .u.string.enum_values_ref = REF(shapes[11].u.string.enum_values_ref, strings[426]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [12] = { /* AttachmentContentId */
            .name_ref = REF(shapes[12].name_ref, strings[444]),
            .range_ref = REF(shapes[12].range_ref, ranges[5]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [13] = { /* AttachmentContentTransferEncoding */
            .name_ref = REF(shapes[13].name_ref, strings[464]),
            .u.string.enum_values_ref = REF(shapes[13].u.string.enum_values_ref, strings[498]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [14] = { /* AttachmentContentType */
            .name_ref = REF(shapes[14].name_ref, strings[532]),
            .range_ref = REF(shapes[14].range_ref, ranges[6]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [15] = { /* AttachmentFileName */
            .name_ref = REF(shapes[15].name_ref, strings[554]),
            .range_ref = REF(shapes[15].range_ref, ranges[7]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [16] = { /* AttachmentList */
            .name_ref = REF(shapes[16].name_ref, strings[573]),
            .u.collection.item_ref = REF(shapes[16].u.collection.item_ref, shapes[9]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_attachment_list),
        },
        [17] = { /* AttributesData */
            .name_ref = REF(shapes[17].name_ref, strings[588]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [18] = { /* BadRequestException */
            .name_ref = REF(shapes[18].name_ref, strings[603]),
            .u.structure.error_code_ref = REF(shapes[18].u.structure.error_code_ref, strings[603]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sesv2_bad_request_exception),
            .u.structure.http_status = 400,
        },
        [19] = { /* BatchGetMetricDataQueries */
            .name_ref = REF(shapes[19].name_ref, strings[623]),
            .range_ref = REF(shapes[19].range_ref, ranges[8]),
            .u.collection.item_ref = REF(shapes[19].u.collection.item_ref, shapes[20]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_batch_get_metric_data_queries),
        },
        [20] = { /* BatchGetMetricDataQuery */
            .name_ref = REF(shapes[20].name_ref, strings[649]),
            .u.structure.members_ref = REF(shapes[20].u.structure.members_ref, members[14]),
            .u.structure.by_wire_name_ref = REF(shapes[20].u.structure.by_wire_name_ref, by_wire_name[14]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_batch_get_metric_data_query),
            .u.structure.member_count = 6,
        },
        [21] = { /* BatchGetMetricDataRequest */
            .name_ref = REF(shapes[21].name_ref, strings[722]),
            .u.structure.members_ref = REF(shapes[21].u.structure.members_ref, members[20]),
            .u.structure.by_wire_name_ref = REF(shapes[21].u.structure.by_wire_name_ref, by_wire_name[20]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_batch_get_metric_data_input),
            .u.structure.member_count = 1,
        },
        [22] = { /* BatchGetMetricDataResponse */
            .name_ref = REF(shapes[22].name_ref, strings[756]),
            .u.structure.members_ref = REF(shapes[22].u.structure.members_ref, members[21]),
            .u.structure.by_wire_name_ref = REF(shapes[22].u.structure.by_wire_name_ref, by_wire_name[21]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_batch_get_metric_data_output),
            .u.structure.member_count = 2,
        },
        [23] = { /* BehaviorOnMxFailure */
            .name_ref = REF(shapes[23].name_ref, strings[798]),
            .u.string.enum_values_ref = REF(shapes[23].u.string.enum_values_ref, strings[818]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [24] = { /* BlacklistEntries */
            .name_ref = REF(shapes[24].name_ref, strings[851]),
            .u.collection.item_ref = REF(shapes[24].u.collection.item_ref, shapes[25]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_blacklist_entries),
        },
        [25] = { /* BlacklistEntry */
            .name_ref = REF(shapes[25].name_ref, strings[868]),
            .u.structure.members_ref = REF(shapes[25].u.structure.members_ref, members[23]),
            .u.structure.by_wire_name_ref = REF(shapes[25].u.structure.by_wire_name_ref, by_wire_name[23]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_blacklist_entry),
            .u.structure.member_count = 3,
        },
        [26] = { /* BlacklistItemName */
            .name_ref = REF(shapes[26].name_ref, strings[915]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [27] = { /* BlacklistItemNames */
            .name_ref = REF(shapes[27].name_ref, strings[933]),
            .u.collection.item_ref = REF(shapes[27].u.collection.item_ref, shapes[26]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [28] = { /* BlacklistReport */
            .name_ref = REF(shapes[28].name_ref, strings[952]),
            .u.collection.item_ref = REF(shapes[28].u.collection.item_ref, shapes[24]),
            .u.collection.key_ref = REF(shapes[28].u.collection.key_ref, shapes[26]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_sesv2_blacklist_report),
            .u.collection.value_offset = offsetof(struct awsc_sesv2_blacklist_report_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_sesv2_blacklist_report_entry),
        },
        [29] = { /* BlacklistingDescription */
            .name_ref = REF(shapes[29].name_ref, strings[968]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [30] = { /* Body */
            .name_ref = REF(shapes[30].name_ref, strings[992]),
            .u.structure.members_ref = REF(shapes[30].u.structure.members_ref, members[26]),
            .u.structure.by_wire_name_ref = REF(shapes[30].u.structure.by_wire_name_ref, by_wire_name[26]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_body),
            .u.structure.member_count = 2,
        },
        [31] = { /* Bounce */
            .name_ref = REF(shapes[31].name_ref, strings[1007]),
            .u.structure.members_ref = REF(shapes[31].u.structure.members_ref, members[28]),
            .u.structure.by_wire_name_ref = REF(shapes[31].u.structure.by_wire_name_ref, by_wire_name[28]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_bounce),
            .u.structure.member_count = 3,
        },
        [32] = { /* BounceSubType */
            .name_ref = REF(shapes[32].name_ref, strings[1025]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [33] = { /* BounceType */
            .name_ref = REF(shapes[33].name_ref, strings[1014]),
            .u.string.enum_values_ref = REF(shapes[33].u.string.enum_values_ref, strings[1054]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [34] = { /* BulkEmailContent */
            .name_ref = REF(shapes[34].name_ref, strings[1087]),
            .u.structure.members_ref = REF(shapes[34].u.structure.members_ref, members[31]),
            .u.structure.by_wire_name_ref = REF(shapes[34].u.structure.by_wire_name_ref, by_wire_name[31]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_bulk_email_content),
            .u.structure.member_count = 1,
        },
        [35] = { /* BulkEmailEntry */
            .name_ref = REF(shapes[35].name_ref, strings[1113]),
            .u.structure.members_ref = REF(shapes[35].u.structure.members_ref, members[32]),
            .u.structure.by_wire_name_ref = REF(shapes[35].u.structure.by_wire_name_ref, by_wire_name[32]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_bulk_email_entry),
            .u.structure.member_count = 4,
        },
        [36] = { /* BulkEmailEntryList */
            .name_ref = REF(shapes[36].name_ref, strings[1199]),
            .u.collection.item_ref = REF(shapes[36].u.collection.item_ref, shapes[35]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_bulk_email_entry_list),
        },
        [37] = { /* BulkEmailEntryResult */
            .name_ref = REF(shapes[37].name_ref, strings[1218]),
            .u.structure.members_ref = REF(shapes[37].u.structure.members_ref, members[36]),
            .u.structure.by_wire_name_ref = REF(shapes[37].u.structure.by_wire_name_ref, by_wire_name[36]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_bulk_email_entry_result),
            .u.structure.member_count = 3,
        },
        [38] = { /* BulkEmailEntryResultList */
            .name_ref = REF(shapes[38].name_ref, strings[1262]),
            .u.collection.item_ref = REF(shapes[38].u.collection.item_ref, shapes[37]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_bulk_email_entry_result_list),
        },
        [39] = { /* BulkEmailStatus */
            .name_ref = REF(shapes[39].name_ref, strings[1287]),
            .u.string.enum_values_ref = REF(shapes[39].u.string.enum_values_ref, strings[1303]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 14,
        },
        [40] = { /* CampaignId */
            .name_ref = REF(shapes[40].name_ref, strings[1595]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [41] = { /* CancelExportJobRequest */
            .name_ref = REF(shapes[41].name_ref, strings[1606]),
            .u.structure.members_ref = REF(shapes[41].u.structure.members_ref, members[39]),
            .u.structure.by_wire_name_ref = REF(shapes[41].u.structure.by_wire_name_ref, by_wire_name[39]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_cancel_export_job_input),
            .u.structure.member_count = 1,
        },
        [42] = { /* CancelExportJobResponse */
            .name_ref = REF(shapes[42].name_ref, strings[1635]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_cancel_export_job_output),
        },
        [43] = { /* CaseId */
            .name_ref = REF(shapes[43].name_ref, strings[1659]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [44] = { /* Charset */
            .name_ref = REF(shapes[44].name_ref, strings[1666]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [45] = { /* CloudWatchDestination */
            .name_ref = REF(shapes[45].name_ref, strings[1674]),
            .u.structure.members_ref = REF(shapes[45].u.structure.members_ref, members[40]),
            .u.structure.by_wire_name_ref = REF(shapes[45].u.structure.by_wire_name_ref, by_wire_name[40]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_cloud_watch_destination),
            .u.structure.member_count = 1,
        },
        [46] = { /* CloudWatchDimensionConfiguration */
            .name_ref = REF(shapes[46].name_ref, strings[1720]),
            .u.structure.members_ref = REF(shapes[46].u.structure.members_ref, members[41]),
            .u.structure.by_wire_name_ref = REF(shapes[46].u.structure.by_wire_name_ref, by_wire_name[41]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_cloud_watch_dimension_configuration),
            .u.structure.member_count = 3,
        },
        [47] = { /* CloudWatchDimensionConfigurations */
            .name_ref = REF(shapes[47].name_ref, strings[1810]),
            .u.collection.item_ref = REF(shapes[47].u.collection.item_ref, shapes[46]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_cloud_watch_dimension_configurations),
        },
        [48] = { /* Complaint */
            .name_ref = REF(shapes[48].name_ref, strings[1844]),
            .u.structure.members_ref = REF(shapes[48].u.structure.members_ref, members[44]),
            .u.structure.by_wire_name_ref = REF(shapes[48].u.structure.by_wire_name_ref, by_wire_name[44]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_complaint),
            .u.structure.member_count = 2,
        },
        [49] = { /* ComplaintFeedbackType */
            .name_ref = REF(shapes[49].name_ref, strings[1871]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [50] = { /* ComplaintSubType */
            .name_ref = REF(shapes[50].name_ref, strings[1854]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [51] = { /* ConcurrentModificationException */
            .name_ref = REF(shapes[51].name_ref, strings[1893]),
            .u.structure.error_code_ref = REF(shapes[51].u.structure.error_code_ref, strings[1893]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sesv2_concurrent_modification_exception),
            .u.structure.http_status = 500,
        },
        [52] = { /* ConfigurationSetName */
            .name_ref = REF(shapes[52].name_ref, strings[1925]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [53] = { /* ConfigurationSetNameList */
            .name_ref = REF(shapes[53].name_ref, strings[1946]),
            .u.collection.item_ref = REF(shapes[53].u.collection.item_ref, shapes[52]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [54] = { /* ConflictException */
            .name_ref = REF(shapes[54].name_ref, strings[1971]),
            .u.structure.error_code_ref = REF(shapes[54].u.structure.error_code_ref, strings[1971]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sesv2_conflict_exception),
            .u.structure.http_status = 409,
        },
        [55] = { /* Contact */
            .name_ref = REF(shapes[55].name_ref, strings[1989]),
            .u.structure.members_ref = REF(shapes[55].u.structure.members_ref, members[46]),
            .u.structure.by_wire_name_ref = REF(shapes[55].u.structure.by_wire_name_ref, by_wire_name[46]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_contact),
            .u.structure.member_count = 5,
        },
        [56] = { /* ContactLanguage */
            .name_ref = REF(shapes[56].name_ref, strings[35]),
            .u.string.enum_values_ref = REF(shapes[56].u.string.enum_values_ref, strings[2087]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [57] = { /* ContactList */
            .name_ref = REF(shapes[57].name_ref, strings[2093]),
            .u.structure.members_ref = REF(shapes[57].u.structure.members_ref, members[51]),
            .u.structure.by_wire_name_ref = REF(shapes[57].u.structure.by_wire_name_ref, by_wire_name[51]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_contact_list),
            .u.structure.member_count = 2,
        },
        [58] = { /* ContactListDestination */
            .name_ref = REF(shapes[58].name_ref, strings[2121]),
            .u.structure.members_ref = REF(shapes[58].u.structure.members_ref, members[53]),
            .u.structure.by_wire_name_ref = REF(shapes[58].u.structure.by_wire_name_ref, by_wire_name[53]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_contact_list_destination),
            .u.structure.member_count = 2,
        },
        [59] = { /* ContactListImportAction */
            .name_ref = REF(shapes[59].name_ref, strings[2144]),
            .u.string.enum_values_ref = REF(shapes[59].u.string.enum_values_ref, strings[2168]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [60] = { /* ContactListName */
            .name_ref = REF(shapes[60].name_ref, strings[2105]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [61] = { /* Content */
            .name_ref = REF(shapes[61].name_ref, strings[2179]),
            .u.structure.members_ref = REF(shapes[61].u.structure.members_ref, members[55]),
            .u.structure.by_wire_name_ref = REF(shapes[61].u.structure.by_wire_name_ref, by_wire_name[55]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_content),
            .u.structure.member_count = 2,
        },
        [62] = { /* Counter */
            .name_ref = REF(shapes[62].name_ref, strings[2192]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [63] = { /* CreateConfigurationSetEventDestinationRequest */
            .name_ref = REF(shapes[63].name_ref, strings[2200]),
            .u.structure.members_ref = REF(shapes[63].u.structure.members_ref, members[57]),
            .u.structure.by_wire_name_ref = REF(shapes[63].u.structure.by_wire_name_ref, by_wire_name[57]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_configuration_set_event_destination_input),
            .u.structure.member_count = 3,
        },
        [64] = { /* CreateConfigurationSetEventDestinationResponse */
            .name_ref = REF(shapes[64].name_ref, strings[2284]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_configuration_set_event_destination_output),
        },
        [65] = { /* CreateConfigurationSetRequest */
            .name_ref = REF(shapes[65].name_ref, strings[2331]),
            .u.structure.members_ref = REF(shapes[65].u.structure.members_ref, members[60]),
            .u.structure.by_wire_name_ref = REF(shapes[65].u.structure.by_wire_name_ref, by_wire_name[60]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_configuration_set_input),
            .u.structure.member_count = 9,
        },
        [66] = { /* CreateConfigurationSetResponse */
            .name_ref = REF(shapes[66].name_ref, strings[2461]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_configuration_set_output),
        },
        [67] = { /* CreateContactListRequest */
            .name_ref = REF(shapes[67].name_ref, strings[2492]),
            .u.structure.members_ref = REF(shapes[67].u.structure.members_ref, members[69]),
            .u.structure.by_wire_name_ref = REF(shapes[67].u.structure.by_wire_name_ref, by_wire_name[69]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_contact_list_input),
            .u.structure.member_count = 4,
        },
        [68] = { /* CreateContactListResponse */
            .name_ref = REF(shapes[68].name_ref, strings[2524]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_contact_list_output),
        },
        [69] = { /* CreateContactRequest */
            .name_ref = REF(shapes[69].name_ref, strings[2550]),
            .u.structure.members_ref = REF(shapes[69].u.structure.members_ref, members[73]),
            .u.structure.by_wire_name_ref = REF(shapes[69].u.structure.by_wire_name_ref, by_wire_name[73]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_contact_input),
            .u.structure.member_count = 5,
        },
        [70] = { /* CreateContactResponse */
            .name_ref = REF(shapes[70].name_ref, strings[2571]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_contact_output),
        },
        [71] = { /* CreateCustomVerificationEmailTemplateRequest */
            .name_ref = REF(shapes[71].name_ref, strings[2593]),
            .u.structure.members_ref = REF(shapes[71].u.structure.members_ref, members[78]),
            .u.structure.by_wire_name_ref = REF(shapes[71].u.structure.by_wire_name_ref, by_wire_name[78]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_custom_verification_email_template_input),
            .u.structure.member_count = 7,
        },
        [72] = { /* CreateCustomVerificationEmailTemplateResponse */
            .name_ref = REF(shapes[72].name_ref, strings[2744]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_custom_verification_email_template_output),
        },
        [73] = { /* CreateDedicatedIpPoolRequest */
            .name_ref = REF(shapes[73].name_ref, strings[2790]),
            .u.structure.members_ref = REF(shapes[73].u.structure.members_ref, members[85]),
            .u.structure.by_wire_name_ref = REF(shapes[73].u.structure.by_wire_name_ref, by_wire_name[85]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_dedicated_ip_pool_input),
            .u.structure.member_count = 3,
        },
        [74] = { /* CreateDedicatedIpPoolResponse */
            .name_ref = REF(shapes[74].name_ref, strings[2840]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_dedicated_ip_pool_output),
        },
        [75] = { /* CreateDeliverabilityTestReportRequest */
            .name_ref = REF(shapes[75].name_ref, strings[2870]),
            .u.structure.members_ref = REF(shapes[75].u.structure.members_ref, members[88]),
            .u.structure.by_wire_name_ref = REF(shapes[75].u.structure.by_wire_name_ref, by_wire_name[88]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_deliverability_test_report_input),
            .u.structure.member_count = 4,
        },
        [76] = { /* CreateDeliverabilityTestReportResponse */
            .name_ref = REF(shapes[76].name_ref, strings[2919]),
            .u.structure.members_ref = REF(shapes[76].u.structure.members_ref, members[92]),
            .u.structure.by_wire_name_ref = REF(shapes[76].u.structure.by_wire_name_ref, by_wire_name[92]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_deliverability_test_report_output),
            .u.structure.member_count = 2,
        },
        [77] = { /* CreateEmailIdentityPolicyRequest */
            .name_ref = REF(shapes[77].name_ref, strings[2992]),
            .u.structure.members_ref = REF(shapes[77].u.structure.members_ref, members[94]),
            .u.structure.by_wire_name_ref = REF(shapes[77].u.structure.by_wire_name_ref, by_wire_name[94]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_email_identity_policy_input),
            .u.structure.member_count = 3,
        },
        [78] = { /* CreateEmailIdentityPolicyResponse */
            .name_ref = REF(shapes[78].name_ref, strings[3057]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_email_identity_policy_output),
        },
        [79] = { /* CreateEmailIdentityRequest */
            .name_ref = REF(shapes[79].name_ref, strings[3091]),
            .u.structure.members_ref = REF(shapes[79].u.structure.members_ref, members[97]),
            .u.structure.by_wire_name_ref = REF(shapes[79].u.structure.by_wire_name_ref, by_wire_name[97]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_email_identity_input),
            .u.structure.member_count = 4,
        },
        [80] = { /* CreateEmailIdentityResponse */
            .name_ref = REF(shapes[80].name_ref, strings[3140]),
            .u.structure.members_ref = REF(shapes[80].u.structure.members_ref, members[101]),
            .u.structure.by_wire_name_ref = REF(shapes[80].u.structure.by_wire_name_ref, by_wire_name[101]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_email_identity_output),
            .u.structure.member_count = 3,
        },
        [81] = { /* CreateEmailTemplateRequest */
            .name_ref = REF(shapes[81].name_ref, strings[3221]),
            .u.structure.members_ref = REF(shapes[81].u.structure.members_ref, members[104]),
            .u.structure.by_wire_name_ref = REF(shapes[81].u.structure.by_wire_name_ref, by_wire_name[104]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_email_template_input),
            .u.structure.member_count = 3,
        },
        [82] = { /* CreateEmailTemplateResponse */
            .name_ref = REF(shapes[82].name_ref, strings[3248]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_email_template_output),
        },
        [83] = { /* CreateExportJobRequest */
            .name_ref = REF(shapes[83].name_ref, strings[3276]),
            .u.structure.members_ref = REF(shapes[83].u.structure.members_ref, members[107]),
            .u.structure.by_wire_name_ref = REF(shapes[83].u.structure.by_wire_name_ref, by_wire_name[107]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_export_job_input),
            .u.structure.member_count = 2,
        },
        [84] = { /* CreateExportJobResponse */
            .name_ref = REF(shapes[84].name_ref, strings[3334]),
            .u.structure.members_ref = REF(shapes[84].u.structure.members_ref, members[109]),
            .u.structure.by_wire_name_ref = REF(shapes[84].u.structure.by_wire_name_ref, by_wire_name[109]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_export_job_output),
            .u.structure.member_count = 1,
        },
        [85] = { /* CreateImportJobRequest */
            .name_ref = REF(shapes[85].name_ref, strings[3358]),
            .u.structure.members_ref = REF(shapes[85].u.structure.members_ref, members[110]),
            .u.structure.by_wire_name_ref = REF(shapes[85].u.structure.by_wire_name_ref, by_wire_name[110]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_import_job_input),
            .u.structure.member_count = 2,
        },
        [86] = { /* CreateImportJobResponse */
            .name_ref = REF(shapes[86].name_ref, strings[3416]),
            .u.structure.members_ref = REF(shapes[86].u.structure.members_ref, members[112]),
            .u.structure.by_wire_name_ref = REF(shapes[86].u.structure.by_wire_name_ref, by_wire_name[112]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_import_job_output),
            .u.structure.member_count = 1,
        },
        [87] = { /* CreateMultiRegionEndpointRequest */
            .name_ref = REF(shapes[87].name_ref, strings[3440]),
            .u.structure.members_ref = REF(shapes[87].u.structure.members_ref, members[113]),
            .u.structure.by_wire_name_ref = REF(shapes[87].u.structure.by_wire_name_ref, by_wire_name[113]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_multi_region_endpoint_input),
            .u.structure.member_count = 3,
        },
        [88] = { /* CreateMultiRegionEndpointResponse */
            .name_ref = REF(shapes[88].name_ref, strings[3494]),
            .u.structure.members_ref = REF(shapes[88].u.structure.members_ref, members[116]),
            .u.structure.by_wire_name_ref = REF(shapes[88].u.structure.by_wire_name_ref, by_wire_name[116]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_multi_region_endpoint_output),
            .u.structure.member_count = 2,
        },
        [89] = { /* CreateTenantRequest */
            .name_ref = REF(shapes[89].name_ref, strings[3539]),
            .u.structure.members_ref = REF(shapes[89].u.structure.members_ref, members[118]),
            .u.structure.by_wire_name_ref = REF(shapes[89].u.structure.by_wire_name_ref, by_wire_name[118]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_tenant_input),
            .u.structure.member_count = 3,
        },
        [90] = { /* CreateTenantResourceAssociationRequest */
            .name_ref = REF(shapes[90].name_ref, strings[3592]),
            .u.structure.members_ref = REF(shapes[90].u.structure.members_ref, members[121]),
            .u.structure.by_wire_name_ref = REF(shapes[90].u.structure.by_wire_name_ref, by_wire_name[121]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_tenant_resource_association_input),
            .u.structure.member_count = 2,
        },
        [91] = { /* CreateTenantResourceAssociationResponse */
            .name_ref = REF(shapes[91].name_ref, strings[3643]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_tenant_resource_association_output),
        },
        [92] = { /* CreateTenantResponse */
            .name_ref = REF(shapes[92].name_ref, strings[3683]),
            .u.structure.members_ref = REF(shapes[92].u.structure.members_ref, members[123]),
            .u.structure.by_wire_name_ref = REF(shapes[92].u.structure.by_wire_name_ref, by_wire_name[123]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_create_tenant_output),
            .u.structure.member_count = 7,
        },
        [93] = { /* CustomRedirectDomain */
            .name_ref = REF(shapes[93].name_ref, strings[3754]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [94] = { /* CustomVerificationEmailTemplateMetadata */
            .name_ref = REF(shapes[94].name_ref, strings[3775]),
            .u.structure.members_ref = REF(shapes[94].u.structure.members_ref, members[130]),
            .u.structure.by_wire_name_ref = REF(shapes[94].u.structure.by_wire_name_ref, by_wire_name[130]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_custom_verification_email_template_metadata),
            .u.structure.member_count = 5,
        },
        [95] = { /* CustomVerificationEmailTemplatesList */
            .name_ref = REF(shapes[95].name_ref, strings[3815]),
            .u.collection.item_ref = REF(shapes[95].u.collection.item_ref, shapes[94]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_custom_verification_email_templates_list),
        },
        [96] = { /* DailyVolume */
            .name_ref = REF(shapes[96].name_ref, strings[3852]),
            .u.structure.members_ref = REF(shapes[96].u.structure.members_ref, members[135]),
            .u.structure.by_wire_name_ref = REF(shapes[96].u.structure.by_wire_name_ref, by_wire_name[135]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_daily_volume),
            .u.structure.member_count = 3,
        },
        [97] = { /* DailyVolumes */
            .name_ref = REF(shapes[97].name_ref, strings[3901]),
            .u.collection.item_ref = REF(shapes[97].u.collection.item_ref, shapes[96]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_daily_volumes),
        },
        [98] = { /* DashboardAttributes */
            .name_ref = REF(shapes[98].name_ref, strings[3914]),
            .u.structure.members_ref = REF(shapes[98].u.structure.members_ref, members[138]),
            .u.structure.by_wire_name_ref = REF(shapes[98].u.structure.by_wire_name_ref, by_wire_name[138]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_dashboard_attributes),
            .u.structure.member_count = 1,
        },
        [99] = { /* DashboardOptions */
            .name_ref = REF(shapes[99].name_ref, strings[3952]),
            .u.structure.members_ref = REF(shapes[99].u.structure.members_ref, members[139]),
            .u.structure.by_wire_name_ref = REF(shapes[99].u.structure.by_wire_name_ref, by_wire_name[139]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_dashboard_options),
            .u.structure.member_count = 1,
        },
        [100] = { /* DataFormat */
            .name_ref = REF(shapes[100].name_ref, strings[3969]),
            .u.string.enum_values_ref = REF(shapes[100].u.string.enum_values_ref, strings[3980]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [101] = { /* DedicatedIp */
            .name_ref = REF(shapes[101].name_ref, strings[3989]),
            .u.structure.members_ref = REF(shapes[101].u.structure.members_ref, members[140]),
            .u.structure.by_wire_name_ref = REF(shapes[101].u.structure.by_wire_name_ref, by_wire_name[140]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_dedicated_ip),
            .u.structure.member_count = 4,
        },
        [102] = { /* DedicatedIpList */
            .name_ref = REF(shapes[102].name_ref, strings[4034]),
            .u.collection.item_ref = REF(shapes[102].u.collection.item_ref, shapes[101]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_dedicated_ip_list),
        },
        [103] = { /* DedicatedIpPool */
            .name_ref = REF(shapes[103].name_ref, strings[4050]),
            .u.structure.members_ref = REF(shapes[103].u.structure.members_ref, members[144]),
            .u.structure.by_wire_name_ref = REF(shapes[103].u.structure.by_wire_name_ref, by_wire_name[144]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_dedicated_ip_pool),
            .u.structure.member_count = 2,
        },
        [104] = { /* DefaultDimensionValue */
            .name_ref = REF(shapes[104].name_ref, strings[1788]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [105] = { /* DeleteConfigurationSetEventDestinationRequest */
            .name_ref = REF(shapes[105].name_ref, strings[4066]),
            .u.structure.members_ref = REF(shapes[105].u.structure.members_ref, members[146]),
            .u.structure.by_wire_name_ref = REF(shapes[105].u.structure.by_wire_name_ref, by_wire_name[146]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_configuration_set_event_destination_input),
            .u.structure.member_count = 2,
        },
        [106] = { /* DeleteConfigurationSetEventDestinationResponse */
            .name_ref = REF(shapes[106].name_ref, strings[4112]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_configuration_set_event_destination_output),
        },
        [107] = { /* DeleteConfigurationSetRequest */
            .name_ref = REF(shapes[107].name_ref, strings[4159]),
            .u.structure.members_ref = REF(shapes[107].u.structure.members_ref, members[148]),
            .u.structure.by_wire_name_ref = REF(shapes[107].u.structure.by_wire_name_ref, by_wire_name[148]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_configuration_set_input),
            .u.structure.member_count = 1,
        },
        [108] = { /* DeleteConfigurationSetResponse */
            .name_ref = REF(shapes[108].name_ref, strings[4189]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_configuration_set_output),
        },
        [109] = { /* DeleteContactListRequest */
            .name_ref = REF(shapes[109].name_ref, strings[4220]),
            .u.structure.members_ref = REF(shapes[109].u.structure.members_ref, members[149]),
            .u.structure.by_wire_name_ref = REF(shapes[109].u.structure.by_wire_name_ref, by_wire_name[149]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_contact_list_input),
            .u.structure.member_count = 1,
        },
        [110] = { /* DeleteContactListResponse */
            .name_ref = REF(shapes[110].name_ref, strings[4245]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_contact_list_output),
        },
        [111] = { /* DeleteContactRequest */
            .name_ref = REF(shapes[111].name_ref, strings[4271]),
            .u.structure.members_ref = REF(shapes[111].u.structure.members_ref, members[150]),
            .u.structure.by_wire_name_ref = REF(shapes[111].u.structure.by_wire_name_ref, by_wire_name[150]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_contact_input),
            .u.structure.member_count = 2,
        },
        [112] = { /* DeleteContactResponse */
            .name_ref = REF(shapes[112].name_ref, strings[4292]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_contact_output),
        },
        [113] = { /* DeleteCustomVerificationEmailTemplateRequest */
            .name_ref = REF(shapes[113].name_ref, strings[4314]),
            .u.structure.members_ref = REF(shapes[113].u.structure.members_ref, members[152]),
            .u.structure.by_wire_name_ref = REF(shapes[113].u.structure.by_wire_name_ref, by_wire_name[152]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_custom_verification_email_template_input),
            .u.structure.member_count = 1,
        },
        [114] = { /* DeleteCustomVerificationEmailTemplateResponse */
            .name_ref = REF(shapes[114].name_ref, strings[4359]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_custom_verification_email_template_output),
        },
        [115] = { /* DeleteDedicatedIpPoolRequest */
            .name_ref = REF(shapes[115].name_ref, strings[4405]),
            .u.structure.members_ref = REF(shapes[115].u.structure.members_ref, members[153]),
            .u.structure.by_wire_name_ref = REF(shapes[115].u.structure.by_wire_name_ref, by_wire_name[153]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_dedicated_ip_pool_input),
            .u.structure.member_count = 1,
        },
        [116] = { /* DeleteDedicatedIpPoolResponse */
            .name_ref = REF(shapes[116].name_ref, strings[4434]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_dedicated_ip_pool_output),
        },
        [117] = { /* DeleteEmailIdentityPolicyRequest */
            .name_ref = REF(shapes[117].name_ref, strings[4464]),
            .u.structure.members_ref = REF(shapes[117].u.structure.members_ref, members[154]),
            .u.structure.by_wire_name_ref = REF(shapes[117].u.structure.by_wire_name_ref, by_wire_name[154]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_email_identity_policy_input),
            .u.structure.member_count = 2,
        },
        [118] = { /* DeleteEmailIdentityPolicyResponse */
            .name_ref = REF(shapes[118].name_ref, strings[4497]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_email_identity_policy_output),
        },
        [119] = { /* DeleteEmailIdentityRequest */
            .name_ref = REF(shapes[119].name_ref, strings[4531]),
            .u.structure.members_ref = REF(shapes[119].u.structure.members_ref, members[156]),
            .u.structure.by_wire_name_ref = REF(shapes[119].u.structure.by_wire_name_ref, by_wire_name[156]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_email_identity_input),
            .u.structure.member_count = 1,
        },
        [120] = { /* DeleteEmailIdentityResponse */
            .name_ref = REF(shapes[120].name_ref, strings[4558]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_email_identity_output),
        },
        [121] = { /* DeleteEmailTemplateRequest */
            .name_ref = REF(shapes[121].name_ref, strings[4586]),
            .u.structure.members_ref = REF(shapes[121].u.structure.members_ref, members[157]),
            .u.structure.by_wire_name_ref = REF(shapes[121].u.structure.by_wire_name_ref, by_wire_name[157]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_email_template_input),
            .u.structure.member_count = 1,
        },
        [122] = { /* DeleteEmailTemplateResponse */
            .name_ref = REF(shapes[122].name_ref, strings[4613]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_email_template_output),
        },
        [123] = { /* DeleteMultiRegionEndpointRequest */
            .name_ref = REF(shapes[123].name_ref, strings[4641]),
            .u.structure.members_ref = REF(shapes[123].u.structure.members_ref, members[158]),
            .u.structure.by_wire_name_ref = REF(shapes[123].u.structure.by_wire_name_ref, by_wire_name[158]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_multi_region_endpoint_input),
            .u.structure.member_count = 1,
        },
        [124] = { /* DeleteMultiRegionEndpointResponse */
            .name_ref = REF(shapes[124].name_ref, strings[4674]),
            .u.structure.members_ref = REF(shapes[124].u.structure.members_ref, members[159]),
            .u.structure.by_wire_name_ref = REF(shapes[124].u.structure.by_wire_name_ref, by_wire_name[159]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_multi_region_endpoint_output),
            .u.structure.member_count = 1,
        },
        [125] = { /* DeleteSuppressedDestinationRequest */
            .name_ref = REF(shapes[125].name_ref, strings[4708]),
            .u.structure.members_ref = REF(shapes[125].u.structure.members_ref, members[160]),
            .u.structure.by_wire_name_ref = REF(shapes[125].u.structure.by_wire_name_ref, by_wire_name[160]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_suppressed_destination_input),
            .u.structure.member_count = 2,
        },
        [126] = { /* DeleteSuppressedDestinationResponse */
            .name_ref = REF(shapes[126].name_ref, strings[4743]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_suppressed_destination_output),
        },
        [127] = { /* DeleteTenantRequest */
            .name_ref = REF(shapes[127].name_ref, strings[4779]),
            .u.structure.members_ref = REF(shapes[127].u.structure.members_ref, members[162]),
            .u.structure.by_wire_name_ref = REF(shapes[127].u.structure.by_wire_name_ref, by_wire_name[162]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_tenant_input),
            .u.structure.member_count = 1,
        },
        [128] = { /* DeleteTenantResourceAssociationRequest */
            .name_ref = REF(shapes[128].name_ref, strings[4799]),
            .u.structure.members_ref = REF(shapes[128].u.structure.members_ref, members[163]),
            .u.structure.by_wire_name_ref = REF(shapes[128].u.structure.by_wire_name_ref, by_wire_name[163]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_tenant_resource_association_input),
            .u.structure.member_count = 2,
        },
        [129] = { /* DeleteTenantResourceAssociationResponse */
            .name_ref = REF(shapes[129].name_ref, strings[4838]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_tenant_resource_association_output),
        },
        [130] = { /* DeleteTenantResponse */
            .name_ref = REF(shapes[130].name_ref, strings[4878]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delete_tenant_output),
        },
        [131] = { /* DeliverabilityDashboardAccountStatus */
            .name_ref = REF(shapes[131].name_ref, strings[4899]),
            .u.string.enum_values_ref = REF(shapes[131].u.string.enum_values_ref, strings[4936]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [132] = { /* DeliverabilityTestReport */
            .name_ref = REF(shapes[132].name_ref, strings[4971]),
            .u.structure.members_ref = REF(shapes[132].u.structure.members_ref, members[165]),
            .u.structure.by_wire_name_ref = REF(shapes[132].u.structure.by_wire_name_ref, by_wire_name[165]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_deliverability_test_report),
            .u.structure.member_count = 6,
        },
        [133] = { /* DeliverabilityTestReports */
            .name_ref = REF(shapes[133].name_ref, strings[5015]),
            .u.collection.item_ref = REF(shapes[133].u.collection.item_ref, shapes[132]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_deliverability_test_reports),
        },
        [134] = { /* DeliverabilityTestStatus */
            .name_ref = REF(shapes[134].name_ref, strings[2967]),
            .u.string.enum_values_ref = REF(shapes[134].u.string.enum_values_ref, strings[5041]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [135] = { /* DeliverabilityTestSubject */
            .name_ref = REF(shapes[135].name_ref, strings[5063]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [136] = { /* DeliveryEventType */
            .name_ref = REF(shapes[136].name_ref, strings[5089]),
            .u.string.enum_values_ref = REF(shapes[136].u.string.enum_values_ref, strings[5107]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 6,
        },
        [137] = { /* DeliveryOptions */
            .name_ref = REF(shapes[137].name_ref, strings[2377]),
            .u.structure.members_ref = REF(shapes[137].u.structure.members_ref, members[171]),
            .u.structure.by_wire_name_ref = REF(shapes[137].u.structure.by_wire_name_ref, by_wire_name[171]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_delivery_options),
            .u.structure.member_count = 3,
        },
        [138] = { /* Description */
            .name_ref = REF(shapes[138].name_ref, strings[903]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [139] = { /* Destination */
            .name_ref = REF(shapes[139].name_ref, strings[1128]),
            .u.structure.members_ref = REF(shapes[139].u.structure.members_ref, members[174]),
            .u.structure.by_wire_name_ref = REF(shapes[139].u.structure.by_wire_name_ref, by_wire_name[174]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_destination),
            .u.structure.member_count = 3,
        },
        [140] = { /* Details */
            .name_ref = REF(shapes[140].name_ref, strings[3486]),
            .u.structure.members_ref = REF(shapes[140].u.structure.members_ref, members[177]),
            .u.structure.by_wire_name_ref = REF(shapes[140].u.structure.by_wire_name_ref, by_wire_name[177]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_details),
            .u.structure.member_count = 1,
        },
        [141] = { /* DiagnosticCode */
            .name_ref = REF(shapes[141].name_ref, strings[1039]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [142] = { /* DimensionName */
            .name_ref = REF(shapes[142].name_ref, strings[1753]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [143] = { /* DimensionValueSource */
            .name_ref = REF(shapes[143].name_ref, strings[1767]),
            .u.string.enum_values_ref = REF(shapes[143].u.string.enum_values_ref, strings[5281]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [144] = { /* Dimensions */
            .name_ref = REF(shapes[144].name_ref, strings[693]),
            .range_ref = REF(shapes[144].range_ref, ranges[9]),
            .u.collection.item_ref = REF(shapes[144].u.collection.item_ref, shapes[379]),
            .u.collection.key_ref = REF(shapes[144].u.collection.key_ref, shapes[378]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_sesv2_policy_map),
            .u.collection.value_offset = offsetof(struct awsc_sesv2_policy_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_sesv2_policy_map_entry),
        },
        [145] = { /* DisplayName */
            .name_ref = REF(shapes[145].name_ref, strings[5315]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [146] = { /* DkimAttributes */
            .name_ref = REF(shapes[146].name_ref, strings[3206]),
            .u.structure.members_ref = REF(shapes[146].u.structure.members_ref, members[178]),
            .u.structure.by_wire_name_ref = REF(shapes[146].u.structure.by_wire_name_ref, by_wire_name[178]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_dkim_attributes),
            .u.structure.member_count = 8,
        },
        [147] = { /* DkimSigningAttributes */
            .name_ref = REF(shapes[147].name_ref, strings[3118]),
            .u.structure.members_ref = REF(shapes[147].u.structure.members_ref, members[186]),
            .u.structure.by_wire_name_ref = REF(shapes[147].u.structure.by_wire_name_ref, by_wire_name[186]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_dkim_signing_attributes),
            .u.structure.member_count = 4,
        },
        [148] = { /* DkimSigningAttributesOrigin */
            .name_ref = REF(shapes[148].name_ref, strings[5539]),
            .u.string.enum_values_ref = REF(shapes[148].u.string.enum_values_ref, strings[5567]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 31,
        },
        [149] = { /* DkimSigningKeyLength */
            .name_ref = REF(shapes[149].name_ref, strings[6170]),
            .u.string.enum_values_ref = REF(shapes[149].u.string.enum_values_ref, strings[6191]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [150] = { /* DkimStatus */
            .name_ref = REF(shapes[150].name_ref, strings[6217]),
            .u.string.enum_values_ref = REF(shapes[150].u.string.enum_values_ref, strings[6228]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [151] = { /* DnsToken */
            .name_ref = REF(shapes[151].name_ref, strings[6281]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [152] = { /* DnsTokenList */
            .name_ref = REF(shapes[152].name_ref, strings[6290]),
            .u.collection.item_ref = REF(shapes[152].u.collection.item_ref, shapes[151]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [153] = { /* Domain */
            .name_ref = REF(shapes[153].name_ref, strings[6303]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [154] = { /* DomainDeliverabilityCampaign */
            .name_ref = REF(shapes[154].name_ref, strings[6310]),
            .u.structure.members_ref = REF(shapes[154].u.structure.members_ref, members[190]),
            .u.structure.by_wire_name_ref = REF(shapes[154].u.structure.by_wire_name_ref, by_wire_name[190]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_domain_deliverability_campaign),
            .u.structure.member_count = 14,
        },
        [155] = { /* DomainDeliverabilityCampaignList */
            .name_ref = REF(shapes[155].name_ref, strings[6483]),
            .u.collection.item_ref = REF(shapes[155].u.collection.item_ref, shapes[154]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_domain_deliverability_campaign_list),
        },
        [156] = { /* DomainDeliverabilityTrackingOption */
            .name_ref = REF(shapes[156].name_ref, strings[6516]),
            .u.structure.members_ref = REF(shapes[156].u.structure.members_ref, members[204]),
            .u.structure.by_wire_name_ref = REF(shapes[156].u.structure.by_wire_name_ref, by_wire_name[204]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_domain_deliverability_tracking_option),
            .u.structure.member_count = 3,
        },
        [157] = { /* DomainDeliverabilityTrackingOptions */
            .name_ref = REF(shapes[157].name_ref, strings[6602]),
            .u.collection.item_ref = REF(shapes[157].u.collection.item_ref, shapes[156]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_domain_deliverability_tracking_options),
        },
        [158] = { /* DomainIspPlacement */
            .name_ref = REF(shapes[158].name_ref, strings[6638]),
            .u.structure.members_ref = REF(shapes[158].u.structure.members_ref, members[207]),
            .u.structure.by_wire_name_ref = REF(shapes[158].u.structure.by_wire_name_ref, by_wire_name[207]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_domain_isp_placement),
            .u.structure.member_count = 5,
        },
        [159] = { /* DomainIspPlacements */
            .name_ref = REF(shapes[159].name_ref, strings[3881]),
            .u.collection.item_ref = REF(shapes[159].u.collection.item_ref, shapes[158]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_domain_isp_placements),
        },
        [160] = { /* EmailAddress */
            .name_ref = REF(shapes[160].name_ref, strings[1997]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [161] = { /* EmailAddressFilterList */
            .name_ref = REF(shapes[161].name_ref, strings[6723]),
            .range_ref = REF(shapes[161].range_ref, ranges[10]),
            .u.collection.item_ref = REF(shapes[161].u.collection.item_ref, shapes[278]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [162] = { /* EmailAddressInsightsConfidenceVerdict */
            .name_ref = REF(shapes[162].name_ref, strings[6746]),
            .u.string.enum_values_ref = REF(shapes[162].u.string.enum_values_ref, strings[6784]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [163] = { /* EmailAddressInsightsMailboxEvaluations */
            .name_ref = REF(shapes[163].name_ref, strings[6800]),
            .u.structure.members_ref = REF(shapes[163].u.structure.members_ref, members[212]),
            .u.structure.by_wire_name_ref = REF(shapes[163].u.structure.by_wire_name_ref, by_wire_name[212]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_email_address_insights_mailbox_evaluations),
            .u.structure.member_count = 6,
        },
        [164] = { /* EmailAddressInsightsVerdict */
            .name_ref = REF(shapes[164].name_ref, strings[6928]),
            .u.structure.members_ref = REF(shapes[164].u.structure.members_ref, members[218]),
            .u.structure.by_wire_name_ref = REF(shapes[164].u.structure.by_wire_name_ref, by_wire_name[218]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_email_address_insights_verdict),
            .u.structure.member_count = 1,
        },
        [165] = { /* EmailAddressList */
            .name_ref = REF(shapes[165].name_ref, strings[6974]),
            .u.collection.item_ref = REF(shapes[165].u.collection.item_ref, shapes[160]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [166] = { /* EmailContent */
            .name_ref = REF(shapes[166].name_ref, strings[6991]),
            .u.structure.members_ref = REF(shapes[166].u.structure.members_ref, members[219]),
            .u.structure.by_wire_name_ref = REF(shapes[166].u.structure.by_wire_name_ref, by_wire_name[219]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_email_content),
            .u.structure.member_count = 3,
        },
        [167] = { /* EmailInsights */
            .name_ref = REF(shapes[167].name_ref, strings[7015]),
            .u.structure.members_ref = REF(shapes[167].u.structure.members_ref, members[222]),
            .u.structure.by_wire_name_ref = REF(shapes[167].u.structure.by_wire_name_ref, by_wire_name[222]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_email_insights),
            .u.structure.member_count = 3,
        },
        [168] = { /* EmailInsightsList */
            .name_ref = REF(shapes[168].name_ref, strings[7040]),
            .u.collection.item_ref = REF(shapes[168].u.collection.item_ref, shapes[167]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_insights_list),
        },
        [169] = { /* EmailSubject */
            .name_ref = REF(shapes[169].name_ref, strings[7058]),
            .range_ref = REF(shapes[169].range_ref, ranges[11]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [170] = { /* EmailSubjectFilterList */
            .name_ref = REF(shapes[170].name_ref, strings[7071]),
            .range_ref = REF(shapes[170].range_ref, ranges[12]),
            .u.collection.item_ref = REF(shapes[170].u.collection.item_ref, shapes[169]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [171] = { /* EmailTemplateContent */
            .name_ref = REF(shapes[171].name_ref, strings[7094]),
            .u.structure.members_ref = REF(shapes[171].u.structure.members_ref, members[225]),
            .u.structure.by_wire_name_ref = REF(shapes[171].u.structure.by_wire_name_ref, by_wire_name[225]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_email_template_content),
            .u.structure.member_count = 3,
        },
        [172] = { /* EmailTemplateData */
            .name_ref = REF(shapes[172].name_ref, strings[7115]),
            .range_ref = REF(shapes[172].range_ref, ranges[13]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [173] = { /* EmailTemplateHtml */
            .name_ref = REF(shapes[173].name_ref, strings[7133]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [174] = { /* EmailTemplateMetadata */
            .name_ref = REF(shapes[174].name_ref, strings[7151]),
            .u.structure.members_ref = REF(shapes[174].u.structure.members_ref, members[228]),
            .u.structure.by_wire_name_ref = REF(shapes[174].u.structure.by_wire_name_ref, by_wire_name[228]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_email_template_metadata),
            .u.structure.member_count = 2,
        },
        [175] = { /* EmailTemplateMetadataList */
            .name_ref = REF(shapes[175].name_ref, strings[7173]),
            .u.collection.item_ref = REF(shapes[175].u.collection.item_ref, shapes[174]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_template_metadata_list),
        },
        [176] = { /* EmailTemplateName */
            .name_ref = REF(shapes[176].name_ref, strings[7199]),
            .range_ref = REF(shapes[176].range_ref, ranges[14]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [177] = { /* EmailTemplateSubject */
            .name_ref = REF(shapes[177].name_ref, strings[7217]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [178] = { /* EmailTemplateText */
            .name_ref = REF(shapes[178].name_ref, strings[7238]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [179] = { /* Enabled */
            .name_ref = REF(shapes[179].name_ref, strings[7256]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [180] = { /* EnabledWrapper */
            .name_ref = REF(shapes[180].name_ref, strings[7264]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [181] = { /* EndpointId */
            .name_ref = REF(shapes[181].name_ref, strings[3528]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [182] = { /* EndpointName */
            .name_ref = REF(shapes[182].name_ref, strings[3473]),
            .range_ref = REF(shapes[182].range_ref, ranges[15]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [183] = { /* EngagementEventType */
            .name_ref = REF(shapes[183].name_ref, strings[7279]),
            .u.string.enum_values_ref = REF(shapes[183].u.string.enum_values_ref, strings[7299]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [184] = { /* ErrorMessage */
            .name_ref = REF(shapes[184].name_ref, strings[7310]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [185] = { /* Esp */
            .name_ref = REF(shapes[185].name_ref, strings[7323]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [186] = { /* Esps */
            .name_ref = REF(shapes[186].name_ref, strings[6478]),
            .u.collection.item_ref = REF(shapes[186].u.collection.item_ref, shapes[185]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [187] = { /* EventBridgeDestination */
            .name_ref = REF(shapes[187].name_ref, strings[7327]),
            .u.structure.members_ref = REF(shapes[187].u.structure.members_ref, members[230]),
            .u.structure.by_wire_name_ref = REF(shapes[187].u.structure.by_wire_name_ref, by_wire_name[230]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_event_bridge_destination),
            .u.structure.member_count = 1,
        },
        [188] = { /* EventDestination */
            .name_ref = REF(shapes[188].name_ref, strings[2267]),
            .u.structure.members_ref = REF(shapes[188].u.structure.members_ref, members[231]),
            .u.structure.by_wire_name_ref = REF(shapes[188].u.structure.by_wire_name_ref, by_wire_name[231]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_event_destination),
            .u.structure.member_count = 8,
        },
        [189] = { /* EventDestinationDefinition */
            .name_ref = REF(shapes[189].name_ref, strings[7448]),
            .u.structure.members_ref = REF(shapes[189].u.structure.members_ref, members[239]),
            .u.structure.by_wire_name_ref = REF(shapes[189].u.structure.by_wire_name_ref, by_wire_name[239]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_event_destination_definition),
            .u.structure.member_count = 7,
        },
        [190] = { /* EventDestinationName */
            .name_ref = REF(shapes[190].name_ref, strings[2246]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [191] = { /* EventDestinations */
            .name_ref = REF(shapes[191].name_ref, strings[7475]),
            .u.collection.item_ref = REF(shapes[191].u.collection.item_ref, shapes[188]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_event_destinations),
        },
        [192] = { /* EventDetails */
            .name_ref = REF(shapes[192].name_ref, strings[7493]),
            .u.structure.members_ref = REF(shapes[192].u.structure.members_ref, members[246]),
            .u.structure.by_wire_name_ref = REF(shapes[192].u.structure.by_wire_name_ref, by_wire_name[246]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_event_details),
            .u.structure.member_count = 2,
        },
        [193] = { /* EventType */
            .name_ref = REF(shapes[193].name_ref, strings[7506]),
            .u.string.enum_values_ref = REF(shapes[193].u.string.enum_values_ref, strings[7516]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 10,
        },
        [194] = { /* EventTypes */
            .name_ref = REF(shapes[194].name_ref, strings[7611]),
            .u.collection.item_ref = REF(shapes[194].u.collection.item_ref, shapes[193]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [195] = { /* ExportDataSource */
            .name_ref = REF(shapes[195].name_ref, strings[3299]),
            .u.structure.members_ref = REF(shapes[195].u.structure.members_ref, members[248]),
            .u.structure.by_wire_name_ref = REF(shapes[195].u.structure.by_wire_name_ref, by_wire_name[248]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_export_data_source),
            .u.structure.member_count = 2,
        },
        [196] = { /* ExportDestination */
            .name_ref = REF(shapes[196].name_ref, strings[3316]),
            .u.structure.members_ref = REF(shapes[196].u.structure.members_ref, members[250]),
            .u.structure.by_wire_name_ref = REF(shapes[196].u.structure.by_wire_name_ref, by_wire_name[250]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_export_destination),
            .u.structure.member_count = 2,
        },
        [197] = { /* ExportDimensionValue */
            .name_ref = REF(shapes[197].name_ref, strings[7672]),
            .range_ref = REF(shapes[197].range_ref, ranges[16]),
            .u.collection.item_ref = REF(shapes[197].u.collection.item_ref, shapes[379]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [198] = { /* ExportDimensions */
            .name_ref = REF(shapes[198].name_ref, strings[7693]),
            .range_ref = REF(shapes[198].range_ref, ranges[17]),
            .u.collection.item_ref = REF(shapes[198].u.collection.item_ref, shapes[197]),
            .u.collection.key_ref = REF(shapes[198].u.collection.key_ref, shapes[378]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_sesv2_export_dimensions),
            .u.collection.value_offset = offsetof(struct awsc_sesv2_export_dimensions_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_sesv2_export_dimensions_entry),
        },
        [199] = { /* ExportJobSummary */
            .name_ref = REF(shapes[199].name_ref, strings[7710]),
            .u.structure.members_ref = REF(shapes[199].u.structure.members_ref, members[252]),
            .u.structure.by_wire_name_ref = REF(shapes[199].u.structure.by_wire_name_ref, by_wire_name[252]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_export_job_summary),
            .u.structure.member_count = 5,
        },
        [200] = { /* ExportJobSummaryList */
            .name_ref = REF(shapes[200].name_ref, strings[7773]),
            .u.collection.item_ref = REF(shapes[200].u.collection.item_ref, shapes[199]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_export_job_summary_list),
        },
        [201] = { /* ExportMetric */
            .name_ref = REF(shapes[201].name_ref, strings[7794]),
            .u.structure.members_ref = REF(shapes[201].u.structure.members_ref, members[257]),
            .u.structure.by_wire_name_ref = REF(shapes[201].u.structure.by_wire_name_ref, by_wire_name[257]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_export_metric),
            .u.structure.member_count = 2,
        },
        [202] = { /* ExportMetrics */
            .name_ref = REF(shapes[202].name_ref, strings[7819]),
            .range_ref = REF(shapes[202].range_ref, ranges[18]),
            .u.collection.item_ref = REF(shapes[202].u.collection.item_ref, shapes[201]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_export_metrics),
        },
        [203] = { /* ExportSourceType */
            .name_ref = REF(shapes[203].name_ref, strings[7727]),
            .u.string.enum_values_ref = REF(shapes[203].u.string.enum_values_ref, strings[7833]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [204] = { /* ExportStatistics */
            .name_ref = REF(shapes[204].name_ref, strings[7863]),
            .u.structure.members_ref = REF(shapes[204].u.structure.members_ref, members[259]),
            .u.structure.by_wire_name_ref = REF(shapes[204].u.structure.by_wire_name_ref, by_wire_name[259]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_export_statistics),
            .u.structure.member_count = 2,
        },
        [205] = { /* ExportedRecordsCount */
            .name_ref = REF(shapes[205].name_ref, strings[7902]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [206] = { /* FailedRecordsCount */
            .name_ref = REF(shapes[206].name_ref, strings[7923]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [207] = { /* FailedRecordsS3Url */
            .name_ref = REF(shapes[207].name_ref, strings[7942]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [208] = { /* FailureInfo */
            .name_ref = REF(shapes[208].name_ref, strings[7961]),
            .u.structure.members_ref = REF(shapes[208].u.structure.members_ref, members[261]),
            .u.structure.by_wire_name_ref = REF(shapes[208].u.structure.by_wire_name_ref, by_wire_name[261]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_failure_info),
            .u.structure.member_count = 2,
        },
        [209] = { /* FailureRedirectionURL */
            .name_ref = REF(shapes[209].name_ref, strings[2722]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [210] = { /* FeatureStatus */
            .name_ref = REF(shapes[210].name_ref, strings[7973]),
            .u.string.enum_values_ref = REF(shapes[210].u.string.enum_values_ref, strings[7987]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [211] = { /* FeedbackId */
            .name_ref = REF(shapes[211].name_ref, strings[8004]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [212] = { /* GeneralEnforcementStatus */
            .name_ref = REF(shapes[212].name_ref, strings[8015]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [213] = { /* GetAccountRequest */
            .name_ref = REF(shapes[213].name_ref, strings[8040]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_account_input),
        },
        [214] = { /* GetAccountResponse */
            .name_ref = REF(shapes[214].name_ref, strings[8058]),
            .u.structure.members_ref = REF(shapes[214].u.structure.members_ref, members[263]),
            .u.structure.by_wire_name_ref = REF(shapes[214].u.structure.by_wire_name_ref, by_wire_name[263]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_account_output),
            .u.structure.member_count = 9,
        },
        [215] = { /* GetBlacklistReportsRequest */
            .name_ref = REF(shapes[215].name_ref, strings[8205]),
            .u.structure.members_ref = REF(shapes[215].u.structure.members_ref, members[272]),
            .u.structure.by_wire_name_ref = REF(shapes[215].u.structure.by_wire_name_ref, by_wire_name[272]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_blacklist_reports_input),
            .u.structure.member_count = 1,
        },
        [216] = { /* GetBlacklistReportsResponse */
            .name_ref = REF(shapes[216].name_ref, strings[8232]),
            .u.structure.members_ref = REF(shapes[216].u.structure.members_ref, members[273]),
            .u.structure.by_wire_name_ref = REF(shapes[216].u.structure.by_wire_name_ref, by_wire_name[273]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_blacklist_reports_output),
            .u.structure.member_count = 1,
        },
        [217] = { /* GetConfigurationSetEventDestinationsRequest */
            .name_ref = REF(shapes[217].name_ref, strings[8260]),
            .u.structure.members_ref = REF(shapes[217].u.structure.members_ref, members[274]),
            .u.structure.by_wire_name_ref = REF(shapes[217].u.structure.by_wire_name_ref, by_wire_name[274]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_configuration_set_event_destinations_input),
            .u.structure.member_count = 1,
        },
        [218] = { /* GetConfigurationSetEventDestinationsResponse */
            .name_ref = REF(shapes[218].name_ref, strings[8304]),
            .u.structure.members_ref = REF(shapes[218].u.structure.members_ref, members[275]),
            .u.structure.by_wire_name_ref = REF(shapes[218].u.structure.by_wire_name_ref, by_wire_name[275]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_configuration_set_event_destinations_output),
            .u.structure.member_count = 1,
        },
        [219] = { /* GetConfigurationSetRequest */
            .name_ref = REF(shapes[219].name_ref, strings[8349]),
            .u.structure.members_ref = REF(shapes[219].u.structure.members_ref, members[276]),
            .u.structure.by_wire_name_ref = REF(shapes[219].u.structure.by_wire_name_ref, by_wire_name[276]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_configuration_set_input),
            .u.structure.member_count = 1,
        },
        [220] = { /* GetConfigurationSetResponse */
            .name_ref = REF(shapes[220].name_ref, strings[8376]),
            .u.structure.members_ref = REF(shapes[220].u.structure.members_ref, members[277]),
            .u.structure.by_wire_name_ref = REF(shapes[220].u.structure.by_wire_name_ref, by_wire_name[277]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_configuration_set_output),
            .u.structure.member_count = 9,
        },
        [221] = { /* GetContactListRequest */
            .name_ref = REF(shapes[221].name_ref, strings[8404]),
            .u.structure.members_ref = REF(shapes[221].u.structure.members_ref, members[286]),
            .u.structure.by_wire_name_ref = REF(shapes[221].u.structure.by_wire_name_ref, by_wire_name[286]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_contact_list_input),
            .u.structure.member_count = 1,
        },
        [222] = { /* GetContactListResponse */
            .name_ref = REF(shapes[222].name_ref, strings[8426]),
            .u.structure.members_ref = REF(shapes[222].u.structure.members_ref, members[287]),
            .u.structure.by_wire_name_ref = REF(shapes[222].u.structure.by_wire_name_ref, by_wire_name[287]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_contact_list_output),
            .u.structure.member_count = 6,
        },
        [223] = { /* GetContactRequest */
            .name_ref = REF(shapes[223].name_ref, strings[8449]),
            .u.structure.members_ref = REF(shapes[223].u.structure.members_ref, members[293]),
            .u.structure.by_wire_name_ref = REF(shapes[223].u.structure.by_wire_name_ref, by_wire_name[293]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_contact_input),
            .u.structure.member_count = 2,
        },
        [224] = { /* GetContactResponse */
            .name_ref = REF(shapes[224].name_ref, strings[8467]),
            .u.structure.members_ref = REF(shapes[224].u.structure.members_ref, members[295]),
            .u.structure.by_wire_name_ref = REF(shapes[224].u.structure.by_wire_name_ref, by_wire_name[295]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_contact_output),
            .u.structure.member_count = 8,
        },
        [225] = { /* GetCustomVerificationEmailTemplateRequest */
            .name_ref = REF(shapes[225].name_ref, strings[8486]),
            .u.structure.members_ref = REF(shapes[225].u.structure.members_ref, members[303]),
            .u.structure.by_wire_name_ref = REF(shapes[225].u.structure.by_wire_name_ref, by_wire_name[303]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_custom_verification_email_template_input),
            .u.structure.member_count = 1,
        },
        [226] = { /* GetCustomVerificationEmailTemplateResponse */
            .name_ref = REF(shapes[226].name_ref, strings[8528]),
            .u.structure.members_ref = REF(shapes[226].u.structure.members_ref, members[304]),
            .u.structure.by_wire_name_ref = REF(shapes[226].u.structure.by_wire_name_ref, by_wire_name[304]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_custom_verification_email_template_output),
            .u.structure.member_count = 7,
        },
        [227] = { /* GetDedicatedIpPoolRequest */
            .name_ref = REF(shapes[227].name_ref, strings[8571]),
            .u.structure.members_ref = REF(shapes[227].u.structure.members_ref, members[311]),
            .u.structure.by_wire_name_ref = REF(shapes[227].u.structure.by_wire_name_ref, by_wire_name[311]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_dedicated_ip_pool_input),
            .u.structure.member_count = 1,
        },
        [228] = { /* GetDedicatedIpPoolResponse */
            .name_ref = REF(shapes[228].name_ref, strings[8597]),
            .u.structure.members_ref = REF(shapes[228].u.structure.members_ref, members[312]),
            .u.structure.by_wire_name_ref = REF(shapes[228].u.structure.by_wire_name_ref, by_wire_name[312]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_dedicated_ip_pool_output),
            .u.structure.member_count = 1,
        },
        [229] = { /* GetDedicatedIpRequest */
            .name_ref = REF(shapes[229].name_ref, strings[8624]),
            .u.structure.members_ref = REF(shapes[229].u.structure.members_ref, members[313]),
            .u.structure.by_wire_name_ref = REF(shapes[229].u.structure.by_wire_name_ref, by_wire_name[313]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_dedicated_ip_input),
            .u.structure.member_count = 1,
        },
        [230] = { /* GetDedicatedIpResponse */
            .name_ref = REF(shapes[230].name_ref, strings[8652]),
            .u.structure.members_ref = REF(shapes[230].u.structure.members_ref, members[314]),
            .u.structure.by_wire_name_ref = REF(shapes[230].u.structure.by_wire_name_ref, by_wire_name[314]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_dedicated_ip_output),
            .u.structure.member_count = 1,
        },
        [231] = { /* GetDedicatedIpsRequest */
            .name_ref = REF(shapes[231].name_ref, strings[8675]),
            .u.structure.members_ref = REF(shapes[231].u.structure.members_ref, members[315]),
            .u.structure.by_wire_name_ref = REF(shapes[231].u.structure.by_wire_name_ref, by_wire_name[315]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_dedicated_ips_input),
            .u.structure.member_count = 3,
        },
        [232] = { /* GetDedicatedIpsResponse */
            .name_ref = REF(shapes[232].name_ref, strings[8717]),
            .u.structure.members_ref = REF(shapes[232].u.structure.members_ref, members[318]),
            .u.structure.by_wire_name_ref = REF(shapes[232].u.structure.by_wire_name_ref, by_wire_name[318]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_dedicated_ips_output),
            .u.structure.member_count = 2,
        },
        [233] = { /* GetDeliverabilityDashboardOptionsRequest */
            .name_ref = REF(shapes[233].name_ref, strings[8754]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_deliverability_dashboard_options_input),
        },
        [234] = { /* GetDeliverabilityDashboardOptionsResponse */
            .name_ref = REF(shapes[234].name_ref, strings[8795]),
            .u.structure.members_ref = REF(shapes[234].u.structure.members_ref, members[320]),
            .u.structure.by_wire_name_ref = REF(shapes[234].u.structure.by_wire_name_ref, by_wire_name[320]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_deliverability_dashboard_options_output),
            .u.structure.member_count = 5,
        },
        [235] = { /* GetDeliverabilityTestReportRequest */
            .name_ref = REF(shapes[235].name_ref, strings[8950]),
            .u.structure.members_ref = REF(shapes[235].u.structure.members_ref, members[325]),
            .u.structure.by_wire_name_ref = REF(shapes[235].u.structure.by_wire_name_ref, by_wire_name[325]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_deliverability_test_report_input),
            .u.structure.member_count = 1,
        },
        [236] = { /* GetDeliverabilityTestReportResponse */
            .name_ref = REF(shapes[236].name_ref, strings[8985]),
            .u.structure.members_ref = REF(shapes[236].u.structure.members_ref, members[326]),
            .u.structure.by_wire_name_ref = REF(shapes[236].u.structure.by_wire_name_ref, by_wire_name[326]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_deliverability_test_report_output),
            .u.structure.member_count = 5,
        },
        [237] = { /* GetDomainDeliverabilityCampaignRequest */
            .name_ref = REF(shapes[237].name_ref, strings[9060]),
            .u.structure.members_ref = REF(shapes[237].u.structure.members_ref, members[331]),
            .u.structure.by_wire_name_ref = REF(shapes[237].u.structure.by_wire_name_ref, by_wire_name[331]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_domain_deliverability_campaign_input),
            .u.structure.member_count = 1,
        },
        [238] = { /* GetDomainDeliverabilityCampaignResponse */
            .name_ref = REF(shapes[238].name_ref, strings[9099]),
            .u.structure.members_ref = REF(shapes[238].u.structure.members_ref, members[332]),
            .u.structure.by_wire_name_ref = REF(shapes[238].u.structure.by_wire_name_ref, by_wire_name[332]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_domain_deliverability_campaign_output),
            .u.structure.member_count = 1,
        },
        [239] = { /* GetDomainStatisticsReportRequest */
            .name_ref = REF(shapes[239].name_ref, strings[9139]),
            .u.structure.members_ref = REF(shapes[239].u.structure.members_ref, members[333]),
            .u.structure.by_wire_name_ref = REF(shapes[239].u.structure.by_wire_name_ref, by_wire_name[333]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_domain_statistics_report_input),
            .u.structure.member_count = 3,
        },
        [240] = { /* GetDomainStatisticsReportResponse */
            .name_ref = REF(shapes[240].name_ref, strings[9172]),
            .u.structure.members_ref = REF(shapes[240].u.structure.members_ref, members[336]),
            .u.structure.by_wire_name_ref = REF(shapes[240].u.structure.by_wire_name_ref, by_wire_name[336]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_domain_statistics_report_output),
            .u.structure.member_count = 2,
        },
        [241] = { /* GetEmailAddressInsightsRequest */
            .name_ref = REF(shapes[241].name_ref, strings[9220]),
            .u.structure.members_ref = REF(shapes[241].u.structure.members_ref, members[338]),
            .u.structure.by_wire_name_ref = REF(shapes[241].u.structure.by_wire_name_ref, by_wire_name[338]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_email_address_insights_input),
            .u.structure.member_count = 1,
        },
        [242] = { /* GetEmailAddressInsightsResponse */
            .name_ref = REF(shapes[242].name_ref, strings[9251]),
            .u.structure.members_ref = REF(shapes[242].u.structure.members_ref, members[339]),
            .u.structure.by_wire_name_ref = REF(shapes[242].u.structure.by_wire_name_ref, by_wire_name[339]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_email_address_insights_output),
            .u.structure.member_count = 1,
        },
        [243] = { /* GetEmailIdentityPoliciesRequest */
            .name_ref = REF(shapes[243].name_ref, strings[9301]),
            .u.structure.members_ref = REF(shapes[243].u.structure.members_ref, members[340]),
            .u.structure.by_wire_name_ref = REF(shapes[243].u.structure.by_wire_name_ref, by_wire_name[340]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_email_identity_policies_input),
            .u.structure.member_count = 1,
        },
        [244] = { /* GetEmailIdentityPoliciesResponse */
            .name_ref = REF(shapes[244].name_ref, strings[9333]),
            .u.structure.members_ref = REF(shapes[244].u.structure.members_ref, members[341]),
            .u.structure.by_wire_name_ref = REF(shapes[244].u.structure.by_wire_name_ref, by_wire_name[341]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_email_identity_policies_output),
            .u.structure.member_count = 1,
        },
        [245] = { /* GetEmailIdentityRequest */
            .name_ref = REF(shapes[245].name_ref, strings[9375]),
            .u.structure.members_ref = REF(shapes[245].u.structure.members_ref, members[342]),
            .u.structure.by_wire_name_ref = REF(shapes[245].u.structure.by_wire_name_ref, by_wire_name[342]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_email_identity_input),
            .u.structure.member_count = 1,
        },
        [246] = { /* GetEmailIdentityResponse */
            .name_ref = REF(shapes[246].name_ref, strings[9399]),
            .u.structure.members_ref = REF(shapes[246].u.structure.members_ref, members[343]),
            .u.structure.by_wire_name_ref = REF(shapes[246].u.structure.by_wire_name_ref, by_wire_name[343]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_email_identity_output),
            .u.structure.member_count = 10,
        },
        [247] = { /* GetEmailTemplateRequest */
            .name_ref = REF(shapes[247].name_ref, strings[9504]),
            .u.structure.members_ref = REF(shapes[247].u.structure.members_ref, members[353]),
            .u.structure.by_wire_name_ref = REF(shapes[247].u.structure.by_wire_name_ref, by_wire_name[353]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_email_template_input),
            .u.structure.member_count = 1,
        },
        [248] = { /* GetEmailTemplateResponse */
            .name_ref = REF(shapes[248].name_ref, strings[9528]),
            .u.structure.members_ref = REF(shapes[248].u.structure.members_ref, members[354]),
            .u.structure.by_wire_name_ref = REF(shapes[248].u.structure.by_wire_name_ref, by_wire_name[354]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_email_template_output),
            .u.structure.member_count = 3,
        },
        [249] = { /* GetExportJobRequest */
            .name_ref = REF(shapes[249].name_ref, strings[9553]),
            .u.structure.members_ref = REF(shapes[249].u.structure.members_ref, members[357]),
            .u.structure.by_wire_name_ref = REF(shapes[249].u.structure.by_wire_name_ref, by_wire_name[357]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_export_job_input),
            .u.structure.member_count = 1,
        },
        [250] = { /* GetExportJobResponse */
            .name_ref = REF(shapes[250].name_ref, strings[9573]),
            .u.structure.members_ref = REF(shapes[250].u.structure.members_ref, members[358]),
            .u.structure.by_wire_name_ref = REF(shapes[250].u.structure.by_wire_name_ref, by_wire_name[358]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_export_job_output),
            .u.structure.member_count = 9,
        },
        [251] = { /* GetImportJobRequest */
            .name_ref = REF(shapes[251].name_ref, strings[9605]),
            .u.structure.members_ref = REF(shapes[251].u.structure.members_ref, members[367]),
            .u.structure.by_wire_name_ref = REF(shapes[251].u.structure.by_wire_name_ref, by_wire_name[367]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_import_job_input),
            .u.structure.member_count = 1,
        },
        [252] = { /* GetImportJobResponse */
            .name_ref = REF(shapes[252].name_ref, strings[9625]),
            .u.structure.members_ref = REF(shapes[252].u.structure.members_ref, members[368]),
            .u.structure.by_wire_name_ref = REF(shapes[252].u.structure.by_wire_name_ref, by_wire_name[368]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_import_job_output),
            .u.structure.member_count = 9,
        },
        [253] = { /* GetMessageInsightsRequest */
            .name_ref = REF(shapes[253].name_ref, strings[9646]),
            .u.structure.members_ref = REF(shapes[253].u.structure.members_ref, members[377]),
            .u.structure.by_wire_name_ref = REF(shapes[253].u.structure.by_wire_name_ref, by_wire_name[377]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_message_insights_input),
            .u.structure.member_count = 1,
        },
        [254] = { /* GetMessageInsightsResponse */
            .name_ref = REF(shapes[254].name_ref, strings[9672]),
            .u.structure.members_ref = REF(shapes[254].u.structure.members_ref, members[378]),
            .u.structure.by_wire_name_ref = REF(shapes[254].u.structure.by_wire_name_ref, by_wire_name[378]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_message_insights_output),
            .u.structure.member_count = 5,
        },
        [255] = { /* GetMultiRegionEndpointRequest */
            .name_ref = REF(shapes[255].name_ref, strings[9718]),
            .u.structure.members_ref = REF(shapes[255].u.structure.members_ref, members[383]),
            .u.structure.by_wire_name_ref = REF(shapes[255].u.structure.by_wire_name_ref, by_wire_name[383]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_multi_region_endpoint_input),
            .u.structure.member_count = 1,
        },
        [256] = { /* GetMultiRegionEndpointResponse */
            .name_ref = REF(shapes[256].name_ref, strings[9748]),
            .u.structure.members_ref = REF(shapes[256].u.structure.members_ref, members[384]),
            .u.structure.by_wire_name_ref = REF(shapes[256].u.structure.by_wire_name_ref, by_wire_name[384]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_multi_region_endpoint_output),
            .u.structure.member_count = 6,
        },
        [257] = { /* GetReputationEntityRequest */
            .name_ref = REF(shapes[257].name_ref, strings[9786]),
            .u.structure.members_ref = REF(shapes[257].u.structure.members_ref, members[390]),
            .u.structure.by_wire_name_ref = REF(shapes[257].u.structure.by_wire_name_ref, by_wire_name[390]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_reputation_entity_input),
            .u.structure.member_count = 2,
        },
        [258] = { /* GetReputationEntityResponse */
            .name_ref = REF(shapes[258].name_ref, strings[9860]),
            .u.structure.members_ref = REF(shapes[258].u.structure.members_ref, members[392]),
            .u.structure.by_wire_name_ref = REF(shapes[258].u.structure.by_wire_name_ref, by_wire_name[392]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_reputation_entity_output),
            .u.structure.member_count = 1,
        },
        [259] = { /* GetSuppressedDestinationRequest */
            .name_ref = REF(shapes[259].name_ref, strings[9905]),
            .u.structure.members_ref = REF(shapes[259].u.structure.members_ref, members[393]),
            .u.structure.by_wire_name_ref = REF(shapes[259].u.structure.by_wire_name_ref, by_wire_name[393]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_suppressed_destination_input),
            .u.structure.member_count = 2,
        },
        [260] = { /* GetSuppressedDestinationResponse */
            .name_ref = REF(shapes[260].name_ref, strings[9937]),
            .u.structure.members_ref = REF(shapes[260].u.structure.members_ref, members[395]),
            .u.structure.by_wire_name_ref = REF(shapes[260].u.structure.by_wire_name_ref, by_wire_name[395]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_suppressed_destination_output),
            .u.structure.member_count = 1,
        },
        [261] = { /* GetTenantRequest */
            .name_ref = REF(shapes[261].name_ref, strings[9992]),
            .u.structure.members_ref = REF(shapes[261].u.structure.members_ref, members[396]),
            .u.structure.by_wire_name_ref = REF(shapes[261].u.structure.by_wire_name_ref, by_wire_name[396]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_tenant_input),
            .u.structure.member_count = 1,
        },
        [262] = { /* GetTenantResponse */
            .name_ref = REF(shapes[262].name_ref, strings[10009]),
            .u.structure.members_ref = REF(shapes[262].u.structure.members_ref, members[397]),
            .u.structure.by_wire_name_ref = REF(shapes[262].u.structure.by_wire_name_ref, by_wire_name[397]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_get_tenant_output),
            .u.structure.member_count = 1,
        },
        [263] = { /* GuardianAttributes */
            .name_ref = REF(shapes[263].name_ref, strings[10034]),
            .u.structure.members_ref = REF(shapes[263].u.structure.members_ref, members[398]),
            .u.structure.by_wire_name_ref = REF(shapes[263].u.structure.by_wire_name_ref, by_wire_name[398]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_guardian_attributes),
            .u.structure.member_count = 1,
        },
        [264] = { /* GuardianOptions */
            .name_ref = REF(shapes[264].name_ref, strings[10077]),
            .u.structure.members_ref = REF(shapes[264].u.structure.members_ref, members[399]),
            .u.structure.by_wire_name_ref = REF(shapes[264].u.structure.by_wire_name_ref, by_wire_name[399]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_guardian_options),
            .u.structure.member_count = 1,
        },
        [265] = { /* HostedZone */
            .name_ref = REF(shapes[265].name_ref, strings[10093]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [266] = { /* HttpsPolicy */
            .name_ref = REF(shapes[266].name_ref, strings[10104]),
            .u.string.enum_values_ref = REF(shapes[266].u.string.enum_values_ref, strings[10116]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [267] = { /* Identity */
            .name_ref = REF(shapes[267].name_ref, strings[10151]),
            .range_ref = REF(shapes[267].range_ref, ranges[19]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [268] = { /* IdentityInfo */
            .name_ref = REF(shapes[268].name_ref, strings[10160]),
            .u.structure.members_ref = REF(shapes[268].u.structure.members_ref, members[400]),
            .u.structure.by_wire_name_ref = REF(shapes[268].u.structure.by_wire_name_ref, by_wire_name[400]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_identity_info),
            .u.structure.member_count = 4,
        },
        [269] = { /* IdentityInfoList */
            .name_ref = REF(shapes[269].name_ref, strings[10186]),
            .u.collection.item_ref = REF(shapes[269].u.collection.item_ref, shapes[268]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_identity_info_list),
        },
        [270] = { /* IdentityType */
            .name_ref = REF(shapes[270].name_ref, strings[3168]),
            .u.string.enum_values_ref = REF(shapes[270].u.string.enum_values_ref, strings[10203]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [271] = { /* ImageUrl */
            .name_ref = REF(shapes[271].name_ref, strings[6339]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [272] = { /* ImportDataSource */
            .name_ref = REF(shapes[272].name_ref, strings[3399]),
            .u.structure.members_ref = REF(shapes[272].u.structure.members_ref, members[404]),
            .u.structure.by_wire_name_ref = REF(shapes[272].u.structure.by_wire_name_ref, by_wire_name[404]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_import_data_source),
            .u.structure.member_count = 2,
        },
        [273] = { /* ImportDestination */
            .name_ref = REF(shapes[273].name_ref, strings[3381]),
            .u.structure.members_ref = REF(shapes[273].u.structure.members_ref, members[406]),
            .u.structure.by_wire_name_ref = REF(shapes[273].u.structure.by_wire_name_ref, by_wire_name[406]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_import_destination),
            .u.structure.member_count = 2,
        },
        [274] = { /* ImportDestinationType */
            .name_ref = REF(shapes[274].name_ref, strings[10266]),
            .u.string.enum_values_ref = REF(shapes[274].u.string.enum_values_ref, strings[10288]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [275] = { /* ImportJobSummary */
            .name_ref = REF(shapes[275].name_ref, strings[10318]),
            .u.structure.members_ref = REF(shapes[275].u.structure.members_ref, members[408]),
            .u.structure.by_wire_name_ref = REF(shapes[275].u.structure.by_wire_name_ref, by_wire_name[408]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_import_job_summary),
            .u.structure.member_count = 6,
        },
        [276] = { /* ImportJobSummaryList */
            .name_ref = REF(shapes[276].name_ref, strings[10335]),
            .u.collection.item_ref = REF(shapes[276].u.collection.item_ref, shapes[275]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_import_job_summary_list),
        },
        [277] = { /* InboxPlacementTrackingOption */
            .name_ref = REF(shapes[277].name_ref, strings[6573]),
            .u.structure.members_ref = REF(shapes[277].u.structure.members_ref, members[414]),
            .u.structure.by_wire_name_ref = REF(shapes[277].u.structure.by_wire_name_ref, by_wire_name[414]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_inbox_placement_tracking_option),
            .u.structure.member_count = 2,
        },
        [278] = { /* InsightsEmailAddress */
            .name_ref = REF(shapes[278].name_ref, strings[10375]),
            .range_ref = REF(shapes[278].range_ref, ranges[20]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [279] = { /* InsightsEvent */
            .name_ref = REF(shapes[279].name_ref, strings[10396]),
            .u.structure.members_ref = REF(shapes[279].u.structure.members_ref, members[416]),
            .u.structure.by_wire_name_ref = REF(shapes[279].u.structure.by_wire_name_ref, by_wire_name[416]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_insights_event),
            .u.structure.member_count = 3,
        },
        [280] = { /* InsightsEvents */
            .name_ref = REF(shapes[280].name_ref, strings[10425]),
            .u.collection.item_ref = REF(shapes[280].u.collection.item_ref, shapes[279]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_insights_events),
        },
        [281] = { /* InternalServiceErrorException */
            .name_ref = REF(shapes[281].name_ref, strings[10440]),
            .u.structure.error_code_ref = REF(shapes[281].u.structure.error_code_ref, strings[10440]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sesv2_internal_service_error_exception),
            .u.structure.http_status = 500,
        },
        [282] = { /* InvalidNextTokenException */
            .name_ref = REF(shapes[282].name_ref, strings[10470]),
            .u.structure.error_code_ref = REF(shapes[282].u.structure.error_code_ref, strings[10470]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sesv2_invalid_next_token_exception),
            .u.structure.http_status = 400,
        },
        [283] = { /* Ip */
            .name_ref = REF(shapes[283].name_ref, strings[4001]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [284] = { /* IpList */
            .name_ref = REF(shapes[284].name_ref, strings[10496]),
            .u.collection.item_ref = REF(shapes[284].u.collection.item_ref, shapes[283]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [285] = { /* Isp */
            .name_ref = REF(shapes[285].name_ref, strings[7029]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [286] = { /* IspFilterList */
            .name_ref = REF(shapes[286].name_ref, strings[10503]),
            .range_ref = REF(shapes[286].range_ref, ranges[21]),
            .u.collection.item_ref = REF(shapes[286].u.collection.item_ref, shapes[285]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [287] = { /* IspName */
            .name_ref = REF(shapes[287].name_ref, strings[6657]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [288] = { /* IspNameList */
            .name_ref = REF(shapes[288].name_ref, strings[10517]),
            .u.collection.item_ref = REF(shapes[288].u.collection.item_ref, shapes[287]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [289] = { /* IspPlacement */
            .name_ref = REF(shapes[289].name_ref, strings[10529]),
            .u.structure.members_ref = REF(shapes[289].u.structure.members_ref, members[419]),
            .u.structure.by_wire_name_ref = REF(shapes[289].u.structure.by_wire_name_ref, by_wire_name[419]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_isp_placement),
            .u.structure.member_count = 2,
        },
        [290] = { /* IspPlacements */
            .name_ref = REF(shapes[290].name_ref, strings[9038]),
            .u.collection.item_ref = REF(shapes[290].u.collection.item_ref, shapes[289]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_isp_placements),
        },
        [291] = { /* JobId */
            .name_ref = REF(shapes[291].name_ref, strings[1629]),
            .range_ref = REF(shapes[291].range_ref, ranges[22]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [292] = { /* JobStatus */
            .name_ref = REF(shapes[292].name_ref, strings[7744]),
            .u.string.enum_values_ref = REF(shapes[292].u.string.enum_values_ref, strings[10562]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [293] = { /* KinesisFirehoseDestination */
            .name_ref = REF(shapes[293].name_ref, strings[7386]),
            .u.structure.members_ref = REF(shapes[293].u.structure.members_ref, members[421]),
            .u.structure.by_wire_name_ref = REF(shapes[293].u.structure.by_wire_name_ref, by_wire_name[421]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_kinesis_firehose_destination),
            .u.structure.member_count = 2,
        },
        [294] = { /* LastDeliveryEventList */
            .name_ref = REF(shapes[294].name_ref, strings[10637]),
            .range_ref = REF(shapes[294].range_ref, ranges[23]),
            .u.collection.item_ref = REF(shapes[294].u.collection.item_ref, shapes[136]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [295] = { /* LastEngagementEventList */
            .name_ref = REF(shapes[295].name_ref, strings[10659]),
            .range_ref = REF(shapes[295].range_ref, ranges[24]),
            .u.collection.item_ref = REF(shapes[295].u.collection.item_ref, shapes[183]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [296] = { /* LastFreshStart */
            .name_ref = REF(shapes[296].name_ref, strings[10683]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [297] = { /* LimitExceededException */
            .name_ref = REF(shapes[297].name_ref, strings[10698]),
            .u.structure.error_code_ref = REF(shapes[297].u.structure.error_code_ref, strings[10698]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sesv2_limit_exceeded_exception),
            .u.structure.http_status = 400,
        },
        [298] = { /* ListConfigurationSetsRequest */
            .name_ref = REF(shapes[298].name_ref, strings[10721]),
            .u.structure.members_ref = REF(shapes[298].u.structure.members_ref, members[423]),
            .u.structure.by_wire_name_ref = REF(shapes[298].u.structure.by_wire_name_ref, by_wire_name[423]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_configuration_sets_input),
            .u.structure.member_count = 2,
        },
        [299] = { /* ListConfigurationSetsResponse */
            .name_ref = REF(shapes[299].name_ref, strings[10750]),
            .u.structure.members_ref = REF(shapes[299].u.structure.members_ref, members[425]),
            .u.structure.by_wire_name_ref = REF(shapes[299].u.structure.by_wire_name_ref, by_wire_name[425]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_configuration_sets_output),
            .u.structure.member_count = 2,
        },
        [300] = { /* ListContactListsRequest */
            .name_ref = REF(shapes[300].name_ref, strings[10798]),
            .u.structure.members_ref = REF(shapes[300].u.structure.members_ref, members[427]),
            .u.structure.by_wire_name_ref = REF(shapes[300].u.structure.by_wire_name_ref, by_wire_name[427]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_contact_lists_input),
            .u.structure.member_count = 2,
        },
        [301] = { /* ListContactListsResponse */
            .name_ref = REF(shapes[301].name_ref, strings[10822]),
            .u.structure.members_ref = REF(shapes[301].u.structure.members_ref, members[429]),
            .u.structure.by_wire_name_ref = REF(shapes[301].u.structure.by_wire_name_ref, by_wire_name[429]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_contact_lists_output),
            .u.structure.member_count = 2,
        },
        [302] = { /* ListContactsFilter */
            .name_ref = REF(shapes[302].name_ref, strings[10860]),
            .u.structure.members_ref = REF(shapes[302].u.structure.members_ref, members[431]),
            .u.structure.by_wire_name_ref = REF(shapes[302].u.structure.by_wire_name_ref, by_wire_name[431]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_contacts_filter),
            .u.structure.member_count = 2,
        },
        [303] = { /* ListContactsRequest */
            .name_ref = REF(shapes[303].name_ref, strings[10906]),
            .u.structure.members_ref = REF(shapes[303].u.structure.members_ref, members[433]),
            .u.structure.by_wire_name_ref = REF(shapes[303].u.structure.by_wire_name_ref, by_wire_name[433]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_contacts_input),
            .u.structure.member_count = 4,
        },
        [304] = { /* ListContactsResponse */
            .name_ref = REF(shapes[304].name_ref, strings[10933]),
            .u.structure.members_ref = REF(shapes[304].u.structure.members_ref, members[437]),
            .u.structure.by_wire_name_ref = REF(shapes[304].u.structure.by_wire_name_ref, by_wire_name[437]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_contacts_output),
            .u.structure.member_count = 2,
        },
        [305] = { /* ListCustomVerificationEmailTemplatesRequest */
            .name_ref = REF(shapes[305].name_ref, strings[10963]),
            .u.structure.members_ref = REF(shapes[305].u.structure.members_ref, members[439]),
            .u.structure.by_wire_name_ref = REF(shapes[305].u.structure.by_wire_name_ref, by_wire_name[439]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_custom_verification_email_templates_input),
            .u.structure.member_count = 2,
        },
        [306] = { /* ListCustomVerificationEmailTemplatesResponse */
            .name_ref = REF(shapes[306].name_ref, strings[11007]),
            .u.structure.members_ref = REF(shapes[306].u.structure.members_ref, members[441]),
            .u.structure.by_wire_name_ref = REF(shapes[306].u.structure.by_wire_name_ref, by_wire_name[441]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_custom_verification_email_templates_output),
            .u.structure.member_count = 2,
        },
        [307] = { /* ListDedicatedIpPoolsRequest */
            .name_ref = REF(shapes[307].name_ref, strings[11085]),
            .u.structure.members_ref = REF(shapes[307].u.structure.members_ref, members[443]),
            .u.structure.by_wire_name_ref = REF(shapes[307].u.structure.by_wire_name_ref, by_wire_name[443]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_dedicated_ip_pools_input),
            .u.structure.member_count = 2,
        },
        [308] = { /* ListDedicatedIpPoolsResponse */
            .name_ref = REF(shapes[308].name_ref, strings[11113]),
            .u.structure.members_ref = REF(shapes[308].u.structure.members_ref, members[445]),
            .u.structure.by_wire_name_ref = REF(shapes[308].u.structure.by_wire_name_ref, by_wire_name[445]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_dedicated_ip_pools_output),
            .u.structure.member_count = 2,
        },
        [309] = { /* ListDeliverabilityTestReportsRequest */
            .name_ref = REF(shapes[309].name_ref, strings[11159]),
            .u.structure.members_ref = REF(shapes[309].u.structure.members_ref, members[447]),
            .u.structure.by_wire_name_ref = REF(shapes[309].u.structure.by_wire_name_ref, by_wire_name[447]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_deliverability_test_reports_input),
            .u.structure.member_count = 2,
        },
        [310] = { /* ListDeliverabilityTestReportsResponse */
            .name_ref = REF(shapes[310].name_ref, strings[11196]),
            .u.structure.members_ref = REF(shapes[310].u.structure.members_ref, members[449]),
            .u.structure.by_wire_name_ref = REF(shapes[310].u.structure.by_wire_name_ref, by_wire_name[449]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_deliverability_test_reports_output),
            .u.structure.member_count = 2,
        },
        [311] = { /* ListDomainDeliverabilityCampaignsRequest */
            .name_ref = REF(shapes[311].name_ref, strings[11234]),
            .u.structure.members_ref = REF(shapes[311].u.structure.members_ref, members[451]),
            .u.structure.by_wire_name_ref = REF(shapes[311].u.structure.by_wire_name_ref, by_wire_name[451]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_domain_deliverability_campaigns_input),
            .u.structure.member_count = 5,
        },
        [312] = { /* ListDomainDeliverabilityCampaignsResponse */
            .name_ref = REF(shapes[312].name_ref, strings[11292]),
            .u.structure.members_ref = REF(shapes[312].u.structure.members_ref, members[456]),
            .u.structure.by_wire_name_ref = REF(shapes[312].u.structure.by_wire_name_ref, by_wire_name[456]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_domain_deliverability_campaigns_output),
            .u.structure.member_count = 2,
        },
        [313] = { /* ListEmailIdentitiesRequest */
            .name_ref = REF(shapes[313].name_ref, strings[11364]),
            .u.structure.members_ref = REF(shapes[313].u.structure.members_ref, members[458]),
            .u.structure.by_wire_name_ref = REF(shapes[313].u.structure.by_wire_name_ref, by_wire_name[458]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_email_identities_input),
            .u.structure.member_count = 2,
        },
        [314] = { /* ListEmailIdentitiesResponse */
            .name_ref = REF(shapes[314].name_ref, strings[11391]),
            .u.structure.members_ref = REF(shapes[314].u.structure.members_ref, members[460]),
            .u.structure.by_wire_name_ref = REF(shapes[314].u.structure.by_wire_name_ref, by_wire_name[460]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_email_identities_output),
            .u.structure.member_count = 2,
        },
        [315] = { /* ListEmailTemplatesRequest */
            .name_ref = REF(shapes[315].name_ref, strings[11435]),
            .u.structure.members_ref = REF(shapes[315].u.structure.members_ref, members[462]),
            .u.structure.by_wire_name_ref = REF(shapes[315].u.structure.by_wire_name_ref, by_wire_name[462]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_email_templates_input),
            .u.structure.member_count = 2,
        },
        [316] = { /* ListEmailTemplatesResponse */
            .name_ref = REF(shapes[316].name_ref, strings[11461]),
            .u.structure.members_ref = REF(shapes[316].u.structure.members_ref, members[464]),
            .u.structure.by_wire_name_ref = REF(shapes[316].u.structure.by_wire_name_ref, by_wire_name[464]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_email_templates_output),
            .u.structure.member_count = 2,
        },
        [317] = { /* ListExportJobsRequest */
            .name_ref = REF(shapes[317].name_ref, strings[11506]),
            .u.structure.members_ref = REF(shapes[317].u.structure.members_ref, members[466]),
            .u.structure.by_wire_name_ref = REF(shapes[317].u.structure.by_wire_name_ref, by_wire_name[466]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_export_jobs_input),
            .u.structure.member_count = 4,
        },
        [318] = { /* ListExportJobsResponse */
            .name_ref = REF(shapes[318].name_ref, strings[11528]),
            .u.structure.members_ref = REF(shapes[318].u.structure.members_ref, members[470]),
            .u.structure.by_wire_name_ref = REF(shapes[318].u.structure.by_wire_name_ref, by_wire_name[470]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_export_jobs_output),
            .u.structure.member_count = 2,
        },
        [319] = { /* ListImportJobsRequest */
            .name_ref = REF(shapes[319].name_ref, strings[11562]),
            .u.structure.members_ref = REF(shapes[319].u.structure.members_ref, members[472]),
            .u.structure.by_wire_name_ref = REF(shapes[319].u.structure.by_wire_name_ref, by_wire_name[472]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_import_jobs_input),
            .u.structure.member_count = 3,
        },
        [320] = { /* ListImportJobsResponse */
            .name_ref = REF(shapes[320].name_ref, strings[11584]),
            .u.structure.members_ref = REF(shapes[320].u.structure.members_ref, members[475]),
            .u.structure.by_wire_name_ref = REF(shapes[320].u.structure.by_wire_name_ref, by_wire_name[475]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_import_jobs_output),
            .u.structure.member_count = 2,
        },
        [321] = { /* ListManagementOptions */
            .name_ref = REF(shapes[321].name_ref, strings[11618]),
            .u.structure.members_ref = REF(shapes[321].u.structure.members_ref, members[477]),
            .u.structure.by_wire_name_ref = REF(shapes[321].u.structure.by_wire_name_ref, by_wire_name[477]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_management_options),
            .u.structure.member_count = 2,
        },
        [322] = { /* ListMultiRegionEndpointsRequest */
            .name_ref = REF(shapes[322].name_ref, strings[11650]),
            .u.structure.members_ref = REF(shapes[322].u.structure.members_ref, members[479]),
            .u.structure.by_wire_name_ref = REF(shapes[322].u.structure.by_wire_name_ref, by_wire_name[479]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_multi_region_endpoints_input),
            .u.structure.member_count = 2,
        },
        [323] = { /* ListMultiRegionEndpointsResponse */
            .name_ref = REF(shapes[323].name_ref, strings[11682]),
            .u.structure.members_ref = REF(shapes[323].u.structure.members_ref, members[481]),
            .u.structure.by_wire_name_ref = REF(shapes[323].u.structure.by_wire_name_ref, by_wire_name[481]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_multi_region_endpoints_output),
            .u.structure.member_count = 2,
        },
        [324] = { /* ListOfContactLists */
            .name_ref = REF(shapes[324].name_ref, strings[11736]),
            .u.collection.item_ref = REF(shapes[324].u.collection.item_ref, shapes[57]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_list_of_contact_lists),
        },
        [325] = { /* ListOfContacts */
            .name_ref = REF(shapes[325].name_ref, strings[11755]),
            .u.collection.item_ref = REF(shapes[325].u.collection.item_ref, shapes[55]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_list_of_contacts),
        },
        [326] = { /* ListOfDedicatedIpPools */
            .name_ref = REF(shapes[326].name_ref, strings[11770]),
            .u.collection.item_ref = REF(shapes[326].u.collection.item_ref, shapes[398]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [327] = { /* ListRecommendationFilterValue */
            .name_ref = REF(shapes[327].name_ref, strings[11793]),
            .range_ref = REF(shapes[327].range_ref, ranges[25]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [328] = { /* ListRecommendationsFilter */
            .name_ref = REF(shapes[328].name_ref, strings[11823]),
            .range_ref = REF(shapes[328].range_ref, ranges[26]),
            .u.collection.item_ref = REF(shapes[328].u.collection.item_ref, shapes[327]),
            .u.collection.key_ref = REF(shapes[328].u.collection.key_ref, shapes[329]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_sesv2_policy_map),
            .u.collection.value_offset = offsetof(struct awsc_sesv2_policy_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_sesv2_policy_map_entry),
        },
        [329] = { /* ListRecommendationsFilterKey */
            .name_ref = REF(shapes[329].name_ref, strings[11849]),
            .u.string.enum_values_ref = REF(shapes[329].u.string.enum_values_ref, strings[11878]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [330] = { /* ListRecommendationsRequest */
            .name_ref = REF(shapes[330].name_ref, strings[11910]),
            .u.structure.members_ref = REF(shapes[330].u.structure.members_ref, members[483]),
            .u.structure.by_wire_name_ref = REF(shapes[330].u.structure.by_wire_name_ref, by_wire_name[483]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_recommendations_input),
            .u.structure.member_count = 3,
        },
        [331] = { /* ListRecommendationsResponse */
            .name_ref = REF(shapes[331].name_ref, strings[11937]),
            .u.structure.members_ref = REF(shapes[331].u.structure.members_ref, members[486]),
            .u.structure.by_wire_name_ref = REF(shapes[331].u.structure.by_wire_name_ref, by_wire_name[486]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_recommendations_output),
            .u.structure.member_count = 2,
        },
        [332] = { /* ListReputationEntitiesRequest */
            .name_ref = REF(shapes[332].name_ref, strings[11981]),
            .u.structure.members_ref = REF(shapes[332].u.structure.members_ref, members[488]),
            .u.structure.by_wire_name_ref = REF(shapes[332].u.structure.by_wire_name_ref, by_wire_name[488]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_reputation_entities_input),
            .u.structure.member_count = 3,
        },
        [333] = { /* ListReputationEntitiesResponse */
            .name_ref = REF(shapes[333].name_ref, strings[12011]),
            .u.structure.members_ref = REF(shapes[333].u.structure.members_ref, members[491]),
            .u.structure.by_wire_name_ref = REF(shapes[333].u.structure.by_wire_name_ref, by_wire_name[491]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_reputation_entities_output),
            .u.structure.member_count = 2,
        },
        [334] = { /* ListResourceTenantsRequest */
            .name_ref = REF(shapes[334].name_ref, strings[12061]),
            .u.structure.members_ref = REF(shapes[334].u.structure.members_ref, members[493]),
            .u.structure.by_wire_name_ref = REF(shapes[334].u.structure.by_wire_name_ref, by_wire_name[493]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_resource_tenants_input),
            .u.structure.member_count = 3,
        },
        [335] = { /* ListResourceTenantsResponse */
            .name_ref = REF(shapes[335].name_ref, strings[12088]),
            .u.structure.members_ref = REF(shapes[335].u.structure.members_ref, members[496]),
            .u.structure.by_wire_name_ref = REF(shapes[335].u.structure.by_wire_name_ref, by_wire_name[496]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_resource_tenants_output),
            .u.structure.member_count = 2,
        },
        [336] = { /* ListSuppressedDestinationsRequest */
            .name_ref = REF(shapes[336].name_ref, strings[12132]),
            .u.structure.members_ref = REF(shapes[336].u.structure.members_ref, members[498]),
            .u.structure.by_wire_name_ref = REF(shapes[336].u.structure.by_wire_name_ref, by_wire_name[498]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_suppressed_destinations_input),
            .u.structure.member_count = 6,
        },
        [337] = { /* ListSuppressedDestinationsResponse */
            .name_ref = REF(shapes[337].name_ref, strings[12181]),
            .u.structure.members_ref = REF(shapes[337].u.structure.members_ref, members[504]),
            .u.structure.by_wire_name_ref = REF(shapes[337].u.structure.by_wire_name_ref, by_wire_name[504]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_suppressed_destinations_output),
            .u.structure.member_count = 2,
        },
        [338] = { /* ListTagsForResourceRequest */
            .name_ref = REF(shapes[338].name_ref, strings[12247]),
            .u.structure.members_ref = REF(shapes[338].u.structure.members_ref, members[506]),
            .u.structure.by_wire_name_ref = REF(shapes[338].u.structure.by_wire_name_ref, by_wire_name[506]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_tags_for_resource_input),
            .u.structure.member_count = 1,
        },
        [339] = { /* ListTagsForResourceResponse */
            .name_ref = REF(shapes[339].name_ref, strings[12274]),
            .u.structure.members_ref = REF(shapes[339].u.structure.members_ref, members[507]),
            .u.structure.by_wire_name_ref = REF(shapes[339].u.structure.by_wire_name_ref, by_wire_name[507]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_tags_for_resource_output),
            .u.structure.member_count = 1,
        },
        [340] = { /* ListTenantResourcesFilter */
            .name_ref = REF(shapes[340].name_ref, strings[12302]),
            .u.collection.item_ref = REF(shapes[340].u.collection.item_ref, shapes[342]),
            .u.collection.key_ref = REF(shapes[340].u.collection.key_ref, shapes[341]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_sesv2_policy_map),
            .u.collection.value_offset = offsetof(struct awsc_sesv2_policy_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_sesv2_policy_map_entry),
        },
        [341] = { /* ListTenantResourcesFilterKey */
            .name_ref = REF(shapes[341].name_ref, strings[12328]),
            .u.string.enum_values_ref = REF(shapes[341].u.string.enum_values_ref, strings[12357]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [342] = { /* ListTenantResourcesFilterValue */
            .name_ref = REF(shapes[342].name_ref, strings[12371]),
            .range_ref = REF(shapes[342].range_ref, ranges[27]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [343] = { /* ListTenantResourcesRequest */
            .name_ref = REF(shapes[343].name_ref, strings[12402]),
            .u.structure.members_ref = REF(shapes[343].u.structure.members_ref, members[508]),
            .u.structure.by_wire_name_ref = REF(shapes[343].u.structure.by_wire_name_ref, by_wire_name[508]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_tenant_resources_input),
            .u.structure.member_count = 4,
        },
        [344] = { /* ListTenantResourcesResponse */
            .name_ref = REF(shapes[344].name_ref, strings[12429]),
            .u.structure.members_ref = REF(shapes[344].u.structure.members_ref, members[512]),
            .u.structure.by_wire_name_ref = REF(shapes[344].u.structure.by_wire_name_ref, by_wire_name[512]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_tenant_resources_output),
            .u.structure.member_count = 2,
        },
        [345] = { /* ListTenantsRequest */
            .name_ref = REF(shapes[345].name_ref, strings[12473]),
            .u.structure.members_ref = REF(shapes[345].u.structure.members_ref, members[514]),
            .u.structure.by_wire_name_ref = REF(shapes[345].u.structure.by_wire_name_ref, by_wire_name[514]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_tenants_input),
            .u.structure.member_count = 2,
        },
        [346] = { /* ListTenantsResponse */
            .name_ref = REF(shapes[346].name_ref, strings[12492]),
            .u.structure.members_ref = REF(shapes[346].u.structure.members_ref, members[516]),
            .u.structure.by_wire_name_ref = REF(shapes[346].u.structure.by_wire_name_ref, by_wire_name[516]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_list_tenants_output),
            .u.structure.member_count = 2,
        },
        [347] = { /* MailFromAttributes */
            .name_ref = REF(shapes[347].name_ref, strings[9449]),
            .u.structure.members_ref = REF(shapes[347].u.structure.members_ref, members[518]),
            .u.structure.by_wire_name_ref = REF(shapes[347].u.structure.by_wire_name_ref, by_wire_name[518]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_mail_from_attributes),
            .u.structure.member_count = 3,
        },
        [348] = { /* MailFromDomainName */
            .name_ref = REF(shapes[348].name_ref, strings[12556]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [349] = { /* MailFromDomainNotVerifiedException */
            .name_ref = REF(shapes[349].name_ref, strings[12575]),
            .u.structure.error_code_ref = REF(shapes[349].u.structure.error_code_ref, strings[12575]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sesv2_mail_from_domain_not_verified_exception),
            .u.structure.http_status = 400,
        },
        [350] = { /* MailFromDomainStatus */
            .name_ref = REF(shapes[350].name_ref, strings[12535]),
            .u.string.enum_values_ref = REF(shapes[350].u.string.enum_values_ref, strings[12610]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [351] = { /* MailType */
            .name_ref = REF(shapes[351].name_ref, strings[15]),
            .u.string.enum_values_ref = REF(shapes[351].u.string.enum_values_ref, strings[12651]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [352] = { /* MailboxValidation */
            .name_ref = REF(shapes[352].name_ref, strings[9283]),
            .u.structure.members_ref = REF(shapes[352].u.structure.members_ref, members[521]),
            .u.structure.by_wire_name_ref = REF(shapes[352].u.structure.by_wire_name_ref, by_wire_name[521]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_mailbox_validation),
            .u.structure.member_count = 2,
        },
        [353] = { /* Max24HourSend */
            .name_ref = REF(shapes[353].name_ref, strings[12695]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [354] = { /* MaxDeliverySeconds */
            .name_ref = REF(shapes[354].name_ref, strings[5211]),
            .range_ref = REF(shapes[354].range_ref, ranges[28]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [355] = { /* MaxItems */
            .name_ref = REF(shapes[355].name_ref, strings[12709]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [356] = { /* MaxSendRate */
            .name_ref = REF(shapes[356].name_ref, strings[12718]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [357] = { /* Message */
            .name_ref = REF(shapes[357].name_ref, strings[9052]),
            .u.structure.members_ref = REF(shapes[357].u.structure.members_ref, members[523]),
            .u.structure.by_wire_name_ref = REF(shapes[357].u.structure.by_wire_name_ref, by_wire_name[523]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_message),
            .u.structure.member_count = 4,
        },
        [358] = { /* MessageContent */
            .name_ref = REF(shapes[358].name_ref, strings[12750]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [359] = { /* MessageData */
            .name_ref = REF(shapes[359].name_ref, strings[12765]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [360] = { /* MessageHeader */
            .name_ref = REF(shapes[360].name_ref, strings[12777]),
            .u.structure.members_ref = REF(shapes[360].u.structure.members_ref, members[527]),
            .u.structure.by_wire_name_ref = REF(shapes[360].u.structure.by_wire_name_ref, by_wire_name[527]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_message_header),
            .u.structure.member_count = 2,
        },
        [361] = { /* MessageHeaderList */
            .name_ref = REF(shapes[361].name_ref, strings[12797]),
            .range_ref = REF(shapes[361].range_ref, ranges[29]),
            .u.collection.item_ref = REF(shapes[361].u.collection.item_ref, shapes[360]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_message_header_list),
        },
        [362] = { /* MessageHeaderName */
            .name_ref = REF(shapes[362].name_ref, strings[12815]),
            .range_ref = REF(shapes[362].range_ref, ranges[30]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [363] = { /* MessageHeaderValue */
            .name_ref = REF(shapes[363].name_ref, strings[12833]),
            .range_ref = REF(shapes[363].range_ref, ranges[31]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [364] = { /* MessageInsightsDataSource */
            .name_ref = REF(shapes[364].name_ref, strings[7640]),
            .u.structure.members_ref = REF(shapes[364].u.structure.members_ref, members[529]),
            .u.structure.by_wire_name_ref = REF(shapes[364].u.structure.by_wire_name_ref, by_wire_name[529]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_message_insights_data_source),
            .u.structure.member_count = 5,
        },
        [365] = { /* MessageInsightsExportMaxResults */
            .name_ref = REF(shapes[365].name_ref, strings[12879]),
            .range_ref = REF(shapes[365].range_ref, ranges[32]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [366] = { /* MessageInsightsFilters */
            .name_ref = REF(shapes[366].name_ref, strings[12911]),
            .u.structure.members_ref = REF(shapes[366].u.structure.members_ref, members[534]),
            .u.structure.by_wire_name_ref = REF(shapes[366].u.structure.by_wire_name_ref, by_wire_name[534]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_message_insights_filters),
            .u.structure.member_count = 6,
        },
        [367] = { /* MessageRejected */
            .name_ref = REF(shapes[367].name_ref, strings[12972]),
            .u.structure.error_code_ref = REF(shapes[367].u.structure.error_code_ref, strings[12972]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sesv2_message_rejected),
            .u.structure.http_status = 400,
        },
        [368] = { /* MessageTag */
            .name_ref = REF(shapes[368].name_ref, strings[12988]),
            .u.structure.members_ref = REF(shapes[368].u.structure.members_ref, members[540]),
            .u.structure.by_wire_name_ref = REF(shapes[368].u.structure.by_wire_name_ref, by_wire_name[540]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_message_tag),
            .u.structure.member_count = 2,
        },
        [369] = { /* MessageTagList */
            .name_ref = REF(shapes[369].name_ref, strings[12999]),
            .u.collection.item_ref = REF(shapes[369].u.collection.item_ref, shapes[368]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_message_tag_list),
        },
        [370] = { /* MessageTagName */
            .name_ref = REF(shapes[370].name_ref, strings[13014]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [371] = { /* MessageTagValue */
            .name_ref = REF(shapes[371].name_ref, strings[13029]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [372] = { /* Metric */
            .name_ref = REF(shapes[372].name_ref, strings[686]),
            .u.string.enum_values_ref = REF(shapes[372].u.string.enum_values_ref, strings[13045]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 10,
        },
        [373] = { /* MetricAggregation */
            .name_ref = REF(shapes[373].name_ref, strings[13162]),
            .u.string.enum_values_ref = REF(shapes[373].u.string.enum_values_ref, strings[13180]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [374] = { /* MetricDataError */
            .name_ref = REF(shapes[374].name_ref, strings[13192]),
            .u.structure.members_ref = REF(shapes[374].u.structure.members_ref, members[542]),
            .u.structure.by_wire_name_ref = REF(shapes[374].u.structure.by_wire_name_ref, by_wire_name[542]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_metric_data_error),
            .u.structure.member_count = 3,
        },
        [375] = { /* MetricDataErrorList */
            .name_ref = REF(shapes[375].name_ref, strings[13213]),
            .u.collection.item_ref = REF(shapes[375].u.collection.item_ref, shapes[374]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_metric_data_error_list),
        },
        [376] = { /* MetricDataResult */
            .name_ref = REF(shapes[376].name_ref, strings[13233]),
            .u.structure.members_ref = REF(shapes[376].u.structure.members_ref, members[545]),
            .u.structure.by_wire_name_ref = REF(shapes[376].u.structure.by_wire_name_ref, by_wire_name[545]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_metric_data_result),
            .u.structure.member_count = 3,
        },
        [377] = { /* MetricDataResultList */
            .name_ref = REF(shapes[377].name_ref, strings[13268]),
            .u.collection.item_ref = REF(shapes[377].u.collection.item_ref, shapes[376]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_metric_data_result_list),
        },
        [378] = { /* MetricDimensionName */
            .name_ref = REF(shapes[378].name_ref, strings[13289]),
            .u.string.enum_values_ref = REF(shapes[378].u.string.enum_values_ref, strings[13309]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [379] = { /* MetricDimensionValue */
            .name_ref = REF(shapes[379].name_ref, strings[13346]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [380] = { /* MetricNamespace */
            .name_ref = REF(shapes[380].name_ref, strings[13367]),
            .u.string.enum_values_ref = REF(shapes[380].u.string.enum_values_ref, strings[13383]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [381] = { /* MetricValueList */
            .name_ref = REF(shapes[381].name_ref, strings[13387]),
            .u.collection.item_ref = REF(shapes[381].u.collection.item_ref, shapes[62]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_metric_value_list),
        },
        [382] = { /* MetricsDataSource */
            .name_ref = REF(shapes[382].name_ref, strings[7622]),
            .u.structure.members_ref = REF(shapes[382].u.structure.members_ref, members[548]),
            .u.structure.by_wire_name_ref = REF(shapes[382].u.structure.by_wire_name_ref, by_wire_name[548]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_metrics_data_source),
            .u.structure.member_count = 5,
        },
        [383] = { /* MultiRegionEndpoint */
            .name_ref = REF(shapes[383].name_ref, strings[13411]),
            .u.structure.members_ref = REF(shapes[383].u.structure.members_ref, members[553]),
            .u.structure.by_wire_name_ref = REF(shapes[383].u.structure.by_wire_name_ref, by_wire_name[553]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_multi_region_endpoint),
            .u.structure.member_count = 6,
        },
        [384] = { /* MultiRegionEndpoints */
            .name_ref = REF(shapes[384].name_ref, strings[11715]),
            .u.collection.item_ref = REF(shapes[384].u.collection.item_ref, shapes[383]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_multi_region_endpoints),
        },
        [385] = { /* NextToken */
            .name_ref = REF(shapes[385].name_ref, strings[8698]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [386] = { /* NextTokenV2 */
            .name_ref = REF(shapes[386].name_ref, strings[13439]),
            .range_ref = REF(shapes[386].range_ref, ranges[33]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [387] = { /* NotFoundException */
            .name_ref = REF(shapes[387].name_ref, strings[13451]),
            .u.structure.error_code_ref = REF(shapes[387].u.structure.error_code_ref, strings[13451]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sesv2_not_found_exception),
            .u.structure.http_status = 404,
        },
        [388] = { /* OutboundMessageId */
            .name_ref = REF(shapes[388].name_ref, strings[13469]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [389] = { /* OverallVolume */
            .name_ref = REF(shapes[389].name_ref, strings[9206]),
            .u.structure.members_ref = REF(shapes[389].u.structure.members_ref, members[559]),
            .u.structure.by_wire_name_ref = REF(shapes[389].u.structure.by_wire_name_ref, by_wire_name[559]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_overall_volume),
            .u.structure.member_count = 3,
        },
        [390] = { /* PageSizeV2 */
            .name_ref = REF(shapes[390].name_ref, strings[13503]),
            .range_ref = REF(shapes[390].range_ref, ranges[34]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [391] = { /* Percentage */
            .name_ref = REF(shapes[391].name_ref, strings[13514]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [392] = { /* Percentage100Wrapper */
            .name_ref = REF(shapes[392].name_ref, strings[13525]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [393] = { /* PinpointDestination */
            .name_ref = REF(shapes[393].name_ref, strings[7428]),
            .u.structure.members_ref = REF(shapes[393].u.structure.members_ref, members[562]),
            .u.structure.by_wire_name_ref = REF(shapes[393].u.structure.by_wire_name_ref, by_wire_name[562]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_pinpoint_destination),
            .u.structure.member_count = 1,
        },
        [394] = { /* PlacementStatistics */
            .name_ref = REF(shapes[394].name_ref, strings[10542]),
            .u.structure.members_ref = REF(shapes[394].u.structure.members_ref, members[563]),
            .u.structure.by_wire_name_ref = REF(shapes[394].u.structure.by_wire_name_ref, by_wire_name[563]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_placement_statistics),
            .u.structure.member_count = 5,
        },
        [395] = { /* Policy */
            .name_ref = REF(shapes[395].name_ref, strings[3050]),
            .range_ref = REF(shapes[395].range_ref, ranges[35]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [396] = { /* PolicyMap */
            .name_ref = REF(shapes[396].name_ref, strings[13608]),
            .u.collection.item_ref = REF(shapes[396].u.collection.item_ref, shapes[395]),
            .u.collection.key_ref = REF(shapes[396].u.collection.key_ref, shapes[397]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_sesv2_policy_map),
            .u.collection.value_offset = offsetof(struct awsc_sesv2_policy_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_sesv2_policy_map_entry),
        },
        [397] = { /* PolicyName */
            .name_ref = REF(shapes[397].name_ref, strings[3039]),
            .range_ref = REF(shapes[397].range_ref, ranges[36]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [398] = { /* PoolName */
            .name_ref = REF(shapes[398].name_ref, strings[2819]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [399] = { /* PricingAttributes */
            .name_ref = REF(shapes[399].name_ref, strings[8187]),
            .u.structure.members_ref = REF(shapes[399].u.structure.members_ref, members[568]),
            .u.structure.by_wire_name_ref = REF(shapes[399].u.structure.by_wire_name_ref, by_wire_name[568]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_pricing_attributes),
            .u.structure.member_count = 2,
        },
        [400] = { /* PricingPlan */
            .name_ref = REF(shapes[400].name_ref, strings[13639]),
            .u.string.enum_values_ref = REF(shapes[400].u.string.enum_values_ref, strings[13651]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [401] = { /* PrimaryNameServer */
            .name_ref = REF(shapes[401].name_ref, strings[13682]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [402] = { /* PrivateKey */
            .name_ref = REF(shapes[402].name_ref, strings[13700]),
            .range_ref = REF(shapes[402].range_ref, ranges[37]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [403] = { /* ProcessedRecordsCount */
            .name_ref = REF(shapes[403].name_ref, strings[7880]),
            .type = AWSC_SHAPE_INTEGER,
            .size = sizeof(int32_t),
        },
        [404] = { /* PutAccountDedicatedIpWarmupAttributesRequest */
            .name_ref = REF(shapes[404].name_ref, strings[13711]),
            .u.structure.members_ref = REF(shapes[404].u.structure.members_ref, members[570]),
            .u.structure.by_wire_name_ref = REF(shapes[404].u.structure.by_wire_name_ref, by_wire_name[570]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_input),
            .u.structure.member_count = 1,
        },
        [405] = { /* PutAccountDedicatedIpWarmupAttributesResponse */
            .name_ref = REF(shapes[405].name_ref, strings[13774]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_output),
        },
        [406] = { /* PutAccountDetailsRequest */
            .name_ref = REF(shapes[406].name_ref, strings[13820]),
            .u.structure.members_ref = REF(shapes[406].u.structure.members_ref, members[571]),
            .u.structure.by_wire_name_ref = REF(shapes[406].u.structure.by_wire_name_ref, by_wire_name[571]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_account_details_input),
            .u.structure.member_count = 6,
        },
        [407] = { /* PutAccountDetailsResponse */
            .name_ref = REF(shapes[407].name_ref, strings[13845]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_account_details_output),
        },
        [408] = { /* PutAccountPricingAttributesRequest */
            .name_ref = REF(shapes[408].name_ref, strings[13871]),
            .u.structure.members_ref = REF(shapes[408].u.structure.members_ref, members[577]),
            .u.structure.by_wire_name_ref = REF(shapes[408].u.structure.by_wire_name_ref, by_wire_name[577]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_account_pricing_attributes_input),
            .u.structure.member_count = 1,
        },
        [409] = { /* PutAccountPricingAttributesResponse */
            .name_ref = REF(shapes[409].name_ref, strings[13911]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_account_pricing_attributes_output),
        },
        [410] = { /* PutAccountSendingAttributesRequest */
            .name_ref = REF(shapes[410].name_ref, strings[13947]),
            .u.structure.members_ref = REF(shapes[410].u.structure.members_ref, members[578]),
            .u.structure.by_wire_name_ref = REF(shapes[410].u.structure.by_wire_name_ref, by_wire_name[578]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_account_sending_attributes_input),
            .u.structure.member_count = 1,
        },
        [411] = { /* PutAccountSendingAttributesResponse */
            .name_ref = REF(shapes[411].name_ref, strings[13982]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_account_sending_attributes_output),
        },
        [412] = { /* PutAccountSuppressionAttributesRequest */
            .name_ref = REF(shapes[412].name_ref, strings[14018]),
            .u.structure.members_ref = REF(shapes[412].u.structure.members_ref, members[579]),
            .u.structure.by_wire_name_ref = REF(shapes[412].u.structure.by_wire_name_ref, by_wire_name[579]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_account_suppression_attributes_input),
            .u.structure.member_count = 2,
        },
        [413] = { /* PutAccountSuppressionAttributesResponse */
            .name_ref = REF(shapes[413].name_ref, strings[14096]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_account_suppression_attributes_output),
        },
        [414] = { /* PutAccountVdmAttributesRequest */
            .name_ref = REF(shapes[414].name_ref, strings[14136]),
            .u.structure.members_ref = REF(shapes[414].u.structure.members_ref, members[581]),
            .u.structure.by_wire_name_ref = REF(shapes[414].u.structure.by_wire_name_ref, by_wire_name[581]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_account_vdm_attributes_input),
            .u.structure.member_count = 1,
        },
        [415] = { /* PutAccountVdmAttributesResponse */
            .name_ref = REF(shapes[415].name_ref, strings[14167]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_account_vdm_attributes_output),
        },
        [416] = { /* PutConfigurationSetArchivingOptionsRequest */
            .name_ref = REF(shapes[416].name_ref, strings[14199]),
            .u.structure.members_ref = REF(shapes[416].u.structure.members_ref, members[582]),
            .u.structure.by_wire_name_ref = REF(shapes[416].u.structure.by_wire_name_ref, by_wire_name[582]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_configuration_set_archiving_options_input),
            .u.structure.member_count = 2,
        },
        [417] = { /* PutConfigurationSetArchivingOptionsResponse */
            .name_ref = REF(shapes[417].name_ref, strings[14242]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_configuration_set_archiving_options_output),
        },
        [418] = { /* PutConfigurationSetDeliveryOptionsRequest */
            .name_ref = REF(shapes[418].name_ref, strings[14286]),
            .u.structure.members_ref = REF(shapes[418].u.structure.members_ref, members[584]),
            .u.structure.by_wire_name_ref = REF(shapes[418].u.structure.by_wire_name_ref, by_wire_name[584]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_configuration_set_delivery_options_input),
            .u.structure.member_count = 4,
        },
        [419] = { /* PutConfigurationSetDeliveryOptionsResponse */
            .name_ref = REF(shapes[419].name_ref, strings[14328]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_configuration_set_delivery_options_output),
        },
        [420] = { /* PutConfigurationSetReputationOptionsRequest */
            .name_ref = REF(shapes[420].name_ref, strings[14371]),
            .u.structure.members_ref = REF(shapes[420].u.structure.members_ref, members[588]),
            .u.structure.by_wire_name_ref = REF(shapes[420].u.structure.by_wire_name_ref, by_wire_name[588]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_configuration_set_reputation_options_input),
            .u.structure.member_count = 2,
        },
        [421] = { /* PutConfigurationSetReputationOptionsResponse */
            .name_ref = REF(shapes[421].name_ref, strings[14440]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_configuration_set_reputation_options_output),
        },
        [422] = { /* PutConfigurationSetSendingOptionsRequest */
            .name_ref = REF(shapes[422].name_ref, strings[14485]),
            .u.structure.members_ref = REF(shapes[422].u.structure.members_ref, members[590]),
            .u.structure.by_wire_name_ref = REF(shapes[422].u.structure.by_wire_name_ref, by_wire_name[590]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_configuration_set_sending_options_input),
            .u.structure.member_count = 2,
        },
        [423] = { /* PutConfigurationSetSendingOptionsResponse */
            .name_ref = REF(shapes[423].name_ref, strings[14526]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_configuration_set_sending_options_output),
        },
        [424] = { /* PutConfigurationSetSuppressionOptionsRequest */
            .name_ref = REF(shapes[424].name_ref, strings[14568]),
            .u.structure.members_ref = REF(shapes[424].u.structure.members_ref, members[592]),
            .u.structure.by_wire_name_ref = REF(shapes[424].u.structure.by_wire_name_ref, by_wire_name[592]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_configuration_set_suppression_options_input),
            .u.structure.member_count = 4,
        },
        [425] = { /* PutConfigurationSetSuppressionOptionsResponse */
            .name_ref = REF(shapes[425].name_ref, strings[14648]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_configuration_set_suppression_options_output),
        },
        [426] = { /* PutConfigurationSetTrackingOptionsRequest */
            .name_ref = REF(shapes[426].name_ref, strings[14694]),
            .u.structure.members_ref = REF(shapes[426].u.structure.members_ref, members[596]),
            .u.structure.by_wire_name_ref = REF(shapes[426].u.structure.by_wire_name_ref, by_wire_name[596]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_configuration_set_tracking_options_input),
            .u.structure.member_count = 3,
        },
        [427] = { /* PutConfigurationSetTrackingOptionsResponse */
            .name_ref = REF(shapes[427].name_ref, strings[14736]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_configuration_set_tracking_options_output),
        },
        [428] = { /* PutConfigurationSetVdmOptionsRequest */
            .name_ref = REF(shapes[428].name_ref, strings[14779]),
            .u.structure.members_ref = REF(shapes[428].u.structure.members_ref, members[599]),
            .u.structure.by_wire_name_ref = REF(shapes[428].u.structure.by_wire_name_ref, by_wire_name[599]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_configuration_set_vdm_options_input),
            .u.structure.member_count = 2,
        },
        [429] = { /* PutConfigurationSetVdmOptionsResponse */
            .name_ref = REF(shapes[429].name_ref, strings[14816]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_configuration_set_vdm_options_output),
        },
        [430] = { /* PutDedicatedIpInPoolRequest */
            .name_ref = REF(shapes[430].name_ref, strings[14854]),
            .u.structure.members_ref = REF(shapes[430].u.structure.members_ref, members[601]),
            .u.structure.by_wire_name_ref = REF(shapes[430].u.structure.by_wire_name_ref, by_wire_name[601]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_dedicated_ip_in_pool_input),
            .u.structure.member_count = 2,
        },
        [431] = { /* PutDedicatedIpInPoolResponse */
            .name_ref = REF(shapes[431].name_ref, strings[14902]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_dedicated_ip_in_pool_output),
        },
        [432] = { /* PutDedicatedIpPoolScalingAttributesRequest */
            .name_ref = REF(shapes[432].name_ref, strings[14931]),
            .u.structure.members_ref = REF(shapes[432].u.structure.members_ref, members[603]),
            .u.structure.by_wire_name_ref = REF(shapes[432].u.structure.by_wire_name_ref, by_wire_name[603]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_input),
            .u.structure.member_count = 2,
        },
        [433] = { /* PutDedicatedIpPoolScalingAttributesResponse */
            .name_ref = REF(shapes[433].name_ref, strings[14974]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_output),
        },
        [434] = { /* PutDedicatedIpWarmupAttributesRequest */
            .name_ref = REF(shapes[434].name_ref, strings[15018]),
            .u.structure.members_ref = REF(shapes[434].u.structure.members_ref, members[605]),
            .u.structure.by_wire_name_ref = REF(shapes[434].u.structure.by_wire_name_ref, by_wire_name[605]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input),
            .u.structure.member_count = 2,
        },
        [435] = { /* PutDedicatedIpWarmupAttributesResponse */
            .name_ref = REF(shapes[435].name_ref, strings[15056]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_dedicated_ip_warmup_attributes_output),
        },
        [436] = { /* PutDeliverabilityDashboardOptionRequest */
            .name_ref = REF(shapes[436].name_ref, strings[15095]),
            .u.structure.members_ref = REF(shapes[436].u.structure.members_ref, members[607]),
            .u.structure.by_wire_name_ref = REF(shapes[436].u.structure.by_wire_name_ref, by_wire_name[607]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_deliverability_dashboard_option_input),
            .u.structure.member_count = 2,
        },
        [437] = { /* PutDeliverabilityDashboardOptionResponse */
            .name_ref = REF(shapes[437].name_ref, strings[15153]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_deliverability_dashboard_option_output),
        },
        [438] = { /* PutEmailIdentityConfigurationSetAttributesRequest */
            .name_ref = REF(shapes[438].name_ref, strings[15194]),
            .u.structure.members_ref = REF(shapes[438].u.structure.members_ref, members[609]),
            .u.structure.by_wire_name_ref = REF(shapes[438].u.structure.by_wire_name_ref, by_wire_name[609]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_email_identity_configuration_set_attributes_input),
            .u.structure.member_count = 2,
        },
        [439] = { /* PutEmailIdentityConfigurationSetAttributesResponse */
            .name_ref = REF(shapes[439].name_ref, strings[15244]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_email_identity_configuration_set_attributes_output),
        },
        [440] = { /* PutEmailIdentityDkimAttributesRequest */
            .name_ref = REF(shapes[440].name_ref, strings[15295]),
            .u.structure.members_ref = REF(shapes[440].u.structure.members_ref, members[611]),
            .u.structure.by_wire_name_ref = REF(shapes[440].u.structure.by_wire_name_ref, by_wire_name[611]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_email_identity_dkim_attributes_input),
            .u.structure.member_count = 2,
        },
        [441] = { /* PutEmailIdentityDkimAttributesResponse */
            .name_ref = REF(shapes[441].name_ref, strings[15333]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_email_identity_dkim_attributes_output),
        },
        [442] = { /* PutEmailIdentityDkimSigningAttributesRequest */
            .name_ref = REF(shapes[442].name_ref, strings[15372]),
            .u.structure.members_ref = REF(shapes[442].u.structure.members_ref, members[613]),
            .u.structure.by_wire_name_ref = REF(shapes[442].u.structure.by_wire_name_ref, by_wire_name[613]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input),
            .u.structure.member_count = 3,
        },
        [443] = { /* PutEmailIdentityDkimSigningAttributesResponse */
            .name_ref = REF(shapes[443].name_ref, strings[15435]),
            .u.structure.members_ref = REF(shapes[443].u.structure.members_ref, members[616]),
            .u.structure.by_wire_name_ref = REF(shapes[443].u.structure.by_wire_name_ref, by_wire_name[616]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output),
            .u.structure.member_count = 3,
        },
        [444] = { /* PutEmailIdentityFeedbackAttributesRequest */
            .name_ref = REF(shapes[444].name_ref, strings[15492]),
            .u.structure.members_ref = REF(shapes[444].u.structure.members_ref, members[619]),
            .u.structure.by_wire_name_ref = REF(shapes[444].u.structure.by_wire_name_ref, by_wire_name[619]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_email_identity_feedback_attributes_input),
            .u.structure.member_count = 2,
        },
        [445] = { /* PutEmailIdentityFeedbackAttributesResponse */
            .name_ref = REF(shapes[445].name_ref, strings[15557]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_email_identity_feedback_attributes_output),
        },
        [446] = { /* PutEmailIdentityMailFromAttributesRequest */
            .name_ref = REF(shapes[446].name_ref, strings[15600]),
            .u.structure.members_ref = REF(shapes[446].u.structure.members_ref, members[621]),
            .u.structure.by_wire_name_ref = REF(shapes[446].u.structure.by_wire_name_ref, by_wire_name[621]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_email_identity_mail_from_attributes_input),
            .u.structure.member_count = 3,
        },
        [447] = { /* PutEmailIdentityMailFromAttributesResponse */
            .name_ref = REF(shapes[447].name_ref, strings[15642]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_email_identity_mail_from_attributes_output),
        },
        [448] = { /* PutSuppressedDestinationRequest */
            .name_ref = REF(shapes[448].name_ref, strings[15685]),
            .u.structure.members_ref = REF(shapes[448].u.structure.members_ref, members[624]),
            .u.structure.by_wire_name_ref = REF(shapes[448].u.structure.by_wire_name_ref, by_wire_name[624]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_suppressed_destination_input),
            .u.structure.member_count = 3,
        },
        [449] = { /* PutSuppressedDestinationResponse */
            .name_ref = REF(shapes[449].name_ref, strings[15724]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_suppressed_destination_output),
        },
        [450] = { /* PutTenantSuppressionAttributesRequest */
            .name_ref = REF(shapes[450].name_ref, strings[15757]),
            .u.structure.members_ref = REF(shapes[450].u.structure.members_ref, members[627]),
            .u.structure.by_wire_name_ref = REF(shapes[450].u.structure.by_wire_name_ref, by_wire_name[627]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_tenant_suppression_attributes_input),
            .u.structure.member_count = 3,
        },
        [451] = { /* PutTenantSuppressionAttributesResponse */
            .name_ref = REF(shapes[451].name_ref, strings[15795]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_put_tenant_suppression_attributes_output),
        },
        [452] = { /* QueryErrorCode */
            .name_ref = REF(shapes[452].name_ref, strings[15834]),
            .u.string.enum_values_ref = REF(shapes[452].u.string.enum_values_ref, strings[15849]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [453] = { /* QueryErrorMessage */
            .name_ref = REF(shapes[453].name_ref, strings[15880]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [454] = { /* QueryIdentifier */
            .name_ref = REF(shapes[454].name_ref, strings[15898]),
            .range_ref = REF(shapes[454].range_ref, ranges[38]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [455] = { /* RawAttachmentData */
            .name_ref = REF(shapes[455].name_ref, strings[15914]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [456] = { /* RawMessage */
            .name_ref = REF(shapes[456].name_ref, strings[15932]),
            .u.structure.members_ref = REF(shapes[456].u.structure.members_ref, members[630]),
            .u.structure.by_wire_name_ref = REF(shapes[456].u.structure.by_wire_name_ref, by_wire_name[630]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_raw_message),
            .u.structure.member_count = 1,
        },
        [457] = { /* RawMessageData */
            .name_ref = REF(shapes[457].name_ref, strings[15943]),
            .type = AWSC_SHAPE_BLOB,
            .size = sizeof(struct awsc_blob),
        },
        [458] = { /* RblName */
            .name_ref = REF(shapes[458].name_ref, strings[883]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [459] = { /* Recommendation */
            .name_ref = REF(shapes[459].name_ref, strings[15958]),
            .u.structure.members_ref = REF(shapes[459].u.structure.members_ref, members[631]),
            .u.structure.by_wire_name_ref = REF(shapes[459].u.structure.by_wire_name_ref, by_wire_name[631]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_recommendation),
            .u.structure.member_count = 7,
        },
        [460] = { /* RecommendationDescription */
            .name_ref = REF(shapes[460].name_ref, strings[15980]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [461] = { /* RecommendationImpact */
            .name_ref = REF(shapes[461].name_ref, strings[16006]),
            .u.string.enum_values_ref = REF(shapes[461].u.string.enum_values_ref, strings[16027]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [462] = { /* RecommendationStatus */
            .name_ref = REF(shapes[462].name_ref, strings[16036]),
            .u.string.enum_values_ref = REF(shapes[462].u.string.enum_values_ref, strings[16057]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [463] = { /* RecommendationType */
            .name_ref = REF(shapes[463].name_ref, strings[16068]),
            .u.string.enum_values_ref = REF(shapes[463].u.string.enum_values_ref, strings[16087]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 8,
        },
        [464] = { /* RecommendationsList */
            .name_ref = REF(shapes[464].name_ref, strings[16147]),
            .u.collection.item_ref = REF(shapes[464].u.collection.item_ref, shapes[459]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_recommendations_list),
        },
        [465] = { /* Region */
            .name_ref = REF(shapes[465].name_ref, strings[16167]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [466] = { /* Regions */
            .name_ref = REF(shapes[466].name_ref, strings[13431]),
            .u.collection.item_ref = REF(shapes[466].u.collection.item_ref, shapes[465]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [467] = { /* RenderedEmailTemplate */
            .name_ref = REF(shapes[467].name_ref, strings[16174]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [468] = { /* ReplacementEmailContent */
            .name_ref = REF(shapes[468].name_ref, strings[1156]),
            .u.structure.members_ref = REF(shapes[468].u.structure.members_ref, members[638]),
            .u.structure.by_wire_name_ref = REF(shapes[468].u.structure.by_wire_name_ref, by_wire_name[638]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_replacement_email_content),
            .u.structure.member_count = 1,
        },
        [469] = { /* ReplacementTemplate */
            .name_ref = REF(shapes[469].name_ref, strings[16196]),
            .u.structure.members_ref = REF(shapes[469].u.structure.members_ref, members[639]),
            .u.structure.by_wire_name_ref = REF(shapes[469].u.structure.by_wire_name_ref, by_wire_name[639]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_replacement_template),
            .u.structure.member_count = 1,
        },
        [470] = { /* ReportId */
            .name_ref = REF(shapes[470].name_ref, strings[2958]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [471] = { /* ReportName */
            .name_ref = REF(shapes[471].name_ref, strings[2908]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [472] = { /* ReputationEntitiesList */
            .name_ref = REF(shapes[472].name_ref, strings[16240]),
            .u.collection.item_ref = REF(shapes[472].u.collection.item_ref, shapes[473]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_reputation_entities_list),
        },
        [473] = { /* ReputationEntity */
            .name_ref = REF(shapes[473].name_ref, strings[9888]),
            .u.structure.members_ref = REF(shapes[473].u.structure.members_ref, members[640]),
            .u.structure.by_wire_name_ref = REF(shapes[473].u.structure.by_wire_name_ref, by_wire_name[640]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_reputation_entity),
            .u.structure.member_count = 7,
        },
        [474] = { /* ReputationEntityFilter */
            .name_ref = REF(shapes[474].name_ref, strings[16372]),
            .u.collection.item_ref = REF(shapes[474].u.collection.item_ref, shapes[476]),
            .u.collection.key_ref = REF(shapes[474].u.collection.key_ref, shapes[475]),
            .type = AWSC_SHAPE_MAP,
            .size = sizeof(struct awsc_sesv2_policy_map),
            .u.collection.value_offset = offsetof(struct awsc_sesv2_policy_map_entry, value),
            .u.collection.entry_size = sizeof(struct awsc_sesv2_policy_map_entry),
        },
        [475] = { /* ReputationEntityFilterKey */
            .name_ref = REF(shapes[475].name_ref, strings[16395]),
            .u.string.enum_values_ref = REF(shapes[475].u.string.enum_values_ref, strings[16421]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [476] = { /* ReputationEntityFilterValue */
            .name_ref = REF(shapes[476].name_ref, strings[16490]),
            .range_ref = REF(shapes[476].range_ref, ranges[39]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [477] = { /* ReputationEntityReference */
            .name_ref = REF(shapes[477].name_ref, strings[9813]),
            .range_ref = REF(shapes[477].range_ref, ranges[40]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [478] = { /* ReputationEntityType */
            .name_ref = REF(shapes[478].name_ref, strings[9839]),
            .u.string.enum_values_ref = REF(shapes[478].u.string.enum_values_ref, strings[16518]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 1,
        },
        [479] = { /* ReputationOptions */
            .name_ref = REF(shapes[479].name_ref, strings[2393]),
            .u.structure.members_ref = REF(shapes[479].u.structure.members_ref, members[647]),
            .u.structure.by_wire_name_ref = REF(shapes[479].u.structure.by_wire_name_ref, by_wire_name[647]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_reputation_options),
            .u.structure.member_count = 2,
        },
        [480] = { /* ResourceTenantMetadata */
            .name_ref = REF(shapes[480].name_ref, strings[16527]),
            .u.structure.members_ref = REF(shapes[480].u.structure.members_ref, members[649]),
            .u.structure.by_wire_name_ref = REF(shapes[480].u.structure.by_wire_name_ref, by_wire_name[649]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_resource_tenant_metadata),
            .u.structure.member_count = 4,
        },
        [481] = { /* ResourceTenantMetadataList */
            .name_ref = REF(shapes[481].name_ref, strings[16570]),
            .u.collection.item_ref = REF(shapes[481].u.collection.item_ref, shapes[480]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_resource_tenant_metadata_list),
        },
        [482] = { /* ResourceType */
            .name_ref = REF(shapes[482].name_ref, strings[16597]),
            .u.string.enum_values_ref = REF(shapes[482].u.string.enum_values_ref, strings[16610]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [483] = { /* ReviewDetails */
            .name_ref = REF(shapes[483].name_ref, strings[102]),
            .u.structure.members_ref = REF(shapes[483].u.structure.members_ref, members[653]),
            .u.structure.by_wire_name_ref = REF(shapes[483].u.structure.by_wire_name_ref, by_wire_name[653]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_review_details),
            .u.structure.member_count = 2,
        },
        [484] = { /* ReviewStatus */
            .name_ref = REF(shapes[484].name_ref, strings[16658]),
            .u.string.enum_values_ref = REF(shapes[484].u.string.enum_values_ref, strings[16671]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [485] = { /* Route */
            .name_ref = REF(shapes[485].name_ref, strings[16701]),
            .u.structure.members_ref = REF(shapes[485].u.structure.members_ref, members[655]),
            .u.structure.by_wire_name_ref = REF(shapes[485].u.structure.by_wire_name_ref, by_wire_name[655]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_route),
            .u.structure.member_count = 1,
        },
        [486] = { /* RouteDetails */
            .name_ref = REF(shapes[486].name_ref, strings[16707]),
            .u.structure.members_ref = REF(shapes[486].u.structure.members_ref, members[656]),
            .u.structure.by_wire_name_ref = REF(shapes[486].u.structure.by_wire_name_ref, by_wire_name[656]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_route_details),
            .u.structure.member_count = 1,
        },
        [487] = { /* Routes */
            .name_ref = REF(shapes[487].name_ref, strings[9779]),
            .u.collection.item_ref = REF(shapes[487].u.collection.item_ref, shapes[485]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_routes),
        },
        [488] = { /* RoutesDetails */
            .name_ref = REF(shapes[488].name_ref, strings[5267]),
            .u.collection.item_ref = REF(shapes[488].u.collection.item_ref, shapes[486]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_routes_details),
        },
        [489] = { /* S3Url */
            .name_ref = REF(shapes[489].name_ref, strings[7666]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [490] = { /* SOARecord */
            .name_ref = REF(shapes[490].name_ref, strings[16720]),
            .u.structure.members_ref = REF(shapes[490].u.structure.members_ref, members[657]),
            .u.structure.by_wire_name_ref = REF(shapes[490].u.structure.by_wire_name_ref, by_wire_name[657]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_soa_record),
            .u.structure.member_count = 3,
        },
        [491] = { /* ScalingMode */
            .name_ref = REF(shapes[491].name_ref, strings[2828]),
            .u.string.enum_values_ref = REF(shapes[491].u.string.enum_values_ref, strings[16743]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [492] = { /* Selector */
            .name_ref = REF(shapes[492].name_ref, strings[16760]),
            .range_ref = REF(shapes[492].range_ref, ranges[41]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [493] = { /* SendBulkEmailRequest */
            .name_ref = REF(shapes[493].name_ref, strings[16769]),
            .u.structure.members_ref = REF(shapes[493].u.structure.members_ref, members[660]),
            .u.structure.by_wire_name_ref = REF(shapes[493].u.structure.by_wire_name_ref, by_wire_name[660]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_send_bulk_email_input),
            .u.structure.member_count = 11,
        },
        [494] = { /* SendBulkEmailResponse */
            .name_ref = REF(shapes[494].name_ref, strings[16957]),
            .u.structure.members_ref = REF(shapes[494].u.structure.members_ref, members[671]),
            .u.structure.by_wire_name_ref = REF(shapes[494].u.structure.by_wire_name_ref, by_wire_name[671]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_send_bulk_email_output),
            .u.structure.member_count = 1,
        },
        [495] = { /* SendCustomVerificationEmailRequest */
            .name_ref = REF(shapes[495].name_ref, strings[17001]),
            .u.structure.members_ref = REF(shapes[495].u.structure.members_ref, members[672]),
            .u.structure.by_wire_name_ref = REF(shapes[495].u.structure.by_wire_name_ref, by_wire_name[672]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_send_custom_verification_email_input),
            .u.structure.member_count = 3,
        },
        [496] = { /* SendCustomVerificationEmailResponse */
            .name_ref = REF(shapes[496].name_ref, strings[17036]),
            .u.structure.members_ref = REF(shapes[496].u.structure.members_ref, members[675]),
            .u.structure.by_wire_name_ref = REF(shapes[496].u.structure.by_wire_name_ref, by_wire_name[675]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_send_custom_verification_email_output),
            .u.structure.member_count = 1,
        },
        [497] = { /* SendEmailRequest */
            .name_ref = REF(shapes[497].name_ref, strings[17072]),
            .u.structure.members_ref = REF(shapes[497].u.structure.members_ref, members[676]),
            .u.structure.by_wire_name_ref = REF(shapes[497].u.structure.by_wire_name_ref, by_wire_name[676]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_send_email_input),
            .u.structure.member_count = 12,
        },
        [498] = { /* SendEmailResponse */
            .name_ref = REF(shapes[498].name_ref, strings[17089]),
            .u.structure.members_ref = REF(shapes[498].u.structure.members_ref, members[688]),
            .u.structure.by_wire_name_ref = REF(shapes[498].u.structure.by_wire_name_ref, by_wire_name[688]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_send_email_output),
            .u.structure.member_count = 1,
        },
        [499] = { /* SendQuota */
            .name_ref = REF(shapes[499].name_ref, strings[8148]),
            .u.structure.members_ref = REF(shapes[499].u.structure.members_ref, members[689]),
            .u.structure.by_wire_name_ref = REF(shapes[499].u.structure.by_wire_name_ref, by_wire_name[689]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_send_quota),
            .u.structure.member_count = 3,
        },
        [500] = { /* SendingOptions */
            .name_ref = REF(shapes[500].name_ref, strings[2411]),
            .u.structure.members_ref = REF(shapes[500].u.structure.members_ref, members[692]),
            .u.structure.by_wire_name_ref = REF(shapes[500].u.structure.by_wire_name_ref, by_wire_name[692]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_sending_options),
            .u.structure.member_count = 1,
        },
        [501] = { /* SendingPausedException */
            .name_ref = REF(shapes[501].name_ref, strings[17123]),
            .u.structure.error_code_ref = REF(shapes[501].u.structure.error_code_ref, strings[17123]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sesv2_sending_paused_exception),
            .u.structure.http_status = 400,
        },
        [502] = { /* SendingPoolName */
            .name_ref = REF(shapes[502].name_ref, strings[5195]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [503] = { /* SendingStatus */
            .name_ref = REF(shapes[503].name_ref, strings[3740]),
            .u.string.enum_values_ref = REF(shapes[503].u.string.enum_values_ref, strings[17146]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [504] = { /* SentLast24Hours */
            .name_ref = REF(shapes[504].name_ref, strings[17107]),
            .type = AWSC_SHAPE_DOUBLE,
            .size = sizeof(double),
        },
        [505] = { /* SerialNumber */
            .name_ref = REF(shapes[505].name_ref, strings[16730]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [506] = { /* SnsDestination */
            .name_ref = REF(shapes[506].name_ref, strings[7413]),
            .u.structure.members_ref = REF(shapes[506].u.structure.members_ref, members[693]),
            .u.structure.by_wire_name_ref = REF(shapes[506].u.structure.by_wire_name_ref, by_wire_name[693]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_sns_destination),
            .u.structure.member_count = 1,
        },
        [507] = { /* Status */
            .name_ref = REF(shapes[507].name_ref, strings[1239]),
            .u.string.enum_values_ref = REF(shapes[507].u.string.enum_values_ref, strings[17183]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 4,
        },
        [508] = { /* StatusCause */
            .name_ref = REF(shapes[508].name_ref, strings[17214]),
            .range_ref = REF(shapes[508].range_ref, ranges[42]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [509] = { /* StatusRecord */
            .name_ref = REF(shapes[509].name_ref, strings[17226]),
            .u.structure.members_ref = REF(shapes[509].u.structure.members_ref, members[694]),
            .u.structure.by_wire_name_ref = REF(shapes[509].u.structure.by_wire_name_ref, by_wire_name[694]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_status_record),
            .u.structure.member_count = 3,
        },
        [510] = { /* Subject */
            .name_ref = REF(shapes[510].name_ref, strings[4996]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [511] = { /* SubscriptionStatus */
            .name_ref = REF(shapes[511].name_ref, strings[17245]),
            .u.string.enum_values_ref = REF(shapes[511].u.string.enum_values_ref, strings[17264]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [512] = { /* SuccessRedirectionURL */
            .name_ref = REF(shapes[512].name_ref, strings[2700]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [513] = { /* SuppressedDestination */
            .name_ref = REF(shapes[513].name_ref, strings[9970]),
            .u.structure.members_ref = REF(shapes[513].u.structure.members_ref, members[697]),
            .u.structure.by_wire_name_ref = REF(shapes[513].u.structure.by_wire_name_ref, by_wire_name[697]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_suppressed_destination),
            .u.structure.member_count = 5,
        },
        [514] = { /* SuppressedDestinationAttributes */
            .name_ref = REF(shapes[514].name_ref, strings[17305]),
            .u.structure.members_ref = REF(shapes[514].u.structure.members_ref, members[702]),
            .u.structure.by_wire_name_ref = REF(shapes[514].u.structure.by_wire_name_ref, by_wire_name[702]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_suppressed_destination_attributes),
            .u.structure.member_count = 2,
        },
        [515] = { /* SuppressedDestinationSummaries */
            .name_ref = REF(shapes[515].name_ref, strings[12216]),
            .u.collection.item_ref = REF(shapes[515].u.collection.item_ref, shapes[516]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_suppressed_destination_summaries),
        },
        [516] = { /* SuppressedDestinationSummary */
            .name_ref = REF(shapes[516].name_ref, strings[17337]),
            .u.structure.members_ref = REF(shapes[516].u.structure.members_ref, members[704]),
            .u.structure.by_wire_name_ref = REF(shapes[516].u.structure.by_wire_name_ref, by_wire_name[704]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_suppressed_destination_summary),
            .u.structure.member_count = 3,
        },
        [517] = { /* SuppressionAttributes */
            .name_ref = REF(shapes[517].name_ref, strings[3570]),
            .u.structure.members_ref = REF(shapes[517].u.structure.members_ref, members[707]),
            .u.structure.by_wire_name_ref = REF(shapes[517].u.structure.by_wire_name_ref, by_wire_name[707]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_suppression_attributes),
            .u.structure.member_count = 2,
        },
        [518] = { /* SuppressionConditionThreshold */
            .name_ref = REF(shapes[518].name_ref, strings[17366]),
            .u.structure.members_ref = REF(shapes[518].u.structure.members_ref, members[709]),
            .u.structure.by_wire_name_ref = REF(shapes[518].u.structure.by_wire_name_ref, by_wire_name[709]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_suppression_condition_threshold),
            .u.structure.member_count = 2,
        },
        [519] = { /* SuppressionConfidenceThreshold */
            .name_ref = REF(shapes[519].name_ref, strings[17449]),
            .u.structure.members_ref = REF(shapes[519].u.structure.members_ref, members[711]),
            .u.structure.by_wire_name_ref = REF(shapes[519].u.structure.by_wire_name_ref, by_wire_name[711]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_suppression_confidence_threshold),
            .u.structure.member_count = 1,
        },
        [520] = { /* SuppressionConfidenceVerdictThreshold */
            .name_ref = REF(shapes[520].name_ref, strings[17507]),
            .u.string.enum_values_ref = REF(shapes[520].u.string.enum_values_ref, strings[17545]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [521] = { /* SuppressionListDestination */
            .name_ref = REF(shapes[521].name_ref, strings[10239]),
            .u.structure.members_ref = REF(shapes[521].u.structure.members_ref, members[712]),
            .u.structure.by_wire_name_ref = REF(shapes[521].u.structure.by_wire_name_ref, by_wire_name[712]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_suppression_list_destination),
            .u.structure.member_count = 1,
        },
        [522] = { /* SuppressionListImportAction */
            .name_ref = REF(shapes[522].name_ref, strings[17565]),
            .u.string.enum_values_ref = REF(shapes[522].u.string.enum_values_ref, strings[2168]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [523] = { /* SuppressionListReason */
            .name_ref = REF(shapes[523].name_ref, strings[17593]),
            .u.string.enum_values_ref = REF(shapes[523].u.string.enum_values_ref, strings[17615]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [524] = { /* SuppressionListReasons */
            .name_ref = REF(shapes[524].name_ref, strings[17632]),
            .u.collection.item_ref = REF(shapes[524].u.collection.item_ref, shapes[523]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [525] = { /* SuppressionListScope */
            .name_ref = REF(shapes[525].name_ref, strings[17655]),
            .u.string.enum_values_ref = REF(shapes[525].u.string.enum_values_ref, strings[17676]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [526] = { /* SuppressionOptions */
            .name_ref = REF(shapes[526].name_ref, strings[2431]),
            .u.structure.members_ref = REF(shapes[526].u.structure.members_ref, members[713]),
            .u.structure.by_wire_name_ref = REF(shapes[526].u.structure.by_wire_name_ref, by_wire_name[713]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_suppression_options),
            .u.structure.member_count = 3,
        },
        [527] = { /* SuppressionValidationAttributes */
            .name_ref = REF(shapes[527].name_ref, strings[17691]),
            .u.structure.members_ref = REF(shapes[527].u.structure.members_ref, members[716]),
            .u.structure.by_wire_name_ref = REF(shapes[527].u.structure.by_wire_name_ref, by_wire_name[716]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_suppression_validation_attributes),
            .u.structure.member_count = 1,
        },
        [528] = { /* SuppressionValidationOptions */
            .name_ref = REF(shapes[528].name_ref, strings[17742]),
            .u.structure.members_ref = REF(shapes[528].u.structure.members_ref, members[717]),
            .u.structure.by_wire_name_ref = REF(shapes[528].u.structure.by_wire_name_ref, by_wire_name[717]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_suppression_validation_options),
            .u.structure.member_count = 1,
        },
        [529] = { /* Tag */
            .name_ref = REF(shapes[529].name_ref, strings[17771]),
            .u.structure.members_ref = REF(shapes[529].u.structure.members_ref, members[718]),
            .u.structure.by_wire_name_ref = REF(shapes[529].u.structure.by_wire_name_ref, by_wire_name[718]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_tag),
            .u.structure.member_count = 2,
        },
        [530] = { /* TagKey */
            .name_ref = REF(shapes[530].name_ref, strings[17779]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [531] = { /* TagKeyList */
            .name_ref = REF(shapes[531].name_ref, strings[17786]),
            .u.collection.item_ref = REF(shapes[531].u.collection.item_ref, shapes[530]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_email_address_list),
        },
        [532] = { /* TagList */
            .name_ref = REF(shapes[532].name_ref, strings[17797]),
            .u.collection.item_ref = REF(shapes[532].u.collection.item_ref, shapes[529]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_tag_list),
        },
        [533] = { /* TagResourceRequest */
            .name_ref = REF(shapes[533].name_ref, strings[17805]),
            .u.structure.members_ref = REF(shapes[533].u.structure.members_ref, members[720]),
            .u.structure.by_wire_name_ref = REF(shapes[533].u.structure.by_wire_name_ref, by_wire_name[720]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_tag_resource_input),
            .u.structure.member_count = 2,
        },
        [534] = { /* TagResourceResponse */
            .name_ref = REF(shapes[534].name_ref, strings[17824]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_tag_resource_output),
        },
        [535] = { /* TagValue */
            .name_ref = REF(shapes[535].name_ref, strings[17844]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [536] = { /* Template */
            .name_ref = REF(shapes[536].name_ref, strings[1104]),
            .u.structure.members_ref = REF(shapes[536].u.structure.members_ref, members[722]),
            .u.structure.by_wire_name_ref = REF(shapes[536].u.structure.by_wire_name_ref, by_wire_name[722]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_template),
            .u.structure.member_count = 6,
        },
        [537] = { /* TemplateContent */
            .name_ref = REF(shapes[537].name_ref, strings[2684]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [538] = { /* Tenant */
            .name_ref = REF(shapes[538].name_ref, strings[10027]),
            .u.structure.members_ref = REF(shapes[538].u.structure.members_ref, members[728]),
            .u.structure.by_wire_name_ref = REF(shapes[538].u.structure.by_wire_name_ref, by_wire_name[728]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_tenant),
            .u.structure.member_count = 7,
        },
        [539] = { /* TenantId */
            .name_ref = REF(shapes[539].name_ref, strings[3704]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [540] = { /* TenantInfo */
            .name_ref = REF(shapes[540].name_ref, strings[17878]),
            .u.structure.members_ref = REF(shapes[540].u.structure.members_ref, members[735]),
            .u.structure.by_wire_name_ref = REF(shapes[540].u.structure.by_wire_name_ref, by_wire_name[735]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_tenant_info),
            .u.structure.member_count = 4,
        },
        [541] = { /* TenantInfoList */
            .name_ref = REF(shapes[541].name_ref, strings[17889]),
            .u.collection.item_ref = REF(shapes[541].u.collection.item_ref, shapes[540]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_tenant_info_list),
        },
        [542] = { /* TenantName */
            .name_ref = REF(shapes[542].name_ref, strings[3559]),
            .range_ref = REF(shapes[542].range_ref, ranges[43]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [543] = { /* TenantResource */
            .name_ref = REF(shapes[543].name_ref, strings[17904]),
            .u.structure.members_ref = REF(shapes[543].u.structure.members_ref, members[739]),
            .u.structure.by_wire_name_ref = REF(shapes[543].u.structure.by_wire_name_ref, by_wire_name[739]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_tenant_resource),
            .u.structure.member_count = 2,
        },
        [544] = { /* TenantResourceList */
            .name_ref = REF(shapes[544].name_ref, strings[17919]),
            .u.collection.item_ref = REF(shapes[544].u.collection.item_ref, shapes[543]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_tenant_resource_list),
        },
        [545] = { /* TenantSuppressionAttributes */
            .name_ref = REF(shapes[545].name_ref, strings[17938]),
            .u.structure.members_ref = REF(shapes[545].u.structure.members_ref, members[741]),
            .u.structure.by_wire_name_ref = REF(shapes[545].u.structure.by_wire_name_ref, by_wire_name[741]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_tenant_suppression_attributes),
            .u.structure.member_count = 2,
        },
        [546] = { /* TestRenderEmailTemplateRequest */
            .name_ref = REF(shapes[546].name_ref, strings[17966]),
            .u.structure.members_ref = REF(shapes[546].u.structure.members_ref, members[743]),
            .u.structure.by_wire_name_ref = REF(shapes[546].u.structure.by_wire_name_ref, by_wire_name[743]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_test_render_email_template_input),
            .u.structure.member_count = 2,
        },
        [547] = { /* TestRenderEmailTemplateResponse */
            .name_ref = REF(shapes[547].name_ref, strings[17997]),
            .u.structure.members_ref = REF(shapes[547].u.structure.members_ref, members[745]),
            .u.structure.by_wire_name_ref = REF(shapes[547].u.structure.by_wire_name_ref, by_wire_name[745]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_test_render_email_template_output),
            .u.structure.member_count = 1,
        },
        [548] = { /* Timestamp */
            .name_ref = REF(shapes[548].name_ref, strings[10410]),
            .type = AWSC_SHAPE_TIMESTAMP,
            .size = sizeof(struct awsc_timestamp),
        },
        [549] = { /* TimestampList */
            .name_ref = REF(shapes[549].name_ref, strings[18046]),
            .u.collection.item_ref = REF(shapes[549].u.collection.item_ref, shapes[548]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_timestamp_list),
        },
        [550] = { /* TlsPolicy */
            .name_ref = REF(shapes[550].name_ref, strings[5185]),
            .u.string.enum_values_ref = REF(shapes[550].u.string.enum_values_ref, strings[18060]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 2,
        },
        [551] = { /* TooManyRequestsException */
            .name_ref = REF(shapes[551].name_ref, strings[18077]),
            .u.structure.error_code_ref = REF(shapes[551].u.structure.error_code_ref, strings[18077]),
            .type = AWSC_SHAPE_STRUCTURE,
            .flags = AWSC_SF_EXCEPTION,
            .size = sizeof(struct awsc_sesv2_too_many_requests_exception),
            .u.structure.http_status = 429,
        },
        [552] = { /* Topic */
            .name_ref = REF(shapes[552].name_ref, strings[18102]),
            .u.structure.members_ref = REF(shapes[552].u.structure.members_ref, members[746]),
            .u.structure.by_wire_name_ref = REF(shapes[552].u.structure.by_wire_name_ref, by_wire_name[746]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_topic),
            .u.structure.member_count = 4,
        },
        [553] = { /* TopicFilter */
            .name_ref = REF(shapes[553].name_ref, strings[10894]),
            .u.structure.members_ref = REF(shapes[553].u.structure.members_ref, members[750]),
            .u.structure.by_wire_name_ref = REF(shapes[553].u.structure.by_wire_name_ref, by_wire_name[750]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_topic_filter),
            .u.structure.member_count = 2,
        },
        [554] = { /* TopicName */
            .name_ref = REF(shapes[554].name_ref, strings[11640]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
        },
        [555] = { /* TopicPreference */
            .name_ref = REF(shapes[555].name_ref, strings[18168]),
            .u.structure.members_ref = REF(shapes[555].u.structure.members_ref, members[752]),
            .u.structure.by_wire_name_ref = REF(shapes[555].u.structure.by_wire_name_ref, by_wire_name[752]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_topic_preference),
            .u.structure.member_count = 2,
        },
        [556] = { /* TopicPreferenceList */
            .name_ref = REF(shapes[556].name_ref, strings[18184]),
            .u.collection.item_ref = REF(shapes[556].u.collection.item_ref, shapes[555]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_topic_preference_list),
        },
        [557] = { /* Topics */
            .name_ref = REF(shapes[557].name_ref, strings[2517]),
            .u.collection.item_ref = REF(shapes[557].u.collection.item_ref, shapes[552]),
            .type = AWSC_SHAPE_LIST,
            .size = sizeof(struct awsc_sesv2_topics),
        },
        [558] = { /* TrackingOptions */
            .name_ref = REF(shapes[558].name_ref, strings[2361]),
            .u.structure.members_ref = REF(shapes[558].u.structure.members_ref, members[754]),
            .u.structure.by_wire_name_ref = REF(shapes[558].u.structure.by_wire_name_ref, by_wire_name[754]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_tracking_options),
            .u.structure.member_count = 2,
        },
        [559] = { /* UnsubscribeAll */
            .name_ref = REF(shapes[559].name_ref, strings[2051]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [560] = { /* UntagResourceRequest */
            .name_ref = REF(shapes[560].name_ref, strings[18204]),
            .u.structure.members_ref = REF(shapes[560].u.structure.members_ref, members[756]),
            .u.structure.by_wire_name_ref = REF(shapes[560].u.structure.by_wire_name_ref, by_wire_name[756]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_untag_resource_input),
            .u.structure.member_count = 2,
        },
        [561] = { /* UntagResourceResponse */
            .name_ref = REF(shapes[561].name_ref, strings[18233]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_untag_resource_output),
        },
        [562] = { /* UpdateConfigurationSetEventDestinationRequest */
            .name_ref = REF(shapes[562].name_ref, strings[18255]),
            .u.structure.members_ref = REF(shapes[562].u.structure.members_ref, members[758]),
            .u.structure.by_wire_name_ref = REF(shapes[562].u.structure.by_wire_name_ref, by_wire_name[758]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_update_configuration_set_event_destination_input),
            .u.structure.member_count = 3,
        },
        [563] = { /* UpdateConfigurationSetEventDestinationResponse */
            .name_ref = REF(shapes[563].name_ref, strings[18301]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_update_configuration_set_event_destination_output),
        },
        [564] = { /* UpdateContactListRequest */
            .name_ref = REF(shapes[564].name_ref, strings[18348]),
            .u.structure.members_ref = REF(shapes[564].u.structure.members_ref, members[761]),
            .u.structure.by_wire_name_ref = REF(shapes[564].u.structure.by_wire_name_ref, by_wire_name[761]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_update_contact_list_input),
            .u.structure.member_count = 3,
        },
        [565] = { /* UpdateContactListResponse */
            .name_ref = REF(shapes[565].name_ref, strings[18373]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_update_contact_list_output),
        },
        [566] = { /* UpdateContactRequest */
            .name_ref = REF(shapes[566].name_ref, strings[18399]),
            .u.structure.members_ref = REF(shapes[566].u.structure.members_ref, members[764]),
            .u.structure.by_wire_name_ref = REF(shapes[566].u.structure.by_wire_name_ref, by_wire_name[764]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_update_contact_input),
            .u.structure.member_count = 5,
        },
        [567] = { /* UpdateContactResponse */
            .name_ref = REF(shapes[567].name_ref, strings[18420]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_update_contact_output),
        },
        [568] = { /* UpdateCustomVerificationEmailTemplateRequest */
            .name_ref = REF(shapes[568].name_ref, strings[18442]),
            .u.structure.members_ref = REF(shapes[568].u.structure.members_ref, members[769]),
            .u.structure.by_wire_name_ref = REF(shapes[568].u.structure.by_wire_name_ref, by_wire_name[769]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_update_custom_verification_email_template_input),
            .u.structure.member_count = 6,
        },
        [569] = { /* UpdateCustomVerificationEmailTemplateResponse */
            .name_ref = REF(shapes[569].name_ref, strings[18487]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_update_custom_verification_email_template_output),
        },
        [570] = { /* UpdateEmailIdentityPolicyRequest */
            .name_ref = REF(shapes[570].name_ref, strings[18533]),
            .u.structure.members_ref = REF(shapes[570].u.structure.members_ref, members[775]),
            .u.structure.by_wire_name_ref = REF(shapes[570].u.structure.by_wire_name_ref, by_wire_name[775]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_update_email_identity_policy_input),
            .u.structure.member_count = 3,
        },
        [571] = { /* UpdateEmailIdentityPolicyResponse */
            .name_ref = REF(shapes[571].name_ref, strings[18566]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_update_email_identity_policy_output),
        },
        [572] = { /* UpdateEmailTemplateRequest */
            .name_ref = REF(shapes[572].name_ref, strings[18600]),
            .u.structure.members_ref = REF(shapes[572].u.structure.members_ref, members[778]),
            .u.structure.by_wire_name_ref = REF(shapes[572].u.structure.by_wire_name_ref, by_wire_name[778]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_update_email_template_input),
            .u.structure.member_count = 2,
        },
        [573] = { /* UpdateEmailTemplateResponse */
            .name_ref = REF(shapes[573].name_ref, strings[18627]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_update_email_template_output),
        },
        [574] = { /* UpdateReputationEntityCustomerManagedStatusRequest */
            .name_ref = REF(shapes[574].name_ref, strings[18655]),
            .u.structure.members_ref = REF(shapes[574].u.structure.members_ref, members[780]),
            .u.structure.by_wire_name_ref = REF(shapes[574].u.structure.by_wire_name_ref, by_wire_name[780]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_update_reputation_entity_customer_managed_status_input),
            .u.structure.member_count = 3,
        },
        [575] = { /* UpdateReputationEntityCustomerManagedStatusResponse */
            .name_ref = REF(shapes[575].name_ref, strings[18706]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_update_reputation_entity_customer_managed_status_output),
        },
        [576] = { /* UpdateReputationEntityPolicyRequest */
            .name_ref = REF(shapes[576].name_ref, strings[18758]),
            .u.structure.members_ref = REF(shapes[576].u.structure.members_ref, members[783]),
            .u.structure.by_wire_name_ref = REF(shapes[576].u.structure.by_wire_name_ref, by_wire_name[783]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_update_reputation_entity_policy_input),
            .u.structure.member_count = 3,
        },
        [577] = { /* UpdateReputationEntityPolicyResponse */
            .name_ref = REF(shapes[577].name_ref, strings[18817]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_update_reputation_entity_policy_output),
        },
        [578] = { /* UseCaseDescription */
            .name_ref = REF(shapes[578].name_ref, strings[51]),
            .range_ref = REF(shapes[578].range_ref, ranges[44]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
        [579] = { /* UseDefaultIfPreferenceUnavailable */
            .name_ref = REF(shapes[579].name_ref, strings[18134]),
            .type = AWSC_SHAPE_BOOLEAN,
            .size = sizeof(bool),
        },
        [580] = { /* VdmAttributes */
            .name_ref = REF(shapes[580].name_ref, strings[8173]),
            .u.structure.members_ref = REF(shapes[580].u.structure.members_ref, members[786]),
            .u.structure.by_wire_name_ref = REF(shapes[580].u.structure.by_wire_name_ref, by_wire_name[786]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_vdm_attributes),
            .u.structure.member_count = 3,
        },
        [581] = { /* VdmOptions */
            .name_ref = REF(shapes[581].name_ref, strings[2450]),
            .u.structure.members_ref = REF(shapes[581].u.structure.members_ref, members[789]),
            .u.structure.by_wire_name_ref = REF(shapes[581].u.structure.by_wire_name_ref, by_wire_name[789]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_vdm_options),
            .u.structure.member_count = 2,
        },
        [582] = { /* VerificationError */
            .name_ref = REF(shapes[582].name_ref, strings[18865]),
            .u.string.enum_values_ref = REF(shapes[582].u.string.enum_values_ref, strings[18883]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 10,
        },
        [583] = { /* VerificationInfo */
            .name_ref = REF(shapes[583].name_ref, strings[9487]),
            .u.structure.members_ref = REF(shapes[583].u.structure.members_ref, members[791]),
            .u.structure.by_wire_name_ref = REF(shapes[583].u.structure.by_wire_name_ref, by_wire_name[791]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_verification_info),
            .u.structure.member_count = 4,
        },
        [584] = { /* VerificationStatus */
            .name_ref = REF(shapes[584].name_ref, strings[9468]),
            .u.string.enum_values_ref = REF(shapes[584].u.string.enum_values_ref, strings[6228]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 5,
        },
        [585] = { /* Volume */
            .name_ref = REF(shapes[585].name_ref, strings[19189]),
            .type = AWSC_SHAPE_LONG,
            .size = sizeof(int64_t),
        },
        [586] = { /* VolumeStatistics */
            .name_ref = REF(shapes[586].name_ref, strings[3864]),
            .u.structure.members_ref = REF(shapes[586].u.structure.members_ref, members[795]),
            .u.structure.by_wire_name_ref = REF(shapes[586].u.structure.by_wire_name_ref, by_wire_name[795]),
            .type = AWSC_SHAPE_STRUCTURE,
            .size = sizeof(struct awsc_sesv2_volume_statistics),
            .u.structure.member_count = 4,
        },
        [587] = { /* WarmupStatus */
            .name_ref = REF(shapes[587].name_ref, strings[4004]),
            .u.string.enum_values_ref = REF(shapes[587].u.string.enum_values_ref, strings[19225]),
            .type = AWSC_SHAPE_STRING,
            .size = sizeof(const char *),
            .u.string.enum_count = 3,
        },
        [588] = { /* WebsiteURL */
            .name_ref = REF(shapes[588].name_ref, strings[24]),
            .range_ref = REF(shapes[588].range_ref, ranges[45]),
            .type = AWSC_SHAPE_STRING,
            .flags = AWSC_SF_SENSITIVE,
            .size = sizeof(const char *),
        },
    },
    /* name (then wire name, query name, XML namespace as the flags say),
     * shape, offset (of the C member), has_ offset, flags, location,
     * timestamp format */
    .members = {
        [0] = {REF(members[0].name_ref, strings[15]), REF(members[0].shape_ref, shapes[351]), offsetof(struct awsc_sesv2_account_details, mail_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccountDetails.MailType: MailType */
        [1] = {REF(members[1].name_ref, strings[24]), REF(members[1].shape_ref, shapes[588]), offsetof(struct awsc_sesv2_account_details, website_url), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccountDetails.WebsiteURL: WebsiteURL */
        [2] = {REF(members[2].name_ref, strings[35]), REF(members[2].shape_ref, shapes[56]), offsetof(struct awsc_sesv2_account_details, contact_language), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccountDetails.ContactLanguage: ContactLanguage */
        [3] = {REF(members[3].name_ref, strings[51]), REF(members[3].shape_ref, shapes[578]), offsetof(struct awsc_sesv2_account_details, use_case_description), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccountDetails.UseCaseDescription: UseCaseDescription */
        [4] = {REF(members[4].name_ref, strings[70]), REF(members[4].shape_ref, shapes[3]), offsetof(struct awsc_sesv2_account_details, additional_contact_email_addresses), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccountDetails.AdditionalContactEmailAddresses: AdditionalContactEmailAddresses */
        [5] = {REF(members[5].name_ref, strings[102]), REF(members[5].shape_ref, shapes[483]), offsetof(struct awsc_sesv2_account_details, review_details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* AccountDetails.ReviewDetails: ReviewDetails */
        [6] = {REF(members[6].name_ref, strings[225]), REF(members[6].shape_ref, shapes[7]), offsetof(struct awsc_sesv2_archiving_options, archive_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ArchivingOptions.ArchiveArn: ArchiveArn */
        [7] = {REF(members[7].name_ref, strings[264]), REF(members[7].shape_ref, shapes[455]), offsetof(struct awsc_sesv2_attachment, raw_content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Attachment.RawContent: RawAttachmentData */
        [8] = {REF(members[8].name_ref, strings[275]), REF(members[8].shape_ref, shapes[11]), offsetof(struct awsc_sesv2_attachment, content_disposition), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Attachment.ContentDisposition: AttachmentContentDisposition */
        [9] = {REF(members[9].name_ref, strings[294]), REF(members[9].shape_ref, shapes[15]), offsetof(struct awsc_sesv2_attachment, file_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Attachment.FileName: AttachmentFileName */
        [10] = {REF(members[10].name_ref, strings[303]), REF(members[10].shape_ref, shapes[10]), offsetof(struct awsc_sesv2_attachment, content_description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Attachment.ContentDescription: AttachmentContentDescription */
        [11] = {REF(members[11].name_ref, strings[322]), REF(members[11].shape_ref, shapes[12]), offsetof(struct awsc_sesv2_attachment, content_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Attachment.ContentId: AttachmentContentId */
        [12] = {REF(members[12].name_ref, strings[332]), REF(members[12].shape_ref, shapes[13]), offsetof(struct awsc_sesv2_attachment, content_transfer_encoding), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Attachment.ContentTransferEncoding: AttachmentContentTransferEncoding */
        [13] = {REF(members[13].name_ref, strings[356]), REF(members[13].shape_ref, shapes[14]), offsetof(struct awsc_sesv2_attachment, content_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Attachment.ContentType: AttachmentContentType */
        [14] = {REF(members[14].name_ref, strings[673]), REF(members[14].shape_ref, shapes[454]), offsetof(struct awsc_sesv2_batch_get_metric_data_query, id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchGetMetricDataQuery.Id: QueryIdentifier */
        [15] = {REF(members[15].name_ref, strings[676]), REF(members[15].shape_ref, shapes[380]), offsetof(struct awsc_sesv2_batch_get_metric_data_query, namespace_), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchGetMetricDataQuery.Namespace: MetricNamespace */
        [16] = {REF(members[16].name_ref, strings[686]), REF(members[16].shape_ref, shapes[372]), offsetof(struct awsc_sesv2_batch_get_metric_data_query, metric), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchGetMetricDataQuery.Metric: Metric */
        [17] = {REF(members[17].name_ref, strings[693]), REF(members[17].shape_ref, shapes[144]), offsetof(struct awsc_sesv2_batch_get_metric_data_query, dimensions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchGetMetricDataQuery.Dimensions: Dimensions */
        [18] = {REF(members[18].name_ref, strings[704]), REF(members[18].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_batch_get_metric_data_query, start_date), offsetof(struct awsc_sesv2_batch_get_metric_data_query, has_start_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchGetMetricDataQuery.StartDate: Timestamp */
        [19] = {REF(members[19].name_ref, strings[714]), REF(members[19].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_batch_get_metric_data_query, end_date), offsetof(struct awsc_sesv2_batch_get_metric_data_query, has_end_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchGetMetricDataQuery.EndDate: Timestamp */
        [20] = {REF(members[20].name_ref, strings[748]), REF(members[20].shape_ref, shapes[19]), offsetof(struct awsc_sesv2_batch_get_metric_data_input, queries), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchGetMetricDataRequest.Queries: BatchGetMetricDataQueries */
        [21] = {REF(members[21].name_ref, strings[783]), REF(members[21].shape_ref, shapes[377]), offsetof(struct awsc_sesv2_batch_get_metric_data_output, results), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchGetMetricDataResponse.Results: MetricDataResultList */
        [22] = {REF(members[22].name_ref, strings[791]), REF(members[22].shape_ref, shapes[375]), offsetof(struct awsc_sesv2_batch_get_metric_data_output, errors), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BatchGetMetricDataResponse.Errors: MetricDataErrorList */
        [23] = {REF(members[23].name_ref, strings[883]), REF(members[23].shape_ref, shapes[458]), offsetof(struct awsc_sesv2_blacklist_entry, rbl_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BlacklistEntry.RblName: RblName */
        [24] = {REF(members[24].name_ref, strings[891]), REF(members[24].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_blacklist_entry, listing_time), offsetof(struct awsc_sesv2_blacklist_entry, has_listing_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BlacklistEntry.ListingTime: Timestamp */
        [25] = {REF(members[25].name_ref, strings[903]), REF(members[25].shape_ref, shapes[29]), offsetof(struct awsc_sesv2_blacklist_entry, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BlacklistEntry.Description: BlacklistingDescription */
        [26] = {REF(members[26].name_ref, strings[997]), REF(members[26].shape_ref, shapes[61]), offsetof(struct awsc_sesv2_body, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Body.Text: Content */
        [27] = {REF(members[27].name_ref, strings[1002]), REF(members[27].shape_ref, shapes[61]), offsetof(struct awsc_sesv2_body, html), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Body.Html: Content */
        [28] = {REF(members[28].name_ref, strings[1014]), REF(members[28].shape_ref, shapes[33]), offsetof(struct awsc_sesv2_bounce, bounce_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Bounce.BounceType: BounceType */
        [29] = {REF(members[29].name_ref, strings[1025]), REF(members[29].shape_ref, shapes[32]), offsetof(struct awsc_sesv2_bounce, bounce_sub_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Bounce.BounceSubType: BounceSubType */
        [30] = {REF(members[30].name_ref, strings[1039]), REF(members[30].shape_ref, shapes[141]), offsetof(struct awsc_sesv2_bounce, diagnostic_code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Bounce.DiagnosticCode: DiagnosticCode */
        [31] = {REF(members[31].name_ref, strings[1104]), REF(members[31].shape_ref, shapes[536]), offsetof(struct awsc_sesv2_bulk_email_content, template_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BulkEmailContent.Template: Template */
        [32] = {REF(members[32].name_ref, strings[1128]), REF(members[32].shape_ref, shapes[139]), offsetof(struct awsc_sesv2_bulk_email_entry, destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BulkEmailEntry.Destination: Destination */
        [33] = {REF(members[33].name_ref, strings[1140]), REF(members[33].shape_ref, shapes[369]), offsetof(struct awsc_sesv2_bulk_email_entry, replacement_tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BulkEmailEntry.ReplacementTags: MessageTagList */
        [34] = {REF(members[34].name_ref, strings[1156]), REF(members[34].shape_ref, shapes[468]), offsetof(struct awsc_sesv2_bulk_email_entry, replacement_email_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BulkEmailEntry.ReplacementEmailContent: ReplacementEmailContent */
        [35] = {REF(members[35].name_ref, strings[1180]), REF(members[35].shape_ref, shapes[361]), offsetof(struct awsc_sesv2_bulk_email_entry, replacement_headers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BulkEmailEntry.ReplacementHeaders: MessageHeaderList */
        [36] = {REF(members[36].name_ref, strings[1239]), REF(members[36].shape_ref, shapes[39]), offsetof(struct awsc_sesv2_bulk_email_entry_result, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BulkEmailEntryResult.Status: BulkEmailStatus */
        [37] = {REF(members[37].name_ref, strings[1246]), REF(members[37].shape_ref, shapes[184]), offsetof(struct awsc_sesv2_bulk_email_entry_result, error), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BulkEmailEntryResult.Error: ErrorMessage */
        [38] = {REF(members[38].name_ref, strings[1252]), REF(members[38].shape_ref, shapes[388]), offsetof(struct awsc_sesv2_bulk_email_entry_result, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* BulkEmailEntryResult.MessageId: OutboundMessageId */
        [39] = {REF(members[39].name_ref, strings[1629]), REF(members[39].shape_ref, shapes[291]), offsetof(struct awsc_sesv2_cancel_export_job_input, job_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CancelExportJobRequest.JobId: JobId */
        [40] = {REF(members[40].name_ref, strings[1696]), REF(members[40].shape_ref, shapes[47]), offsetof(struct awsc_sesv2_cloud_watch_destination, dimension_configurations), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CloudWatchDestination.DimensionConfigurations: CloudWatchDimensionConfigurations */
        [41] = {REF(members[41].name_ref, strings[1753]), REF(members[41].shape_ref, shapes[142]), offsetof(struct awsc_sesv2_cloud_watch_dimension_configuration, dimension_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CloudWatchDimensionConfiguration.DimensionName: DimensionName */
        [42] = {REF(members[42].name_ref, strings[1767]), REF(members[42].shape_ref, shapes[143]), offsetof(struct awsc_sesv2_cloud_watch_dimension_configuration, dimension_value_source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CloudWatchDimensionConfiguration.DimensionValueSource: DimensionValueSource */
        [43] = {REF(members[43].name_ref, strings[1788]), REF(members[43].shape_ref, shapes[104]), offsetof(struct awsc_sesv2_cloud_watch_dimension_configuration, default_dimension_value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CloudWatchDimensionConfiguration.DefaultDimensionValue: DefaultDimensionValue */
        [44] = {REF(members[44].name_ref, strings[1854]), REF(members[44].shape_ref, shapes[50]), offsetof(struct awsc_sesv2_complaint, complaint_sub_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Complaint.ComplaintSubType: ComplaintSubType */
        [45] = {REF(members[45].name_ref, strings[1871]), REF(members[45].shape_ref, shapes[49]), offsetof(struct awsc_sesv2_complaint, complaint_feedback_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Complaint.ComplaintFeedbackType: ComplaintFeedbackType */
        [46] = {REF(members[46].name_ref, strings[1997]), REF(members[46].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_contact, email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Contact.EmailAddress: EmailAddress */
        [47] = {REF(members[47].name_ref, strings[2010]), REF(members[47].shape_ref, shapes[556]), offsetof(struct awsc_sesv2_contact, topic_preferences), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Contact.TopicPreferences: TopicPreferenceList */
        [48] = {REF(members[48].name_ref, strings[2027]), REF(members[48].shape_ref, shapes[556]), offsetof(struct awsc_sesv2_contact, topic_default_preferences), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Contact.TopicDefaultPreferences: TopicPreferenceList */
        [49] = {REF(members[49].name_ref, strings[2051]), REF(members[49].shape_ref, shapes[559]), offsetof(struct awsc_sesv2_contact, unsubscribe_all), offsetof(struct awsc_sesv2_contact, has_unsubscribe_all), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Contact.UnsubscribeAll: UnsubscribeAll */
        [50] = {REF(members[50].name_ref, strings[2066]), REF(members[50].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_contact, last_updated_timestamp), offsetof(struct awsc_sesv2_contact, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Contact.LastUpdatedTimestamp: Timestamp */
        [51] = {REF(members[51].name_ref, strings[2105]), REF(members[51].shape_ref, shapes[60]), offsetof(struct awsc_sesv2_contact_list, contact_list_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContactList.ContactListName: ContactListName */
        [52] = {REF(members[52].name_ref, strings[2066]), REF(members[52].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_contact_list, last_updated_timestamp), offsetof(struct awsc_sesv2_contact_list, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContactList.LastUpdatedTimestamp: Timestamp */
        [53] = {REF(members[53].name_ref, strings[2105]), REF(members[53].shape_ref, shapes[60]), offsetof(struct awsc_sesv2_contact_list_destination, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContactListDestination.ContactListName: ContactListName */
        [54] = {REF(members[54].name_ref, strings[2144]), REF(members[54].shape_ref, shapes[59]), offsetof(struct awsc_sesv2_contact_list_destination, contact_list_import_action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ContactListDestination.ContactListImportAction: ContactListImportAction */
        [55] = {REF(members[55].name_ref, strings[2187]), REF(members[55].shape_ref, shapes[359]), offsetof(struct awsc_sesv2_content, data), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Content.Data: MessageData */
        [56] = {REF(members[56].name_ref, strings[1666]), REF(members[56].shape_ref, shapes[44]), offsetof(struct awsc_sesv2_content, charset), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Content.Charset: Charset */
        [57] = {REF(members[57].name_ref, strings[1925]), REF(members[57].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_create_configuration_set_event_destination_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CreateConfigurationSetEventDestinationRequest.ConfigurationSetName: ConfigurationSetName */
        [58] = {REF(members[58].name_ref, strings[2246]), REF(members[58].shape_ref, shapes[190]), offsetof(struct awsc_sesv2_create_configuration_set_event_destination_input, event_destination_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateConfigurationSetEventDestinationRequest.EventDestinationName: EventDestinationName */
        [59] = {REF(members[59].name_ref, strings[2267]), REF(members[59].shape_ref, shapes[189]), offsetof(struct awsc_sesv2_create_configuration_set_event_destination_input, event_destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateConfigurationSetEventDestinationRequest.EventDestination: EventDestinationDefinition */
        [60] = {REF(members[60].name_ref, strings[1925]), REF(members[60].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_create_configuration_set_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateConfigurationSetRequest.ConfigurationSetName: ConfigurationSetName */
        [61] = {REF(members[61].name_ref, strings[2361]), REF(members[61].shape_ref, shapes[558]), offsetof(struct awsc_sesv2_create_configuration_set_input, tracking_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateConfigurationSetRequest.TrackingOptions: TrackingOptions */
        [62] = {REF(members[62].name_ref, strings[2377]), REF(members[62].shape_ref, shapes[137]), offsetof(struct awsc_sesv2_create_configuration_set_input, delivery_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateConfigurationSetRequest.DeliveryOptions: DeliveryOptions */
        [63] = {REF(members[63].name_ref, strings[2393]), REF(members[63].shape_ref, shapes[479]), offsetof(struct awsc_sesv2_create_configuration_set_input, reputation_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateConfigurationSetRequest.ReputationOptions: ReputationOptions */
        [64] = {REF(members[64].name_ref, strings[2411]), REF(members[64].shape_ref, shapes[500]), offsetof(struct awsc_sesv2_create_configuration_set_input, sending_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateConfigurationSetRequest.SendingOptions: SendingOptions */
        [65] = {REF(members[65].name_ref, strings[2426]), REF(members[65].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_create_configuration_set_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateConfigurationSetRequest.Tags: TagList */
        [66] = {REF(members[66].name_ref, strings[2431]), REF(members[66].shape_ref, shapes[526]), offsetof(struct awsc_sesv2_create_configuration_set_input, suppression_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateConfigurationSetRequest.SuppressionOptions: SuppressionOptions */
        [67] = {REF(members[67].name_ref, strings[2450]), REF(members[67].shape_ref, shapes[581]), offsetof(struct awsc_sesv2_create_configuration_set_input, vdm_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateConfigurationSetRequest.VdmOptions: VdmOptions */
        [68] = {REF(members[68].name_ref, strings[236]), REF(members[68].shape_ref, shapes[8]), offsetof(struct awsc_sesv2_create_configuration_set_input, archiving_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateConfigurationSetRequest.ArchivingOptions: ArchivingOptions */
        [69] = {REF(members[69].name_ref, strings[2105]), REF(members[69].shape_ref, shapes[60]), offsetof(struct awsc_sesv2_create_contact_list_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateContactListRequest.ContactListName: ContactListName */
        [70] = {REF(members[70].name_ref, strings[2517]), REF(members[70].shape_ref, shapes[557]), offsetof(struct awsc_sesv2_create_contact_list_input, topics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateContactListRequest.Topics: Topics */
        [71] = {REF(members[71].name_ref, strings[903]), REF(members[71].shape_ref, shapes[138]), offsetof(struct awsc_sesv2_create_contact_list_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateContactListRequest.Description: Description */
        [72] = {REF(members[72].name_ref, strings[2426]), REF(members[72].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_create_contact_list_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateContactListRequest.Tags: TagList */
        [73] = {REF(members[73].name_ref, strings[2105]), REF(members[73].shape_ref, shapes[60]), offsetof(struct awsc_sesv2_create_contact_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CreateContactRequest.ContactListName: ContactListName */
        [74] = {REF(members[74].name_ref, strings[1997]), REF(members[74].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_create_contact_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateContactRequest.EmailAddress: EmailAddress */
        [75] = {REF(members[75].name_ref, strings[2010]), REF(members[75].shape_ref, shapes[556]), offsetof(struct awsc_sesv2_create_contact_input, topic_preferences), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateContactRequest.TopicPreferences: TopicPreferenceList */
        [76] = {REF(members[76].name_ref, strings[2051]), REF(members[76].shape_ref, shapes[559]), offsetof(struct awsc_sesv2_create_contact_input, unsubscribe_all), offsetof(struct awsc_sesv2_create_contact_input, has_unsubscribe_all), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateContactRequest.UnsubscribeAll: UnsubscribeAll */
        [77] = {REF(members[77].name_ref, strings[588]), REF(members[77].shape_ref, shapes[17]), offsetof(struct awsc_sesv2_create_contact_input, attributes_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateContactRequest.AttributesData: AttributesData */
        [78] = {REF(members[78].name_ref, strings[2638]), REF(members[78].shape_ref, shapes[176]), offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCustomVerificationEmailTemplateRequest.TemplateName: EmailTemplateName */
        [79] = {REF(members[79].name_ref, strings[2651]), REF(members[79].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, from_email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCustomVerificationEmailTemplateRequest.FromEmailAddress: EmailAddress */
        [80] = {REF(members[80].name_ref, strings[2668]), REF(members[80].shape_ref, shapes[177]), offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, template_subject), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCustomVerificationEmailTemplateRequest.TemplateSubject: EmailTemplateSubject */
        [81] = {REF(members[81].name_ref, strings[2684]), REF(members[81].shape_ref, shapes[537]), offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, template_content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCustomVerificationEmailTemplateRequest.TemplateContent: TemplateContent */
        [82] = {REF(members[82].name_ref, strings[2426]), REF(members[82].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCustomVerificationEmailTemplateRequest.Tags: TagList */
        [83] = {REF(members[83].name_ref, strings[2700]), REF(members[83].shape_ref, shapes[512]), offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, success_redirection_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCustomVerificationEmailTemplateRequest.SuccessRedirectionURL: SuccessRedirectionURL */
        [84] = {REF(members[84].name_ref, strings[2722]), REF(members[84].shape_ref, shapes[209]), offsetof(struct awsc_sesv2_create_custom_verification_email_template_input, failure_redirection_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateCustomVerificationEmailTemplateRequest.FailureRedirectionURL: FailureRedirectionURL */
        [85] = {REF(members[85].name_ref, strings[2819]), REF(members[85].shape_ref, shapes[398]), offsetof(struct awsc_sesv2_create_dedicated_ip_pool_input, pool_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDedicatedIpPoolRequest.PoolName: PoolName */
        [86] = {REF(members[86].name_ref, strings[2426]), REF(members[86].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_create_dedicated_ip_pool_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDedicatedIpPoolRequest.Tags: TagList */
        [87] = {REF(members[87].name_ref, strings[2828]), REF(members[87].shape_ref, shapes[491]), offsetof(struct awsc_sesv2_create_dedicated_ip_pool_input, scaling_mode), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDedicatedIpPoolRequest.ScalingMode: ScalingMode */
        [88] = {REF(members[88].name_ref, strings[2908]), REF(members[88].shape_ref, shapes[471]), offsetof(struct awsc_sesv2_create_deliverability_test_report_input, report_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDeliverabilityTestReportRequest.ReportName: ReportName */
        [89] = {REF(members[89].name_ref, strings[2651]), REF(members[89].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_create_deliverability_test_report_input, from_email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDeliverabilityTestReportRequest.FromEmailAddress: EmailAddress */
        [90] = {REF(members[90].name_ref, strings[2179]), REF(members[90].shape_ref, shapes[166]), offsetof(struct awsc_sesv2_create_deliverability_test_report_input, content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDeliverabilityTestReportRequest.Content: EmailContent */
        [91] = {REF(members[91].name_ref, strings[2426]), REF(members[91].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_create_deliverability_test_report_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDeliverabilityTestReportRequest.Tags: TagList */
        [92] = {REF(members[92].name_ref, strings[2958]), REF(members[92].shape_ref, shapes[470]), offsetof(struct awsc_sesv2_create_deliverability_test_report_output, report_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDeliverabilityTestReportResponse.ReportId: ReportId */
        [93] = {REF(members[93].name_ref, strings[2967]), REF(members[93].shape_ref, shapes[134]), offsetof(struct awsc_sesv2_create_deliverability_test_report_output, deliverability_test_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateDeliverabilityTestReportResponse.DeliverabilityTestStatus: DeliverabilityTestStatus */
        [94] = {REF(members[94].name_ref, strings[3025]), REF(members[94].shape_ref, shapes[267]), offsetof(struct awsc_sesv2_create_email_identity_policy_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CreateEmailIdentityPolicyRequest.EmailIdentity: Identity */
        [95] = {REF(members[95].name_ref, strings[3039]), REF(members[95].shape_ref, shapes[397]), offsetof(struct awsc_sesv2_create_email_identity_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* CreateEmailIdentityPolicyRequest.PolicyName: PolicyName */
        [96] = {REF(members[96].name_ref, strings[3050]), REF(members[96].shape_ref, shapes[395]), offsetof(struct awsc_sesv2_create_email_identity_policy_input, policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEmailIdentityPolicyRequest.Policy: Policy */
        [97] = {REF(members[97].name_ref, strings[3025]), REF(members[97].shape_ref, shapes[267]), offsetof(struct awsc_sesv2_create_email_identity_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEmailIdentityRequest.EmailIdentity: Identity */
        [98] = {REF(members[98].name_ref, strings[2426]), REF(members[98].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_create_email_identity_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEmailIdentityRequest.Tags: TagList */
        [99] = {REF(members[99].name_ref, strings[3118]), REF(members[99].shape_ref, shapes[147]), offsetof(struct awsc_sesv2_create_email_identity_input, dkim_signing_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEmailIdentityRequest.DkimSigningAttributes: DkimSigningAttributes */
        [100] = {REF(members[100].name_ref, strings[1925]), REF(members[100].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_create_email_identity_input, configuration_set_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEmailIdentityRequest.ConfigurationSetName: ConfigurationSetName */
        [101] = {REF(members[101].name_ref, strings[3168]), REF(members[101].shape_ref, shapes[270]), offsetof(struct awsc_sesv2_create_email_identity_output, identity_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEmailIdentityResponse.IdentityType: IdentityType */
        [102] = {REF(members[102].name_ref, strings[3181]), REF(members[102].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_create_email_identity_output, verified_for_sending_status), offsetof(struct awsc_sesv2_create_email_identity_output, has_verified_for_sending_status), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEmailIdentityResponse.VerifiedForSendingStatus: Enabled */
        [103] = {REF(members[103].name_ref, strings[3206]), REF(members[103].shape_ref, shapes[146]), offsetof(struct awsc_sesv2_create_email_identity_output, dkim_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEmailIdentityResponse.DkimAttributes: DkimAttributes */
        [104] = {REF(members[104].name_ref, strings[2638]), REF(members[104].shape_ref, shapes[176]), offsetof(struct awsc_sesv2_create_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEmailTemplateRequest.TemplateName: EmailTemplateName */
        [105] = {REF(members[105].name_ref, strings[2684]), REF(members[105].shape_ref, shapes[171]), offsetof(struct awsc_sesv2_create_email_template_input, template_content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEmailTemplateRequest.TemplateContent: EmailTemplateContent */
        [106] = {REF(members[106].name_ref, strings[2426]), REF(members[106].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_create_email_template_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateEmailTemplateRequest.Tags: TagList */
        [107] = {REF(members[107].name_ref, strings[3299]), REF(members[107].shape_ref, shapes[195]), offsetof(struct awsc_sesv2_create_export_job_input, export_data_source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateExportJobRequest.ExportDataSource: ExportDataSource */
        [108] = {REF(members[108].name_ref, strings[3316]), REF(members[108].shape_ref, shapes[196]), offsetof(struct awsc_sesv2_create_export_job_input, export_destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateExportJobRequest.ExportDestination: ExportDestination */
        [109] = {REF(members[109].name_ref, strings[1629]), REF(members[109].shape_ref, shapes[291]), offsetof(struct awsc_sesv2_create_export_job_output, job_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateExportJobResponse.JobId: JobId */
        [110] = {REF(members[110].name_ref, strings[3381]), REF(members[110].shape_ref, shapes[273]), offsetof(struct awsc_sesv2_create_import_job_input, import_destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateImportJobRequest.ImportDestination: ImportDestination */
        [111] = {REF(members[111].name_ref, strings[3399]), REF(members[111].shape_ref, shapes[272]), offsetof(struct awsc_sesv2_create_import_job_input, import_data_source), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateImportJobRequest.ImportDataSource: ImportDataSource */
        [112] = {REF(members[112].name_ref, strings[1629]), REF(members[112].shape_ref, shapes[291]), offsetof(struct awsc_sesv2_create_import_job_output, job_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateImportJobResponse.JobId: JobId */
        [113] = {REF(members[113].name_ref, strings[3473]), REF(members[113].shape_ref, shapes[182]), offsetof(struct awsc_sesv2_create_multi_region_endpoint_input, endpoint_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateMultiRegionEndpointRequest.EndpointName: EndpointName */
        [114] = {REF(members[114].name_ref, strings[3486]), REF(members[114].shape_ref, shapes[140]), offsetof(struct awsc_sesv2_create_multi_region_endpoint_input, details), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateMultiRegionEndpointRequest.Details: Details */
        [115] = {REF(members[115].name_ref, strings[2426]), REF(members[115].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_create_multi_region_endpoint_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateMultiRegionEndpointRequest.Tags: TagList */
        [116] = {REF(members[116].name_ref, strings[1239]), REF(members[116].shape_ref, shapes[507]), offsetof(struct awsc_sesv2_create_multi_region_endpoint_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateMultiRegionEndpointResponse.Status: Status */
        [117] = {REF(members[117].name_ref, strings[3528]), REF(members[117].shape_ref, shapes[181]), offsetof(struct awsc_sesv2_create_multi_region_endpoint_output, endpoint_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateMultiRegionEndpointResponse.EndpointId: EndpointId */
        [118] = {REF(members[118].name_ref, strings[3559]), REF(members[118].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_create_tenant_input, tenant_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTenantRequest.TenantName: TenantName */
        [119] = {REF(members[119].name_ref, strings[2426]), REF(members[119].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_create_tenant_input, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTenantRequest.Tags: TagList */
        [120] = {REF(members[120].name_ref, strings[3570]), REF(members[120].shape_ref, shapes[545]), offsetof(struct awsc_sesv2_create_tenant_input, suppression_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTenantRequest.SuppressionAttributes: TenantSuppressionAttributes */
        [121] = {REF(members[121].name_ref, strings[3559]), REF(members[121].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_create_tenant_resource_association_input, tenant_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTenantResourceAssociationRequest.TenantName: TenantName */
        [122] = {REF(members[122].name_ref, strings[3631]), REF(members[122].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_create_tenant_resource_association_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTenantResourceAssociationRequest.ResourceArn: AmazonResourceName */
        [123] = {REF(members[123].name_ref, strings[3559]), REF(members[123].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_create_tenant_output, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTenantResponse.TenantName: TenantName */
        [124] = {REF(members[124].name_ref, strings[3704]), REF(members[124].shape_ref, shapes[539]), offsetof(struct awsc_sesv2_create_tenant_output, tenant_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTenantResponse.TenantId: TenantId */
        [125] = {REF(members[125].name_ref, strings[3713]), REF(members[125].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_create_tenant_output, tenant_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTenantResponse.TenantArn: AmazonResourceName */
        [126] = {REF(members[126].name_ref, strings[3723]), REF(members[126].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_create_tenant_output, created_timestamp), offsetof(struct awsc_sesv2_create_tenant_output, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTenantResponse.CreatedTimestamp: Timestamp */
        [127] = {REF(members[127].name_ref, strings[2426]), REF(members[127].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_create_tenant_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTenantResponse.Tags: TagList */
        [128] = {REF(members[128].name_ref, strings[3740]), REF(members[128].shape_ref, shapes[503]), offsetof(struct awsc_sesv2_create_tenant_output, sending_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTenantResponse.SendingStatus: SendingStatus */
        [129] = {REF(members[129].name_ref, strings[3570]), REF(members[129].shape_ref, shapes[545]), offsetof(struct awsc_sesv2_create_tenant_output, suppression_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CreateTenantResponse.SuppressionAttributes: TenantSuppressionAttributes */
        [130] = {REF(members[130].name_ref, strings[2638]), REF(members[130].shape_ref, shapes[176]), offsetof(struct awsc_sesv2_custom_verification_email_template_metadata, template_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CustomVerificationEmailTemplateMetadata.TemplateName: EmailTemplateName */
        [131] = {REF(members[131].name_ref, strings[2651]), REF(members[131].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_custom_verification_email_template_metadata, from_email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CustomVerificationEmailTemplateMetadata.FromEmailAddress: EmailAddress */
        [132] = {REF(members[132].name_ref, strings[2668]), REF(members[132].shape_ref, shapes[177]), offsetof(struct awsc_sesv2_custom_verification_email_template_metadata, template_subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CustomVerificationEmailTemplateMetadata.TemplateSubject: EmailTemplateSubject */
        [133] = {REF(members[133].name_ref, strings[2700]), REF(members[133].shape_ref, shapes[512]), offsetof(struct awsc_sesv2_custom_verification_email_template_metadata, success_redirection_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CustomVerificationEmailTemplateMetadata.SuccessRedirectionURL: SuccessRedirectionURL */
        [134] = {REF(members[134].name_ref, strings[2722]), REF(members[134].shape_ref, shapes[209]), offsetof(struct awsc_sesv2_custom_verification_email_template_metadata, failure_redirection_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* CustomVerificationEmailTemplateMetadata.FailureRedirectionURL: FailureRedirectionURL */
        [135] = {REF(members[135].name_ref, strings[704]), REF(members[135].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_daily_volume, start_date), offsetof(struct awsc_sesv2_daily_volume, has_start_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DailyVolume.StartDate: Timestamp */
        [136] = {REF(members[136].name_ref, strings[3864]), REF(members[136].shape_ref, shapes[586]), offsetof(struct awsc_sesv2_daily_volume, volume_statistics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DailyVolume.VolumeStatistics: VolumeStatistics */
        [137] = {REF(members[137].name_ref, strings[3881]), REF(members[137].shape_ref, shapes[159]), offsetof(struct awsc_sesv2_daily_volume, domain_isp_placements), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DailyVolume.DomainIspPlacements: DomainIspPlacements */
        [138] = {REF(members[138].name_ref, strings[3934]), REF(members[138].shape_ref, shapes[210]), offsetof(struct awsc_sesv2_dashboard_attributes, engagement_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DashboardAttributes.EngagementMetrics: FeatureStatus */
        [139] = {REF(members[139].name_ref, strings[3934]), REF(members[139].shape_ref, shapes[210]), offsetof(struct awsc_sesv2_dashboard_options, engagement_metrics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DashboardOptions.EngagementMetrics: FeatureStatus */
        [140] = {REF(members[140].name_ref, strings[4001]), REF(members[140].shape_ref, shapes[283]), offsetof(struct awsc_sesv2_dedicated_ip, ip), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DedicatedIp.Ip: Ip */
        [141] = {REF(members[141].name_ref, strings[4004]), REF(members[141].shape_ref, shapes[587]), offsetof(struct awsc_sesv2_dedicated_ip, warmup_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DedicatedIp.WarmupStatus: WarmupStatus */
        [142] = {REF(members[142].name_ref, strings[4017]), REF(members[142].shape_ref, shapes[392]), offsetof(struct awsc_sesv2_dedicated_ip, warmup_percentage), offsetof(struct awsc_sesv2_dedicated_ip, has_warmup_percentage), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DedicatedIp.WarmupPercentage: Percentage100Wrapper */
        [143] = {REF(members[143].name_ref, strings[2819]), REF(members[143].shape_ref, shapes[398]), offsetof(struct awsc_sesv2_dedicated_ip, pool_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DedicatedIp.PoolName: PoolName */
        [144] = {REF(members[144].name_ref, strings[2819]), REF(members[144].shape_ref, shapes[398]), offsetof(struct awsc_sesv2_dedicated_ip_pool, pool_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DedicatedIpPool.PoolName: PoolName */
        [145] = {REF(members[145].name_ref, strings[2828]), REF(members[145].shape_ref, shapes[491]), offsetof(struct awsc_sesv2_dedicated_ip_pool, scaling_mode), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DedicatedIpPool.ScalingMode: ScalingMode */
        [146] = {REF(members[146].name_ref, strings[1925]), REF(members[146].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_delete_configuration_set_event_destination_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteConfigurationSetEventDestinationRequest.ConfigurationSetName: ConfigurationSetName */
        [147] = {REF(members[147].name_ref, strings[2246]), REF(members[147].shape_ref, shapes[190]), offsetof(struct awsc_sesv2_delete_configuration_set_event_destination_input, event_destination_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteConfigurationSetEventDestinationRequest.EventDestinationName: EventDestinationName */
        [148] = {REF(members[148].name_ref, strings[1925]), REF(members[148].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_delete_configuration_set_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteConfigurationSetRequest.ConfigurationSetName: ConfigurationSetName */
        [149] = {REF(members[149].name_ref, strings[2105]), REF(members[149].shape_ref, shapes[60]), offsetof(struct awsc_sesv2_delete_contact_list_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteContactListRequest.ContactListName: ContactListName */
        [150] = {REF(members[150].name_ref, strings[2105]), REF(members[150].shape_ref, shapes[60]), offsetof(struct awsc_sesv2_delete_contact_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteContactRequest.ContactListName: ContactListName */
        [151] = {REF(members[151].name_ref, strings[1997]), REF(members[151].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_delete_contact_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteContactRequest.EmailAddress: EmailAddress */
        [152] = {REF(members[152].name_ref, strings[2638]), REF(members[152].shape_ref, shapes[176]), offsetof(struct awsc_sesv2_delete_custom_verification_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteCustomVerificationEmailTemplateRequest.TemplateName: EmailTemplateName */
        [153] = {REF(members[153].name_ref, strings[2819]), REF(members[153].shape_ref, shapes[398]), offsetof(struct awsc_sesv2_delete_dedicated_ip_pool_input, pool_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteDedicatedIpPoolRequest.PoolName: PoolName */
        [154] = {REF(members[154].name_ref, strings[3025]), REF(members[154].shape_ref, shapes[267]), offsetof(struct awsc_sesv2_delete_email_identity_policy_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteEmailIdentityPolicyRequest.EmailIdentity: Identity */
        [155] = {REF(members[155].name_ref, strings[3039]), REF(members[155].shape_ref, shapes[397]), offsetof(struct awsc_sesv2_delete_email_identity_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteEmailIdentityPolicyRequest.PolicyName: PolicyName */
        [156] = {REF(members[156].name_ref, strings[3025]), REF(members[156].shape_ref, shapes[267]), offsetof(struct awsc_sesv2_delete_email_identity_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteEmailIdentityRequest.EmailIdentity: Identity */
        [157] = {REF(members[157].name_ref, strings[2638]), REF(members[157].shape_ref, shapes[176]), offsetof(struct awsc_sesv2_delete_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteEmailTemplateRequest.TemplateName: EmailTemplateName */
        [158] = {REF(members[158].name_ref, strings[3473]), REF(members[158].shape_ref, shapes[182]), offsetof(struct awsc_sesv2_delete_multi_region_endpoint_input, endpoint_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteMultiRegionEndpointRequest.EndpointName: EndpointName */
        [159] = {REF(members[159].name_ref, strings[1239]), REF(members[159].shape_ref, shapes[507]), offsetof(struct awsc_sesv2_delete_multi_region_endpoint_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteMultiRegionEndpointResponse.Status: Status */
        [160] = {REF(members[160].name_ref, strings[1997]), REF(members[160].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_delete_suppressed_destination_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* DeleteSuppressedDestinationRequest.EmailAddress: EmailAddress */
        [161] = {REF(members[161].name_ref, strings[3559]), REF(members[161].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_delete_suppressed_destination_input, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* DeleteSuppressedDestinationRequest.TenantName: TenantName */
        [162] = {REF(members[162].name_ref, strings[3559]), REF(members[162].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_delete_tenant_input, tenant_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteTenantRequest.TenantName: TenantName */
        [163] = {REF(members[163].name_ref, strings[3559]), REF(members[163].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_delete_tenant_resource_association_input, tenant_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteTenantResourceAssociationRequest.TenantName: TenantName */
        [164] = {REF(members[164].name_ref, strings[3631]), REF(members[164].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_delete_tenant_resource_association_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeleteTenantResourceAssociationRequest.ResourceArn: AmazonResourceName */
        [165] = {REF(members[165].name_ref, strings[2958]), REF(members[165].shape_ref, shapes[470]), offsetof(struct awsc_sesv2_deliverability_test_report, report_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeliverabilityTestReport.ReportId: ReportId */
        [166] = {REF(members[166].name_ref, strings[2908]), REF(members[166].shape_ref, shapes[471]), offsetof(struct awsc_sesv2_deliverability_test_report, report_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeliverabilityTestReport.ReportName: ReportName */
        [167] = {REF(members[167].name_ref, strings[4996]), REF(members[167].shape_ref, shapes[135]), offsetof(struct awsc_sesv2_deliverability_test_report, subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeliverabilityTestReport.Subject: DeliverabilityTestSubject */
        [168] = {REF(members[168].name_ref, strings[2651]), REF(members[168].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_deliverability_test_report, from_email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeliverabilityTestReport.FromEmailAddress: EmailAddress */
        [169] = {REF(members[169].name_ref, strings[5004]), REF(members[169].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_deliverability_test_report, create_date), offsetof(struct awsc_sesv2_deliverability_test_report, has_create_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeliverabilityTestReport.CreateDate: Timestamp */
        [170] = {REF(members[170].name_ref, strings[2967]), REF(members[170].shape_ref, shapes[134]), offsetof(struct awsc_sesv2_deliverability_test_report, deliverability_test_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeliverabilityTestReport.DeliverabilityTestStatus: DeliverabilityTestStatus */
        [171] = {REF(members[171].name_ref, strings[5185]), REF(members[171].shape_ref, shapes[550]), offsetof(struct awsc_sesv2_delivery_options, tls_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeliveryOptions.TlsPolicy: TlsPolicy */
        [172] = {REF(members[172].name_ref, strings[5195]), REF(members[172].shape_ref, shapes[398]), offsetof(struct awsc_sesv2_delivery_options, sending_pool_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeliveryOptions.SendingPoolName: PoolName */
        [173] = {REF(members[173].name_ref, strings[5211]), REF(members[173].shape_ref, shapes[354]), offsetof(struct awsc_sesv2_delivery_options, max_delivery_seconds), offsetof(struct awsc_sesv2_delivery_options, has_max_delivery_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DeliveryOptions.MaxDeliverySeconds: MaxDeliverySeconds */
        [174] = {REF(members[174].name_ref, strings[5230]), REF(members[174].shape_ref, shapes[165]), offsetof(struct awsc_sesv2_destination, to_addresses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Destination.ToAddresses: EmailAddressList */
        [175] = {REF(members[175].name_ref, strings[5242]), REF(members[175].shape_ref, shapes[165]), offsetof(struct awsc_sesv2_destination, cc_addresses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Destination.CcAddresses: EmailAddressList */
        [176] = {REF(members[176].name_ref, strings[5254]), REF(members[176].shape_ref, shapes[165]), offsetof(struct awsc_sesv2_destination, bcc_addresses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Destination.BccAddresses: EmailAddressList */
        [177] = {REF(members[177].name_ref, strings[5267]), REF(members[177].shape_ref, shapes[488]), offsetof(struct awsc_sesv2_details, routes_details), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Details.RoutesDetails: RoutesDetails */
        [178] = {REF(members[178].name_ref, strings[5327]), REF(members[178].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_dkim_attributes, signing_enabled), offsetof(struct awsc_sesv2_dkim_attributes, has_signing_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DkimAttributes.SigningEnabled: Enabled */
        [179] = {REF(members[179].name_ref, strings[1239]), REF(members[179].shape_ref, shapes[150]), offsetof(struct awsc_sesv2_dkim_attributes, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DkimAttributes.Status: DkimStatus */
        [180] = {REF(members[180].name_ref, strings[5342]), REF(members[180].shape_ref, shapes[152]), offsetof(struct awsc_sesv2_dkim_attributes, tokens), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DkimAttributes.Tokens: DnsTokenList */
        [181] = {REF(members[181].name_ref, strings[5349]), REF(members[181].shape_ref, shapes[265]), offsetof(struct awsc_sesv2_dkim_attributes, signing_hosted_zone), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DkimAttributes.SigningHostedZone: HostedZone */
        [182] = {REF(members[182].name_ref, strings[5367]), REF(members[182].shape_ref, shapes[148]), offsetof(struct awsc_sesv2_dkim_attributes, signing_attributes_origin), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DkimAttributes.SigningAttributesOrigin: DkimSigningAttributesOrigin */
        [183] = {REF(members[183].name_ref, strings[5391]), REF(members[183].shape_ref, shapes[149]), offsetof(struct awsc_sesv2_dkim_attributes, next_signing_key_length), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DkimAttributes.NextSigningKeyLength: DkimSigningKeyLength */
        [184] = {REF(members[184].name_ref, strings[5412]), REF(members[184].shape_ref, shapes[149]), offsetof(struct awsc_sesv2_dkim_attributes, current_signing_key_length), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DkimAttributes.CurrentSigningKeyLength: DkimSigningKeyLength */
        [185] = {REF(members[185].name_ref, strings[5436]), REF(members[185].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_dkim_attributes, last_key_generation_timestamp), offsetof(struct awsc_sesv2_dkim_attributes, has_last_key_generation_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DkimAttributes.LastKeyGenerationTimestamp: Timestamp */
        [186] = {REF(members[186].name_ref, strings[5463]), REF(members[186].shape_ref, shapes[492]), offsetof(struct awsc_sesv2_dkim_signing_attributes, domain_signing_selector), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DkimSigningAttributes.DomainSigningSelector: Selector */
        [187] = {REF(members[187].name_ref, strings[5485]), REF(members[187].shape_ref, shapes[402]), offsetof(struct awsc_sesv2_dkim_signing_attributes, domain_signing_private_key), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DkimSigningAttributes.DomainSigningPrivateKey: PrivateKey */
        [188] = {REF(members[188].name_ref, strings[5391]), REF(members[188].shape_ref, shapes[149]), offsetof(struct awsc_sesv2_dkim_signing_attributes, next_signing_key_length), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DkimSigningAttributes.NextSigningKeyLength: DkimSigningKeyLength */
        [189] = {REF(members[189].name_ref, strings[5509]), REF(members[189].shape_ref, shapes[148]), offsetof(struct awsc_sesv2_dkim_signing_attributes, domain_signing_attributes_origin), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DkimSigningAttributes.DomainSigningAttributesOrigin: DkimSigningAttributesOrigin */
        [190] = {REF(members[190].name_ref, strings[1595]), REF(members[190].shape_ref, shapes[40]), offsetof(struct awsc_sesv2_domain_deliverability_campaign, campaign_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainDeliverabilityCampaign.CampaignId: CampaignId */
        [191] = {REF(members[191].name_ref, strings[6339]), REF(members[191].shape_ref, shapes[271]), offsetof(struct awsc_sesv2_domain_deliverability_campaign, image_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainDeliverabilityCampaign.ImageUrl: ImageUrl */
        [192] = {REF(members[192].name_ref, strings[4996]), REF(members[192].shape_ref, shapes[510]), offsetof(struct awsc_sesv2_domain_deliverability_campaign, subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainDeliverabilityCampaign.Subject: Subject */
        [193] = {REF(members[193].name_ref, strings[6348]), REF(members[193].shape_ref, shapes[267]), offsetof(struct awsc_sesv2_domain_deliverability_campaign, from_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainDeliverabilityCampaign.FromAddress: Identity */
        [194] = {REF(members[194].name_ref, strings[6360]), REF(members[194].shape_ref, shapes[284]), offsetof(struct awsc_sesv2_domain_deliverability_campaign, sending_ips), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainDeliverabilityCampaign.SendingIps: IpList */
        [195] = {REF(members[195].name_ref, strings[6371]), REF(members[195].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_domain_deliverability_campaign, first_seen_date_time), offsetof(struct awsc_sesv2_domain_deliverability_campaign, has_first_seen_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainDeliverabilityCampaign.FirstSeenDateTime: Timestamp */
        [196] = {REF(members[196].name_ref, strings[6389]), REF(members[196].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_domain_deliverability_campaign, last_seen_date_time), offsetof(struct awsc_sesv2_domain_deliverability_campaign, has_last_seen_date_time), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainDeliverabilityCampaign.LastSeenDateTime: Timestamp */
        [197] = {REF(members[197].name_ref, strings[6406]), REF(members[197].shape_ref, shapes[585]), offsetof(struct awsc_sesv2_domain_deliverability_campaign, inbox_count), offsetof(struct awsc_sesv2_domain_deliverability_campaign, has_inbox_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainDeliverabilityCampaign.InboxCount: Volume */
        [198] = {REF(members[198].name_ref, strings[6417]), REF(members[198].shape_ref, shapes[585]), offsetof(struct awsc_sesv2_domain_deliverability_campaign, spam_count), offsetof(struct awsc_sesv2_domain_deliverability_campaign, has_spam_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainDeliverabilityCampaign.SpamCount: Volume */
        [199] = {REF(members[199].name_ref, strings[6427]), REF(members[199].shape_ref, shapes[391]), offsetof(struct awsc_sesv2_domain_deliverability_campaign, read_rate), offsetof(struct awsc_sesv2_domain_deliverability_campaign, has_read_rate), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainDeliverabilityCampaign.ReadRate: Percentage */
        [200] = {REF(members[200].name_ref, strings[6436]), REF(members[200].shape_ref, shapes[391]), offsetof(struct awsc_sesv2_domain_deliverability_campaign, delete_rate), offsetof(struct awsc_sesv2_domain_deliverability_campaign, has_delete_rate), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainDeliverabilityCampaign.DeleteRate: Percentage */
        [201] = {REF(members[201].name_ref, strings[6447]), REF(members[201].shape_ref, shapes[391]), offsetof(struct awsc_sesv2_domain_deliverability_campaign, read_delete_rate), offsetof(struct awsc_sesv2_domain_deliverability_campaign, has_read_delete_rate), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainDeliverabilityCampaign.ReadDeleteRate: Percentage */
        [202] = {REF(members[202].name_ref, strings[6462]), REF(members[202].shape_ref, shapes[585]), offsetof(struct awsc_sesv2_domain_deliverability_campaign, projected_volume), offsetof(struct awsc_sesv2_domain_deliverability_campaign, has_projected_volume), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainDeliverabilityCampaign.ProjectedVolume: Volume */
        [203] = {REF(members[203].name_ref, strings[6478]), REF(members[203].shape_ref, shapes[186]), offsetof(struct awsc_sesv2_domain_deliverability_campaign, esps), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainDeliverabilityCampaign.Esps: Esps */
        [204] = {REF(members[204].name_ref, strings[6303]), REF(members[204].shape_ref, shapes[153]), offsetof(struct awsc_sesv2_domain_deliverability_tracking_option, domain), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainDeliverabilityTrackingOption.Domain: Domain */
        [205] = {REF(members[205].name_ref, strings[6551]), REF(members[205].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_domain_deliverability_tracking_option, subscription_start_date), offsetof(struct awsc_sesv2_domain_deliverability_tracking_option, has_subscription_start_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainDeliverabilityTrackingOption.SubscriptionStartDate: Timestamp */
        [206] = {REF(members[206].name_ref, strings[6573]), REF(members[206].shape_ref, shapes[277]), offsetof(struct awsc_sesv2_domain_deliverability_tracking_option, inbox_placement_tracking_option), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainDeliverabilityTrackingOption.InboxPlacementTrackingOption: InboxPlacementTrackingOption */
        [207] = {REF(members[207].name_ref, strings[6657]), REF(members[207].shape_ref, shapes[287]), offsetof(struct awsc_sesv2_domain_isp_placement, isp_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainIspPlacement.IspName: IspName */
        [208] = {REF(members[208].name_ref, strings[6665]), REF(members[208].shape_ref, shapes[585]), offsetof(struct awsc_sesv2_domain_isp_placement, inbox_raw_count), offsetof(struct awsc_sesv2_domain_isp_placement, has_inbox_raw_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainIspPlacement.InboxRawCount: Volume */
        [209] = {REF(members[209].name_ref, strings[6679]), REF(members[209].shape_ref, shapes[585]), offsetof(struct awsc_sesv2_domain_isp_placement, spam_raw_count), offsetof(struct awsc_sesv2_domain_isp_placement, has_spam_raw_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainIspPlacement.SpamRawCount: Volume */
        [210] = {REF(members[210].name_ref, strings[6692]), REF(members[210].shape_ref, shapes[391]), offsetof(struct awsc_sesv2_domain_isp_placement, inbox_percentage), offsetof(struct awsc_sesv2_domain_isp_placement, has_inbox_percentage), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainIspPlacement.InboxPercentage: Percentage */
        [211] = {REF(members[211].name_ref, strings[6708]), REF(members[211].shape_ref, shapes[391]), offsetof(struct awsc_sesv2_domain_isp_placement, spam_percentage), offsetof(struct awsc_sesv2_domain_isp_placement, has_spam_percentage), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* DomainIspPlacement.SpamPercentage: Percentage */
        [212] = {REF(members[212].name_ref, strings[6839]), REF(members[212].shape_ref, shapes[164]), offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, has_valid_syntax), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailAddressInsightsMailboxEvaluations.HasValidSyntax: EmailAddressInsightsVerdict */
        [213] = {REF(members[213].name_ref, strings[6854]), REF(members[213].shape_ref, shapes[164]), offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, has_valid_dns_records), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailAddressInsightsMailboxEvaluations.HasValidDnsRecords: EmailAddressInsightsVerdict */
        [214] = {REF(members[214].name_ref, strings[6873]), REF(members[214].shape_ref, shapes[164]), offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, mailbox_exists), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailAddressInsightsMailboxEvaluations.MailboxExists: EmailAddressInsightsVerdict */
        [215] = {REF(members[215].name_ref, strings[6887]), REF(members[215].shape_ref, shapes[164]), offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, is_role_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailAddressInsightsMailboxEvaluations.IsRoleAddress: EmailAddressInsightsVerdict */
        [216] = {REF(members[216].name_ref, strings[6901]), REF(members[216].shape_ref, shapes[164]), offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, is_disposable), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailAddressInsightsMailboxEvaluations.IsDisposable: EmailAddressInsightsVerdict */
        [217] = {REF(members[217].name_ref, strings[6914]), REF(members[217].shape_ref, shapes[164]), offsetof(struct awsc_sesv2_email_address_insights_mailbox_evaluations, is_random_input), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailAddressInsightsMailboxEvaluations.IsRandomInput: EmailAddressInsightsVerdict */
        [218] = {REF(members[218].name_ref, strings[6956]), REF(members[218].shape_ref, shapes[162]), offsetof(struct awsc_sesv2_email_address_insights_verdict, confidence_verdict), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailAddressInsightsVerdict.ConfidenceVerdict: EmailAddressInsightsConfidenceVerdict */
        [219] = {REF(members[219].name_ref, strings[7004]), REF(members[219].shape_ref, shapes[357]), offsetof(struct awsc_sesv2_email_content, simple), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailContent.Simple: Message */
        [220] = {REF(members[220].name_ref, strings[7011]), REF(members[220].shape_ref, shapes[456]), offsetof(struct awsc_sesv2_email_content, raw), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailContent.Raw: RawMessage */
        [221] = {REF(members[221].name_ref, strings[1104]), REF(members[221].shape_ref, shapes[536]), offsetof(struct awsc_sesv2_email_content, template_), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailContent.Template: Template */
        [222] = {REF(members[222].name_ref, strings[1128]), REF(members[222].shape_ref, shapes[278]), offsetof(struct awsc_sesv2_email_insights, destination), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailInsights.Destination: InsightsEmailAddress */
        [223] = {REF(members[223].name_ref, strings[7029]), REF(members[223].shape_ref, shapes[285]), offsetof(struct awsc_sesv2_email_insights, isp), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailInsights.Isp: Isp */
        [224] = {REF(members[224].name_ref, strings[7033]), REF(members[224].shape_ref, shapes[280]), offsetof(struct awsc_sesv2_email_insights, events), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailInsights.Events: InsightsEvents */
        [225] = {REF(members[225].name_ref, strings[4996]), REF(members[225].shape_ref, shapes[177]), offsetof(struct awsc_sesv2_email_template_content, subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailTemplateContent.Subject: EmailTemplateSubject */
        [226] = {REF(members[226].name_ref, strings[997]), REF(members[226].shape_ref, shapes[178]), offsetof(struct awsc_sesv2_email_template_content, text), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailTemplateContent.Text: EmailTemplateText */
        [227] = {REF(members[227].name_ref, strings[1002]), REF(members[227].shape_ref, shapes[173]), offsetof(struct awsc_sesv2_email_template_content, html), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailTemplateContent.Html: EmailTemplateHtml */
        [228] = {REF(members[228].name_ref, strings[2638]), REF(members[228].shape_ref, shapes[176]), offsetof(struct awsc_sesv2_email_template_metadata, template_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailTemplateMetadata.TemplateName: EmailTemplateName */
        [229] = {REF(members[229].name_ref, strings[3723]), REF(members[229].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_email_template_metadata, created_timestamp), offsetof(struct awsc_sesv2_email_template_metadata, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EmailTemplateMetadata.CreatedTimestamp: Timestamp */
        [230] = {REF(members[230].name_ref, strings[7350]), REF(members[230].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_event_bridge_destination, event_bus_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventBridgeDestination.EventBusArn: AmazonResourceName */
        [231] = {REF(members[231].name_ref, strings[7362]), REF(members[231].shape_ref, shapes[190]), offsetof(struct awsc_sesv2_event_destination, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventDestination.Name: EventDestinationName */
        [232] = {REF(members[232].name_ref, strings[7256]), REF(members[232].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_event_destination, enabled), offsetof(struct awsc_sesv2_event_destination, has_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventDestination.Enabled: Enabled */
        [233] = {REF(members[233].name_ref, strings[7367]), REF(members[233].shape_ref, shapes[194]), offsetof(struct awsc_sesv2_event_destination, matching_event_types), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventDestination.MatchingEventTypes: EventTypes */
        [234] = {REF(members[234].name_ref, strings[7386]), REF(members[234].shape_ref, shapes[293]), offsetof(struct awsc_sesv2_event_destination, kinesis_firehose_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventDestination.KinesisFirehoseDestination: KinesisFirehoseDestination */
        [235] = {REF(members[235].name_ref, strings[1674]), REF(members[235].shape_ref, shapes[45]), offsetof(struct awsc_sesv2_event_destination, cloud_watch_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventDestination.CloudWatchDestination: CloudWatchDestination */
        [236] = {REF(members[236].name_ref, strings[7413]), REF(members[236].shape_ref, shapes[506]), offsetof(struct awsc_sesv2_event_destination, sns_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventDestination.SnsDestination: SnsDestination */
        [237] = {REF(members[237].name_ref, strings[7327]), REF(members[237].shape_ref, shapes[187]), offsetof(struct awsc_sesv2_event_destination, event_bridge_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventDestination.EventBridgeDestination: EventBridgeDestination */
        [238] = {REF(members[238].name_ref, strings[7428]), REF(members[238].shape_ref, shapes[393]), offsetof(struct awsc_sesv2_event_destination, pinpoint_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventDestination.PinpointDestination: PinpointDestination */
        [239] = {REF(members[239].name_ref, strings[7256]), REF(members[239].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_event_destination_definition, enabled), offsetof(struct awsc_sesv2_event_destination_definition, has_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventDestinationDefinition.Enabled: Enabled */
        [240] = {REF(members[240].name_ref, strings[7367]), REF(members[240].shape_ref, shapes[194]), offsetof(struct awsc_sesv2_event_destination_definition, matching_event_types), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventDestinationDefinition.MatchingEventTypes: EventTypes */
        [241] = {REF(members[241].name_ref, strings[7386]), REF(members[241].shape_ref, shapes[293]), offsetof(struct awsc_sesv2_event_destination_definition, kinesis_firehose_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventDestinationDefinition.KinesisFirehoseDestination: KinesisFirehoseDestination */
        [242] = {REF(members[242].name_ref, strings[1674]), REF(members[242].shape_ref, shapes[45]), offsetof(struct awsc_sesv2_event_destination_definition, cloud_watch_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventDestinationDefinition.CloudWatchDestination: CloudWatchDestination */
        [243] = {REF(members[243].name_ref, strings[7413]), REF(members[243].shape_ref, shapes[506]), offsetof(struct awsc_sesv2_event_destination_definition, sns_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventDestinationDefinition.SnsDestination: SnsDestination */
        [244] = {REF(members[244].name_ref, strings[7327]), REF(members[244].shape_ref, shapes[187]), offsetof(struct awsc_sesv2_event_destination_definition, event_bridge_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventDestinationDefinition.EventBridgeDestination: EventBridgeDestination */
        [245] = {REF(members[245].name_ref, strings[7428]), REF(members[245].shape_ref, shapes[393]), offsetof(struct awsc_sesv2_event_destination_definition, pinpoint_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventDestinationDefinition.PinpointDestination: PinpointDestination */
        [246] = {REF(members[246].name_ref, strings[1007]), REF(members[246].shape_ref, shapes[31]), offsetof(struct awsc_sesv2_event_details, bounce), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventDetails.Bounce: Bounce */
        [247] = {REF(members[247].name_ref, strings[1844]), REF(members[247].shape_ref, shapes[48]), offsetof(struct awsc_sesv2_event_details, complaint), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* EventDetails.Complaint: Complaint */
        [248] = {REF(members[248].name_ref, strings[7622]), REF(members[248].shape_ref, shapes[382]), offsetof(struct awsc_sesv2_export_data_source, metrics_data_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDataSource.MetricsDataSource: MetricsDataSource */
        [249] = {REF(members[249].name_ref, strings[7640]), REF(members[249].shape_ref, shapes[364]), offsetof(struct awsc_sesv2_export_data_source, message_insights_data_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDataSource.MessageInsightsDataSource: MessageInsightsDataSource */
        [250] = {REF(members[250].name_ref, strings[3969]), REF(members[250].shape_ref, shapes[100]), offsetof(struct awsc_sesv2_export_destination, data_format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDestination.DataFormat: DataFormat */
        [251] = {REF(members[251].name_ref, strings[7666]), REF(members[251].shape_ref, shapes[489]), offsetof(struct awsc_sesv2_export_destination, s3_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportDestination.S3Url: S3Url */
        [252] = {REF(members[252].name_ref, strings[1629]), REF(members[252].shape_ref, shapes[291]), offsetof(struct awsc_sesv2_export_job_summary, job_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportJobSummary.JobId: JobId */
        [253] = {REF(members[253].name_ref, strings[7727]), REF(members[253].shape_ref, shapes[203]), offsetof(struct awsc_sesv2_export_job_summary, export_source_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportJobSummary.ExportSourceType: ExportSourceType */
        [254] = {REF(members[254].name_ref, strings[7744]), REF(members[254].shape_ref, shapes[292]), offsetof(struct awsc_sesv2_export_job_summary, job_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportJobSummary.JobStatus: JobStatus */
        [255] = {REF(members[255].name_ref, strings[3723]), REF(members[255].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_export_job_summary, created_timestamp), offsetof(struct awsc_sesv2_export_job_summary, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportJobSummary.CreatedTimestamp: Timestamp */
        [256] = {REF(members[256].name_ref, strings[7754]), REF(members[256].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_export_job_summary, completed_timestamp), offsetof(struct awsc_sesv2_export_job_summary, has_completed_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportJobSummary.CompletedTimestamp: Timestamp */
        [257] = {REF(members[257].name_ref, strings[7362]), REF(members[257].shape_ref, shapes[372]), offsetof(struct awsc_sesv2_export_metric, name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportMetric.Name: Metric */
        [258] = {REF(members[258].name_ref, strings[7807]), REF(members[258].shape_ref, shapes[373]), offsetof(struct awsc_sesv2_export_metric, aggregation), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportMetric.Aggregation: MetricAggregation */
        [259] = {REF(members[259].name_ref, strings[7880]), REF(members[259].shape_ref, shapes[403]), offsetof(struct awsc_sesv2_export_statistics, processed_records_count), offsetof(struct awsc_sesv2_export_statistics, has_processed_records_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportStatistics.ProcessedRecordsCount: ProcessedRecordsCount */
        [260] = {REF(members[260].name_ref, strings[7902]), REF(members[260].shape_ref, shapes[205]), offsetof(struct awsc_sesv2_export_statistics, exported_records_count), offsetof(struct awsc_sesv2_export_statistics, has_exported_records_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ExportStatistics.ExportedRecordsCount: ExportedRecordsCount */
        [261] = {REF(members[261].name_ref, strings[7942]), REF(members[261].shape_ref, shapes[207]), offsetof(struct awsc_sesv2_failure_info, failed_records_s3_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FailureInfo.FailedRecordsS3Url: FailedRecordsS3Url */
        [262] = {REF(members[262].name_ref, strings[7310]), REF(members[262].shape_ref, shapes[184]), offsetof(struct awsc_sesv2_failure_info, error_message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* FailureInfo.ErrorMessage: ErrorMessage */
        [263] = {REF(members[263].name_ref, strings[8077]), REF(members[263].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_get_account_output, dedicated_ip_auto_warmup_enabled), offsetof(struct awsc_sesv2_get_account_output, has_dedicated_ip_auto_warmup_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountResponse.DedicatedIpAutoWarmupEnabled: Enabled */
        [264] = {REF(members[264].name_ref, strings[8106]), REF(members[264].shape_ref, shapes[212]), offsetof(struct awsc_sesv2_get_account_output, enforcement_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountResponse.EnforcementStatus: GeneralEnforcementStatus */
        [265] = {REF(members[265].name_ref, strings[8124]), REF(members[265].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_get_account_output, production_access_enabled), offsetof(struct awsc_sesv2_get_account_output, has_production_access_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountResponse.ProductionAccessEnabled: Enabled */
        [266] = {REF(members[266].name_ref, strings[8148]), REF(members[266].shape_ref, shapes[499]), offsetof(struct awsc_sesv2_get_account_output, send_quota), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountResponse.SendQuota: SendQuota */
        [267] = {REF(members[267].name_ref, strings[8158]), REF(members[267].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_get_account_output, sending_enabled), offsetof(struct awsc_sesv2_get_account_output, has_sending_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountResponse.SendingEnabled: Enabled */
        [268] = {REF(members[268].name_ref, strings[3570]), REF(members[268].shape_ref, shapes[517]), offsetof(struct awsc_sesv2_get_account_output, suppression_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountResponse.SuppressionAttributes: SuppressionAttributes */
        [269] = {REF(members[269].name_ref, strings[3486]), REF(members[269].shape_ref, shapes[0]), offsetof(struct awsc_sesv2_get_account_output, details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountResponse.Details: AccountDetails */
        [270] = {REF(members[270].name_ref, strings[8173]), REF(members[270].shape_ref, shapes[580]), offsetof(struct awsc_sesv2_get_account_output, vdm_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountResponse.VdmAttributes: VdmAttributes */
        [271] = {REF(members[271].name_ref, strings[8187]), REF(members[271].shape_ref, shapes[399]), offsetof(struct awsc_sesv2_get_account_output, pricing_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetAccountResponse.PricingAttributes: PricingAttributes */
        [272] = {REF(members[272].name_ref, strings[933]), REF(members[272].shape_ref, shapes[27]), offsetof(struct awsc_sesv2_get_blacklist_reports_input, blacklist_item_names), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetBlacklistReportsRequest.BlacklistItemNames: BlacklistItemNames */
        [273] = {REF(members[273].name_ref, strings[952]), REF(members[273].shape_ref, shapes[28]), offsetof(struct awsc_sesv2_get_blacklist_reports_output, blacklist_report), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetBlacklistReportsResponse.BlacklistReport: BlacklistReport */
        [274] = {REF(members[274].name_ref, strings[1925]), REF(members[274].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_get_configuration_set_event_destinations_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetConfigurationSetEventDestinationsRequest.ConfigurationSetName: ConfigurationSetName */
        [275] = {REF(members[275].name_ref, strings[7475]), REF(members[275].shape_ref, shapes[191]), offsetof(struct awsc_sesv2_get_configuration_set_event_destinations_output, event_destinations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetConfigurationSetEventDestinationsResponse.EventDestinations: EventDestinations */
        [276] = {REF(members[276].name_ref, strings[1925]), REF(members[276].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_get_configuration_set_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetConfigurationSetRequest.ConfigurationSetName: ConfigurationSetName */
        [277] = {REF(members[277].name_ref, strings[1925]), REF(members[277].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_get_configuration_set_output, configuration_set_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetConfigurationSetResponse.ConfigurationSetName: ConfigurationSetName */
        [278] = {REF(members[278].name_ref, strings[2361]), REF(members[278].shape_ref, shapes[558]), offsetof(struct awsc_sesv2_get_configuration_set_output, tracking_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetConfigurationSetResponse.TrackingOptions: TrackingOptions */
        [279] = {REF(members[279].name_ref, strings[2377]), REF(members[279].shape_ref, shapes[137]), offsetof(struct awsc_sesv2_get_configuration_set_output, delivery_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetConfigurationSetResponse.DeliveryOptions: DeliveryOptions */
        [280] = {REF(members[280].name_ref, strings[2393]), REF(members[280].shape_ref, shapes[479]), offsetof(struct awsc_sesv2_get_configuration_set_output, reputation_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetConfigurationSetResponse.ReputationOptions: ReputationOptions */
        [281] = {REF(members[281].name_ref, strings[2411]), REF(members[281].shape_ref, shapes[500]), offsetof(struct awsc_sesv2_get_configuration_set_output, sending_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetConfigurationSetResponse.SendingOptions: SendingOptions */
        [282] = {REF(members[282].name_ref, strings[2426]), REF(members[282].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_get_configuration_set_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetConfigurationSetResponse.Tags: TagList */
        [283] = {REF(members[283].name_ref, strings[2431]), REF(members[283].shape_ref, shapes[526]), offsetof(struct awsc_sesv2_get_configuration_set_output, suppression_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetConfigurationSetResponse.SuppressionOptions: SuppressionOptions */
        [284] = {REF(members[284].name_ref, strings[2450]), REF(members[284].shape_ref, shapes[581]), offsetof(struct awsc_sesv2_get_configuration_set_output, vdm_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetConfigurationSetResponse.VdmOptions: VdmOptions */
        [285] = {REF(members[285].name_ref, strings[236]), REF(members[285].shape_ref, shapes[8]), offsetof(struct awsc_sesv2_get_configuration_set_output, archiving_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetConfigurationSetResponse.ArchivingOptions: ArchivingOptions */
        [286] = {REF(members[286].name_ref, strings[2105]), REF(members[286].shape_ref, shapes[60]), offsetof(struct awsc_sesv2_get_contact_list_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetContactListRequest.ContactListName: ContactListName */
        [287] = {REF(members[287].name_ref, strings[2105]), REF(members[287].shape_ref, shapes[60]), offsetof(struct awsc_sesv2_get_contact_list_output, contact_list_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContactListResponse.ContactListName: ContactListName */
        [288] = {REF(members[288].name_ref, strings[2517]), REF(members[288].shape_ref, shapes[557]), offsetof(struct awsc_sesv2_get_contact_list_output, topics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContactListResponse.Topics: Topics */
        [289] = {REF(members[289].name_ref, strings[903]), REF(members[289].shape_ref, shapes[138]), offsetof(struct awsc_sesv2_get_contact_list_output, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContactListResponse.Description: Description */
        [290] = {REF(members[290].name_ref, strings[3723]), REF(members[290].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_get_contact_list_output, created_timestamp), offsetof(struct awsc_sesv2_get_contact_list_output, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContactListResponse.CreatedTimestamp: Timestamp */
        [291] = {REF(members[291].name_ref, strings[2066]), REF(members[291].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_get_contact_list_output, last_updated_timestamp), offsetof(struct awsc_sesv2_get_contact_list_output, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContactListResponse.LastUpdatedTimestamp: Timestamp */
        [292] = {REF(members[292].name_ref, strings[2426]), REF(members[292].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_get_contact_list_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContactListResponse.Tags: TagList */
        [293] = {REF(members[293].name_ref, strings[2105]), REF(members[293].shape_ref, shapes[60]), offsetof(struct awsc_sesv2_get_contact_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetContactRequest.ContactListName: ContactListName */
        [294] = {REF(members[294].name_ref, strings[1997]), REF(members[294].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_get_contact_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetContactRequest.EmailAddress: EmailAddress */
        [295] = {REF(members[295].name_ref, strings[2105]), REF(members[295].shape_ref, shapes[60]), offsetof(struct awsc_sesv2_get_contact_output, contact_list_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContactResponse.ContactListName: ContactListName */
        [296] = {REF(members[296].name_ref, strings[1997]), REF(members[296].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_get_contact_output, email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContactResponse.EmailAddress: EmailAddress */
        [297] = {REF(members[297].name_ref, strings[2010]), REF(members[297].shape_ref, shapes[556]), offsetof(struct awsc_sesv2_get_contact_output, topic_preferences), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContactResponse.TopicPreferences: TopicPreferenceList */
        [298] = {REF(members[298].name_ref, strings[2027]), REF(members[298].shape_ref, shapes[556]), offsetof(struct awsc_sesv2_get_contact_output, topic_default_preferences), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContactResponse.TopicDefaultPreferences: TopicPreferenceList */
        [299] = {REF(members[299].name_ref, strings[2051]), REF(members[299].shape_ref, shapes[559]), offsetof(struct awsc_sesv2_get_contact_output, unsubscribe_all), offsetof(struct awsc_sesv2_get_contact_output, has_unsubscribe_all), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContactResponse.UnsubscribeAll: UnsubscribeAll */
        [300] = {REF(members[300].name_ref, strings[588]), REF(members[300].shape_ref, shapes[17]), offsetof(struct awsc_sesv2_get_contact_output, attributes_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContactResponse.AttributesData: AttributesData */
        [301] = {REF(members[301].name_ref, strings[3723]), REF(members[301].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_get_contact_output, created_timestamp), offsetof(struct awsc_sesv2_get_contact_output, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContactResponse.CreatedTimestamp: Timestamp */
        [302] = {REF(members[302].name_ref, strings[2066]), REF(members[302].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_get_contact_output, last_updated_timestamp), offsetof(struct awsc_sesv2_get_contact_output, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetContactResponse.LastUpdatedTimestamp: Timestamp */
        [303] = {REF(members[303].name_ref, strings[2638]), REF(members[303].shape_ref, shapes[176]), offsetof(struct awsc_sesv2_get_custom_verification_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetCustomVerificationEmailTemplateRequest.TemplateName: EmailTemplateName */
        [304] = {REF(members[304].name_ref, strings[2638]), REF(members[304].shape_ref, shapes[176]), offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, template_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetCustomVerificationEmailTemplateResponse.TemplateName: EmailTemplateName */
        [305] = {REF(members[305].name_ref, strings[2651]), REF(members[305].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, from_email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetCustomVerificationEmailTemplateResponse.FromEmailAddress: EmailAddress */
        [306] = {REF(members[306].name_ref, strings[2668]), REF(members[306].shape_ref, shapes[177]), offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, template_subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetCustomVerificationEmailTemplateResponse.TemplateSubject: EmailTemplateSubject */
        [307] = {REF(members[307].name_ref, strings[2684]), REF(members[307].shape_ref, shapes[537]), offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, template_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetCustomVerificationEmailTemplateResponse.TemplateContent: TemplateContent */
        [308] = {REF(members[308].name_ref, strings[2426]), REF(members[308].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetCustomVerificationEmailTemplateResponse.Tags: TagList */
        [309] = {REF(members[309].name_ref, strings[2700]), REF(members[309].shape_ref, shapes[512]), offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, success_redirection_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetCustomVerificationEmailTemplateResponse.SuccessRedirectionURL: SuccessRedirectionURL */
        [310] = {REF(members[310].name_ref, strings[2722]), REF(members[310].shape_ref, shapes[209]), offsetof(struct awsc_sesv2_get_custom_verification_email_template_output, failure_redirection_url), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetCustomVerificationEmailTemplateResponse.FailureRedirectionURL: FailureRedirectionURL */
        [311] = {REF(members[311].name_ref, strings[2819]), REF(members[311].shape_ref, shapes[398]), offsetof(struct awsc_sesv2_get_dedicated_ip_pool_input, pool_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetDedicatedIpPoolRequest.PoolName: PoolName */
        [312] = {REF(members[312].name_ref, strings[4050]), REF(members[312].shape_ref, shapes[103]), offsetof(struct awsc_sesv2_get_dedicated_ip_pool_output, dedicated_ip_pool), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDedicatedIpPoolResponse.DedicatedIpPool: DedicatedIpPool */
        [313] = {REF(members[313].name_ref, strings[8646]), REF(members[313].shape_ref, shapes[283]), offsetof(struct awsc_sesv2_get_dedicated_ip_input, ip), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetDedicatedIpRequest.Ip: Ip */
        [314] = {REF(members[314].name_ref, strings[3989]), REF(members[314].shape_ref, shapes[101]), offsetof(struct awsc_sesv2_get_dedicated_ip_output, dedicated_ip), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDedicatedIpResponse.DedicatedIp: DedicatedIp */
        [315] = {REF(members[315].name_ref, strings[2819]), REF(members[315].shape_ref, shapes[398]), offsetof(struct awsc_sesv2_get_dedicated_ips_input, pool_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetDedicatedIpsRequest.PoolName: PoolName */
        [316] = {REF(members[316].name_ref, strings[8698]), REF(members[316].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_get_dedicated_ips_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetDedicatedIpsRequest.NextToken: NextToken */
        [317] = {REF(members[317].name_ref, strings[8708]), REF(members[317].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_get_dedicated_ips_input, page_size), offsetof(struct awsc_sesv2_get_dedicated_ips_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetDedicatedIpsRequest.PageSize: MaxItems */
        [318] = {REF(members[318].name_ref, strings[8741]), REF(members[318].shape_ref, shapes[102]), offsetof(struct awsc_sesv2_get_dedicated_ips_output, dedicated_ips), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDedicatedIpsResponse.DedicatedIps: DedicatedIpList */
        [319] = {REF(members[319].name_ref, strings[8698]), REF(members[319].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_get_dedicated_ips_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDedicatedIpsResponse.NextToken: NextToken */
        [320] = {REF(members[320].name_ref, strings[8837]), REF(members[320].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, dashboard_enabled), offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, has_dashboard_enabled), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDeliverabilityDashboardOptionsResponse.DashboardEnabled: Enabled */
        [321] = {REF(members[321].name_ref, strings[8854]), REF(members[321].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, subscription_expiry_date), offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, has_subscription_expiry_date), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDeliverabilityDashboardOptionsResponse.SubscriptionExpiryDate: Timestamp */
        [322] = {REF(members[322].name_ref, strings[8877]), REF(members[322].shape_ref, shapes[131]), offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, account_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDeliverabilityDashboardOptionsResponse.AccountStatus: DeliverabilityDashboardAccountStatus */
        [323] = {REF(members[323].name_ref, strings[8891]), REF(members[323].shape_ref, shapes[157]), offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, active_subscribed_domains), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDeliverabilityDashboardOptionsResponse.ActiveSubscribedDomains: DomainDeliverabilityTrackingOptions */
        [324] = {REF(members[324].name_ref, strings[8915]), REF(members[324].shape_ref, shapes[157]), offsetof(struct awsc_sesv2_get_deliverability_dashboard_options_output, pending_expiration_subscribed_domains), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDeliverabilityDashboardOptionsResponse.PendingExpirationSubscribedDomains: DomainDeliverabilityTrackingOptions */
        [325] = {REF(members[325].name_ref, strings[2958]), REF(members[325].shape_ref, shapes[470]), offsetof(struct awsc_sesv2_get_deliverability_test_report_input, report_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetDeliverabilityTestReportRequest.ReportId: ReportId */
        [326] = {REF(members[326].name_ref, strings[4971]), REF(members[326].shape_ref, shapes[132]), offsetof(struct awsc_sesv2_get_deliverability_test_report_output, deliverability_test_report), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDeliverabilityTestReportResponse.DeliverabilityTestReport: DeliverabilityTestReport */
        [327] = {REF(members[327].name_ref, strings[9021]), REF(members[327].shape_ref, shapes[394]), offsetof(struct awsc_sesv2_get_deliverability_test_report_output, overall_placement), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDeliverabilityTestReportResponse.OverallPlacement: PlacementStatistics */
        [328] = {REF(members[328].name_ref, strings[9038]), REF(members[328].shape_ref, shapes[290]), offsetof(struct awsc_sesv2_get_deliverability_test_report_output, isp_placements), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDeliverabilityTestReportResponse.IspPlacements: IspPlacements */
        [329] = {REF(members[329].name_ref, strings[9052]), REF(members[329].shape_ref, shapes[358]), offsetof(struct awsc_sesv2_get_deliverability_test_report_output, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDeliverabilityTestReportResponse.Message: MessageContent */
        [330] = {REF(members[330].name_ref, strings[2426]), REF(members[330].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_get_deliverability_test_report_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDeliverabilityTestReportResponse.Tags: TagList */
        [331] = {REF(members[331].name_ref, strings[1595]), REF(members[331].shape_ref, shapes[40]), offsetof(struct awsc_sesv2_get_domain_deliverability_campaign_input, campaign_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetDomainDeliverabilityCampaignRequest.CampaignId: CampaignId */
        [332] = {REF(members[332].name_ref, strings[6310]), REF(members[332].shape_ref, shapes[154]), offsetof(struct awsc_sesv2_get_domain_deliverability_campaign_output, domain_deliverability_campaign), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDomainDeliverabilityCampaignResponse.DomainDeliverabilityCampaign: DomainDeliverabilityCampaign */
        [333] = {REF(members[333].name_ref, strings[6303]), REF(members[333].shape_ref, shapes[267]), offsetof(struct awsc_sesv2_get_domain_statistics_report_input, domain), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetDomainStatisticsReportRequest.Domain: Identity */
        [334] = {REF(members[334].name_ref, strings[704]), REF(members[334].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_get_domain_statistics_report_input, start_date), offsetof(struct awsc_sesv2_get_domain_statistics_report_input, has_start_date), AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetDomainStatisticsReportRequest.StartDate: Timestamp */
        [335] = {REF(members[335].name_ref, strings[714]), REF(members[335].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_get_domain_statistics_report_input, end_date), offsetof(struct awsc_sesv2_get_domain_statistics_report_input, has_end_date), AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetDomainStatisticsReportRequest.EndDate: Timestamp */
        [336] = {REF(members[336].name_ref, strings[9206]), REF(members[336].shape_ref, shapes[389]), offsetof(struct awsc_sesv2_get_domain_statistics_report_output, overall_volume), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDomainStatisticsReportResponse.OverallVolume: OverallVolume */
        [337] = {REF(members[337].name_ref, strings[3901]), REF(members[337].shape_ref, shapes[97]), offsetof(struct awsc_sesv2_get_domain_statistics_report_output, daily_volumes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetDomainStatisticsReportResponse.DailyVolumes: DailyVolumes */
        [338] = {REF(members[338].name_ref, strings[1997]), REF(members[338].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_get_email_address_insights_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEmailAddressInsightsRequest.EmailAddress: EmailAddress */
        [339] = {REF(members[339].name_ref, strings[9283]), REF(members[339].shape_ref, shapes[352]), offsetof(struct awsc_sesv2_get_email_address_insights_output, mailbox_validation), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEmailAddressInsightsResponse.MailboxValidation: MailboxValidation */
        [340] = {REF(members[340].name_ref, strings[3025]), REF(members[340].shape_ref, shapes[267]), offsetof(struct awsc_sesv2_get_email_identity_policies_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetEmailIdentityPoliciesRequest.EmailIdentity: Identity */
        [341] = {REF(members[341].name_ref, strings[9366]), REF(members[341].shape_ref, shapes[396]), offsetof(struct awsc_sesv2_get_email_identity_policies_output, policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEmailIdentityPoliciesResponse.Policies: PolicyMap */
        [342] = {REF(members[342].name_ref, strings[3025]), REF(members[342].shape_ref, shapes[267]), offsetof(struct awsc_sesv2_get_email_identity_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetEmailIdentityRequest.EmailIdentity: Identity */
        [343] = {REF(members[343].name_ref, strings[3168]), REF(members[343].shape_ref, shapes[270]), offsetof(struct awsc_sesv2_get_email_identity_output, identity_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEmailIdentityResponse.IdentityType: IdentityType */
        [344] = {REF(members[344].name_ref, strings[9424]), REF(members[344].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_get_email_identity_output, feedback_forwarding_status), offsetof(struct awsc_sesv2_get_email_identity_output, has_feedback_forwarding_status), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEmailIdentityResponse.FeedbackForwardingStatus: Enabled */
        [345] = {REF(members[345].name_ref, strings[3181]), REF(members[345].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_get_email_identity_output, verified_for_sending_status), offsetof(struct awsc_sesv2_get_email_identity_output, has_verified_for_sending_status), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEmailIdentityResponse.VerifiedForSendingStatus: Enabled */
        [346] = {REF(members[346].name_ref, strings[3206]), REF(members[346].shape_ref, shapes[146]), offsetof(struct awsc_sesv2_get_email_identity_output, dkim_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEmailIdentityResponse.DkimAttributes: DkimAttributes */
        [347] = {REF(members[347].name_ref, strings[9449]), REF(members[347].shape_ref, shapes[347]), offsetof(struct awsc_sesv2_get_email_identity_output, mail_from_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEmailIdentityResponse.MailFromAttributes: MailFromAttributes */
        [348] = {REF(members[348].name_ref, strings[9366]), REF(members[348].shape_ref, shapes[396]), offsetof(struct awsc_sesv2_get_email_identity_output, policies), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEmailIdentityResponse.Policies: PolicyMap */
        [349] = {REF(members[349].name_ref, strings[2426]), REF(members[349].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_get_email_identity_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEmailIdentityResponse.Tags: TagList */
        [350] = {REF(members[350].name_ref, strings[1925]), REF(members[350].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_get_email_identity_output, configuration_set_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEmailIdentityResponse.ConfigurationSetName: ConfigurationSetName */
        [351] = {REF(members[351].name_ref, strings[9468]), REF(members[351].shape_ref, shapes[584]), offsetof(struct awsc_sesv2_get_email_identity_output, verification_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEmailIdentityResponse.VerificationStatus: VerificationStatus */
        [352] = {REF(members[352].name_ref, strings[9487]), REF(members[352].shape_ref, shapes[583]), offsetof(struct awsc_sesv2_get_email_identity_output, verification_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEmailIdentityResponse.VerificationInfo: VerificationInfo */
        [353] = {REF(members[353].name_ref, strings[2638]), REF(members[353].shape_ref, shapes[176]), offsetof(struct awsc_sesv2_get_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetEmailTemplateRequest.TemplateName: EmailTemplateName */
        [354] = {REF(members[354].name_ref, strings[2638]), REF(members[354].shape_ref, shapes[176]), offsetof(struct awsc_sesv2_get_email_template_output, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEmailTemplateResponse.TemplateName: EmailTemplateName */
        [355] = {REF(members[355].name_ref, strings[2684]), REF(members[355].shape_ref, shapes[171]), offsetof(struct awsc_sesv2_get_email_template_output, template_content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEmailTemplateResponse.TemplateContent: EmailTemplateContent */
        [356] = {REF(members[356].name_ref, strings[2426]), REF(members[356].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_get_email_template_output, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetEmailTemplateResponse.Tags: TagList */
        [357] = {REF(members[357].name_ref, strings[1629]), REF(members[357].shape_ref, shapes[291]), offsetof(struct awsc_sesv2_get_export_job_input, job_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetExportJobRequest.JobId: JobId */
        [358] = {REF(members[358].name_ref, strings[1629]), REF(members[358].shape_ref, shapes[291]), offsetof(struct awsc_sesv2_get_export_job_output, job_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetExportJobResponse.JobId: JobId */
        [359] = {REF(members[359].name_ref, strings[7727]), REF(members[359].shape_ref, shapes[203]), offsetof(struct awsc_sesv2_get_export_job_output, export_source_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetExportJobResponse.ExportSourceType: ExportSourceType */
        [360] = {REF(members[360].name_ref, strings[7744]), REF(members[360].shape_ref, shapes[292]), offsetof(struct awsc_sesv2_get_export_job_output, job_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetExportJobResponse.JobStatus: JobStatus */
        [361] = {REF(members[361].name_ref, strings[3316]), REF(members[361].shape_ref, shapes[196]), offsetof(struct awsc_sesv2_get_export_job_output, export_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetExportJobResponse.ExportDestination: ExportDestination */
        [362] = {REF(members[362].name_ref, strings[3299]), REF(members[362].shape_ref, shapes[195]), offsetof(struct awsc_sesv2_get_export_job_output, export_data_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetExportJobResponse.ExportDataSource: ExportDataSource */
        [363] = {REF(members[363].name_ref, strings[3723]), REF(members[363].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_get_export_job_output, created_timestamp), offsetof(struct awsc_sesv2_get_export_job_output, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetExportJobResponse.CreatedTimestamp: Timestamp */
        [364] = {REF(members[364].name_ref, strings[7754]), REF(members[364].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_get_export_job_output, completed_timestamp), offsetof(struct awsc_sesv2_get_export_job_output, has_completed_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetExportJobResponse.CompletedTimestamp: Timestamp */
        [365] = {REF(members[365].name_ref, strings[7961]), REF(members[365].shape_ref, shapes[208]), offsetof(struct awsc_sesv2_get_export_job_output, failure_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetExportJobResponse.FailureInfo: FailureInfo */
        [366] = {REF(members[366].name_ref, strings[9594]), REF(members[366].shape_ref, shapes[204]), offsetof(struct awsc_sesv2_get_export_job_output, statistics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetExportJobResponse.Statistics: ExportStatistics */
        [367] = {REF(members[367].name_ref, strings[1629]), REF(members[367].shape_ref, shapes[291]), offsetof(struct awsc_sesv2_get_import_job_input, job_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetImportJobRequest.JobId: JobId */
        [368] = {REF(members[368].name_ref, strings[1629]), REF(members[368].shape_ref, shapes[291]), offsetof(struct awsc_sesv2_get_import_job_output, job_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetImportJobResponse.JobId: JobId */
        [369] = {REF(members[369].name_ref, strings[3381]), REF(members[369].shape_ref, shapes[273]), offsetof(struct awsc_sesv2_get_import_job_output, import_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetImportJobResponse.ImportDestination: ImportDestination */
        [370] = {REF(members[370].name_ref, strings[3399]), REF(members[370].shape_ref, shapes[272]), offsetof(struct awsc_sesv2_get_import_job_output, import_data_source), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetImportJobResponse.ImportDataSource: ImportDataSource */
        [371] = {REF(members[371].name_ref, strings[7961]), REF(members[371].shape_ref, shapes[208]), offsetof(struct awsc_sesv2_get_import_job_output, failure_info), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetImportJobResponse.FailureInfo: FailureInfo */
        [372] = {REF(members[372].name_ref, strings[7744]), REF(members[372].shape_ref, shapes[292]), offsetof(struct awsc_sesv2_get_import_job_output, job_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetImportJobResponse.JobStatus: JobStatus */
        [373] = {REF(members[373].name_ref, strings[3723]), REF(members[373].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_get_import_job_output, created_timestamp), offsetof(struct awsc_sesv2_get_import_job_output, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetImportJobResponse.CreatedTimestamp: Timestamp */
        [374] = {REF(members[374].name_ref, strings[7754]), REF(members[374].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_get_import_job_output, completed_timestamp), offsetof(struct awsc_sesv2_get_import_job_output, has_completed_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetImportJobResponse.CompletedTimestamp: Timestamp */
        [375] = {REF(members[375].name_ref, strings[7880]), REF(members[375].shape_ref, shapes[403]), offsetof(struct awsc_sesv2_get_import_job_output, processed_records_count), offsetof(struct awsc_sesv2_get_import_job_output, has_processed_records_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetImportJobResponse.ProcessedRecordsCount: ProcessedRecordsCount */
        [376] = {REF(members[376].name_ref, strings[7923]), REF(members[376].shape_ref, shapes[206]), offsetof(struct awsc_sesv2_get_import_job_output, failed_records_count), offsetof(struct awsc_sesv2_get_import_job_output, has_failed_records_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetImportJobResponse.FailedRecordsCount: FailedRecordsCount */
        [377] = {REF(members[377].name_ref, strings[1252]), REF(members[377].shape_ref, shapes[388]), offsetof(struct awsc_sesv2_get_message_insights_input, message_id), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetMessageInsightsRequest.MessageId: OutboundMessageId */
        [378] = {REF(members[378].name_ref, strings[1252]), REF(members[378].shape_ref, shapes[388]), offsetof(struct awsc_sesv2_get_message_insights_output, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMessageInsightsResponse.MessageId: OutboundMessageId */
        [379] = {REF(members[379].name_ref, strings[2651]), REF(members[379].shape_ref, shapes[278]), offsetof(struct awsc_sesv2_get_message_insights_output, from_email_address), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMessageInsightsResponse.FromEmailAddress: InsightsEmailAddress */
        [380] = {REF(members[380].name_ref, strings[4996]), REF(members[380].shape_ref, shapes[169]), offsetof(struct awsc_sesv2_get_message_insights_output, subject), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMessageInsightsResponse.Subject: EmailSubject */
        [381] = {REF(members[381].name_ref, strings[9699]), REF(members[381].shape_ref, shapes[369]), offsetof(struct awsc_sesv2_get_message_insights_output, email_tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMessageInsightsResponse.EmailTags: MessageTagList */
        [382] = {REF(members[382].name_ref, strings[9709]), REF(members[382].shape_ref, shapes[168]), offsetof(struct awsc_sesv2_get_message_insights_output, insights), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMessageInsightsResponse.Insights: EmailInsightsList */
        [383] = {REF(members[383].name_ref, strings[3473]), REF(members[383].shape_ref, shapes[182]), offsetof(struct awsc_sesv2_get_multi_region_endpoint_input, endpoint_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetMultiRegionEndpointRequest.EndpointName: EndpointName */
        [384] = {REF(members[384].name_ref, strings[3473]), REF(members[384].shape_ref, shapes[182]), offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, endpoint_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMultiRegionEndpointResponse.EndpointName: EndpointName */
        [385] = {REF(members[385].name_ref, strings[3528]), REF(members[385].shape_ref, shapes[181]), offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, endpoint_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMultiRegionEndpointResponse.EndpointId: EndpointId */
        [386] = {REF(members[386].name_ref, strings[9779]), REF(members[386].shape_ref, shapes[487]), offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, routes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMultiRegionEndpointResponse.Routes: Routes */
        [387] = {REF(members[387].name_ref, strings[1239]), REF(members[387].shape_ref, shapes[507]), offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMultiRegionEndpointResponse.Status: Status */
        [388] = {REF(members[388].name_ref, strings[3723]), REF(members[388].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, created_timestamp), offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMultiRegionEndpointResponse.CreatedTimestamp: Timestamp */
        [389] = {REF(members[389].name_ref, strings[2066]), REF(members[389].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, last_updated_timestamp), offsetof(struct awsc_sesv2_get_multi_region_endpoint_output, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetMultiRegionEndpointResponse.LastUpdatedTimestamp: Timestamp */
        [390] = {REF(members[390].name_ref, strings[9813]), REF(members[390].shape_ref, shapes[477]), offsetof(struct awsc_sesv2_get_reputation_entity_input, reputation_entity_reference), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetReputationEntityRequest.ReputationEntityReference: ReputationEntityReference */
        [391] = {REF(members[391].name_ref, strings[9839]), REF(members[391].shape_ref, shapes[478]), offsetof(struct awsc_sesv2_get_reputation_entity_input, reputation_entity_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetReputationEntityRequest.ReputationEntityType: ReputationEntityType */
        [392] = {REF(members[392].name_ref, strings[9888]), REF(members[392].shape_ref, shapes[473]), offsetof(struct awsc_sesv2_get_reputation_entity_output, reputation_entity), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetReputationEntityResponse.ReputationEntity: ReputationEntity */
        [393] = {REF(members[393].name_ref, strings[1997]), REF(members[393].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_get_suppressed_destination_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* GetSuppressedDestinationRequest.EmailAddress: EmailAddress */
        [394] = {REF(members[394].name_ref, strings[3559]), REF(members[394].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_get_suppressed_destination_input, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* GetSuppressedDestinationRequest.TenantName: TenantName */
        [395] = {REF(members[395].name_ref, strings[9970]), REF(members[395].shape_ref, shapes[513]), offsetof(struct awsc_sesv2_get_suppressed_destination_output, suppressed_destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetSuppressedDestinationResponse.SuppressedDestination: SuppressedDestination */
        [396] = {REF(members[396].name_ref, strings[3559]), REF(members[396].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_get_tenant_input, tenant_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetTenantRequest.TenantName: TenantName */
        [397] = {REF(members[397].name_ref, strings[10027]), REF(members[397].shape_ref, shapes[538]), offsetof(struct awsc_sesv2_get_tenant_output, tenant), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GetTenantResponse.Tenant: Tenant */
        [398] = {REF(members[398].name_ref, strings[10053]), REF(members[398].shape_ref, shapes[210]), offsetof(struct awsc_sesv2_guardian_attributes, optimized_shared_delivery), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardianAttributes.OptimizedSharedDelivery: FeatureStatus */
        [399] = {REF(members[399].name_ref, strings[10053]), REF(members[399].shape_ref, shapes[210]), offsetof(struct awsc_sesv2_guardian_options, optimized_shared_delivery), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* GuardianOptions.OptimizedSharedDelivery: FeatureStatus */
        [400] = {REF(members[400].name_ref, strings[3168]), REF(members[400].shape_ref, shapes[270]), offsetof(struct awsc_sesv2_identity_info, identity_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IdentityInfo.IdentityType: IdentityType */
        [401] = {REF(members[401].name_ref, strings[10173]), REF(members[401].shape_ref, shapes[267]), offsetof(struct awsc_sesv2_identity_info, identity_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IdentityInfo.IdentityName: Identity */
        [402] = {REF(members[402].name_ref, strings[8158]), REF(members[402].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_identity_info, sending_enabled), offsetof(struct awsc_sesv2_identity_info, has_sending_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IdentityInfo.SendingEnabled: Enabled */
        [403] = {REF(members[403].name_ref, strings[9468]), REF(members[403].shape_ref, shapes[584]), offsetof(struct awsc_sesv2_identity_info, verification_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IdentityInfo.VerificationStatus: VerificationStatus */
        [404] = {REF(members[404].name_ref, strings[7666]), REF(members[404].shape_ref, shapes[489]), offsetof(struct awsc_sesv2_import_data_source, s3_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportDataSource.S3Url: S3Url */
        [405] = {REF(members[405].name_ref, strings[3969]), REF(members[405].shape_ref, shapes[100]), offsetof(struct awsc_sesv2_import_data_source, data_format), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportDataSource.DataFormat: DataFormat */
        [406] = {REF(members[406].name_ref, strings[10239]), REF(members[406].shape_ref, shapes[521]), offsetof(struct awsc_sesv2_import_destination, suppression_list_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportDestination.SuppressionListDestination: SuppressionListDestination */
        [407] = {REF(members[407].name_ref, strings[2121]), REF(members[407].shape_ref, shapes[58]), offsetof(struct awsc_sesv2_import_destination, contact_list_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportDestination.ContactListDestination: ContactListDestination */
        [408] = {REF(members[408].name_ref, strings[1629]), REF(members[408].shape_ref, shapes[291]), offsetof(struct awsc_sesv2_import_job_summary, job_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportJobSummary.JobId: JobId */
        [409] = {REF(members[409].name_ref, strings[3381]), REF(members[409].shape_ref, shapes[273]), offsetof(struct awsc_sesv2_import_job_summary, import_destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportJobSummary.ImportDestination: ImportDestination */
        [410] = {REF(members[410].name_ref, strings[7744]), REF(members[410].shape_ref, shapes[292]), offsetof(struct awsc_sesv2_import_job_summary, job_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportJobSummary.JobStatus: JobStatus */
        [411] = {REF(members[411].name_ref, strings[3723]), REF(members[411].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_import_job_summary, created_timestamp), offsetof(struct awsc_sesv2_import_job_summary, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportJobSummary.CreatedTimestamp: Timestamp */
        [412] = {REF(members[412].name_ref, strings[7880]), REF(members[412].shape_ref, shapes[403]), offsetof(struct awsc_sesv2_import_job_summary, processed_records_count), offsetof(struct awsc_sesv2_import_job_summary, has_processed_records_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportJobSummary.ProcessedRecordsCount: ProcessedRecordsCount */
        [413] = {REF(members[413].name_ref, strings[7923]), REF(members[413].shape_ref, shapes[206]), offsetof(struct awsc_sesv2_import_job_summary, failed_records_count), offsetof(struct awsc_sesv2_import_job_summary, has_failed_records_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ImportJobSummary.FailedRecordsCount: FailedRecordsCount */
        [414] = {REF(members[414].name_ref, strings[10356]), REF(members[414].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_inbox_placement_tracking_option, global), offsetof(struct awsc_sesv2_inbox_placement_tracking_option, has_global), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InboxPlacementTrackingOption.Global: Enabled */
        [415] = {REF(members[415].name_ref, strings[10363]), REF(members[415].shape_ref, shapes[288]), offsetof(struct awsc_sesv2_inbox_placement_tracking_option, tracked_isps), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InboxPlacementTrackingOption.TrackedIsps: IspNameList */
        [416] = {REF(members[416].name_ref, strings[10410]), REF(members[416].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_insights_event, timestamp), offsetof(struct awsc_sesv2_insights_event, has_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightsEvent.Timestamp: Timestamp */
        [417] = {REF(members[417].name_ref, strings[10420]), REF(members[417].shape_ref, shapes[193]), offsetof(struct awsc_sesv2_insights_event, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightsEvent.Type: EventType */
        [418] = {REF(members[418].name_ref, strings[3486]), REF(members[418].shape_ref, shapes[192]), offsetof(struct awsc_sesv2_insights_event, details), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* InsightsEvent.Details: EventDetails */
        [419] = {REF(members[419].name_ref, strings[6657]), REF(members[419].shape_ref, shapes[287]), offsetof(struct awsc_sesv2_isp_placement, isp_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IspPlacement.IspName: IspName */
        [420] = {REF(members[420].name_ref, strings[10542]), REF(members[420].shape_ref, shapes[394]), offsetof(struct awsc_sesv2_isp_placement, placement_statistics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* IspPlacement.PlacementStatistics: PlacementStatistics */
        [421] = {REF(members[421].name_ref, strings[10608]), REF(members[421].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_kinesis_firehose_destination, iam_role_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KinesisFirehoseDestination.IamRoleArn: AmazonResourceName */
        [422] = {REF(members[422].name_ref, strings[10619]), REF(members[422].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_kinesis_firehose_destination, delivery_stream_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* KinesisFirehoseDestination.DeliveryStreamArn: AmazonResourceName */
        [423] = {REF(members[423].name_ref, strings[8698]), REF(members[423].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_configuration_sets_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListConfigurationSetsRequest.NextToken: NextToken */
        [424] = {REF(members[424].name_ref, strings[8708]), REF(members[424].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_list_configuration_sets_input, page_size), offsetof(struct awsc_sesv2_list_configuration_sets_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListConfigurationSetsRequest.PageSize: MaxItems */
        [425] = {REF(members[425].name_ref, strings[10780]), REF(members[425].shape_ref, shapes[53]), offsetof(struct awsc_sesv2_list_configuration_sets_output, configuration_sets), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListConfigurationSetsResponse.ConfigurationSets: ConfigurationSetNameList */
        [426] = {REF(members[426].name_ref, strings[8698]), REF(members[426].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_configuration_sets_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListConfigurationSetsResponse.NextToken: NextToken */
        [427] = {REF(members[427].name_ref, strings[8708]), REF(members[427].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_list_contact_lists_input, page_size), offsetof(struct awsc_sesv2_list_contact_lists_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListContactListsRequest.PageSize: MaxItems */
        [428] = {REF(members[428].name_ref, strings[8698]), REF(members[428].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_contact_lists_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListContactListsRequest.NextToken: NextToken */
        [429] = {REF(members[429].name_ref, strings[10847]), REF(members[429].shape_ref, shapes[324]), offsetof(struct awsc_sesv2_list_contact_lists_output, contact_lists), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListContactListsResponse.ContactLists: ListOfContactLists */
        [430] = {REF(members[430].name_ref, strings[8698]), REF(members[430].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_contact_lists_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListContactListsResponse.NextToken: NextToken */
        [431] = {REF(members[431].name_ref, strings[10879]), REF(members[431].shape_ref, shapes[511]), offsetof(struct awsc_sesv2_list_contacts_filter, filtered_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListContactsFilter.FilteredStatus: SubscriptionStatus */
        [432] = {REF(members[432].name_ref, strings[10894]), REF(members[432].shape_ref, shapes[553]), offsetof(struct awsc_sesv2_list_contacts_filter, topic_filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListContactsFilter.TopicFilter: TopicFilter */
        [433] = {REF(members[433].name_ref, strings[2105]), REF(members[433].shape_ref, shapes[60]), offsetof(struct awsc_sesv2_list_contacts_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListContactsRequest.ContactListName: ContactListName */
        [434] = {REF(members[434].name_ref, strings[10926]), REF(members[434].shape_ref, shapes[302]), offsetof(struct awsc_sesv2_list_contacts_input, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListContactsRequest.Filter: ListContactsFilter */
        [435] = {REF(members[435].name_ref, strings[8708]), REF(members[435].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_list_contacts_input, page_size), offsetof(struct awsc_sesv2_list_contacts_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListContactsRequest.PageSize: MaxItems */
        [436] = {REF(members[436].name_ref, strings[8698]), REF(members[436].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_contacts_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListContactsRequest.NextToken: NextToken */
        [437] = {REF(members[437].name_ref, strings[10954]), REF(members[437].shape_ref, shapes[325]), offsetof(struct awsc_sesv2_list_contacts_output, contacts), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListContactsResponse.Contacts: ListOfContacts */
        [438] = {REF(members[438].name_ref, strings[8698]), REF(members[438].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_contacts_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListContactsResponse.NextToken: NextToken */
        [439] = {REF(members[439].name_ref, strings[8698]), REF(members[439].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_custom_verification_email_templates_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListCustomVerificationEmailTemplatesRequest.NextToken: NextToken */
        [440] = {REF(members[440].name_ref, strings[8708]), REF(members[440].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_list_custom_verification_email_templates_input, page_size), offsetof(struct awsc_sesv2_list_custom_verification_email_templates_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListCustomVerificationEmailTemplatesRequest.PageSize: MaxItems */
        [441] = {REF(members[441].name_ref, strings[11052]), REF(members[441].shape_ref, shapes[95]), offsetof(struct awsc_sesv2_list_custom_verification_email_templates_output, custom_verification_email_templates), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListCustomVerificationEmailTemplatesResponse.CustomVerificationEmailTemplates: CustomVerificationEmailTemplatesList */
        [442] = {REF(members[442].name_ref, strings[8698]), REF(members[442].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_custom_verification_email_templates_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListCustomVerificationEmailTemplatesResponse.NextToken: NextToken */
        [443] = {REF(members[443].name_ref, strings[8698]), REF(members[443].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_dedicated_ip_pools_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDedicatedIpPoolsRequest.NextToken: NextToken */
        [444] = {REF(members[444].name_ref, strings[8708]), REF(members[444].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_list_dedicated_ip_pools_input, page_size), offsetof(struct awsc_sesv2_list_dedicated_ip_pools_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDedicatedIpPoolsRequest.PageSize: MaxItems */
        [445] = {REF(members[445].name_ref, strings[11142]), REF(members[445].shape_ref, shapes[326]), offsetof(struct awsc_sesv2_list_dedicated_ip_pools_output, dedicated_ip_pools), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDedicatedIpPoolsResponse.DedicatedIpPools: ListOfDedicatedIpPools */
        [446] = {REF(members[446].name_ref, strings[8698]), REF(members[446].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_dedicated_ip_pools_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDedicatedIpPoolsResponse.NextToken: NextToken */
        [447] = {REF(members[447].name_ref, strings[8698]), REF(members[447].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_deliverability_test_reports_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDeliverabilityTestReportsRequest.NextToken: NextToken */
        [448] = {REF(members[448].name_ref, strings[8708]), REF(members[448].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_list_deliverability_test_reports_input, page_size), offsetof(struct awsc_sesv2_list_deliverability_test_reports_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDeliverabilityTestReportsRequest.PageSize: MaxItems */
        [449] = {REF(members[449].name_ref, strings[5015]), REF(members[449].shape_ref, shapes[133]), offsetof(struct awsc_sesv2_list_deliverability_test_reports_output, deliverability_test_reports), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDeliverabilityTestReportsResponse.DeliverabilityTestReports: DeliverabilityTestReports */
        [450] = {REF(members[450].name_ref, strings[8698]), REF(members[450].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_deliverability_test_reports_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDeliverabilityTestReportsResponse.NextToken: NextToken */
        [451] = {REF(members[451].name_ref, strings[704]), REF(members[451].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, start_date), offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, has_start_date), AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDomainDeliverabilityCampaignsRequest.StartDate: Timestamp */
        [452] = {REF(members[452].name_ref, strings[714]), REF(members[452].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, end_date), offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, has_end_date), AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDomainDeliverabilityCampaignsRequest.EndDate: Timestamp */
        [453] = {REF(members[453].name_ref, strings[11275]), REF(members[453].shape_ref, shapes[153]), offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, subscribed_domain), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* ListDomainDeliverabilityCampaignsRequest.SubscribedDomain: Domain */
        [454] = {REF(members[454].name_ref, strings[8698]), REF(members[454].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDomainDeliverabilityCampaignsRequest.NextToken: NextToken */
        [455] = {REF(members[455].name_ref, strings[8708]), REF(members[455].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, page_size), offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListDomainDeliverabilityCampaignsRequest.PageSize: MaxItems */
        [456] = {REF(members[456].name_ref, strings[11334]), REF(members[456].shape_ref, shapes[155]), offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_output, domain_deliverability_campaigns), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDomainDeliverabilityCampaignsResponse.DomainDeliverabilityCampaigns: DomainDeliverabilityCampaignList */
        [457] = {REF(members[457].name_ref, strings[8698]), REF(members[457].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_domain_deliverability_campaigns_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListDomainDeliverabilityCampaignsResponse.NextToken: NextToken */
        [458] = {REF(members[458].name_ref, strings[8698]), REF(members[458].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_email_identities_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListEmailIdentitiesRequest.NextToken: NextToken */
        [459] = {REF(members[459].name_ref, strings[8708]), REF(members[459].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_list_email_identities_input, page_size), offsetof(struct awsc_sesv2_list_email_identities_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListEmailIdentitiesRequest.PageSize: MaxItems */
        [460] = {REF(members[460].name_ref, strings[11419]), REF(members[460].shape_ref, shapes[269]), offsetof(struct awsc_sesv2_list_email_identities_output, email_identities), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEmailIdentitiesResponse.EmailIdentities: IdentityInfoList */
        [461] = {REF(members[461].name_ref, strings[8698]), REF(members[461].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_email_identities_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEmailIdentitiesResponse.NextToken: NextToken */
        [462] = {REF(members[462].name_ref, strings[8698]), REF(members[462].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_email_templates_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListEmailTemplatesRequest.NextToken: NextToken */
        [463] = {REF(members[463].name_ref, strings[8708]), REF(members[463].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_list_email_templates_input, page_size), offsetof(struct awsc_sesv2_list_email_templates_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListEmailTemplatesRequest.PageSize: MaxItems */
        [464] = {REF(members[464].name_ref, strings[11488]), REF(members[464].shape_ref, shapes[175]), offsetof(struct awsc_sesv2_list_email_templates_output, templates_metadata), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEmailTemplatesResponse.TemplatesMetadata: EmailTemplateMetadataList */
        [465] = {REF(members[465].name_ref, strings[8698]), REF(members[465].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_email_templates_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListEmailTemplatesResponse.NextToken: NextToken */
        [466] = {REF(members[466].name_ref, strings[8698]), REF(members[466].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_export_jobs_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListExportJobsRequest.NextToken: NextToken */
        [467] = {REF(members[467].name_ref, strings[8708]), REF(members[467].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_list_export_jobs_input, page_size), offsetof(struct awsc_sesv2_list_export_jobs_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListExportJobsRequest.PageSize: MaxItems */
        [468] = {REF(members[468].name_ref, strings[7727]), REF(members[468].shape_ref, shapes[203]), offsetof(struct awsc_sesv2_list_export_jobs_input, export_source_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListExportJobsRequest.ExportSourceType: ExportSourceType */
        [469] = {REF(members[469].name_ref, strings[7744]), REF(members[469].shape_ref, shapes[292]), offsetof(struct awsc_sesv2_list_export_jobs_input, job_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListExportJobsRequest.JobStatus: JobStatus */
        [470] = {REF(members[470].name_ref, strings[11551]), REF(members[470].shape_ref, shapes[200]), offsetof(struct awsc_sesv2_list_export_jobs_output, export_jobs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListExportJobsResponse.ExportJobs: ExportJobSummaryList */
        [471] = {REF(members[471].name_ref, strings[8698]), REF(members[471].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_export_jobs_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListExportJobsResponse.NextToken: NextToken */
        [472] = {REF(members[472].name_ref, strings[10266]), REF(members[472].shape_ref, shapes[274]), offsetof(struct awsc_sesv2_list_import_jobs_input, import_destination_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListImportJobsRequest.ImportDestinationType: ImportDestinationType */
        [473] = {REF(members[473].name_ref, strings[8698]), REF(members[473].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_import_jobs_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListImportJobsRequest.NextToken: NextToken */
        [474] = {REF(members[474].name_ref, strings[8708]), REF(members[474].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_list_import_jobs_input, page_size), offsetof(struct awsc_sesv2_list_import_jobs_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListImportJobsRequest.PageSize: MaxItems */
        [475] = {REF(members[475].name_ref, strings[11607]), REF(members[475].shape_ref, shapes[276]), offsetof(struct awsc_sesv2_list_import_jobs_output, import_jobs), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListImportJobsResponse.ImportJobs: ImportJobSummaryList */
        [476] = {REF(members[476].name_ref, strings[8698]), REF(members[476].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_import_jobs_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListImportJobsResponse.NextToken: NextToken */
        [477] = {REF(members[477].name_ref, strings[2105]), REF(members[477].shape_ref, shapes[60]), offsetof(struct awsc_sesv2_list_management_options, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListManagementOptions.ContactListName: ContactListName */
        [478] = {REF(members[478].name_ref, strings[11640]), REF(members[478].shape_ref, shapes[554]), offsetof(struct awsc_sesv2_list_management_options, topic_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListManagementOptions.TopicName: TopicName */
        [479] = {REF(members[479].name_ref, strings[8698]), REF(members[479].shape_ref, shapes[386]), offsetof(struct awsc_sesv2_list_multi_region_endpoints_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListMultiRegionEndpointsRequest.NextToken: NextTokenV2 */
        [480] = {REF(members[480].name_ref, strings[8708]), REF(members[480].shape_ref, shapes[390]), offsetof(struct awsc_sesv2_list_multi_region_endpoints_input, page_size), offsetof(struct awsc_sesv2_list_multi_region_endpoints_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListMultiRegionEndpointsRequest.PageSize: PageSizeV2 */
        [481] = {REF(members[481].name_ref, strings[11715]), REF(members[481].shape_ref, shapes[384]), offsetof(struct awsc_sesv2_list_multi_region_endpoints_output, multi_region_endpoints), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMultiRegionEndpointsResponse.MultiRegionEndpoints: MultiRegionEndpoints */
        [482] = {REF(members[482].name_ref, strings[8698]), REF(members[482].shape_ref, shapes[386]), offsetof(struct awsc_sesv2_list_multi_region_endpoints_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListMultiRegionEndpointsResponse.NextToken: NextTokenV2 */
        [483] = {REF(members[483].name_ref, strings[10926]), REF(members[483].shape_ref, shapes[328]), offsetof(struct awsc_sesv2_list_recommendations_input, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRecommendationsRequest.Filter: ListRecommendationsFilter */
        [484] = {REF(members[484].name_ref, strings[8698]), REF(members[484].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_recommendations_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRecommendationsRequest.NextToken: NextToken */
        [485] = {REF(members[485].name_ref, strings[8708]), REF(members[485].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_list_recommendations_input, page_size), offsetof(struct awsc_sesv2_list_recommendations_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRecommendationsRequest.PageSize: MaxItems */
        [486] = {REF(members[486].name_ref, strings[11965]), REF(members[486].shape_ref, shapes[464]), offsetof(struct awsc_sesv2_list_recommendations_output, recommendations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRecommendationsResponse.Recommendations: RecommendationsList */
        [487] = {REF(members[487].name_ref, strings[8698]), REF(members[487].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_recommendations_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListRecommendationsResponse.NextToken: NextToken */
        [488] = {REF(members[488].name_ref, strings[10926]), REF(members[488].shape_ref, shapes[474]), offsetof(struct awsc_sesv2_list_reputation_entities_input, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListReputationEntitiesRequest.Filter: ReputationEntityFilter */
        [489] = {REF(members[489].name_ref, strings[8698]), REF(members[489].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_reputation_entities_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListReputationEntitiesRequest.NextToken: NextToken */
        [490] = {REF(members[490].name_ref, strings[8708]), REF(members[490].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_list_reputation_entities_input, page_size), offsetof(struct awsc_sesv2_list_reputation_entities_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListReputationEntitiesRequest.PageSize: MaxItems */
        [491] = {REF(members[491].name_ref, strings[12042]), REF(members[491].shape_ref, shapes[472]), offsetof(struct awsc_sesv2_list_reputation_entities_output, reputation_entities), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListReputationEntitiesResponse.ReputationEntities: ReputationEntitiesList */
        [492] = {REF(members[492].name_ref, strings[8698]), REF(members[492].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_reputation_entities_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListReputationEntitiesResponse.NextToken: NextToken */
        [493] = {REF(members[493].name_ref, strings[3631]), REF(members[493].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_list_resource_tenants_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListResourceTenantsRequest.ResourceArn: AmazonResourceName */
        [494] = {REF(members[494].name_ref, strings[8708]), REF(members[494].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_list_resource_tenants_input, page_size), offsetof(struct awsc_sesv2_list_resource_tenants_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListResourceTenantsRequest.PageSize: MaxItems */
        [495] = {REF(members[495].name_ref, strings[8698]), REF(members[495].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_resource_tenants_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListResourceTenantsRequest.NextToken: NextToken */
        [496] = {REF(members[496].name_ref, strings[12116]), REF(members[496].shape_ref, shapes[481]), offsetof(struct awsc_sesv2_list_resource_tenants_output, resource_tenants), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListResourceTenantsResponse.ResourceTenants: ResourceTenantMetadataList */
        [497] = {REF(members[497].name_ref, strings[8698]), REF(members[497].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_resource_tenants_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListResourceTenantsResponse.NextToken: NextToken */
        [498] = {REF(members[498].name_ref, strings[3559]), REF(members[498].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_list_suppressed_destinations_input, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListSuppressedDestinationsRequest.TenantName: TenantName */
        [499] = {REF(members[499].name_ref, strings[12166]), REF(members[499].shape_ref, shapes[524]), offsetof(struct awsc_sesv2_list_suppressed_destinations_input, reasons), AWSC_NO_PRESENCE, AWSC_MF_WIRE_NAME, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListSuppressedDestinationsRequest.Reasons: SuppressionListReasons */
        [500] = {REF(members[500].name_ref, strings[704]), REF(members[500].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_list_suppressed_destinations_input, start_date), offsetof(struct awsc_sesv2_list_suppressed_destinations_input, has_start_date), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListSuppressedDestinationsRequest.StartDate: Timestamp */
        [501] = {REF(members[501].name_ref, strings[714]), REF(members[501].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_list_suppressed_destinations_input, end_date), offsetof(struct awsc_sesv2_list_suppressed_destinations_input, has_end_date), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListSuppressedDestinationsRequest.EndDate: Timestamp */
        [502] = {REF(members[502].name_ref, strings[8698]), REF(members[502].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_suppressed_destinations_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListSuppressedDestinationsRequest.NextToken: NextToken */
        [503] = {REF(members[503].name_ref, strings[8708]), REF(members[503].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_list_suppressed_destinations_input, page_size), offsetof(struct awsc_sesv2_list_suppressed_destinations_input, has_page_size), 0, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListSuppressedDestinationsRequest.PageSize: MaxItems */
        [504] = {REF(members[504].name_ref, strings[12216]), REF(members[504].shape_ref, shapes[515]), offsetof(struct awsc_sesv2_list_suppressed_destinations_output, suppressed_destination_summaries), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSuppressedDestinationsResponse.SuppressedDestinationSummaries: SuppressedDestinationSummaries */
        [505] = {REF(members[505].name_ref, strings[8698]), REF(members[505].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_suppressed_destinations_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListSuppressedDestinationsResponse.NextToken: NextToken */
        [506] = {REF(members[506].name_ref, strings[3631]), REF(members[506].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_list_tags_for_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* ListTagsForResourceRequest.ResourceArn: AmazonResourceName */
        [507] = {REF(members[507].name_ref, strings[2426]), REF(members[507].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_list_tags_for_resource_output, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTagsForResourceResponse.Tags: TagList */
        [508] = {REF(members[508].name_ref, strings[3559]), REF(members[508].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_list_tenant_resources_input, tenant_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTenantResourcesRequest.TenantName: TenantName */
        [509] = {REF(members[509].name_ref, strings[10926]), REF(members[509].shape_ref, shapes[340]), offsetof(struct awsc_sesv2_list_tenant_resources_input, filter), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTenantResourcesRequest.Filter: ListTenantResourcesFilter */
        [510] = {REF(members[510].name_ref, strings[8708]), REF(members[510].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_list_tenant_resources_input, page_size), offsetof(struct awsc_sesv2_list_tenant_resources_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTenantResourcesRequest.PageSize: MaxItems */
        [511] = {REF(members[511].name_ref, strings[8698]), REF(members[511].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_tenant_resources_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTenantResourcesRequest.NextToken: NextToken */
        [512] = {REF(members[512].name_ref, strings[12457]), REF(members[512].shape_ref, shapes[544]), offsetof(struct awsc_sesv2_list_tenant_resources_output, tenant_resources), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTenantResourcesResponse.TenantResources: TenantResourceList */
        [513] = {REF(members[513].name_ref, strings[8698]), REF(members[513].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_tenant_resources_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTenantResourcesResponse.NextToken: NextToken */
        [514] = {REF(members[514].name_ref, strings[8698]), REF(members[514].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_tenants_input, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTenantsRequest.NextToken: NextToken */
        [515] = {REF(members[515].name_ref, strings[8708]), REF(members[515].shape_ref, shapes[355]), offsetof(struct awsc_sesv2_list_tenants_input, page_size), offsetof(struct awsc_sesv2_list_tenants_input, has_page_size), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTenantsRequest.PageSize: MaxItems */
        [516] = {REF(members[516].name_ref, strings[12512]), REF(members[516].shape_ref, shapes[541]), offsetof(struct awsc_sesv2_list_tenants_output, tenants), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTenantsResponse.Tenants: TenantInfoList */
        [517] = {REF(members[517].name_ref, strings[8698]), REF(members[517].shape_ref, shapes[385]), offsetof(struct awsc_sesv2_list_tenants_output, next_token), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ListTenantsResponse.NextToken: NextToken */
        [518] = {REF(members[518].name_ref, strings[12520]), REF(members[518].shape_ref, shapes[348]), offsetof(struct awsc_sesv2_mail_from_attributes, mail_from_domain), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MailFromAttributes.MailFromDomain: MailFromDomainName */
        [519] = {REF(members[519].name_ref, strings[12535]), REF(members[519].shape_ref, shapes[350]), offsetof(struct awsc_sesv2_mail_from_attributes, mail_from_domain_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MailFromAttributes.MailFromDomainStatus: MailFromDomainStatus */
        [520] = {REF(members[520].name_ref, strings[798]), REF(members[520].shape_ref, shapes[23]), offsetof(struct awsc_sesv2_mail_from_attributes, behavior_on_mx_failure), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MailFromAttributes.BehaviorOnMxFailure: BehaviorOnMxFailure */
        [521] = {REF(members[521].name_ref, strings[12675]), REF(members[521].shape_ref, shapes[164]), offsetof(struct awsc_sesv2_mailbox_validation, is_valid), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MailboxValidation.IsValid: EmailAddressInsightsVerdict */
        [522] = {REF(members[522].name_ref, strings[12683]), REF(members[522].shape_ref, shapes[163]), offsetof(struct awsc_sesv2_mailbox_validation, evaluations), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MailboxValidation.Evaluations: EmailAddressInsightsMailboxEvaluations */
        [523] = {REF(members[523].name_ref, strings[4996]), REF(members[523].shape_ref, shapes[61]), offsetof(struct awsc_sesv2_message, subject), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Message.Subject: Content */
        [524] = {REF(members[524].name_ref, strings[992]), REF(members[524].shape_ref, shapes[30]), offsetof(struct awsc_sesv2_message, body), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Message.Body: Body */
        [525] = {REF(members[525].name_ref, strings[12730]), REF(members[525].shape_ref, shapes[361]), offsetof(struct awsc_sesv2_message, headers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Message.Headers: MessageHeaderList */
        [526] = {REF(members[526].name_ref, strings[12738]), REF(members[526].shape_ref, shapes[16]), offsetof(struct awsc_sesv2_message, attachments), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Message.Attachments: AttachmentList */
        [527] = {REF(members[527].name_ref, strings[7362]), REF(members[527].shape_ref, shapes[362]), offsetof(struct awsc_sesv2_message_header, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageHeader.Name: MessageHeaderName */
        [528] = {REF(members[528].name_ref, strings[12791]), REF(members[528].shape_ref, shapes[363]), offsetof(struct awsc_sesv2_message_header, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageHeader.Value: MessageHeaderValue */
        [529] = {REF(members[529].name_ref, strings[704]), REF(members[529].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_message_insights_data_source, start_date), offsetof(struct awsc_sesv2_message_insights_data_source, has_start_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageInsightsDataSource.StartDate: Timestamp */
        [530] = {REF(members[530].name_ref, strings[714]), REF(members[530].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_message_insights_data_source, end_date), offsetof(struct awsc_sesv2_message_insights_data_source, has_end_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageInsightsDataSource.EndDate: Timestamp */
        [531] = {REF(members[531].name_ref, strings[12852]), REF(members[531].shape_ref, shapes[366]), offsetof(struct awsc_sesv2_message_insights_data_source, include), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageInsightsDataSource.Include: MessageInsightsFilters */
        [532] = {REF(members[532].name_ref, strings[12860]), REF(members[532].shape_ref, shapes[366]), offsetof(struct awsc_sesv2_message_insights_data_source, exclude), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageInsightsDataSource.Exclude: MessageInsightsFilters */
        [533] = {REF(members[533].name_ref, strings[12868]), REF(members[533].shape_ref, shapes[365]), offsetof(struct awsc_sesv2_message_insights_data_source, max_results), offsetof(struct awsc_sesv2_message_insights_data_source, has_max_results), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageInsightsDataSource.MaxResults: MessageInsightsExportMaxResults */
        [534] = {REF(members[534].name_ref, strings[2651]), REF(members[534].shape_ref, shapes[161]), offsetof(struct awsc_sesv2_message_insights_filters, from_email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageInsightsFilters.FromEmailAddress: EmailAddressFilterList */
        [535] = {REF(members[535].name_ref, strings[1128]), REF(members[535].shape_ref, shapes[161]), offsetof(struct awsc_sesv2_message_insights_filters, destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageInsightsFilters.Destination: EmailAddressFilterList */
        [536] = {REF(members[536].name_ref, strings[4996]), REF(members[536].shape_ref, shapes[170]), offsetof(struct awsc_sesv2_message_insights_filters, subject), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageInsightsFilters.Subject: EmailSubjectFilterList */
        [537] = {REF(members[537].name_ref, strings[7029]), REF(members[537].shape_ref, shapes[286]), offsetof(struct awsc_sesv2_message_insights_filters, isp), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageInsightsFilters.Isp: IspFilterList */
        [538] = {REF(members[538].name_ref, strings[12934]), REF(members[538].shape_ref, shapes[294]), offsetof(struct awsc_sesv2_message_insights_filters, last_delivery_event), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageInsightsFilters.LastDeliveryEvent: LastDeliveryEventList */
        [539] = {REF(members[539].name_ref, strings[12952]), REF(members[539].shape_ref, shapes[295]), offsetof(struct awsc_sesv2_message_insights_filters, last_engagement_event), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageInsightsFilters.LastEngagementEvent: LastEngagementEventList */
        [540] = {REF(members[540].name_ref, strings[7362]), REF(members[540].shape_ref, shapes[370]), offsetof(struct awsc_sesv2_message_tag, name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageTag.Name: MessageTagName */
        [541] = {REF(members[541].name_ref, strings[12791]), REF(members[541].shape_ref, shapes[371]), offsetof(struct awsc_sesv2_message_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MessageTag.Value: MessageTagValue */
        [542] = {REF(members[542].name_ref, strings[673]), REF(members[542].shape_ref, shapes[454]), offsetof(struct awsc_sesv2_metric_data_error, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataError.Id: QueryIdentifier */
        [543] = {REF(members[543].name_ref, strings[13208]), REF(members[543].shape_ref, shapes[452]), offsetof(struct awsc_sesv2_metric_data_error, code), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataError.Code: QueryErrorCode */
        [544] = {REF(members[544].name_ref, strings[9052]), REF(members[544].shape_ref, shapes[453]), offsetof(struct awsc_sesv2_metric_data_error, message), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataError.Message: QueryErrorMessage */
        [545] = {REF(members[545].name_ref, strings[673]), REF(members[545].shape_ref, shapes[454]), offsetof(struct awsc_sesv2_metric_data_result, id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataResult.Id: QueryIdentifier */
        [546] = {REF(members[546].name_ref, strings[13250]), REF(members[546].shape_ref, shapes[549]), offsetof(struct awsc_sesv2_metric_data_result, timestamps), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataResult.Timestamps: TimestampList */
        [547] = {REF(members[547].name_ref, strings[13261]), REF(members[547].shape_ref, shapes[381]), offsetof(struct awsc_sesv2_metric_data_result, values), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricDataResult.Values: MetricValueList */
        [548] = {REF(members[548].name_ref, strings[693]), REF(members[548].shape_ref, shapes[198]), offsetof(struct awsc_sesv2_metrics_data_source, dimensions), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricsDataSource.Dimensions: ExportDimensions */
        [549] = {REF(members[549].name_ref, strings[676]), REF(members[549].shape_ref, shapes[380]), offsetof(struct awsc_sesv2_metrics_data_source, namespace_), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricsDataSource.Namespace: MetricNamespace */
        [550] = {REF(members[550].name_ref, strings[13403]), REF(members[550].shape_ref, shapes[202]), offsetof(struct awsc_sesv2_metrics_data_source, metrics), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricsDataSource.Metrics: ExportMetrics */
        [551] = {REF(members[551].name_ref, strings[704]), REF(members[551].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_metrics_data_source, start_date), offsetof(struct awsc_sesv2_metrics_data_source, has_start_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricsDataSource.StartDate: Timestamp */
        [552] = {REF(members[552].name_ref, strings[714]), REF(members[552].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_metrics_data_source, end_date), offsetof(struct awsc_sesv2_metrics_data_source, has_end_date), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MetricsDataSource.EndDate: Timestamp */
        [553] = {REF(members[553].name_ref, strings[3473]), REF(members[553].shape_ref, shapes[182]), offsetof(struct awsc_sesv2_multi_region_endpoint, endpoint_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MultiRegionEndpoint.EndpointName: EndpointName */
        [554] = {REF(members[554].name_ref, strings[1239]), REF(members[554].shape_ref, shapes[507]), offsetof(struct awsc_sesv2_multi_region_endpoint, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MultiRegionEndpoint.Status: Status */
        [555] = {REF(members[555].name_ref, strings[3528]), REF(members[555].shape_ref, shapes[181]), offsetof(struct awsc_sesv2_multi_region_endpoint, endpoint_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MultiRegionEndpoint.EndpointId: EndpointId */
        [556] = {REF(members[556].name_ref, strings[13431]), REF(members[556].shape_ref, shapes[466]), offsetof(struct awsc_sesv2_multi_region_endpoint, regions), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MultiRegionEndpoint.Regions: Regions */
        [557] = {REF(members[557].name_ref, strings[3723]), REF(members[557].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_multi_region_endpoint, created_timestamp), offsetof(struct awsc_sesv2_multi_region_endpoint, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MultiRegionEndpoint.CreatedTimestamp: Timestamp */
        [558] = {REF(members[558].name_ref, strings[2066]), REF(members[558].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_multi_region_endpoint, last_updated_timestamp), offsetof(struct awsc_sesv2_multi_region_endpoint, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* MultiRegionEndpoint.LastUpdatedTimestamp: Timestamp */
        [559] = {REF(members[559].name_ref, strings[3864]), REF(members[559].shape_ref, shapes[586]), offsetof(struct awsc_sesv2_overall_volume, volume_statistics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OverallVolume.VolumeStatistics: VolumeStatistics */
        [560] = {REF(members[560].name_ref, strings[13487]), REF(members[560].shape_ref, shapes[391]), offsetof(struct awsc_sesv2_overall_volume, read_rate_percent), offsetof(struct awsc_sesv2_overall_volume, has_read_rate_percent), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OverallVolume.ReadRatePercent: Percentage */
        [561] = {REF(members[561].name_ref, strings[3881]), REF(members[561].shape_ref, shapes[159]), offsetof(struct awsc_sesv2_overall_volume, domain_isp_placements), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* OverallVolume.DomainIspPlacements: DomainIspPlacements */
        [562] = {REF(members[562].name_ref, strings[13546]), REF(members[562].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_pinpoint_destination, application_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PinpointDestination.ApplicationArn: AmazonResourceName */
        [563] = {REF(members[563].name_ref, strings[6692]), REF(members[563].shape_ref, shapes[391]), offsetof(struct awsc_sesv2_placement_statistics, inbox_percentage), offsetof(struct awsc_sesv2_placement_statistics, has_inbox_percentage), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PlacementStatistics.InboxPercentage: Percentage */
        [564] = {REF(members[564].name_ref, strings[6708]), REF(members[564].shape_ref, shapes[391]), offsetof(struct awsc_sesv2_placement_statistics, spam_percentage), offsetof(struct awsc_sesv2_placement_statistics, has_spam_percentage), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PlacementStatistics.SpamPercentage: Percentage */
        [565] = {REF(members[565].name_ref, strings[13561]), REF(members[565].shape_ref, shapes[391]), offsetof(struct awsc_sesv2_placement_statistics, missing_percentage), offsetof(struct awsc_sesv2_placement_statistics, has_missing_percentage), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PlacementStatistics.MissingPercentage: Percentage */
        [566] = {REF(members[566].name_ref, strings[13579]), REF(members[566].shape_ref, shapes[391]), offsetof(struct awsc_sesv2_placement_statistics, spf_percentage), offsetof(struct awsc_sesv2_placement_statistics, has_spf_percentage), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PlacementStatistics.SpfPercentage: Percentage */
        [567] = {REF(members[567].name_ref, strings[13593]), REF(members[567].shape_ref, shapes[391]), offsetof(struct awsc_sesv2_placement_statistics, dkim_percentage), offsetof(struct awsc_sesv2_placement_statistics, has_dkim_percentage), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PlacementStatistics.DkimPercentage: Percentage */
        [568] = {REF(members[568].name_ref, strings[13618]), REF(members[568].shape_ref, shapes[400]), offsetof(struct awsc_sesv2_pricing_attributes, current_plan), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PricingAttributes.CurrentPlan: PricingPlan */
        [569] = {REF(members[569].name_ref, strings[13630]), REF(members[569].shape_ref, shapes[400]), offsetof(struct awsc_sesv2_pricing_attributes, next_plan), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PricingAttributes.NextPlan: PricingPlan */
        [570] = {REF(members[570].name_ref, strings[13756]), REF(members[570].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_input, auto_warmup_enabled), offsetof(struct awsc_sesv2_put_account_dedicated_ip_warmup_attributes_input, has_auto_warmup_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAccountDedicatedIpWarmupAttributesRequest.AutoWarmupEnabled: Enabled */
        [571] = {REF(members[571].name_ref, strings[15]), REF(members[571].shape_ref, shapes[351]), offsetof(struct awsc_sesv2_put_account_details_input, mail_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAccountDetailsRequest.MailType: MailType */
        [572] = {REF(members[572].name_ref, strings[24]), REF(members[572].shape_ref, shapes[588]), offsetof(struct awsc_sesv2_put_account_details_input, website_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAccountDetailsRequest.WebsiteURL: WebsiteURL */
        [573] = {REF(members[573].name_ref, strings[35]), REF(members[573].shape_ref, shapes[56]), offsetof(struct awsc_sesv2_put_account_details_input, contact_language), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAccountDetailsRequest.ContactLanguage: ContactLanguage */
        [574] = {REF(members[574].name_ref, strings[51]), REF(members[574].shape_ref, shapes[578]), offsetof(struct awsc_sesv2_put_account_details_input, use_case_description), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAccountDetailsRequest.UseCaseDescription: UseCaseDescription */
        [575] = {REF(members[575].name_ref, strings[70]), REF(members[575].shape_ref, shapes[3]), offsetof(struct awsc_sesv2_put_account_details_input, additional_contact_email_addresses), AWSC_NO_PRESENCE, AWSC_MF_SENSITIVE, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAccountDetailsRequest.AdditionalContactEmailAddresses: AdditionalContactEmailAddresses */
        [576] = {REF(members[576].name_ref, strings[8124]), REF(members[576].shape_ref, shapes[180]), offsetof(struct awsc_sesv2_put_account_details_input, production_access_enabled), offsetof(struct awsc_sesv2_put_account_details_input, has_production_access_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAccountDetailsRequest.ProductionAccessEnabled: EnabledWrapper */
        [577] = {REF(members[577].name_ref, strings[13906]), REF(members[577].shape_ref, shapes[400]), offsetof(struct awsc_sesv2_put_account_pricing_attributes_input, plan), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAccountPricingAttributesRequest.Plan: PricingPlan */
        [578] = {REF(members[578].name_ref, strings[8158]), REF(members[578].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_put_account_sending_attributes_input, sending_enabled), offsetof(struct awsc_sesv2_put_account_sending_attributes_input, has_sending_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAccountSendingAttributesRequest.SendingEnabled: Enabled */
        [579] = {REF(members[579].name_ref, strings[14057]), REF(members[579].shape_ref, shapes[524]), offsetof(struct awsc_sesv2_put_account_suppression_attributes_input, suppressed_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAccountSuppressionAttributesRequest.SuppressedReasons: SuppressionListReasons */
        [580] = {REF(members[580].name_ref, strings[14075]), REF(members[580].shape_ref, shapes[527]), offsetof(struct awsc_sesv2_put_account_suppression_attributes_input, validation_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAccountSuppressionAttributesRequest.ValidationAttributes: SuppressionValidationAttributes */
        [581] = {REF(members[581].name_ref, strings[8173]), REF(members[581].shape_ref, shapes[580]), offsetof(struct awsc_sesv2_put_account_vdm_attributes_input, vdm_attributes), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutAccountVdmAttributesRequest.VdmAttributes: VdmAttributes */
        [582] = {REF(members[582].name_ref, strings[1925]), REF(members[582].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_put_configuration_set_archiving_options_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetArchivingOptionsRequest.ConfigurationSetName: ConfigurationSetName */
        [583] = {REF(members[583].name_ref, strings[225]), REF(members[583].shape_ref, shapes[7]), offsetof(struct awsc_sesv2_put_configuration_set_archiving_options_input, archive_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetArchivingOptionsRequest.ArchiveArn: ArchiveArn */
        [584] = {REF(members[584].name_ref, strings[1925]), REF(members[584].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_put_configuration_set_delivery_options_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetDeliveryOptionsRequest.ConfigurationSetName: ConfigurationSetName */
        [585] = {REF(members[585].name_ref, strings[5185]), REF(members[585].shape_ref, shapes[550]), offsetof(struct awsc_sesv2_put_configuration_set_delivery_options_input, tls_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetDeliveryOptionsRequest.TlsPolicy: TlsPolicy */
        [586] = {REF(members[586].name_ref, strings[5195]), REF(members[586].shape_ref, shapes[502]), offsetof(struct awsc_sesv2_put_configuration_set_delivery_options_input, sending_pool_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetDeliveryOptionsRequest.SendingPoolName: SendingPoolName */
        [587] = {REF(members[587].name_ref, strings[5211]), REF(members[587].shape_ref, shapes[354]), offsetof(struct awsc_sesv2_put_configuration_set_delivery_options_input, max_delivery_seconds), offsetof(struct awsc_sesv2_put_configuration_set_delivery_options_input, has_max_delivery_seconds), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetDeliveryOptionsRequest.MaxDeliverySeconds: MaxDeliverySeconds */
        [588] = {REF(members[588].name_ref, strings[1925]), REF(members[588].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_put_configuration_set_reputation_options_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetReputationOptionsRequest.ConfigurationSetName: ConfigurationSetName */
        [589] = {REF(members[589].name_ref, strings[14415]), REF(members[589].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_put_configuration_set_reputation_options_input, reputation_metrics_enabled), offsetof(struct awsc_sesv2_put_configuration_set_reputation_options_input, has_reputation_metrics_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetReputationOptionsRequest.ReputationMetricsEnabled: Enabled */
        [590] = {REF(members[590].name_ref, strings[1925]), REF(members[590].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_put_configuration_set_sending_options_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetSendingOptionsRequest.ConfigurationSetName: ConfigurationSetName */
        [591] = {REF(members[591].name_ref, strings[8158]), REF(members[591].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_put_configuration_set_sending_options_input, sending_enabled), offsetof(struct awsc_sesv2_put_configuration_set_sending_options_input, has_sending_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetSendingOptionsRequest.SendingEnabled: Enabled */
        [592] = {REF(members[592].name_ref, strings[1925]), REF(members[592].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_put_configuration_set_suppression_options_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetSuppressionOptionsRequest.ConfigurationSetName: ConfigurationSetName */
        [593] = {REF(members[593].name_ref, strings[14613]), REF(members[593].shape_ref, shapes[525]), offsetof(struct awsc_sesv2_put_configuration_set_suppression_options_input, suppression_scope), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetSuppressionOptionsRequest.SuppressionScope: SuppressionListScope */
        [594] = {REF(members[594].name_ref, strings[14057]), REF(members[594].shape_ref, shapes[524]), offsetof(struct awsc_sesv2_put_configuration_set_suppression_options_input, suppressed_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetSuppressionOptionsRequest.SuppressedReasons: SuppressionListReasons */
        [595] = {REF(members[595].name_ref, strings[14630]), REF(members[595].shape_ref, shapes[528]), offsetof(struct awsc_sesv2_put_configuration_set_suppression_options_input, validation_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetSuppressionOptionsRequest.ValidationOptions: SuppressionValidationOptions */
        [596] = {REF(members[596].name_ref, strings[1925]), REF(members[596].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_put_configuration_set_tracking_options_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetTrackingOptionsRequest.ConfigurationSetName: ConfigurationSetName */
        [597] = {REF(members[597].name_ref, strings[3754]), REF(members[597].shape_ref, shapes[93]), offsetof(struct awsc_sesv2_put_configuration_set_tracking_options_input, custom_redirect_domain), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetTrackingOptionsRequest.CustomRedirectDomain: CustomRedirectDomain */
        [598] = {REF(members[598].name_ref, strings[10104]), REF(members[598].shape_ref, shapes[266]), offsetof(struct awsc_sesv2_put_configuration_set_tracking_options_input, https_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetTrackingOptionsRequest.HttpsPolicy: HttpsPolicy */
        [599] = {REF(members[599].name_ref, strings[1925]), REF(members[599].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_put_configuration_set_vdm_options_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetVdmOptionsRequest.ConfigurationSetName: ConfigurationSetName */
        [600] = {REF(members[600].name_ref, strings[2450]), REF(members[600].shape_ref, shapes[581]), offsetof(struct awsc_sesv2_put_configuration_set_vdm_options_input, vdm_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutConfigurationSetVdmOptionsRequest.VdmOptions: VdmOptions */
        [601] = {REF(members[601].name_ref, strings[8646]), REF(members[601].shape_ref, shapes[283]), offsetof(struct awsc_sesv2_put_dedicated_ip_in_pool_input, ip), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutDedicatedIpInPoolRequest.Ip: Ip */
        [602] = {REF(members[602].name_ref, strings[14882]), REF(members[602].shape_ref, shapes[398]), offsetof(struct awsc_sesv2_put_dedicated_ip_in_pool_input, destination_pool_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutDedicatedIpInPoolRequest.DestinationPoolName: PoolName */
        [603] = {REF(members[603].name_ref, strings[2819]), REF(members[603].shape_ref, shapes[398]), offsetof(struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_input, pool_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutDedicatedIpPoolScalingAttributesRequest.PoolName: PoolName */
        [604] = {REF(members[604].name_ref, strings[2828]), REF(members[604].shape_ref, shapes[491]), offsetof(struct awsc_sesv2_put_dedicated_ip_pool_scaling_attributes_input, scaling_mode), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutDedicatedIpPoolScalingAttributesRequest.ScalingMode: ScalingMode */
        [605] = {REF(members[605].name_ref, strings[8646]), REF(members[605].shape_ref, shapes[283]), offsetof(struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input, ip), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED | AWSC_MF_WIRE_NAME, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutDedicatedIpWarmupAttributesRequest.Ip: Ip */
        [606] = {REF(members[606].name_ref, strings[4017]), REF(members[606].shape_ref, shapes[392]), offsetof(struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input, warmup_percentage), offsetof(struct awsc_sesv2_put_dedicated_ip_warmup_attributes_input, has_warmup_percentage), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutDedicatedIpWarmupAttributesRequest.WarmupPercentage: Percentage100Wrapper */
        [607] = {REF(members[607].name_ref, strings[8837]), REF(members[607].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_put_deliverability_dashboard_option_input, dashboard_enabled), offsetof(struct awsc_sesv2_put_deliverability_dashboard_option_input, has_dashboard_enabled), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutDeliverabilityDashboardOptionRequest.DashboardEnabled: Enabled */
        [608] = {REF(members[608].name_ref, strings[15135]), REF(members[608].shape_ref, shapes[157]), offsetof(struct awsc_sesv2_put_deliverability_dashboard_option_input, subscribed_domains), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutDeliverabilityDashboardOptionRequest.SubscribedDomains: DomainDeliverabilityTrackingOptions */
        [609] = {REF(members[609].name_ref, strings[3025]), REF(members[609].shape_ref, shapes[267]), offsetof(struct awsc_sesv2_put_email_identity_configuration_set_attributes_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutEmailIdentityConfigurationSetAttributesRequest.EmailIdentity: Identity */
        [610] = {REF(members[610].name_ref, strings[1925]), REF(members[610].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_put_email_identity_configuration_set_attributes_input, configuration_set_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutEmailIdentityConfigurationSetAttributesRequest.ConfigurationSetName: ConfigurationSetName */
        [611] = {REF(members[611].name_ref, strings[3025]), REF(members[611].shape_ref, shapes[267]), offsetof(struct awsc_sesv2_put_email_identity_dkim_attributes_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutEmailIdentityDkimAttributesRequest.EmailIdentity: Identity */
        [612] = {REF(members[612].name_ref, strings[5327]), REF(members[612].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_put_email_identity_dkim_attributes_input, signing_enabled), offsetof(struct awsc_sesv2_put_email_identity_dkim_attributes_input, has_signing_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutEmailIdentityDkimAttributesRequest.SigningEnabled: Enabled */
        [613] = {REF(members[613].name_ref, strings[3025]), REF(members[613].shape_ref, shapes[267]), offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutEmailIdentityDkimSigningAttributesRequest.EmailIdentity: Identity */
        [614] = {REF(members[614].name_ref, strings[5367]), REF(members[614].shape_ref, shapes[148]), offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input, signing_attributes_origin), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutEmailIdentityDkimSigningAttributesRequest.SigningAttributesOrigin: DkimSigningAttributesOrigin */
        [615] = {REF(members[615].name_ref, strings[15417]), REF(members[615].shape_ref, shapes[147]), offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_input, signing_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutEmailIdentityDkimSigningAttributesRequest.SigningAttributes: DkimSigningAttributes */
        [616] = {REF(members[616].name_ref, strings[6217]), REF(members[616].shape_ref, shapes[150]), offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output, dkim_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutEmailIdentityDkimSigningAttributesResponse.DkimStatus: DkimStatus */
        [617] = {REF(members[617].name_ref, strings[15481]), REF(members[617].shape_ref, shapes[152]), offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output, dkim_tokens), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutEmailIdentityDkimSigningAttributesResponse.DkimTokens: DnsTokenList */
        [618] = {REF(members[618].name_ref, strings[5349]), REF(members[618].shape_ref, shapes[265]), offsetof(struct awsc_sesv2_put_email_identity_dkim_signing_attributes_output, signing_hosted_zone), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutEmailIdentityDkimSigningAttributesResponse.SigningHostedZone: HostedZone */
        [619] = {REF(members[619].name_ref, strings[3025]), REF(members[619].shape_ref, shapes[267]), offsetof(struct awsc_sesv2_put_email_identity_feedback_attributes_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutEmailIdentityFeedbackAttributesRequest.EmailIdentity: Identity */
        [620] = {REF(members[620].name_ref, strings[15534]), REF(members[620].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_put_email_identity_feedback_attributes_input, email_forwarding_enabled), offsetof(struct awsc_sesv2_put_email_identity_feedback_attributes_input, has_email_forwarding_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutEmailIdentityFeedbackAttributesRequest.EmailForwardingEnabled: Enabled */
        [621] = {REF(members[621].name_ref, strings[3025]), REF(members[621].shape_ref, shapes[267]), offsetof(struct awsc_sesv2_put_email_identity_mail_from_attributes_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* PutEmailIdentityMailFromAttributesRequest.EmailIdentity: Identity */
        [622] = {REF(members[622].name_ref, strings[12520]), REF(members[622].shape_ref, shapes[348]), offsetof(struct awsc_sesv2_put_email_identity_mail_from_attributes_input, mail_from_domain), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutEmailIdentityMailFromAttributesRequest.MailFromDomain: MailFromDomainName */
        [623] = {REF(members[623].name_ref, strings[798]), REF(members[623].shape_ref, shapes[23]), offsetof(struct awsc_sesv2_put_email_identity_mail_from_attributes_input, behavior_on_mx_failure), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutEmailIdentityMailFromAttributesRequest.BehaviorOnMxFailure: BehaviorOnMxFailure */
        [624] = {REF(members[624].name_ref, strings[1997]), REF(members[624].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_put_suppressed_destination_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutSuppressedDestinationRequest.EmailAddress: EmailAddress */
        [625] = {REF(members[625].name_ref, strings[15717]), REF(members[625].shape_ref, shapes[523]), offsetof(struct awsc_sesv2_put_suppressed_destination_input, reason), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutSuppressedDestinationRequest.Reason: SuppressionListReason */
        [626] = {REF(members[626].name_ref, strings[3559]), REF(members[626].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_put_suppressed_destination_input, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutSuppressedDestinationRequest.TenantName: TenantName */
        [627] = {REF(members[627].name_ref, strings[3559]), REF(members[627].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_put_tenant_suppression_attributes_input, tenant_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutTenantSuppressionAttributesRequest.TenantName: TenantName */
        [628] = {REF(members[628].name_ref, strings[14057]), REF(members[628].shape_ref, shapes[524]), offsetof(struct awsc_sesv2_put_tenant_suppression_attributes_input, suppressed_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutTenantSuppressionAttributesRequest.SuppressedReasons: SuppressionListReasons */
        [629] = {REF(members[629].name_ref, strings[14613]), REF(members[629].shape_ref, shapes[525]), offsetof(struct awsc_sesv2_put_tenant_suppression_attributes_input, suppression_scope), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* PutTenantSuppressionAttributesRequest.SuppressionScope: SuppressionListScope */
        [630] = {REF(members[630].name_ref, strings[2187]), REF(members[630].shape_ref, shapes[457]), offsetof(struct awsc_sesv2_raw_message, data), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RawMessage.Data: RawMessageData */
        [631] = {REF(members[631].name_ref, strings[3631]), REF(members[631].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_recommendation, resource_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Recommendation.ResourceArn: AmazonResourceName */
        [632] = {REF(members[632].name_ref, strings[10420]), REF(members[632].shape_ref, shapes[463]), offsetof(struct awsc_sesv2_recommendation, type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Recommendation.Type: RecommendationType */
        [633] = {REF(members[633].name_ref, strings[903]), REF(members[633].shape_ref, shapes[460]), offsetof(struct awsc_sesv2_recommendation, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Recommendation.Description: RecommendationDescription */
        [634] = {REF(members[634].name_ref, strings[1239]), REF(members[634].shape_ref, shapes[462]), offsetof(struct awsc_sesv2_recommendation, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Recommendation.Status: RecommendationStatus */
        [635] = {REF(members[635].name_ref, strings[3723]), REF(members[635].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_recommendation, created_timestamp), offsetof(struct awsc_sesv2_recommendation, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Recommendation.CreatedTimestamp: Timestamp */
        [636] = {REF(members[636].name_ref, strings[2066]), REF(members[636].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_recommendation, last_updated_timestamp), offsetof(struct awsc_sesv2_recommendation, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Recommendation.LastUpdatedTimestamp: Timestamp */
        [637] = {REF(members[637].name_ref, strings[15973]), REF(members[637].shape_ref, shapes[461]), offsetof(struct awsc_sesv2_recommendation, impact), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Recommendation.Impact: RecommendationImpact */
        [638] = {REF(members[638].name_ref, strings[16196]), REF(members[638].shape_ref, shapes[469]), offsetof(struct awsc_sesv2_replacement_email_content, replacement_template), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplacementEmailContent.ReplacementTemplate: ReplacementTemplate */
        [639] = {REF(members[639].name_ref, strings[16216]), REF(members[639].shape_ref, shapes[172]), offsetof(struct awsc_sesv2_replacement_template, replacement_template_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReplacementTemplate.ReplacementTemplateData: EmailTemplateData */
        [640] = {REF(members[640].name_ref, strings[9813]), REF(members[640].shape_ref, shapes[477]), offsetof(struct awsc_sesv2_reputation_entity, reputation_entity_reference), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReputationEntity.ReputationEntityReference: ReputationEntityReference */
        [641] = {REF(members[641].name_ref, strings[9839]), REF(members[641].shape_ref, shapes[478]), offsetof(struct awsc_sesv2_reputation_entity, reputation_entity_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReputationEntity.ReputationEntityType: ReputationEntityType */
        [642] = {REF(members[642].name_ref, strings[16263]), REF(members[642].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_reputation_entity, reputation_management_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReputationEntity.ReputationManagementPolicy: AmazonResourceName */
        [643] = {REF(members[643].name_ref, strings[16290]), REF(members[643].shape_ref, shapes[509]), offsetof(struct awsc_sesv2_reputation_entity, customer_managed_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReputationEntity.CustomerManagedStatus: StatusRecord */
        [644] = {REF(members[644].name_ref, strings[16312]), REF(members[644].shape_ref, shapes[509]), offsetof(struct awsc_sesv2_reputation_entity, aws_ses_managed_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReputationEntity.AwsSesManagedStatus: StatusRecord */
        [645] = {REF(members[645].name_ref, strings[16332]), REF(members[645].shape_ref, shapes[503]), offsetof(struct awsc_sesv2_reputation_entity, sending_status_aggregate), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReputationEntity.SendingStatusAggregate: SendingStatus */
        [646] = {REF(members[646].name_ref, strings[16355]), REF(members[646].shape_ref, shapes[461]), offsetof(struct awsc_sesv2_reputation_entity, reputation_impact), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReputationEntity.ReputationImpact: RecommendationImpact */
        [647] = {REF(members[647].name_ref, strings[14415]), REF(members[647].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_reputation_options, reputation_metrics_enabled), offsetof(struct awsc_sesv2_reputation_options, has_reputation_metrics_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReputationOptions.ReputationMetricsEnabled: Enabled */
        [648] = {REF(members[648].name_ref, strings[10683]), REF(members[648].shape_ref, shapes[296]), offsetof(struct awsc_sesv2_reputation_options, last_fresh_start), offsetof(struct awsc_sesv2_reputation_options, has_last_fresh_start), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReputationOptions.LastFreshStart: LastFreshStart */
        [649] = {REF(members[649].name_ref, strings[3559]), REF(members[649].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_resource_tenant_metadata, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceTenantMetadata.TenantName: TenantName */
        [650] = {REF(members[650].name_ref, strings[3704]), REF(members[650].shape_ref, shapes[539]), offsetof(struct awsc_sesv2_resource_tenant_metadata, tenant_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceTenantMetadata.TenantId: TenantId */
        [651] = {REF(members[651].name_ref, strings[3631]), REF(members[651].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_resource_tenant_metadata, resource_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceTenantMetadata.ResourceArn: AmazonResourceName */
        [652] = {REF(members[652].name_ref, strings[16550]), REF(members[652].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_resource_tenant_metadata, associated_timestamp), offsetof(struct awsc_sesv2_resource_tenant_metadata, has_associated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ResourceTenantMetadata.AssociatedTimestamp: Timestamp */
        [653] = {REF(members[653].name_ref, strings[1239]), REF(members[653].shape_ref, shapes[484]), offsetof(struct awsc_sesv2_review_details, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReviewDetails.Status: ReviewStatus */
        [654] = {REF(members[654].name_ref, strings[1659]), REF(members[654].shape_ref, shapes[43]), offsetof(struct awsc_sesv2_review_details, case_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* ReviewDetails.CaseId: CaseId */
        [655] = {REF(members[655].name_ref, strings[16167]), REF(members[655].shape_ref, shapes[465]), offsetof(struct awsc_sesv2_route, region), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Route.Region: Region */
        [656] = {REF(members[656].name_ref, strings[16167]), REF(members[656].shape_ref, shapes[465]), offsetof(struct awsc_sesv2_route_details, region), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* RouteDetails.Region: Region */
        [657] = {REF(members[657].name_ref, strings[13682]), REF(members[657].shape_ref, shapes[401]), offsetof(struct awsc_sesv2_soa_record, primary_name_server), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SOARecord.PrimaryNameServer: PrimaryNameServer */
        [658] = {REF(members[658].name_ref, strings[172]), REF(members[658].shape_ref, shapes[4]), offsetof(struct awsc_sesv2_soa_record, admin_email), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SOARecord.AdminEmail: AdminEmail */
        [659] = {REF(members[659].name_ref, strings[16730]), REF(members[659].shape_ref, shapes[505]), offsetof(struct awsc_sesv2_soa_record, serial_number), offsetof(struct awsc_sesv2_soa_record, has_serial_number), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SOARecord.SerialNumber: SerialNumber */
        [660] = {REF(members[660].name_ref, strings[2651]), REF(members[660].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_send_bulk_email_input, from_email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendBulkEmailRequest.FromEmailAddress: EmailAddress */
        [661] = {REF(members[661].name_ref, strings[16790]), REF(members[661].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_send_bulk_email_input, from_email_address_identity_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendBulkEmailRequest.FromEmailAddressIdentityArn: AmazonResourceName */
        [662] = {REF(members[662].name_ref, strings[16818]), REF(members[662].shape_ref, shapes[165]), offsetof(struct awsc_sesv2_send_bulk_email_input, reply_to_addresses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendBulkEmailRequest.ReplyToAddresses: EmailAddressList */
        [663] = {REF(members[663].name_ref, strings[16835]), REF(members[663].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_send_bulk_email_input, feedback_forwarding_email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendBulkEmailRequest.FeedbackForwardingEmailAddress: EmailAddress */
        [664] = {REF(members[664].name_ref, strings[16866]), REF(members[664].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_send_bulk_email_input, feedback_forwarding_email_address_identity_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendBulkEmailRequest.FeedbackForwardingEmailAddressIdentityArn: AmazonResourceName */
        [665] = {REF(members[665].name_ref, strings[16908]), REF(members[665].shape_ref, shapes[369]), offsetof(struct awsc_sesv2_send_bulk_email_input, default_email_tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendBulkEmailRequest.DefaultEmailTags: MessageTagList */
        [666] = {REF(members[666].name_ref, strings[16925]), REF(members[666].shape_ref, shapes[34]), offsetof(struct awsc_sesv2_send_bulk_email_input, default_content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendBulkEmailRequest.DefaultContent: BulkEmailContent */
        [667] = {REF(members[667].name_ref, strings[16940]), REF(members[667].shape_ref, shapes[36]), offsetof(struct awsc_sesv2_send_bulk_email_input, bulk_email_entries), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendBulkEmailRequest.BulkEmailEntries: BulkEmailEntryList */
        [668] = {REF(members[668].name_ref, strings[1925]), REF(members[668].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_send_bulk_email_input, configuration_set_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendBulkEmailRequest.ConfigurationSetName: ConfigurationSetName */
        [669] = {REF(members[669].name_ref, strings[3528]), REF(members[669].shape_ref, shapes[181]), offsetof(struct awsc_sesv2_send_bulk_email_input, endpoint_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendBulkEmailRequest.EndpointId: EndpointId */
        [670] = {REF(members[670].name_ref, strings[3559]), REF(members[670].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_send_bulk_email_input, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendBulkEmailRequest.TenantName: TenantName */
        [671] = {REF(members[671].name_ref, strings[16979]), REF(members[671].shape_ref, shapes[38]), offsetof(struct awsc_sesv2_send_bulk_email_output, bulk_email_entry_results), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendBulkEmailResponse.BulkEmailEntryResults: BulkEmailEntryResultList */
        [672] = {REF(members[672].name_ref, strings[1997]), REF(members[672].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_send_custom_verification_email_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendCustomVerificationEmailRequest.EmailAddress: EmailAddress */
        [673] = {REF(members[673].name_ref, strings[2638]), REF(members[673].shape_ref, shapes[176]), offsetof(struct awsc_sesv2_send_custom_verification_email_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendCustomVerificationEmailRequest.TemplateName: EmailTemplateName */
        [674] = {REF(members[674].name_ref, strings[1925]), REF(members[674].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_send_custom_verification_email_input, configuration_set_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendCustomVerificationEmailRequest.ConfigurationSetName: ConfigurationSetName */
        [675] = {REF(members[675].name_ref, strings[1252]), REF(members[675].shape_ref, shapes[388]), offsetof(struct awsc_sesv2_send_custom_verification_email_output, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendCustomVerificationEmailResponse.MessageId: OutboundMessageId */
        [676] = {REF(members[676].name_ref, strings[2651]), REF(members[676].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_send_email_input, from_email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendEmailRequest.FromEmailAddress: EmailAddress */
        [677] = {REF(members[677].name_ref, strings[16790]), REF(members[677].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_send_email_input, from_email_address_identity_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendEmailRequest.FromEmailAddressIdentityArn: AmazonResourceName */
        [678] = {REF(members[678].name_ref, strings[1128]), REF(members[678].shape_ref, shapes[139]), offsetof(struct awsc_sesv2_send_email_input, destination), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendEmailRequest.Destination: Destination */
        [679] = {REF(members[679].name_ref, strings[16818]), REF(members[679].shape_ref, shapes[165]), offsetof(struct awsc_sesv2_send_email_input, reply_to_addresses), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendEmailRequest.ReplyToAddresses: EmailAddressList */
        [680] = {REF(members[680].name_ref, strings[16835]), REF(members[680].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_send_email_input, feedback_forwarding_email_address), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendEmailRequest.FeedbackForwardingEmailAddress: EmailAddress */
        [681] = {REF(members[681].name_ref, strings[16866]), REF(members[681].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_send_email_input, feedback_forwarding_email_address_identity_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendEmailRequest.FeedbackForwardingEmailAddressIdentityArn: AmazonResourceName */
        [682] = {REF(members[682].name_ref, strings[2179]), REF(members[682].shape_ref, shapes[166]), offsetof(struct awsc_sesv2_send_email_input, content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendEmailRequest.Content: EmailContent */
        [683] = {REF(members[683].name_ref, strings[9699]), REF(members[683].shape_ref, shapes[369]), offsetof(struct awsc_sesv2_send_email_input, email_tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendEmailRequest.EmailTags: MessageTagList */
        [684] = {REF(members[684].name_ref, strings[1925]), REF(members[684].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_send_email_input, configuration_set_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendEmailRequest.ConfigurationSetName: ConfigurationSetName */
        [685] = {REF(members[685].name_ref, strings[3528]), REF(members[685].shape_ref, shapes[181]), offsetof(struct awsc_sesv2_send_email_input, endpoint_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendEmailRequest.EndpointId: EndpointId */
        [686] = {REF(members[686].name_ref, strings[3559]), REF(members[686].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_send_email_input, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendEmailRequest.TenantName: TenantName */
        [687] = {REF(members[687].name_ref, strings[11618]), REF(members[687].shape_ref, shapes[321]), offsetof(struct awsc_sesv2_send_email_input, list_management_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendEmailRequest.ListManagementOptions: ListManagementOptions */
        [688] = {REF(members[688].name_ref, strings[1252]), REF(members[688].shape_ref, shapes[388]), offsetof(struct awsc_sesv2_send_email_output, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendEmailResponse.MessageId: OutboundMessageId */
        [689] = {REF(members[689].name_ref, strings[12695]), REF(members[689].shape_ref, shapes[353]), offsetof(struct awsc_sesv2_send_quota, max24_hour_send), offsetof(struct awsc_sesv2_send_quota, has_max24_hour_send), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendQuota.Max24HourSend: Max24HourSend */
        [690] = {REF(members[690].name_ref, strings[12718]), REF(members[690].shape_ref, shapes[356]), offsetof(struct awsc_sesv2_send_quota, max_send_rate), offsetof(struct awsc_sesv2_send_quota, has_max_send_rate), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendQuota.MaxSendRate: MaxSendRate */
        [691] = {REF(members[691].name_ref, strings[17107]), REF(members[691].shape_ref, shapes[504]), offsetof(struct awsc_sesv2_send_quota, sent_last24_hours), offsetof(struct awsc_sesv2_send_quota, has_sent_last24_hours), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendQuota.SentLast24Hours: SentLast24Hours */
        [692] = {REF(members[692].name_ref, strings[8158]), REF(members[692].shape_ref, shapes[179]), offsetof(struct awsc_sesv2_sending_options, sending_enabled), offsetof(struct awsc_sesv2_sending_options, has_sending_enabled), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SendingOptions.SendingEnabled: Enabled */
        [693] = {REF(members[693].name_ref, strings[17174]), REF(members[693].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_sns_destination, topic_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SnsDestination.TopicArn: AmazonResourceName */
        [694] = {REF(members[694].name_ref, strings[1239]), REF(members[694].shape_ref, shapes[503]), offsetof(struct awsc_sesv2_status_record, status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StatusRecord.Status: SendingStatus */
        [695] = {REF(members[695].name_ref, strings[17239]), REF(members[695].shape_ref, shapes[508]), offsetof(struct awsc_sesv2_status_record, cause), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StatusRecord.Cause: StatusCause */
        [696] = {REF(members[696].name_ref, strings[2066]), REF(members[696].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_status_record, last_updated_timestamp), offsetof(struct awsc_sesv2_status_record, has_last_updated_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* StatusRecord.LastUpdatedTimestamp: Timestamp */
        [697] = {REF(members[697].name_ref, strings[1997]), REF(members[697].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_suppressed_destination, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressedDestination.EmailAddress: EmailAddress */
        [698] = {REF(members[698].name_ref, strings[15717]), REF(members[698].shape_ref, shapes[523]), offsetof(struct awsc_sesv2_suppressed_destination, reason), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressedDestination.Reason: SuppressionListReason */
        [699] = {REF(members[699].name_ref, strings[17279]), REF(members[699].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_suppressed_destination, last_update_time), offsetof(struct awsc_sesv2_suppressed_destination, has_last_update_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressedDestination.LastUpdateTime: Timestamp */
        [700] = {REF(members[700].name_ref, strings[17294]), REF(members[700].shape_ref, shapes[514]), offsetof(struct awsc_sesv2_suppressed_destination, attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressedDestination.Attributes: SuppressedDestinationAttributes */
        [701] = {REF(members[701].name_ref, strings[3559]), REF(members[701].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_suppressed_destination, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressedDestination.TenantName: TenantName */
        [702] = {REF(members[702].name_ref, strings[1252]), REF(members[702].shape_ref, shapes[388]), offsetof(struct awsc_sesv2_suppressed_destination_attributes, message_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressedDestinationAttributes.MessageId: OutboundMessageId */
        [703] = {REF(members[703].name_ref, strings[8004]), REF(members[703].shape_ref, shapes[211]), offsetof(struct awsc_sesv2_suppressed_destination_attributes, feedback_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressedDestinationAttributes.FeedbackId: FeedbackId */
        [704] = {REF(members[704].name_ref, strings[1997]), REF(members[704].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_suppressed_destination_summary, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressedDestinationSummary.EmailAddress: EmailAddress */
        [705] = {REF(members[705].name_ref, strings[15717]), REF(members[705].shape_ref, shapes[523]), offsetof(struct awsc_sesv2_suppressed_destination_summary, reason), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressedDestinationSummary.Reason: SuppressionListReason */
        [706] = {REF(members[706].name_ref, strings[17279]), REF(members[706].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_suppressed_destination_summary, last_update_time), offsetof(struct awsc_sesv2_suppressed_destination_summary, has_last_update_time), AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressedDestinationSummary.LastUpdateTime: Timestamp */
        [707] = {REF(members[707].name_ref, strings[14057]), REF(members[707].shape_ref, shapes[524]), offsetof(struct awsc_sesv2_suppression_attributes, suppressed_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressionAttributes.SuppressedReasons: SuppressionListReasons */
        [708] = {REF(members[708].name_ref, strings[14075]), REF(members[708].shape_ref, shapes[527]), offsetof(struct awsc_sesv2_suppression_attributes, validation_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressionAttributes.ValidationAttributes: SuppressionValidationAttributes */
        [709] = {REF(members[709].name_ref, strings[17396]), REF(members[709].shape_ref, shapes[210]), offsetof(struct awsc_sesv2_suppression_condition_threshold, condition_threshold_enabled), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressionConditionThreshold.ConditionThresholdEnabled: FeatureStatus */
        [710] = {REF(members[710].name_ref, strings[17422]), REF(members[710].shape_ref, shapes[519]), offsetof(struct awsc_sesv2_suppression_condition_threshold, overall_confidence_threshold), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressionConditionThreshold.OverallConfidenceThreshold: SuppressionConfidenceThreshold */
        [711] = {REF(members[711].name_ref, strings[17480]), REF(members[711].shape_ref, shapes[520]), offsetof(struct awsc_sesv2_suppression_confidence_threshold, confidence_verdict_threshold), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressionConfidenceThreshold.ConfidenceVerdictThreshold: SuppressionConfidenceVerdictThreshold */
        [712] = {REF(members[712].name_ref, strings[17565]), REF(members[712].shape_ref, shapes[522]), offsetof(struct awsc_sesv2_suppression_list_destination, suppression_list_import_action), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressionListDestination.SuppressionListImportAction: SuppressionListImportAction */
        [713] = {REF(members[713].name_ref, strings[14057]), REF(members[713].shape_ref, shapes[524]), offsetof(struct awsc_sesv2_suppression_options, suppressed_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressionOptions.SuppressedReasons: SuppressionListReasons */
        [714] = {REF(members[714].name_ref, strings[14613]), REF(members[714].shape_ref, shapes[525]), offsetof(struct awsc_sesv2_suppression_options, suppression_scope), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressionOptions.SuppressionScope: SuppressionListScope */
        [715] = {REF(members[715].name_ref, strings[14630]), REF(members[715].shape_ref, shapes[528]), offsetof(struct awsc_sesv2_suppression_options, validation_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressionOptions.ValidationOptions: SuppressionValidationOptions */
        [716] = {REF(members[716].name_ref, strings[17723]), REF(members[716].shape_ref, shapes[518]), offsetof(struct awsc_sesv2_suppression_validation_attributes, condition_threshold), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressionValidationAttributes.ConditionThreshold: SuppressionConditionThreshold */
        [717] = {REF(members[717].name_ref, strings[17723]), REF(members[717].shape_ref, shapes[518]), offsetof(struct awsc_sesv2_suppression_validation_options, condition_threshold), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* SuppressionValidationOptions.ConditionThreshold: SuppressionConditionThreshold */
        [718] = {REF(members[718].name_ref, strings[17775]), REF(members[718].shape_ref, shapes[530]), offsetof(struct awsc_sesv2_tag, key), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Key: TagKey */
        [719] = {REF(members[719].name_ref, strings[12791]), REF(members[719].shape_ref, shapes[535]), offsetof(struct awsc_sesv2_tag, value), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tag.Value: TagValue */
        [720] = {REF(members[720].name_ref, strings[3631]), REF(members[720].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_tag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagResourceRequest.ResourceArn: AmazonResourceName */
        [721] = {REF(members[721].name_ref, strings[2426]), REF(members[721].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_tag_resource_input, tags), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TagResourceRequest.Tags: TagList */
        [722] = {REF(members[722].name_ref, strings[2638]), REF(members[722].shape_ref, shapes[176]), offsetof(struct awsc_sesv2_template, template_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Template.TemplateName: EmailTemplateName */
        [723] = {REF(members[723].name_ref, strings[17853]), REF(members[723].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_template, template_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Template.TemplateArn: AmazonResourceName */
        [724] = {REF(members[724].name_ref, strings[2684]), REF(members[724].shape_ref, shapes[171]), offsetof(struct awsc_sesv2_template, template_content), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Template.TemplateContent: EmailTemplateContent */
        [725] = {REF(members[725].name_ref, strings[17865]), REF(members[725].shape_ref, shapes[172]), offsetof(struct awsc_sesv2_template, template_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Template.TemplateData: EmailTemplateData */
        [726] = {REF(members[726].name_ref, strings[12730]), REF(members[726].shape_ref, shapes[361]), offsetof(struct awsc_sesv2_template, headers), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Template.Headers: MessageHeaderList */
        [727] = {REF(members[727].name_ref, strings[12738]), REF(members[727].shape_ref, shapes[16]), offsetof(struct awsc_sesv2_template, attachments), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Template.Attachments: AttachmentList */
        [728] = {REF(members[728].name_ref, strings[3559]), REF(members[728].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_tenant, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tenant.TenantName: TenantName */
        [729] = {REF(members[729].name_ref, strings[3704]), REF(members[729].shape_ref, shapes[539]), offsetof(struct awsc_sesv2_tenant, tenant_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tenant.TenantId: TenantId */
        [730] = {REF(members[730].name_ref, strings[3713]), REF(members[730].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_tenant, tenant_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tenant.TenantArn: AmazonResourceName */
        [731] = {REF(members[731].name_ref, strings[3723]), REF(members[731].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_tenant, created_timestamp), offsetof(struct awsc_sesv2_tenant, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tenant.CreatedTimestamp: Timestamp */
        [732] = {REF(members[732].name_ref, strings[2426]), REF(members[732].shape_ref, shapes[532]), offsetof(struct awsc_sesv2_tenant, tags), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tenant.Tags: TagList */
        [733] = {REF(members[733].name_ref, strings[3740]), REF(members[733].shape_ref, shapes[503]), offsetof(struct awsc_sesv2_tenant, sending_status), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tenant.SendingStatus: SendingStatus */
        [734] = {REF(members[734].name_ref, strings[3570]), REF(members[734].shape_ref, shapes[545]), offsetof(struct awsc_sesv2_tenant, suppression_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Tenant.SuppressionAttributes: TenantSuppressionAttributes */
        [735] = {REF(members[735].name_ref, strings[3559]), REF(members[735].shape_ref, shapes[542]), offsetof(struct awsc_sesv2_tenant_info, tenant_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TenantInfo.TenantName: TenantName */
        [736] = {REF(members[736].name_ref, strings[3704]), REF(members[736].shape_ref, shapes[539]), offsetof(struct awsc_sesv2_tenant_info, tenant_id), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TenantInfo.TenantId: TenantId */
        [737] = {REF(members[737].name_ref, strings[3713]), REF(members[737].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_tenant_info, tenant_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TenantInfo.TenantArn: AmazonResourceName */
        [738] = {REF(members[738].name_ref, strings[3723]), REF(members[738].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_tenant_info, created_timestamp), offsetof(struct awsc_sesv2_tenant_info, has_created_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TenantInfo.CreatedTimestamp: Timestamp */
        [739] = {REF(members[739].name_ref, strings[16597]), REF(members[739].shape_ref, shapes[482]), offsetof(struct awsc_sesv2_tenant_resource, resource_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TenantResource.ResourceType: ResourceType */
        [740] = {REF(members[740].name_ref, strings[3631]), REF(members[740].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_tenant_resource, resource_arn), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TenantResource.ResourceArn: AmazonResourceName */
        [741] = {REF(members[741].name_ref, strings[14057]), REF(members[741].shape_ref, shapes[524]), offsetof(struct awsc_sesv2_tenant_suppression_attributes, suppressed_reasons), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TenantSuppressionAttributes.SuppressedReasons: SuppressionListReasons */
        [742] = {REF(members[742].name_ref, strings[14613]), REF(members[742].shape_ref, shapes[525]), offsetof(struct awsc_sesv2_tenant_suppression_attributes, suppression_scope), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TenantSuppressionAttributes.SuppressionScope: SuppressionListScope */
        [743] = {REF(members[743].name_ref, strings[2638]), REF(members[743].shape_ref, shapes[176]), offsetof(struct awsc_sesv2_test_render_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* TestRenderEmailTemplateRequest.TemplateName: EmailTemplateName */
        [744] = {REF(members[744].name_ref, strings[17865]), REF(members[744].shape_ref, shapes[172]), offsetof(struct awsc_sesv2_test_render_email_template_input, template_data), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TestRenderEmailTemplateRequest.TemplateData: EmailTemplateData */
        [745] = {REF(members[745].name_ref, strings[18029]), REF(members[745].shape_ref, shapes[467]), offsetof(struct awsc_sesv2_test_render_email_template_output, rendered_template), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TestRenderEmailTemplateResponse.RenderedTemplate: RenderedEmailTemplate */
        [746] = {REF(members[746].name_ref, strings[11640]), REF(members[746].shape_ref, shapes[554]), offsetof(struct awsc_sesv2_topic, topic_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Topic.TopicName: TopicName */
        [747] = {REF(members[747].name_ref, strings[5315]), REF(members[747].shape_ref, shapes[145]), offsetof(struct awsc_sesv2_topic, display_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Topic.DisplayName: DisplayName */
        [748] = {REF(members[748].name_ref, strings[903]), REF(members[748].shape_ref, shapes[138]), offsetof(struct awsc_sesv2_topic, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Topic.Description: Description */
        [749] = {REF(members[749].name_ref, strings[18108]), REF(members[749].shape_ref, shapes[511]), offsetof(struct awsc_sesv2_topic, default_subscription_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* Topic.DefaultSubscriptionStatus: SubscriptionStatus */
        [750] = {REF(members[750].name_ref, strings[11640]), REF(members[750].shape_ref, shapes[554]), offsetof(struct awsc_sesv2_topic_filter, topic_name), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TopicFilter.TopicName: TopicName */
        [751] = {REF(members[751].name_ref, strings[18134]), REF(members[751].shape_ref, shapes[579]), offsetof(struct awsc_sesv2_topic_filter, use_default_if_preference_unavailable), offsetof(struct awsc_sesv2_topic_filter, has_use_default_if_preference_unavailable), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TopicFilter.UseDefaultIfPreferenceUnavailable: UseDefaultIfPreferenceUnavailable */
        [752] = {REF(members[752].name_ref, strings[11640]), REF(members[752].shape_ref, shapes[554]), offsetof(struct awsc_sesv2_topic_preference, topic_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TopicPreference.TopicName: TopicName */
        [753] = {REF(members[753].name_ref, strings[17245]), REF(members[753].shape_ref, shapes[511]), offsetof(struct awsc_sesv2_topic_preference, subscription_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TopicPreference.SubscriptionStatus: SubscriptionStatus */
        [754] = {REF(members[754].name_ref, strings[3754]), REF(members[754].shape_ref, shapes[93]), offsetof(struct awsc_sesv2_tracking_options, custom_redirect_domain), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TrackingOptions.CustomRedirectDomain: CustomRedirectDomain */
        [755] = {REF(members[755].name_ref, strings[10104]), REF(members[755].shape_ref, shapes[266]), offsetof(struct awsc_sesv2_tracking_options, https_policy), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* TrackingOptions.HttpsPolicy: HttpsPolicy */
        [756] = {REF(members[756].name_ref, strings[3631]), REF(members[756].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_untag_resource_input, resource_arn), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* UntagResourceRequest.ResourceArn: AmazonResourceName */
        [757] = {REF(members[757].name_ref, strings[18225]), REF(members[757].shape_ref, shapes[531]), offsetof(struct awsc_sesv2_untag_resource_input, tag_keys), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_QUERY, AWSC_TSFMT_DEFAULT}, /* UntagResourceRequest.TagKeys: TagKeyList */
        [758] = {REF(members[758].name_ref, strings[1925]), REF(members[758].shape_ref, shapes[52]), offsetof(struct awsc_sesv2_update_configuration_set_event_destination_input, configuration_set_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateConfigurationSetEventDestinationRequest.ConfigurationSetName: ConfigurationSetName */
        [759] = {REF(members[759].name_ref, strings[2246]), REF(members[759].shape_ref, shapes[190]), offsetof(struct awsc_sesv2_update_configuration_set_event_destination_input, event_destination_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateConfigurationSetEventDestinationRequest.EventDestinationName: EventDestinationName */
        [760] = {REF(members[760].name_ref, strings[2267]), REF(members[760].shape_ref, shapes[189]), offsetof(struct awsc_sesv2_update_configuration_set_event_destination_input, event_destination), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateConfigurationSetEventDestinationRequest.EventDestination: EventDestinationDefinition */
        [761] = {REF(members[761].name_ref, strings[2105]), REF(members[761].shape_ref, shapes[60]), offsetof(struct awsc_sesv2_update_contact_list_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateContactListRequest.ContactListName: ContactListName */
        [762] = {REF(members[762].name_ref, strings[2517]), REF(members[762].shape_ref, shapes[557]), offsetof(struct awsc_sesv2_update_contact_list_input, topics), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateContactListRequest.Topics: Topics */
        [763] = {REF(members[763].name_ref, strings[903]), REF(members[763].shape_ref, shapes[138]), offsetof(struct awsc_sesv2_update_contact_list_input, description), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateContactListRequest.Description: Description */
        [764] = {REF(members[764].name_ref, strings[2105]), REF(members[764].shape_ref, shapes[60]), offsetof(struct awsc_sesv2_update_contact_input, contact_list_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateContactRequest.ContactListName: ContactListName */
        [765] = {REF(members[765].name_ref, strings[1997]), REF(members[765].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_update_contact_input, email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateContactRequest.EmailAddress: EmailAddress */
        [766] = {REF(members[766].name_ref, strings[2010]), REF(members[766].shape_ref, shapes[556]), offsetof(struct awsc_sesv2_update_contact_input, topic_preferences), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateContactRequest.TopicPreferences: TopicPreferenceList */
        [767] = {REF(members[767].name_ref, strings[2051]), REF(members[767].shape_ref, shapes[559]), offsetof(struct awsc_sesv2_update_contact_input, unsubscribe_all), offsetof(struct awsc_sesv2_update_contact_input, has_unsubscribe_all), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateContactRequest.UnsubscribeAll: UnsubscribeAll */
        [768] = {REF(members[768].name_ref, strings[588]), REF(members[768].shape_ref, shapes[17]), offsetof(struct awsc_sesv2_update_contact_input, attributes_data), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateContactRequest.AttributesData: AttributesData */
        [769] = {REF(members[769].name_ref, strings[2638]), REF(members[769].shape_ref, shapes[176]), offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateCustomVerificationEmailTemplateRequest.TemplateName: EmailTemplateName */
        [770] = {REF(members[770].name_ref, strings[2651]), REF(members[770].shape_ref, shapes[160]), offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, from_email_address), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateCustomVerificationEmailTemplateRequest.FromEmailAddress: EmailAddress */
        [771] = {REF(members[771].name_ref, strings[2668]), REF(members[771].shape_ref, shapes[177]), offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, template_subject), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateCustomVerificationEmailTemplateRequest.TemplateSubject: EmailTemplateSubject */
        [772] = {REF(members[772].name_ref, strings[2684]), REF(members[772].shape_ref, shapes[537]), offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, template_content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateCustomVerificationEmailTemplateRequest.TemplateContent: TemplateContent */
        [773] = {REF(members[773].name_ref, strings[2700]), REF(members[773].shape_ref, shapes[512]), offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, success_redirection_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateCustomVerificationEmailTemplateRequest.SuccessRedirectionURL: SuccessRedirectionURL */
        [774] = {REF(members[774].name_ref, strings[2722]), REF(members[774].shape_ref, shapes[209]), offsetof(struct awsc_sesv2_update_custom_verification_email_template_input, failure_redirection_url), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateCustomVerificationEmailTemplateRequest.FailureRedirectionURL: FailureRedirectionURL */
        [775] = {REF(members[775].name_ref, strings[3025]), REF(members[775].shape_ref, shapes[267]), offsetof(struct awsc_sesv2_update_email_identity_policy_input, email_identity), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateEmailIdentityPolicyRequest.EmailIdentity: Identity */
        [776] = {REF(members[776].name_ref, strings[3039]), REF(members[776].shape_ref, shapes[397]), offsetof(struct awsc_sesv2_update_email_identity_policy_input, policy_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateEmailIdentityPolicyRequest.PolicyName: PolicyName */
        [777] = {REF(members[777].name_ref, strings[3050]), REF(members[777].shape_ref, shapes[395]), offsetof(struct awsc_sesv2_update_email_identity_policy_input, policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEmailIdentityPolicyRequest.Policy: Policy */
        [778] = {REF(members[778].name_ref, strings[2638]), REF(members[778].shape_ref, shapes[176]), offsetof(struct awsc_sesv2_update_email_template_input, template_name), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateEmailTemplateRequest.TemplateName: EmailTemplateName */
        [779] = {REF(members[779].name_ref, strings[2684]), REF(members[779].shape_ref, shapes[171]), offsetof(struct awsc_sesv2_update_email_template_input, template_content), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateEmailTemplateRequest.TemplateContent: EmailTemplateContent */
        [780] = {REF(members[780].name_ref, strings[9839]), REF(members[780].shape_ref, shapes[478]), offsetof(struct awsc_sesv2_update_reputation_entity_customer_managed_status_input, reputation_entity_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateReputationEntityCustomerManagedStatusRequest.ReputationEntityType: ReputationEntityType */
        [781] = {REF(members[781].name_ref, strings[9813]), REF(members[781].shape_ref, shapes[477]), offsetof(struct awsc_sesv2_update_reputation_entity_customer_managed_status_input, reputation_entity_reference), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateReputationEntityCustomerManagedStatusRequest.ReputationEntityReference: ReputationEntityReference */
        [782] = {REF(members[782].name_ref, strings[3740]), REF(members[782].shape_ref, shapes[503]), offsetof(struct awsc_sesv2_update_reputation_entity_customer_managed_status_input, sending_status), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateReputationEntityCustomerManagedStatusRequest.SendingStatus: SendingStatus */
        [783] = {REF(members[783].name_ref, strings[9839]), REF(members[783].shape_ref, shapes[478]), offsetof(struct awsc_sesv2_update_reputation_entity_policy_input, reputation_entity_type), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateReputationEntityPolicyRequest.ReputationEntityType: ReputationEntityType */
        [784] = {REF(members[784].name_ref, strings[9813]), REF(members[784].shape_ref, shapes[477]), offsetof(struct awsc_sesv2_update_reputation_entity_policy_input, reputation_entity_reference), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_URI, AWSC_TSFMT_DEFAULT}, /* UpdateReputationEntityPolicyRequest.ReputationEntityReference: ReputationEntityReference */
        [785] = {REF(members[785].name_ref, strings[18794]), REF(members[785].shape_ref, shapes[6]), offsetof(struct awsc_sesv2_update_reputation_entity_policy_input, reputation_entity_policy), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* UpdateReputationEntityPolicyRequest.ReputationEntityPolicy: AmazonResourceName */
        [786] = {REF(members[786].name_ref, strings[18854]), REF(members[786].shape_ref, shapes[210]), offsetof(struct awsc_sesv2_vdm_attributes, vdm_enabled), AWSC_NO_PRESENCE, AWSC_MF_REQUIRED, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VdmAttributes.VdmEnabled: FeatureStatus */
        [787] = {REF(members[787].name_ref, strings[3914]), REF(members[787].shape_ref, shapes[98]), offsetof(struct awsc_sesv2_vdm_attributes, dashboard_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VdmAttributes.DashboardAttributes: DashboardAttributes */
        [788] = {REF(members[788].name_ref, strings[10034]), REF(members[788].shape_ref, shapes[263]), offsetof(struct awsc_sesv2_vdm_attributes, guardian_attributes), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VdmAttributes.GuardianAttributes: GuardianAttributes */
        [789] = {REF(members[789].name_ref, strings[3952]), REF(members[789].shape_ref, shapes[99]), offsetof(struct awsc_sesv2_vdm_options, dashboard_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VdmOptions.DashboardOptions: DashboardOptions */
        [790] = {REF(members[790].name_ref, strings[10077]), REF(members[790].shape_ref, shapes[264]), offsetof(struct awsc_sesv2_vdm_options, guardian_options), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VdmOptions.GuardianOptions: GuardianOptions */
        [791] = {REF(members[791].name_ref, strings[19137]), REF(members[791].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_verification_info, last_checked_timestamp), offsetof(struct awsc_sesv2_verification_info, has_last_checked_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VerificationInfo.LastCheckedTimestamp: Timestamp */
        [792] = {REF(members[792].name_ref, strings[19158]), REF(members[792].shape_ref, shapes[548]), offsetof(struct awsc_sesv2_verification_info, last_success_timestamp), offsetof(struct awsc_sesv2_verification_info, has_last_success_timestamp), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VerificationInfo.LastSuccessTimestamp: Timestamp */
        [793] = {REF(members[793].name_ref, strings[19179]), REF(members[793].shape_ref, shapes[582]), offsetof(struct awsc_sesv2_verification_info, error_type), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VerificationInfo.ErrorType: VerificationError */
        [794] = {REF(members[794].name_ref, strings[16720]), REF(members[794].shape_ref, shapes[490]), offsetof(struct awsc_sesv2_verification_info, soa_record), AWSC_NO_PRESENCE, 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VerificationInfo.SOARecord: SOARecord */
        [795] = {REF(members[795].name_ref, strings[6665]), REF(members[795].shape_ref, shapes[585]), offsetof(struct awsc_sesv2_volume_statistics, inbox_raw_count), offsetof(struct awsc_sesv2_volume_statistics, has_inbox_raw_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VolumeStatistics.InboxRawCount: Volume */
        [796] = {REF(members[796].name_ref, strings[6679]), REF(members[796].shape_ref, shapes[585]), offsetof(struct awsc_sesv2_volume_statistics, spam_raw_count), offsetof(struct awsc_sesv2_volume_statistics, has_spam_raw_count), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VolumeStatistics.SpamRawCount: Volume */
        [797] = {REF(members[797].name_ref, strings[19196]), REF(members[797].shape_ref, shapes[585]), offsetof(struct awsc_sesv2_volume_statistics, projected_inbox), offsetof(struct awsc_sesv2_volume_statistics, has_projected_inbox), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VolumeStatistics.ProjectedInbox: Volume */
        [798] = {REF(members[798].name_ref, strings[19211]), REF(members[798].shape_ref, shapes[585]), offsetof(struct awsc_sesv2_volume_statistics, projected_spam), offsetof(struct awsc_sesv2_volume_statistics, has_projected_spam), 0, AWSC_LOC_BODY, AWSC_TSFMT_DEFAULT}, /* VolumeStatistics.ProjectedSpam: Volume */
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
        /*      0 */ "AccountDetails\0"
        /*     15 */ "MailType\0"
        /*     24 */ "WebsiteURL\0"
        /*     35 */ "ContactLanguage\0"
        /*     51 */ "UseCaseDescription\0"
        /*     70 */ "AdditionalContactEmailAddresses\0"
        /*    102 */ "ReviewDetails\0"
        /*    116 */ "AccountSuspendedException\0"
        /*    142 */ "AdditionalContactEmailAddress\0"
        /*    172 */ "AdminEmail\0"
        /*    183 */ "AlreadyExistsException\0"
        /*    206 */ "AmazonResourceName\0"
        /*    225 */ "ArchiveArn\0"
        /*    236 */ "ArchivingOptions\0"
        /*    253 */ "Attachment\0"
        /*    264 */ "RawContent\0"
        /*    275 */ "ContentDisposition\0"
        /*    294 */ "FileName\0"
        /*    303 */ "ContentDescription\0"
        /*    322 */ "ContentId\0"
        /*    332 */ "ContentTransferEncoding\0"
        /*    356 */ "ContentType\0"
        /*    368 */ "AttachmentContentDescription\0"
        /*    397 */ "AttachmentContentDisposition\0"
        /*    426 */ "ATTACHMENT\0" "INLINE\0"
        /*    444 */ "AttachmentContentId\0"
        /*    464 */ "AttachmentContentTransferEncoding\0"
        /*    498 */ "BASE64\0" "QUOTED_PRINTABLE\0" "SEVEN_BIT\0"
        /*    532 */ "AttachmentContentType\0"
        /*    554 */ "AttachmentFileName\0"
        /*    573 */ "AttachmentList\0"
        /*    588 */ "AttributesData\0"
        /*    603 */ "BadRequestException\0"
        /*    623 */ "BatchGetMetricDataQueries\0"
        /*    649 */ "BatchGetMetricDataQuery\0"
        /*    673 */ "Id\0"
        /*    676 */ "Namespace\0"
        /*    686 */ "Metric\0"
        /*    693 */ "Dimensions\0"
        /*    704 */ "StartDate\0"
        /*    714 */ "EndDate\0"
        /*    722 */ "BatchGetMetricDataRequest\0"
        /*    748 */ "Queries\0"
        /*    756 */ "BatchGetMetricDataResponse\0"
        /*    783 */ "Results\0"
        /*    791 */ "Errors\0"
        /*    798 */ "BehaviorOnMxFailure\0"
        /*    818 */ "USE_DEFAULT_VALUE\0" "REJECT_MESSAGE\0"
        /*    851 */ "BlacklistEntries\0"
        /*    868 */ "BlacklistEntry\0"
        /*    883 */ "RblName\0"
        /*    891 */ "ListingTime\0"
        /*    903 */ "Description\0"
        /*    915 */ "BlacklistItemName\0"
        /*    933 */ "BlacklistItemNames\0"
        /*    952 */ "BlacklistReport\0"
        /*    968 */ "BlacklistingDescription\0"
        /*    992 */ "Body\0"
        /*    997 */ "Text\0"
        /*   1002 */ "Html\0"
        /*   1007 */ "Bounce\0"
        /*   1014 */ "BounceType\0"
        /*   1025 */ "BounceSubType\0"
        /*   1039 */ "DiagnosticCode\0"
        /*   1054 */ "UNDETERMINED\0" "TRANSIENT\0" "PERMANENT\0"
        /*   1087 */ "BulkEmailContent\0"
        /*   1104 */ "Template\0"
        /*   1113 */ "BulkEmailEntry\0"
        /*   1128 */ "Destination\0"
        /*   1140 */ "ReplacementTags\0"
        /*   1156 */ "ReplacementEmailContent\0"
        /*   1180 */ "ReplacementHeaders\0"
        /*   1199 */ "BulkEmailEntryList\0"
        /*   1218 */ "BulkEmailEntryResult\0"
        /*   1239 */ "Status\0"
        /*   1246 */ "Error\0"
        /*   1252 */ "MessageId\0"
        /*   1262 */ "BulkEmailEntryResultList\0"
        /*   1287 */ "BulkEmailStatus\0"
        /*   1303 */ "SUCCESS\0" "MESSAGE_REJECTED\0" "MAIL_FROM_DOMAIN_NOT_VERIFIED\0" "CONFIGURATION_SET_NOT_FOUND\0" "TEMPLATE_NOT_FOUND\0" "ACCOUNT_SUSPENDED\0" "ACCOUNT_THROTTLED\0" "ACCOUNT_DAILY_QUOTA_EXCEEDED\0" "INVALID_SENDING_POOL_NAME\0" "ACCOUNT_SENDING_PAUSED\0" "CONFIGURATION_SET_SENDING_PAUSED\0" "INVALID_PARAMETER\0" "TRANSIENT_FAILURE\0" "FAILED\0"
        /*   1595 */ "CampaignId\0"
        /*   1606 */ "CancelExportJobRequest\0"
        /*   1629 */ "JobId\0"
        /*   1635 */ "CancelExportJobResponse\0"
        /*   1659 */ "CaseId\0"
        /*   1666 */ "Charset\0"
        /*   1674 */ "CloudWatchDestination\0"
        /*   1696 */ "DimensionConfigurations\0"
        /*   1720 */ "CloudWatchDimensionConfiguration\0"
        /*   1753 */ "DimensionName\0"
        /*   1767 */ "DimensionValueSource\0"
        /*   1788 */ "DefaultDimensionValue\0"
        /*   1810 */ "CloudWatchDimensionConfigurations\0"
        /*   1844 */ "Complaint\0"
        /*   1854 */ "ComplaintSubType\0"
        /*   1871 */ "ComplaintFeedbackType\0"
        /*   1893 */ "ConcurrentModificationException\0"
        /*   1925 */ "ConfigurationSetName\0"
        /*   1946 */ "ConfigurationSetNameList\0"
        /*   1971 */ "ConflictException\0"
        /*   1989 */ "Contact\0"
        /*   1997 */ "EmailAddress\0"
        /*   2010 */ "TopicPreferences\0"
        /*   2027 */ "TopicDefaultPreferences\0"
        /*   2051 */ "UnsubscribeAll\0"
        /*   2066 */ "LastUpdatedTimestamp\0"
        /*   2087 */ "EN\0" "JA\0"
        /*   2093 */ "ContactList\0"
        /*   2105 */ "ContactListName\0"
        /*   2121 */ "ContactListDestination\0"
        /*   2144 */ "ContactListImportAction\0"
        /*   2168 */ "DELETE\0" "PUT\0"
        /*   2179 */ "Content\0"
        /*   2187 */ "Data\0"
        /*   2192 */ "Counter\0"
        /*   2200 */ "CreateConfigurationSetEventDestinationRequest\0"
        /*   2246 */ "EventDestinationName\0"
        /*   2267 */ "EventDestination\0"
        /*   2284 */ "CreateConfigurationSetEventDestinationResponse\0"
        /*   2331 */ "CreateConfigurationSetRequest\0"
        /*   2361 */ "TrackingOptions\0"
        /*   2377 */ "DeliveryOptions\0"
        /*   2393 */ "ReputationOptions\0"
        /*   2411 */ "SendingOptions\0"
        /*   2426 */ "Tags\0"
        /*   2431 */ "SuppressionOptions\0"
        /*   2450 */ "VdmOptions\0"
        /*   2461 */ "CreateConfigurationSetResponse\0"
        /*   2492 */ "CreateContactListRequest\0"
        /*   2517 */ "Topics\0"
        /*   2524 */ "CreateContactListResponse\0"
        /*   2550 */ "CreateContactRequest\0"
        /*   2571 */ "CreateContactResponse\0"
        /*   2593 */ "CreateCustomVerificationEmailTemplateRequest\0"
        /*   2638 */ "TemplateName\0"
        /*   2651 */ "FromEmailAddress\0"
        /*   2668 */ "TemplateSubject\0"
        /*   2684 */ "TemplateContent\0"
        /*   2700 */ "SuccessRedirectionURL\0"
        /*   2722 */ "FailureRedirectionURL\0"
        /*   2744 */ "CreateCustomVerificationEmailTemplateResponse\0"
        /*   2790 */ "CreateDedicatedIpPoolRequest\0"
        /*   2819 */ "PoolName\0"
        /*   2828 */ "ScalingMode\0"
        /*   2840 */ "CreateDedicatedIpPoolResponse\0"
        /*   2870 */ "CreateDeliverabilityTestReportRequest\0"
        /*   2908 */ "ReportName\0"
        /*   2919 */ "CreateDeliverabilityTestReportResponse\0"
        /*   2958 */ "ReportId\0"
        /*   2967 */ "DeliverabilityTestStatus\0"
        /*   2992 */ "CreateEmailIdentityPolicyRequest\0"
        /*   3025 */ "EmailIdentity\0"
        /*   3039 */ "PolicyName\0"
        /*   3050 */ "Policy\0"
        /*   3057 */ "CreateEmailIdentityPolicyResponse\0"
        /*   3091 */ "CreateEmailIdentityRequest\0"
        /*   3118 */ "DkimSigningAttributes\0"
        /*   3140 */ "CreateEmailIdentityResponse\0"
        /*   3168 */ "IdentityType\0"
        /*   3181 */ "VerifiedForSendingStatus\0"
        /*   3206 */ "DkimAttributes\0"
        /*   3221 */ "CreateEmailTemplateRequest\0"
        /*   3248 */ "CreateEmailTemplateResponse\0"
        /*   3276 */ "CreateExportJobRequest\0"
        /*   3299 */ "ExportDataSource\0"
        /*   3316 */ "ExportDestination\0"
        /*   3334 */ "CreateExportJobResponse\0"
        /*   3358 */ "CreateImportJobRequest\0"
        /*   3381 */ "ImportDestination\0"
        /*   3399 */ "ImportDataSource\0"
        /*   3416 */ "CreateImportJobResponse\0"
        /*   3440 */ "CreateMultiRegionEndpointRequest\0"
        /*   3473 */ "EndpointName\0"
        /*   3486 */ "Details\0"
        /*   3494 */ "CreateMultiRegionEndpointResponse\0"
        /*   3528 */ "EndpointId\0"
        /*   3539 */ "CreateTenantRequest\0"
        /*   3559 */ "TenantName\0"
        /*   3570 */ "SuppressionAttributes\0"
        /*   3592 */ "CreateTenantResourceAssociationRequest\0"
        /*   3631 */ "ResourceArn\0"
        /*   3643 */ "CreateTenantResourceAssociationResponse\0"
        /*   3683 */ "CreateTenantResponse\0"
        /*   3704 */ "TenantId\0"
        /*   3713 */ "TenantArn\0"
        /*   3723 */ "CreatedTimestamp\0"
        /*   3740 */ "SendingStatus\0"
        /*   3754 */ "CustomRedirectDomain\0"
        /*   3775 */ "CustomVerificationEmailTemplateMetadata\0"
        /*   3815 */ "CustomVerificationEmailTemplatesList\0"
        /*   3852 */ "DailyVolume\0"
        /*   3864 */ "VolumeStatistics\0"
        /*   3881 */ "DomainIspPlacements\0"
        /*   3901 */ "DailyVolumes\0"
        /*   3914 */ "DashboardAttributes\0"
        /*   3934 */ "EngagementMetrics\0"
        /*   3952 */ "DashboardOptions\0"
        /*   3969 */ "DataFormat\0"
        /*   3980 */ "CSV\0" "JSON\0"
        /*   3989 */ "DedicatedIp\0"
        /*   4001 */ "Ip\0"
        /*   4004 */ "WarmupStatus\0"
        /*   4017 */ "WarmupPercentage\0"
        /*   4034 */ "DedicatedIpList\0"
        /*   4050 */ "DedicatedIpPool\0"
        /*   4066 */ "DeleteConfigurationSetEventDestinationRequest\0"
        /*   4112 */ "DeleteConfigurationSetEventDestinationResponse\0"
        /*   4159 */ "DeleteConfigurationSetRequest\0"
        /*   4189 */ "DeleteConfigurationSetResponse\0"
        /*   4220 */ "DeleteContactListRequest\0"
        /*   4245 */ "DeleteContactListResponse\0"
        /*   4271 */ "DeleteContactRequest\0"
        /*   4292 */ "DeleteContactResponse\0"
        /*   4314 */ "DeleteCustomVerificationEmailTemplateRequest\0"
        /*   4359 */ "DeleteCustomVerificationEmailTemplateResponse\0"
        /*   4405 */ "DeleteDedicatedIpPoolRequest\0"
        /*   4434 */ "DeleteDedicatedIpPoolResponse\0"
        /*   4464 */ "DeleteEmailIdentityPolicyRequest\0"
        /*   4497 */ "DeleteEmailIdentityPolicyResponse\0"
        /*   4531 */ "DeleteEmailIdentityRequest\0"
        /*   4558 */ "DeleteEmailIdentityResponse\0"
        /*   4586 */ "DeleteEmailTemplateRequest\0"
        /*   4613 */ "DeleteEmailTemplateResponse\0"
        /*   4641 */ "DeleteMultiRegionEndpointRequest\0"
        /*   4674 */ "DeleteMultiRegionEndpointResponse\0"
        /*   4708 */ "DeleteSuppressedDestinationRequest\0"
        /*   4743 */ "DeleteSuppressedDestinationResponse\0"
        /*   4779 */ "DeleteTenantRequest\0"
        /*   4799 */ "DeleteTenantResourceAssociationRequest\0"
        /*   4838 */ "DeleteTenantResourceAssociationResponse\0"
        /*   4878 */ "DeleteTenantResponse\0"
        /*   4899 */ "DeliverabilityDashboardAccountStatus\0"
        /*   4936 */ "ACTIVE\0" "PENDING_EXPIRATION\0" "DISABLED\0"
        /*   4971 */ "DeliverabilityTestReport\0"
        /*   4996 */ "Subject\0"
        /*   5004 */ "CreateDate\0"
        /*   5015 */ "DeliverabilityTestReports\0"
        /*   5041 */ "IN_PROGRESS\0" "COMPLETED\0"
        /*   5063 */ "DeliverabilityTestSubject\0"
        /*   5089 */ "DeliveryEventType\0"
        /*   5107 */ "SEND\0" "DELIVERY\0" "TRANSIENT_BOUNCE\0" "PERMANENT_BOUNCE\0" "UNDETERMINED_BOUNCE\0" "COMPLAINT\0"
        /*   5185 */ "TlsPolicy\0"
        /*   5195 */ "SendingPoolName\0"
        /*   5211 */ "MaxDeliverySeconds\0"
        /*   5230 */ "ToAddresses\0"
        /*   5242 */ "CcAddresses\0"
        /*   5254 */ "BccAddresses\0"
        /*   5267 */ "RoutesDetails\0"
        /*   5281 */ "MESSAGE_TAG\0" "EMAIL_HEADER\0" "LINK_TAG\0"
        /*   5315 */ "DisplayName\0"
        /*   5327 */ "SigningEnabled\0"
        /*   5342 */ "Tokens\0"
        /*   5349 */ "SigningHostedZone\0"
        /*   5367 */ "SigningAttributesOrigin\0"
        /*   5391 */ "NextSigningKeyLength\0"
        /*   5412 */ "CurrentSigningKeyLength\0"
        /*   5436 */ "LastKeyGenerationTimestamp\0"
        /*   5463 */ "DomainSigningSelector\0"
        /*   5485 */ "DomainSigningPrivateKey\0"
        /*   5509 */ "DomainSigningAttributesOrigin\0"
        /*   5539 */ "DkimSigningAttributesOrigin\0"
        /*   5567 */ "AWS_SES\0" "EXTERNAL\0" "AWS_SES_AF_SOUTH_1\0" "AWS_SES_EU_NORTH_1\0" "AWS_SES_AP_SOUTH_1\0" "AWS_SES_EU_WEST_3\0" "AWS_SES_EU_WEST_2\0" "AWS_SES_EU_SOUTH_1\0" "AWS_SES_EU_WEST_1\0" "AWS_SES_AP_NORTHEAST_3\0" "AWS_SES_AP_NORTHEAST_2\0" "AWS_SES_ME_SOUTH_1\0" "AWS_SES_AP_NORTHEAST_1\0" "AWS_SES_IL_CENTRAL_1\0" "AWS_SES_SA_EAST_1\0" "AWS_SES_CA_CENTRAL_1\0" "AWS_SES_AP_SOUTHEAST_1\0" "AWS_SES_AP_SOUTHEAST_2\0" "AWS_SES_AP_SOUTHEAST_3\0" "AWS_SES_EU_CENTRAL_1\0" "AWS_SES_US_EAST_1\0" "AWS_SES_US_EAST_2\0" "AWS_SES_US_WEST_1\0" "AWS_SES_US_WEST_2\0" "AWS_SES_ME_CENTRAL_1\0" "AWS_SES_AP_SOUTH_2\0" "AWS_SES_EU_CENTRAL_2\0" "AWS_SES_AP_SOUTHEAST_5\0" "AWS_SES_CA_WEST_1\0" "AWS_SES_US_GOV_EAST_1\0" "AWS_SES_US_GOV_WEST_1\0"
        /*   6170 */ "DkimSigningKeyLength\0"
        /*   6191 */ "RSA_1024_BIT\0" "RSA_2048_BIT\0"
        /*   6217 */ "DkimStatus\0"
        /*   6228 */ "PENDING\0" "SUCCESS\0" "FAILED\0" "TEMPORARY_FAILURE\0" "NOT_STARTED\0"
        /*   6281 */ "DnsToken\0"
        /*   6290 */ "DnsTokenList\0"
        /*   6303 */ "Domain\0"
        /*   6310 */ "DomainDeliverabilityCampaign\0"
        /*   6339 */ "ImageUrl\0"
        /*   6348 */ "FromAddress\0"
        /*   6360 */ "SendingIps\0"
        /*   6371 */ "FirstSeenDateTime\0"
        /*   6389 */ "LastSeenDateTime\0"
        /*   6406 */ "InboxCount\0"
        /*   6417 */ "SpamCount\0"
        /*   6427 */ "ReadRate\0"
        /*   6436 */ "DeleteRate\0"
        /*   6447 */ "ReadDeleteRate\0"
        /*   6462 */ "ProjectedVolume\0"
        /*   6478 */ "Esps\0"
        /*   6483 */ "DomainDeliverabilityCampaignList\0"
        /*   6516 */ "DomainDeliverabilityTrackingOption\0"
        /*   6551 */ "SubscriptionStartDate\0"
        /*   6573 */ "InboxPlacementTrackingOption\0"
        /*   6602 */ "DomainDeliverabilityTrackingOptions\0"
        /*   6638 */ "DomainIspPlacement\0"
        /*   6657 */ "IspName\0"
        /*   6665 */ "InboxRawCount\0"
        /*   6679 */ "SpamRawCount\0"
        /*   6692 */ "InboxPercentage\0"
        /*   6708 */ "SpamPercentage\0"
        /*   6723 */ "EmailAddressFilterList\0"
        /*   6746 */ "EmailAddressInsightsConfidenceVerdict\0"
        /*   6784 */ "LOW\0" "MEDIUM\0" "HIGH\0"
        /*   6800 */ "EmailAddressInsightsMailboxEvaluations\0"
        /*   6839 */ "HasValidSyntax\0"
        /*   6854 */ "HasValidDnsRecords\0"
        /*   6873 */ "MailboxExists\0"
        /*   6887 */ "IsRoleAddress\0"
        /*   6901 */ "IsDisposable\0"
        /*   6914 */ "IsRandomInput\0"
        /*   6928 */ "EmailAddressInsightsVerdict\0"
        /*   6956 */ "ConfidenceVerdict\0"
        /*   6974 */ "EmailAddressList\0"
        /*   6991 */ "EmailContent\0"
        /*   7004 */ "Simple\0"
        /*   7011 */ "Raw\0"
        /*   7015 */ "EmailInsights\0"
        /*   7029 */ "Isp\0"
        /*   7033 */ "Events\0"
        /*   7040 */ "EmailInsightsList\0"
        /*   7058 */ "EmailSubject\0"
        /*   7071 */ "EmailSubjectFilterList\0"
        /*   7094 */ "EmailTemplateContent\0"
        /*   7115 */ "EmailTemplateData\0"
        /*   7133 */ "EmailTemplateHtml\0"
        /*   7151 */ "EmailTemplateMetadata\0"
        /*   7173 */ "EmailTemplateMetadataList\0"
        /*   7199 */ "EmailTemplateName\0"
        /*   7217 */ "EmailTemplateSubject\0"
        /*   7238 */ "EmailTemplateText\0"
        /*   7256 */ "Enabled\0"
        /*   7264 */ "EnabledWrapper\0"
        /*   7279 */ "EngagementEventType\0"
        /*   7299 */ "OPEN\0" "CLICK\0"
        /*   7310 */ "ErrorMessage\0"
        /*   7323 */ "Esp\0"
        /*   7327 */ "EventBridgeDestination\0"
        /*   7350 */ "EventBusArn\0"
        /*   7362 */ "Name\0"
        /*   7367 */ "MatchingEventTypes\0"
        /*   7386 */ "KinesisFirehoseDestination\0"
        /*   7413 */ "SnsDestination\0"
        /*   7428 */ "PinpointDestination\0"
        /*   7448 */ "EventDestinationDefinition\0"
        /*   7475 */ "EventDestinations\0"
        /*   7493 */ "EventDetails\0"
        /*   7506 */ "EventType\0"
        /*   7516 */ "SEND\0" "REJECT\0" "BOUNCE\0" "COMPLAINT\0" "DELIVERY\0" "OPEN\0" "CLICK\0" "RENDERING_FAILURE\0" "DELIVERY_DELAY\0" "SUBSCRIPTION\0"
        /*   7611 */ "EventTypes\0"
        /*   7622 */ "MetricsDataSource\0"
        /*   7640 */ "MessageInsightsDataSource\0"
        /*   7666 */ "S3Url\0"
        /*   7672 */ "ExportDimensionValue\0"
        /*   7693 */ "ExportDimensions\0"
        /*   7710 */ "ExportJobSummary\0"
        /*   7727 */ "ExportSourceType\0"
        /*   7744 */ "JobStatus\0"
        /*   7754 */ "CompletedTimestamp\0"
        /*   7773 */ "ExportJobSummaryList\0"
        /*   7794 */ "ExportMetric\0"
        /*   7807 */ "Aggregation\0"
        /*   7819 */ "ExportMetrics\0"
        /*   7833 */ "METRICS_DATA\0" "MESSAGE_INSIGHTS\0"
        /*   7863 */ "ExportStatistics\0"
        /*   7880 */ "ProcessedRecordsCount\0"
        /*   7902 */ "ExportedRecordsCount\0"
        /*   7923 */ "FailedRecordsCount\0"
        /*   7942 */ "FailedRecordsS3Url\0"
        /*   7961 */ "FailureInfo\0"
        /*   7973 */ "FeatureStatus\0"
        /*   7987 */ "ENABLED\0" "DISABLED\0"
        /*   8004 */ "FeedbackId\0"
        /*   8015 */ "GeneralEnforcementStatus\0"
        /*   8040 */ "GetAccountRequest\0"
        /*   8058 */ "GetAccountResponse\0"
        /*   8077 */ "DedicatedIpAutoWarmupEnabled\0"
        /*   8106 */ "EnforcementStatus\0"
        /*   8124 */ "ProductionAccessEnabled\0"
        /*   8148 */ "SendQuota\0"
        /*   8158 */ "SendingEnabled\0"
        /*   8173 */ "VdmAttributes\0"
        /*   8187 */ "PricingAttributes\0"
        /*   8205 */ "GetBlacklistReportsRequest\0"
        /*   8232 */ "GetBlacklistReportsResponse\0"
        /*   8260 */ "GetConfigurationSetEventDestinationsRequest\0"
        /*   8304 */ "GetConfigurationSetEventDestinationsResponse\0"
        /*   8349 */ "GetConfigurationSetRequest\0"
        /*   8376 */ "GetConfigurationSetResponse\0"
        /*   8404 */ "GetContactListRequest\0"
        /*   8426 */ "GetContactListResponse\0"
        /*   8449 */ "GetContactRequest\0"
        /*   8467 */ "GetContactResponse\0"
        /*   8486 */ "GetCustomVerificationEmailTemplateRequest\0"
        /*   8528 */ "GetCustomVerificationEmailTemplateResponse\0"
        /*   8571 */ "GetDedicatedIpPoolRequest\0"
        /*   8597 */ "GetDedicatedIpPoolResponse\0"
        /*   8624 */ "GetDedicatedIpRequest\0"
        /*   8646 */ "Ip\0" "IP\0"
        /*   8652 */ "GetDedicatedIpResponse\0"
        /*   8675 */ "GetDedicatedIpsRequest\0"
        /*   8698 */ "NextToken\0"
        /*   8708 */ "PageSize\0"
        /*   8717 */ "GetDedicatedIpsResponse\0"
        /*   8741 */ "DedicatedIps\0"
        /*   8754 */ "GetDeliverabilityDashboardOptionsRequest\0"
        /*   8795 */ "GetDeliverabilityDashboardOptionsResponse\0"
        /*   8837 */ "DashboardEnabled\0"
        /*   8854 */ "SubscriptionExpiryDate\0"
        /*   8877 */ "AccountStatus\0"
        /*   8891 */ "ActiveSubscribedDomains\0"
        /*   8915 */ "PendingExpirationSubscribedDomains\0"
        /*   8950 */ "GetDeliverabilityTestReportRequest\0"
        /*   8985 */ "GetDeliverabilityTestReportResponse\0"
        /*   9021 */ "OverallPlacement\0"
        /*   9038 */ "IspPlacements\0"
        /*   9052 */ "Message\0"
        /*   9060 */ "GetDomainDeliverabilityCampaignRequest\0"
        /*   9099 */ "GetDomainDeliverabilityCampaignResponse\0"
        /*   9139 */ "GetDomainStatisticsReportRequest\0"
        /*   9172 */ "GetDomainStatisticsReportResponse\0"
        /*   9206 */ "OverallVolume\0"
        /*   9220 */ "GetEmailAddressInsightsRequest\0"
        /*   9251 */ "GetEmailAddressInsightsResponse\0"
        /*   9283 */ "MailboxValidation\0"
        /*   9301 */ "GetEmailIdentityPoliciesRequest\0"
        /*   9333 */ "GetEmailIdentityPoliciesResponse\0"
        /*   9366 */ "Policies\0"
        /*   9375 */ "GetEmailIdentityRequest\0"
        /*   9399 */ "GetEmailIdentityResponse\0"
        /*   9424 */ "FeedbackForwardingStatus\0"
        /*   9449 */ "MailFromAttributes\0"
        /*   9468 */ "VerificationStatus\0"
        /*   9487 */ "VerificationInfo\0"
        /*   9504 */ "GetEmailTemplateRequest\0"
        /*   9528 */ "GetEmailTemplateResponse\0"
        /*   9553 */ "GetExportJobRequest\0"
        /*   9573 */ "GetExportJobResponse\0"
        /*   9594 */ "Statistics\0"
        /*   9605 */ "GetImportJobRequest\0"
        /*   9625 */ "GetImportJobResponse\0"
        /*   9646 */ "GetMessageInsightsRequest\0"
        /*   9672 */ "GetMessageInsightsResponse\0"
        /*   9699 */ "EmailTags\0"
        /*   9709 */ "Insights\0"
        /*   9718 */ "GetMultiRegionEndpointRequest\0"
        /*   9748 */ "GetMultiRegionEndpointResponse\0"
        /*   9779 */ "Routes\0"
        /*   9786 */ "GetReputationEntityRequest\0"
        /*   9813 */ "ReputationEntityReference\0"
        /*   9839 */ "ReputationEntityType\0"
        /*   9860 */ "GetReputationEntityResponse\0"
        /*   9888 */ "ReputationEntity\0"
        /*   9905 */ "GetSuppressedDestinationRequest\0"
        /*   9937 */ "GetSuppressedDestinationResponse\0"
        /*   9970 */ "SuppressedDestination\0"
        /*   9992 */ "GetTenantRequest\0"
        /*  10009 */ "GetTenantResponse\0"
        /*  10027 */ "Tenant\0"
        /*  10034 */ "GuardianAttributes\0"
        /*  10053 */ "OptimizedSharedDelivery\0"
        /*  10077 */ "GuardianOptions\0"
        /*  10093 */ "HostedZone\0"
        /*  10104 */ "HttpsPolicy\0"
        /*  10116 */ "REQUIRE\0" "REQUIRE_OPEN_ONLY\0" "OPTIONAL\0"
        /*  10151 */ "Identity\0"
        /*  10160 */ "IdentityInfo\0"
        /*  10173 */ "IdentityName\0"
        /*  10186 */ "IdentityInfoList\0"
        /*  10203 */ "EMAIL_ADDRESS\0" "DOMAIN\0" "MANAGED_DOMAIN\0"
        /*  10239 */ "SuppressionListDestination\0"
        /*  10266 */ "ImportDestinationType\0"
        /*  10288 */ "SUPPRESSION_LIST\0" "CONTACT_LIST\0"
        /*  10318 */ "ImportJobSummary\0"
        /*  10335 */ "ImportJobSummaryList\0"
        /*  10356 */ "Global\0"
        /*  10363 */ "TrackedIsps\0"
        /*  10375 */ "InsightsEmailAddress\0"
        /*  10396 */ "InsightsEvent\0"
        /*  10410 */ "Timestamp\0"
        /*  10420 */ "Type\0"
        /*  10425 */ "InsightsEvents\0"
        /*  10440 */ "InternalServiceErrorException\0"
        /*  10470 */ "InvalidNextTokenException\0"
        /*  10496 */ "IpList\0"
        /*  10503 */ "IspFilterList\0"
        /*  10517 */ "IspNameList\0"
        /*  10529 */ "IspPlacement\0"
        /*  10542 */ "PlacementStatistics\0"
        /*  10562 */ "CREATED\0" "PROCESSING\0" "COMPLETED\0" "FAILED\0" "CANCELLED\0"
        /*  10608 */ "IamRoleArn\0"
        /*  10619 */ "DeliveryStreamArn\0"
        /*  10637 */ "LastDeliveryEventList\0"
        /*  10659 */ "LastEngagementEventList\0"
        /*  10683 */ "LastFreshStart\0"
        /*  10698 */ "LimitExceededException\0"
        /*  10721 */ "ListConfigurationSetsRequest\0"
        /*  10750 */ "ListConfigurationSetsResponse\0"
        /*  10780 */ "ConfigurationSets\0"
        /*  10798 */ "ListContactListsRequest\0"
        /*  10822 */ "ListContactListsResponse\0"
        /*  10847 */ "ContactLists\0"
        /*  10860 */ "ListContactsFilter\0"
        /*  10879 */ "FilteredStatus\0"
        /*  10894 */ "TopicFilter\0"
        /*  10906 */ "ListContactsRequest\0"
        /*  10926 */ "Filter\0"
        /*  10933 */ "ListContactsResponse\0"
        /*  10954 */ "Contacts\0"
        /*  10963 */ "ListCustomVerificationEmailTemplatesRequest\0"
        /*  11007 */ "ListCustomVerificationEmailTemplatesResponse\0"
        /*  11052 */ "CustomVerificationEmailTemplates\0"
        /*  11085 */ "ListDedicatedIpPoolsRequest\0"
        /*  11113 */ "ListDedicatedIpPoolsResponse\0"
        /*  11142 */ "DedicatedIpPools\0"
        /*  11159 */ "ListDeliverabilityTestReportsRequest\0"
        /*  11196 */ "ListDeliverabilityTestReportsResponse\0"
        /*  11234 */ "ListDomainDeliverabilityCampaignsRequest\0"
        /*  11275 */ "SubscribedDomain\0"
        /*  11292 */ "ListDomainDeliverabilityCampaignsResponse\0"
        /*  11334 */ "DomainDeliverabilityCampaigns\0"
        /*  11364 */ "ListEmailIdentitiesRequest\0"
        /*  11391 */ "ListEmailIdentitiesResponse\0"
        /*  11419 */ "EmailIdentities\0"
        /*  11435 */ "ListEmailTemplatesRequest\0"
        /*  11461 */ "ListEmailTemplatesResponse\0"
        /*  11488 */ "TemplatesMetadata\0"
        /*  11506 */ "ListExportJobsRequest\0"
        /*  11528 */ "ListExportJobsResponse\0"
        /*  11551 */ "ExportJobs\0"
        /*  11562 */ "ListImportJobsRequest\0"
        /*  11584 */ "ListImportJobsResponse\0"
        /*  11607 */ "ImportJobs\0"
        /*  11618 */ "ListManagementOptions\0"
        /*  11640 */ "TopicName\0"
        /*  11650 */ "ListMultiRegionEndpointsRequest\0"
        /*  11682 */ "ListMultiRegionEndpointsResponse\0"
        /*  11715 */ "MultiRegionEndpoints\0"
        /*  11736 */ "ListOfContactLists\0"
        /*  11755 */ "ListOfContacts\0"
        /*  11770 */ "ListOfDedicatedIpPools\0"
        /*  11793 */ "ListRecommendationFilterValue\0"
        /*  11823 */ "ListRecommendationsFilter\0"
        /*  11849 */ "ListRecommendationsFilterKey\0"
        /*  11878 */ "TYPE\0" "IMPACT\0" "STATUS\0" "RESOURCE_ARN\0"
        /*  11910 */ "ListRecommendationsRequest\0"
        /*  11937 */ "ListRecommendationsResponse\0"
        /*  11965 */ "Recommendations\0"
        /*  11981 */ "ListReputationEntitiesRequest\0"
        /*  12011 */ "ListReputationEntitiesResponse\0"
        /*  12042 */ "ReputationEntities\0"
        /*  12061 */ "ListResourceTenantsRequest\0"
        /*  12088 */ "ListResourceTenantsResponse\0"
        /*  12116 */ "ResourceTenants\0"
        /*  12132 */ "ListSuppressedDestinationsRequest\0"
        /*  12166 */ "Reasons\0" "Reason\0"
        /*  12181 */ "ListSuppressedDestinationsResponse\0"
        /*  12216 */ "SuppressedDestinationSummaries\0"
        /*  12247 */ "ListTagsForResourceRequest\0"
        /*  12274 */ "ListTagsForResourceResponse\0"
        /*  12302 */ "ListTenantResourcesFilter\0"
        /*  12328 */ "ListTenantResourcesFilterKey\0"
        /*  12357 */ "RESOURCE_TYPE\0"
        /*  12371 */ "ListTenantResourcesFilterValue\0"
        /*  12402 */ "ListTenantResourcesRequest\0"
        /*  12429 */ "ListTenantResourcesResponse\0"
        /*  12457 */ "TenantResources\0"
        /*  12473 */ "ListTenantsRequest\0"
        /*  12492 */ "ListTenantsResponse\0"
        /*  12512 */ "Tenants\0"
        /*  12520 */ "MailFromDomain\0"
        /*  12535 */ "MailFromDomainStatus\0"
        /*  12556 */ "MailFromDomainName\0"
        /*  12575 */ "MailFromDomainNotVerifiedException\0"
        /*  12610 */ "PENDING\0" "SUCCESS\0" "FAILED\0" "TEMPORARY_FAILURE\0"
        /*  12651 */ "MARKETING\0" "TRANSACTIONAL\0"
        /*  12675 */ "IsValid\0"
        /*  12683 */ "Evaluations\0"
        /*  12695 */ "Max24HourSend\0"
        /*  12709 */ "MaxItems\0"
        /*  12718 */ "MaxSendRate\0"
        /*  12730 */ "Headers\0"
        /*  12738 */ "Attachments\0"
        /*  12750 */ "MessageContent\0"
        /*  12765 */ "MessageData\0"
        /*  12777 */ "MessageHeader\0"
        /*  12791 */ "Value\0"
        /*  12797 */ "MessageHeaderList\0"
        /*  12815 */ "MessageHeaderName\0"
        /*  12833 */ "MessageHeaderValue\0"
        /*  12852 */ "Include\0"
        /*  12860 */ "Exclude\0"
        /*  12868 */ "MaxResults\0"
        /*  12879 */ "MessageInsightsExportMaxResults\0"
        /*  12911 */ "MessageInsightsFilters\0"
        /*  12934 */ "LastDeliveryEvent\0"
        /*  12952 */ "LastEngagementEvent\0"
        /*  12972 */ "MessageRejected\0"
        /*  12988 */ "MessageTag\0"
        /*  12999 */ "MessageTagList\0"
        /*  13014 */ "MessageTagName\0"
        /*  13029 */ "MessageTagValue\0"
        /*  13045 */ "SEND\0" "COMPLAINT\0" "PERMANENT_BOUNCE\0" "TRANSIENT_BOUNCE\0" "OPEN\0" "CLICK\0" "DELIVERY\0" "DELIVERY_OPEN\0" "DELIVERY_CLICK\0" "DELIVERY_COMPLAINT\0"
        /*  13162 */ "MetricAggregation\0"
        /*  13180 */ "RATE\0" "VOLUME\0"
        /*  13192 */ "MetricDataError\0"
        /*  13208 */ "Code\0"
        /*  13213 */ "MetricDataErrorList\0"
        /*  13233 */ "MetricDataResult\0"
        /*  13250 */ "Timestamps\0"
        /*  13261 */ "Values\0"
        /*  13268 */ "MetricDataResultList\0"
        /*  13289 */ "MetricDimensionName\0"
        /*  13309 */ "EMAIL_IDENTITY\0" "CONFIGURATION_SET\0" "ISP\0"
        /*  13346 */ "MetricDimensionValue\0"
        /*  13367 */ "MetricNamespace\0"
        /*  13383 */ "VDM\0"
        /*  13387 */ "MetricValueList\0"
        /*  13403 */ "Metrics\0"
        /*  13411 */ "MultiRegionEndpoint\0"
        /*  13431 */ "Regions\0"
        /*  13439 */ "NextTokenV2\0"
        /*  13451 */ "NotFoundException\0"
        /*  13469 */ "OutboundMessageId\0"
        /*  13487 */ "ReadRatePercent\0"
        /*  13503 */ "PageSizeV2\0"
        /*  13514 */ "Percentage\0"
        /*  13525 */ "Percentage100Wrapper\0"
        /*  13546 */ "ApplicationArn\0"
        /*  13561 */ "MissingPercentage\0"
        /*  13579 */ "SpfPercentage\0"
        /*  13593 */ "DkimPercentage\0"
        /*  13608 */ "PolicyMap\0"
        /*  13618 */ "CurrentPlan\0"
        /*  13630 */ "NextPlan\0"
        /*  13639 */ "PricingPlan\0"
        /*  13651 */ "NONE\0" "ESSENTIALS\0" "PRO\0" "ENTERPRISE\0"
        /*  13682 */ "PrimaryNameServer\0"
        /*  13700 */ "PrivateKey\0"
        /*  13711 */ "PutAccountDedicatedIpWarmupAttributesRequest\0"
        /*  13756 */ "AutoWarmupEnabled\0"
        /*  13774 */ "PutAccountDedicatedIpWarmupAttributesResponse\0"
        /*  13820 */ "PutAccountDetailsRequest\0"
        /*  13845 */ "PutAccountDetailsResponse\0"
        /*  13871 */ "PutAccountPricingAttributesRequest\0"
        /*  13906 */ "Plan\0"
        /*  13911 */ "PutAccountPricingAttributesResponse\0"
        /*  13947 */ "PutAccountSendingAttributesRequest\0"
        /*  13982 */ "PutAccountSendingAttributesResponse\0"
        /*  14018 */ "PutAccountSuppressionAttributesRequest\0"
        /*  14057 */ "SuppressedReasons\0"
        /*  14075 */ "ValidationAttributes\0"
        /*  14096 */ "PutAccountSuppressionAttributesResponse\0"
        /*  14136 */ "PutAccountVdmAttributesRequest\0"
        /*  14167 */ "PutAccountVdmAttributesResponse\0"
        /*  14199 */ "PutConfigurationSetArchivingOptionsRequest\0"
        /*  14242 */ "PutConfigurationSetArchivingOptionsResponse\0"
        /*  14286 */ "PutConfigurationSetDeliveryOptionsRequest\0"
        /*  14328 */ "PutConfigurationSetDeliveryOptionsResponse\0"
        /*  14371 */ "PutConfigurationSetReputationOptionsRequest\0"
        /*  14415 */ "ReputationMetricsEnabled\0"
        /*  14440 */ "PutConfigurationSetReputationOptionsResponse\0"
        /*  14485 */ "PutConfigurationSetSendingOptionsRequest\0"
        /*  14526 */ "PutConfigurationSetSendingOptionsResponse\0"
        /*  14568 */ "PutConfigurationSetSuppressionOptionsRequest\0"
        /*  14613 */ "SuppressionScope\0"
        /*  14630 */ "ValidationOptions\0"
        /*  14648 */ "PutConfigurationSetSuppressionOptionsResponse\0"
        /*  14694 */ "PutConfigurationSetTrackingOptionsRequest\0"
        /*  14736 */ "PutConfigurationSetTrackingOptionsResponse\0"
        /*  14779 */ "PutConfigurationSetVdmOptionsRequest\0"
        /*  14816 */ "PutConfigurationSetVdmOptionsResponse\0"
        /*  14854 */ "PutDedicatedIpInPoolRequest\0"
        /*  14882 */ "DestinationPoolName\0"
        /*  14902 */ "PutDedicatedIpInPoolResponse\0"
        /*  14931 */ "PutDedicatedIpPoolScalingAttributesRequest\0"
        /*  14974 */ "PutDedicatedIpPoolScalingAttributesResponse\0"
        /*  15018 */ "PutDedicatedIpWarmupAttributesRequest\0"
        /*  15056 */ "PutDedicatedIpWarmupAttributesResponse\0"
        /*  15095 */ "PutDeliverabilityDashboardOptionRequest\0"
        /*  15135 */ "SubscribedDomains\0"
        /*  15153 */ "PutDeliverabilityDashboardOptionResponse\0"
        /*  15194 */ "PutEmailIdentityConfigurationSetAttributesRequest\0"
        /*  15244 */ "PutEmailIdentityConfigurationSetAttributesResponse\0"
        /*  15295 */ "PutEmailIdentityDkimAttributesRequest\0"
        /*  15333 */ "PutEmailIdentityDkimAttributesResponse\0"
        /*  15372 */ "PutEmailIdentityDkimSigningAttributesRequest\0"
        /*  15417 */ "SigningAttributes\0"
        /*  15435 */ "PutEmailIdentityDkimSigningAttributesResponse\0"
        /*  15481 */ "DkimTokens\0"
        /*  15492 */ "PutEmailIdentityFeedbackAttributesRequest\0"
        /*  15534 */ "EmailForwardingEnabled\0"
        /*  15557 */ "PutEmailIdentityFeedbackAttributesResponse\0"
        /*  15600 */ "PutEmailIdentityMailFromAttributesRequest\0"
        /*  15642 */ "PutEmailIdentityMailFromAttributesResponse\0"
        /*  15685 */ "PutSuppressedDestinationRequest\0"
        /*  15717 */ "Reason\0"
        /*  15724 */ "PutSuppressedDestinationResponse\0"
        /*  15757 */ "PutTenantSuppressionAttributesRequest\0"
        /*  15795 */ "PutTenantSuppressionAttributesResponse\0"
        /*  15834 */ "QueryErrorCode\0"
        /*  15849 */ "INTERNAL_FAILURE\0" "ACCESS_DENIED\0"
        /*  15880 */ "QueryErrorMessage\0"
        /*  15898 */ "QueryIdentifier\0"
        /*  15914 */ "RawAttachmentData\0"
        /*  15932 */ "RawMessage\0"
        /*  15943 */ "RawMessageData\0"
        /*  15958 */ "Recommendation\0"
        /*  15973 */ "Impact\0"
        /*  15980 */ "RecommendationDescription\0"
        /*  16006 */ "RecommendationImpact\0"
        /*  16027 */ "LOW\0" "HIGH\0"
        /*  16036 */ "RecommendationStatus\0"
        /*  16057 */ "OPEN\0" "FIXED\0"
        /*  16068 */ "RecommendationType\0"
        /*  16087 */ "DKIM\0" "DMARC\0" "SPF\0" "BIMI\0" "COMPLAINT\0" "BOUNCE\0" "FEEDBACK_3P\0" "IP_LISTING\0"
        /*  16147 */ "RecommendationsList\0"
        /*  16167 */ "Region\0"
        /*  16174 */ "RenderedEmailTemplate\0"
        /*  16196 */ "ReplacementTemplate\0"
        /*  16216 */ "ReplacementTemplateData\0"
        /*  16240 */ "ReputationEntitiesList\0"
        /*  16263 */ "ReputationManagementPolicy\0"
        /*  16290 */ "CustomerManagedStatus\0"
        /*  16312 */ "AwsSesManagedStatus\0"
        /*  16332 */ "SendingStatusAggregate\0"
        /*  16355 */ "ReputationImpact\0"
        /*  16372 */ "ReputationEntityFilter\0"
        /*  16395 */ "ReputationEntityFilterKey\0"
        /*  16421 */ "ENTITY_TYPE\0" "REPUTATION_IMPACT\0" "SENDING_STATUS\0" "ENTITY_REFERENCE_PREFIX\0"
        /*  16490 */ "ReputationEntityFilterValue\0"
        /*  16518 */ "RESOURCE\0"
        /*  16527 */ "ResourceTenantMetadata\0"
        /*  16550 */ "AssociatedTimestamp\0"
        /*  16570 */ "ResourceTenantMetadataList\0"
        /*  16597 */ "ResourceType\0"
        /*  16610 */ "EMAIL_IDENTITY\0" "CONFIGURATION_SET\0" "EMAIL_TEMPLATE\0"
        /*  16658 */ "ReviewStatus\0"
        /*  16671 */ "PENDING\0" "FAILED\0" "GRANTED\0" "DENIED\0"
        /*  16701 */ "Route\0"
        /*  16707 */ "RouteDetails\0"
        /*  16720 */ "SOARecord\0"
        /*  16730 */ "SerialNumber\0"
        /*  16743 */ "STANDARD\0" "MANAGED\0"
        /*  16760 */ "Selector\0"
        /*  16769 */ "SendBulkEmailRequest\0"
        /*  16790 */ "FromEmailAddressIdentityArn\0"
        /*  16818 */ "ReplyToAddresses\0"
        /*  16835 */ "FeedbackForwardingEmailAddress\0"
        /*  16866 */ "FeedbackForwardingEmailAddressIdentityArn\0"
        /*  16908 */ "DefaultEmailTags\0"
        /*  16925 */ "DefaultContent\0"
        /*  16940 */ "BulkEmailEntries\0"
        /*  16957 */ "SendBulkEmailResponse\0"
        /*  16979 */ "BulkEmailEntryResults\0"
        /*  17001 */ "SendCustomVerificationEmailRequest\0"
        /*  17036 */ "SendCustomVerificationEmailResponse\0"
        /*  17072 */ "SendEmailRequest\0"
        /*  17089 */ "SendEmailResponse\0"
        /*  17107 */ "SentLast24Hours\0"
        /*  17123 */ "SendingPausedException\0"
        /*  17146 */ "ENABLED\0" "REINSTATED\0" "DISABLED\0"
        /*  17174 */ "TopicArn\0"
        /*  17183 */ "CREATING\0" "READY\0" "FAILED\0" "DELETING\0"
        /*  17214 */ "StatusCause\0"
        /*  17226 */ "StatusRecord\0"
        /*  17239 */ "Cause\0"
        /*  17245 */ "SubscriptionStatus\0"
        /*  17264 */ "OPT_IN\0" "OPT_OUT\0"
        /*  17279 */ "LastUpdateTime\0"
        /*  17294 */ "Attributes\0"
        /*  17305 */ "SuppressedDestinationAttributes\0"
        /*  17337 */ "SuppressedDestinationSummary\0"
        /*  17366 */ "SuppressionConditionThreshold\0"
        /*  17396 */ "ConditionThresholdEnabled\0"
        /*  17422 */ "OverallConfidenceThreshold\0"
        /*  17449 */ "SuppressionConfidenceThreshold\0"
        /*  17480 */ "ConfidenceVerdictThreshold\0"
        /*  17507 */ "SuppressionConfidenceVerdictThreshold\0"
        /*  17545 */ "MEDIUM\0" "HIGH\0" "MANAGED\0"
        /*  17565 */ "SuppressionListImportAction\0"
        /*  17593 */ "SuppressionListReason\0"
        /*  17615 */ "BOUNCE\0" "COMPLAINT\0"
        /*  17632 */ "SuppressionListReasons\0"
        /*  17655 */ "SuppressionListScope\0"
        /*  17676 */ "ACCOUNT\0" "TENANT\0"
        /*  17691 */ "SuppressionValidationAttributes\0"
        /*  17723 */ "ConditionThreshold\0"
        /*  17742 */ "SuppressionValidationOptions\0"
        /*  17771 */ "Tag\0"
        /*  17775 */ "Key\0"
        /*  17779 */ "TagKey\0"
        /*  17786 */ "TagKeyList\0"
        /*  17797 */ "TagList\0"
        /*  17805 */ "TagResourceRequest\0"
        /*  17824 */ "TagResourceResponse\0"
        /*  17844 */ "TagValue\0"
        /*  17853 */ "TemplateArn\0"
        /*  17865 */ "TemplateData\0"
        /*  17878 */ "TenantInfo\0"
        /*  17889 */ "TenantInfoList\0"
        /*  17904 */ "TenantResource\0"
        /*  17919 */ "TenantResourceList\0"
        /*  17938 */ "TenantSuppressionAttributes\0"
        /*  17966 */ "TestRenderEmailTemplateRequest\0"
        /*  17997 */ "TestRenderEmailTemplateResponse\0"
        /*  18029 */ "RenderedTemplate\0"
        /*  18046 */ "TimestampList\0"
        /*  18060 */ "REQUIRE\0" "OPTIONAL\0"
        /*  18077 */ "TooManyRequestsException\0"
        /*  18102 */ "Topic\0"
        /*  18108 */ "DefaultSubscriptionStatus\0"
        /*  18134 */ "UseDefaultIfPreferenceUnavailable\0"
        /*  18168 */ "TopicPreference\0"
        /*  18184 */ "TopicPreferenceList\0"
        /*  18204 */ "UntagResourceRequest\0"
        /*  18225 */ "TagKeys\0"
        /*  18233 */ "UntagResourceResponse\0"
        /*  18255 */ "UpdateConfigurationSetEventDestinationRequest\0"
        /*  18301 */ "UpdateConfigurationSetEventDestinationResponse\0"
        /*  18348 */ "UpdateContactListRequest\0"
        /*  18373 */ "UpdateContactListResponse\0"
        /*  18399 */ "UpdateContactRequest\0"
        /*  18420 */ "UpdateContactResponse\0"
        /*  18442 */ "UpdateCustomVerificationEmailTemplateRequest\0"
        /*  18487 */ "UpdateCustomVerificationEmailTemplateResponse\0"
        /*  18533 */ "UpdateEmailIdentityPolicyRequest\0"
        /*  18566 */ "UpdateEmailIdentityPolicyResponse\0"
        /*  18600 */ "UpdateEmailTemplateRequest\0"
        /*  18627 */ "UpdateEmailTemplateResponse\0"
        /*  18655 */ "UpdateReputationEntityCustomerManagedStatusRequest\0"
        /*  18706 */ "UpdateReputationEntityCustomerManagedStatusResponse\0"
        /*  18758 */ "UpdateReputationEntityPolicyRequest\0"
        /*  18794 */ "ReputationEntityPolicy\0"
        /*  18817 */ "UpdateReputationEntityPolicyResponse\0"
        /*  18854 */ "VdmEnabled\0"
        /*  18865 */ "VerificationError\0"
        /*  18883 */ "SERVICE_ERROR\0" "DNS_SERVER_ERROR\0" "HOST_NOT_FOUND\0" "TYPE_NOT_FOUND\0" "INVALID_VALUE\0" "REPLICATION_ACCESS_DENIED\0" "REPLICATION_PRIMARY_NOT_FOUND\0" "REPLICATION_PRIMARY_BYO_DKIM_NOT_SUPPORTED\0" "REPLICATION_REPLICA_AS_PRIMARY_NOT_SUPPORTED\0" "REPLICATION_PRIMARY_INVALID_REGION\0"
        /*  19137 */ "LastCheckedTimestamp\0"
        /*  19158 */ "LastSuccessTimestamp\0"
        /*  19179 */ "ErrorType\0"
        /*  19189 */ "Volume\0"
        /*  19196 */ "ProjectedInbox\0"
        /*  19211 */ "ProjectedSpam\0"
        /*  19225 */ "IN_PROGRESS\0" "DONE\0" "NOT_APPLICABLE\0"
        /*  19257 */ "BatchGetMetricData\0"
        /*  19276 */ "POST\0"
        /*  19281 */ "/v2/email/metrics/batch\0"
        /*  19305 */ "CancelExportJob\0"
        /*  19321 */ "PUT\0"
        /*  19325 */ "/v2/email/export-jobs/{JobId}/cancel\0"
        /*  19362 */ "CreateConfigurationSet\0"
        /*  19385 */ "/v2/email/configuration-sets\0"
        /*  19414 */ "CreateConfigurationSetEventDestination\0"
        /*  19453 */ "/v2/email/configuration-sets/{ConfigurationSetName}/event-destinations\0"
        /*  19524 */ "CreateContact\0"
        /*  19538 */ "/v2/email/contact-lists/{ContactListName}/contacts\0"
        /*  19589 */ "CreateContactList\0"
        /*  19607 */ "/v2/email/contact-lists\0"
        /*  19631 */ "CreateCustomVerificationEmailTemplate\0"
        /*  19669 */ "/v2/email/custom-verification-email-templates\0"
        /*  19715 */ "CreateDedicatedIpPool\0"
        /*  19737 */ "/v2/email/dedicated-ip-pools\0"
        /*  19766 */ "CreateDeliverabilityTestReport\0"
        /*  19797 */ "/v2/email/deliverability-dashboard/test\0"
        /*  19837 */ "CreateEmailIdentity\0"
        /*  19857 */ "/v2/email/identities\0"
        /*  19878 */ "CreateEmailIdentityPolicy\0"
        /*  19904 */ "/v2/email/identities/{EmailIdentity}/policies/{PolicyName}\0"
        /*  19963 */ "CreateEmailTemplate\0"
        /*  19983 */ "/v2/email/templates\0"
        /*  20003 */ "CreateExportJob\0"
        /*  20019 */ "/v2/email/export-jobs\0"
        /*  20041 */ "CreateImportJob\0"
        /*  20057 */ "/v2/email/import-jobs\0"
        /*  20079 */ "CreateMultiRegionEndpoint\0"
        /*  20105 */ "/v2/email/multi-region-endpoints\0"
        /*  20138 */ "CreateTenant\0"
        /*  20151 */ "/v2/email/tenants\0"
        /*  20169 */ "CreateTenantResourceAssociation\0"
        /*  20201 */ "/v2/email/tenants/resources\0"
        /*  20229 */ "DeleteConfigurationSet\0"
        /*  20252 */ "DELETE\0"
        /*  20259 */ "/v2/email/configuration-sets/{ConfigurationSetName}\0"
        /*  20311 */ "DeleteConfigurationSetEventDestination\0"
        /*  20350 */ "/v2/email/configuration-sets/{ConfigurationSetName}/event-destinations/{EventDestinationName}\0"
        /*  20444 */ "DeleteContact\0"
        /*  20458 */ "/v2/email/contact-lists/{ContactListName}/contacts/{EmailAddress}\0"
        /*  20524 */ "DeleteContactList\0"
        /*  20542 */ "/v2/email/contact-lists/{ContactListName}\0"
        /*  20584 */ "DeleteCustomVerificationEmailTemplate\0"
        /*  20622 */ "/v2/email/custom-verification-email-templates/{TemplateName}\0"
        /*  20683 */ "DeleteDedicatedIpPool\0"
        /*  20705 */ "/v2/email/dedicated-ip-pools/{PoolName}\0"
        /*  20745 */ "DeleteEmailIdentity\0"
        /*  20765 */ "/v2/email/identities/{EmailIdentity}\0"
        /*  20802 */ "DeleteEmailIdentityPolicy\0"
        /*  20828 */ "DeleteEmailTemplate\0"
        /*  20848 */ "/v2/email/templates/{TemplateName}\0"
        /*  20883 */ "DeleteMultiRegionEndpoint\0"
        /*  20909 */ "/v2/email/multi-region-endpoints/{EndpointName}\0"
        /*  20957 */ "DeleteSuppressedDestination\0"
        /*  20985 */ "/v2/email/suppression/addresses/{EmailAddress}\0"
        /*  21032 */ "DeleteTenant\0"
        /*  21045 */ "/v2/email/tenants/delete\0"
        /*  21070 */ "DeleteTenantResourceAssociation\0"
        /*  21102 */ "/v2/email/tenants/resources/delete\0"
        /*  21137 */ "GetAccount\0"
        /*  21148 */ "GET\0"
        /*  21152 */ "/v2/email/account\0"
        /*  21170 */ "GetBlacklistReports\0"
        /*  21190 */ "/v2/email/deliverability-dashboard/blacklist-report\0"
        /*  21242 */ "GetConfigurationSet\0"
        /*  21262 */ "GetConfigurationSetEventDestinations\0"
        /*  21299 */ "GetContact\0"
        /*  21310 */ "GetContactList\0"
        /*  21325 */ "GetCustomVerificationEmailTemplate\0"
        /*  21360 */ "GetDedicatedIp\0"
        /*  21375 */ "/v2/email/dedicated-ips/{IP}\0"
        /*  21404 */ "GetDedicatedIpPool\0"
        /*  21423 */ "GetDedicatedIps\0"
        /*  21439 */ "/v2/email/dedicated-ips\0"
        /*  21463 */ "GetDeliverabilityDashboardOptions\0"
        /*  21497 */ "/v2/email/deliverability-dashboard\0"
        /*  21532 */ "GetDeliverabilityTestReport\0"
        /*  21560 */ "/v2/email/deliverability-dashboard/test-reports/{ReportId}\0"
        /*  21619 */ "GetDomainDeliverabilityCampaign\0"
        /*  21651 */ "/v2/email/deliverability-dashboard/campaigns/{CampaignId}\0"
        /*  21709 */ "GetDomainStatisticsReport\0"
        /*  21735 */ "/v2/email/deliverability-dashboard/statistics-report/{Domain}\0"
        /*  21797 */ "GetEmailAddressInsights\0"
        /*  21821 */ "/v2/email/email-address-insights/\0"
        /*  21855 */ "GetEmailIdentity\0"
        /*  21872 */ "GetEmailIdentityPolicies\0"
        /*  21897 */ "/v2/email/identities/{EmailIdentity}/policies\0"
        /*  21943 */ "GetEmailTemplate\0"
        /*  21960 */ "GetExportJob\0"
        /*  21973 */ "/v2/email/export-jobs/{JobId}\0"
        /*  22003 */ "GetImportJob\0"
        /*  22016 */ "/v2/email/import-jobs/{JobId}\0"
        /*  22046 */ "GetMessageInsights\0"
        /*  22065 */ "/v2/email/insights/{MessageId}/\0"
        /*  22097 */ "GetMultiRegionEndpoint\0"
        /*  22120 */ "GetReputationEntity\0"
        /*  22140 */ "/v2/email/reputation/entities/{ReputationEntityType}/{ReputationEntityReference}\0"
        /*  22221 */ "GetSuppressedDestination\0"
        /*  22246 */ "GetTenant\0"
        /*  22256 */ "/v2/email/tenants/get\0"
        /*  22278 */ "ListConfigurationSets\0"
        /*  22300 */ "ListContactLists\0"
        /*  22317 */ "ListContacts\0"
        /*  22330 */ "/v2/email/contact-lists/{ContactListName}/contacts/list\0"
        /*  22386 */ "ListCustomVerificationEmailTemplates\0"
        /*  22423 */ "ListDedicatedIpPools\0"
        /*  22444 */ "ListDeliverabilityTestReports\0"
        /*  22474 */ "/v2/email/deliverability-dashboard/test-reports\0"
        /*  22522 */ "ListDomainDeliverabilityCampaigns\0"
        /*  22556 */ "/v2/email/deliverability-dashboard/domains/{SubscribedDomain}/campaigns\0"
        /*  22628 */ "ListEmailIdentities\0"
        /*  22648 */ "ListEmailTemplates\0"
        /*  22667 */ "ListExportJobs\0"
        /*  22682 */ "/v2/email/list-export-jobs\0"
        /*  22709 */ "ListImportJobs\0"
        /*  22724 */ "/v2/email/import-jobs/list\0"
        /*  22751 */ "ListMultiRegionEndpoints\0"
        /*  22776 */ "ListRecommendations\0"
        /*  22796 */ "/v2/email/vdm/recommendations\0"
        /*  22826 */ "ListReputationEntities\0"
        /*  22849 */ "/v2/email/reputation/entities\0"
        /*  22879 */ "ListResourceTenants\0"
        /*  22899 */ "/v2/email/resources/tenants/list\0"
        /*  22932 */ "ListSuppressedDestinations\0"
        /*  22959 */ "/v2/email/suppression/addresses\0"
        /*  22991 */ "ListTagsForResource\0"
        /*  23011 */ "/v2/email/tags\0"
        /*  23026 */ "ListTenantResources\0"
        /*  23046 */ "/v2/email/tenants/resources/list\0"
        /*  23079 */ "ListTenants\0"
        /*  23091 */ "/v2/email/tenants/list\0"
        /*  23114 */ "PutAccountDedicatedIpWarmupAttributes\0"
        /*  23152 */ "/v2/email/account/dedicated-ips/warmup\0"
        /*  23191 */ "PutAccountDetails\0"
        /*  23209 */ "/v2/email/account/details\0"
        /*  23235 */ "PutAccountPricingAttributes\0"
        /*  23263 */ "/v2/email/account/pricing-attributes\0"
        /*  23300 */ "PutAccountSendingAttributes\0"
        /*  23328 */ "/v2/email/account/sending\0"
        /*  23354 */ "PutAccountSuppressionAttributes\0"
        /*  23386 */ "/v2/email/account/suppression\0"
        /*  23416 */ "PutAccountVdmAttributes\0"
        /*  23440 */ "/v2/email/account/vdm\0"
        /*  23462 */ "PutConfigurationSetArchivingOptions\0"
        /*  23498 */ "/v2/email/configuration-sets/{ConfigurationSetName}/archiving-options\0"
        /*  23568 */ "PutConfigurationSetDeliveryOptions\0"
        /*  23603 */ "/v2/email/configuration-sets/{ConfigurationSetName}/delivery-options\0"
        /*  23672 */ "PutConfigurationSetReputationOptions\0"
        /*  23709 */ "/v2/email/configuration-sets/{ConfigurationSetName}/reputation-options\0"
        /*  23780 */ "PutConfigurationSetSendingOptions\0"
        /*  23814 */ "/v2/email/configuration-sets/{ConfigurationSetName}/sending\0"
        /*  23874 */ "PutConfigurationSetSuppressionOptions\0"
        /*  23912 */ "/v2/email/configuration-sets/{ConfigurationSetName}/suppression-options\0"
        /*  23984 */ "PutConfigurationSetTrackingOptions\0"
        /*  24019 */ "/v2/email/configuration-sets/{ConfigurationSetName}/tracking-options\0"
        /*  24088 */ "PutConfigurationSetVdmOptions\0"
        /*  24118 */ "/v2/email/configuration-sets/{ConfigurationSetName}/vdm-options\0"
        /*  24182 */ "PutDedicatedIpInPool\0"
        /*  24203 */ "/v2/email/dedicated-ips/{IP}/pool\0"
        /*  24237 */ "PutDedicatedIpPoolScalingAttributes\0"
        /*  24273 */ "/v2/email/dedicated-ip-pools/{PoolName}/scaling\0"
        /*  24321 */ "PutDedicatedIpWarmupAttributes\0"
        /*  24352 */ "/v2/email/dedicated-ips/{IP}/warmup\0"
        /*  24388 */ "PutDeliverabilityDashboardOption\0"
        /*  24421 */ "PutEmailIdentityConfigurationSetAttributes\0"
        /*  24464 */ "/v2/email/identities/{EmailIdentity}/configuration-set\0"
        /*  24519 */ "PutEmailIdentityDkimAttributes\0"
        /*  24550 */ "/v2/email/identities/{EmailIdentity}/dkim\0"
        /*  24592 */ "PutEmailIdentityDkimSigningAttributes\0"
        /*  24630 */ "/v2/email/identities/{EmailIdentity}/dkim/signing\0"
        /*  24680 */ "PutEmailIdentityFeedbackAttributes\0"
        /*  24715 */ "/v2/email/identities/{EmailIdentity}/feedback\0"
        /*  24761 */ "PutEmailIdentityMailFromAttributes\0"
        /*  24796 */ "/v2/email/identities/{EmailIdentity}/mail-from\0"
        /*  24843 */ "PutSuppressedDestination\0"
        /*  24868 */ "PutTenantSuppressionAttributes\0"
        /*  24899 */ "/v2/email/tenant/suppression\0"
        /*  24928 */ "SendBulkEmail\0"
        /*  24942 */ "/v2/email/outbound-bulk-emails\0"
        /*  24973 */ "SendCustomVerificationEmail\0"
        /*  25001 */ "/v2/email/outbound-custom-verification-emails\0"
        /*  25047 */ "SendEmail\0"
        /*  25057 */ "/v2/email/outbound-emails\0"
        /*  25083 */ "TagResource\0"
        /*  25095 */ "TestRenderEmailTemplate\0"
        /*  25119 */ "/v2/email/templates/{TemplateName}/render\0"
        /*  25161 */ "UntagResource\0"
        /*  25175 */ "UpdateConfigurationSetEventDestination\0"
        /*  25214 */ "UpdateContact\0"
        /*  25228 */ "UpdateContactList\0"
        /*  25246 */ "UpdateCustomVerificationEmailTemplate\0"
        /*  25284 */ "UpdateEmailIdentityPolicy\0"
        /*  25310 */ "UpdateEmailTemplate\0"
        /*  25330 */ "UpdateReputationEntityCustomerManagedStatus\0"
        /*  25374 */ "/v2/email/reputation/entities/{ReputationEntityType}/{ReputationEntityReference}/customer-managed-status\0"
        /*  25479 */ "UpdateReputationEntityPolicy\0"
        /*  25508 */ "/v2/email/reputation/entities/{ReputationEntityType}/{ReputationEntityReference}/policy\0"
        /*  25596 */ "sesv2\0"
        /*  25602 */ "SESv2\0"
        /*  25608 */ "Amazon Simple Email Service\0"
        /*  25636 */ "2019-09-27\0"
        /*  25647 */ "email\0"
        /*  25653 */ "ses\0"
        /*  25657 */ "1.1\0"
        /*  25661 */ "SESV2",
};

/* The descriptor programs use (<awsc/sesv2.h>): the one in the tables. */
const struct awsc_service *awsc_sesv2_service(void)
{
    return &T.service;
}

enum awsc_sesv2_attachment_content_disposition awsc_sesv2_attachment_content_disposition_parse(const char *value)
{
    return (enum awsc_sesv2_attachment_content_disposition)awsc_enum_parse(&T.strings[426], 2, value);
}

const char *awsc_sesv2_attachment_content_disposition_str(enum awsc_sesv2_attachment_content_disposition value)
{
    return awsc_enum_str(&T.strings[426], 2, (int)value);
}

enum awsc_sesv2_attachment_content_transfer_encoding awsc_sesv2_attachment_content_transfer_encoding_parse(const char *value)
{
    return (enum awsc_sesv2_attachment_content_transfer_encoding)awsc_enum_parse(&T.strings[498], 3, value);
}

const char *awsc_sesv2_attachment_content_transfer_encoding_str(enum awsc_sesv2_attachment_content_transfer_encoding value)
{
    return awsc_enum_str(&T.strings[498], 3, (int)value);
}

enum awsc_sesv2_behavior_on_mx_failure awsc_sesv2_behavior_on_mx_failure_parse(const char *value)
{
    return (enum awsc_sesv2_behavior_on_mx_failure)awsc_enum_parse(&T.strings[818], 2, value);
}

const char *awsc_sesv2_behavior_on_mx_failure_str(enum awsc_sesv2_behavior_on_mx_failure value)
{
    return awsc_enum_str(&T.strings[818], 2, (int)value);
}

enum awsc_sesv2_bounce_type awsc_sesv2_bounce_type_parse(const char *value)
{
    return (enum awsc_sesv2_bounce_type)awsc_enum_parse(&T.strings[1054], 3, value);
}

const char *awsc_sesv2_bounce_type_str(enum awsc_sesv2_bounce_type value)
{
    return awsc_enum_str(&T.strings[1054], 3, (int)value);
}

enum awsc_sesv2_bulk_email_status awsc_sesv2_bulk_email_status_parse(const char *value)
{
    return (enum awsc_sesv2_bulk_email_status)awsc_enum_parse(&T.strings[1303], 14, value);
}

const char *awsc_sesv2_bulk_email_status_str(enum awsc_sesv2_bulk_email_status value)
{
    return awsc_enum_str(&T.strings[1303], 14, (int)value);
}

enum awsc_sesv2_contact_language awsc_sesv2_contact_language_parse(const char *value)
{
    return (enum awsc_sesv2_contact_language)awsc_enum_parse(&T.strings[2087], 2, value);
}

const char *awsc_sesv2_contact_language_str(enum awsc_sesv2_contact_language value)
{
    return awsc_enum_str(&T.strings[2087], 2, (int)value);
}

enum awsc_sesv2_contact_list_import_action awsc_sesv2_contact_list_import_action_parse(const char *value)
{
    return (enum awsc_sesv2_contact_list_import_action)awsc_enum_parse(&T.strings[2168], 2, value);
}

const char *awsc_sesv2_contact_list_import_action_str(enum awsc_sesv2_contact_list_import_action value)
{
    return awsc_enum_str(&T.strings[2168], 2, (int)value);
}

enum awsc_sesv2_data_format awsc_sesv2_data_format_parse(const char *value)
{
    return (enum awsc_sesv2_data_format)awsc_enum_parse(&T.strings[3980], 2, value);
}

const char *awsc_sesv2_data_format_str(enum awsc_sesv2_data_format value)
{
    return awsc_enum_str(&T.strings[3980], 2, (int)value);
}

enum awsc_sesv2_deliverability_dashboard_account_status awsc_sesv2_deliverability_dashboard_account_status_parse(const char *value)
{
    return (enum awsc_sesv2_deliverability_dashboard_account_status)awsc_enum_parse(&T.strings[4936], 3, value);
}

const char *awsc_sesv2_deliverability_dashboard_account_status_str(enum awsc_sesv2_deliverability_dashboard_account_status value)
{
    return awsc_enum_str(&T.strings[4936], 3, (int)value);
}

enum awsc_sesv2_deliverability_test_status awsc_sesv2_deliverability_test_status_parse(const char *value)
{
    return (enum awsc_sesv2_deliverability_test_status)awsc_enum_parse(&T.strings[5041], 2, value);
}

const char *awsc_sesv2_deliverability_test_status_str(enum awsc_sesv2_deliverability_test_status value)
{
    return awsc_enum_str(&T.strings[5041], 2, (int)value);
}

enum awsc_sesv2_delivery_event_type awsc_sesv2_delivery_event_type_parse(const char *value)
{
    return (enum awsc_sesv2_delivery_event_type)awsc_enum_parse(&T.strings[5107], 6, value);
}

const char *awsc_sesv2_delivery_event_type_str(enum awsc_sesv2_delivery_event_type value)
{
    return awsc_enum_str(&T.strings[5107], 6, (int)value);
}

enum awsc_sesv2_dimension_value_source awsc_sesv2_dimension_value_source_parse(const char *value)
{
    return (enum awsc_sesv2_dimension_value_source)awsc_enum_parse(&T.strings[5281], 3, value);
}

const char *awsc_sesv2_dimension_value_source_str(enum awsc_sesv2_dimension_value_source value)
{
    return awsc_enum_str(&T.strings[5281], 3, (int)value);
}

enum awsc_sesv2_dkim_signing_attributes_origin awsc_sesv2_dkim_signing_attributes_origin_parse(const char *value)
{
    return (enum awsc_sesv2_dkim_signing_attributes_origin)awsc_enum_parse(&T.strings[5567], 31, value);
}

const char *awsc_sesv2_dkim_signing_attributes_origin_str(enum awsc_sesv2_dkim_signing_attributes_origin value)
{
    return awsc_enum_str(&T.strings[5567], 31, (int)value);
}

enum awsc_sesv2_dkim_signing_key_length awsc_sesv2_dkim_signing_key_length_parse(const char *value)
{
    return (enum awsc_sesv2_dkim_signing_key_length)awsc_enum_parse(&T.strings[6191], 2, value);
}

const char *awsc_sesv2_dkim_signing_key_length_str(enum awsc_sesv2_dkim_signing_key_length value)
{
    return awsc_enum_str(&T.strings[6191], 2, (int)value);
}

enum awsc_sesv2_dkim_status awsc_sesv2_dkim_status_parse(const char *value)
{
    return (enum awsc_sesv2_dkim_status)awsc_enum_parse(&T.strings[6228], 5, value);
}

const char *awsc_sesv2_dkim_status_str(enum awsc_sesv2_dkim_status value)
{
    return awsc_enum_str(&T.strings[6228], 5, (int)value);
}

enum awsc_sesv2_email_address_insights_confidence_verdict awsc_sesv2_email_address_insights_confidence_verdict_parse(const char *value)
{
    return (enum awsc_sesv2_email_address_insights_confidence_verdict)awsc_enum_parse(&T.strings[6784], 3, value);
}

const char *awsc_sesv2_email_address_insights_confidence_verdict_str(enum awsc_sesv2_email_address_insights_confidence_verdict value)
{
    return awsc_enum_str(&T.strings[6784], 3, (int)value);
}

enum awsc_sesv2_engagement_event_type awsc_sesv2_engagement_event_type_parse(const char *value)
{
    return (enum awsc_sesv2_engagement_event_type)awsc_enum_parse(&T.strings[7299], 2, value);
}

const char *awsc_sesv2_engagement_event_type_str(enum awsc_sesv2_engagement_event_type value)
{
    return awsc_enum_str(&T.strings[7299], 2, (int)value);
}

enum awsc_sesv2_event_type awsc_sesv2_event_type_parse(const char *value)
{
    return (enum awsc_sesv2_event_type)awsc_enum_parse(&T.strings[7516], 10, value);
}

const char *awsc_sesv2_event_type_str(enum awsc_sesv2_event_type value)
{
    return awsc_enum_str(&T.strings[7516], 10, (int)value);
}

enum awsc_sesv2_export_source_type awsc_sesv2_export_source_type_parse(const char *value)
{
    return (enum awsc_sesv2_export_source_type)awsc_enum_parse(&T.strings[7833], 2, value);
}

const char *awsc_sesv2_export_source_type_str(enum awsc_sesv2_export_source_type value)
{
    return awsc_enum_str(&T.strings[7833], 2, (int)value);
}

enum awsc_sesv2_feature_status awsc_sesv2_feature_status_parse(const char *value)
{
    return (enum awsc_sesv2_feature_status)awsc_enum_parse(&T.strings[7987], 2, value);
}

const char *awsc_sesv2_feature_status_str(enum awsc_sesv2_feature_status value)
{
    return awsc_enum_str(&T.strings[7987], 2, (int)value);
}

enum awsc_sesv2_https_policy awsc_sesv2_https_policy_parse(const char *value)
{
    return (enum awsc_sesv2_https_policy)awsc_enum_parse(&T.strings[10116], 3, value);
}

const char *awsc_sesv2_https_policy_str(enum awsc_sesv2_https_policy value)
{
    return awsc_enum_str(&T.strings[10116], 3, (int)value);
}

enum awsc_sesv2_identity_type awsc_sesv2_identity_type_parse(const char *value)
{
    return (enum awsc_sesv2_identity_type)awsc_enum_parse(&T.strings[10203], 3, value);
}

const char *awsc_sesv2_identity_type_str(enum awsc_sesv2_identity_type value)
{
    return awsc_enum_str(&T.strings[10203], 3, (int)value);
}

enum awsc_sesv2_import_destination_type awsc_sesv2_import_destination_type_parse(const char *value)
{
    return (enum awsc_sesv2_import_destination_type)awsc_enum_parse(&T.strings[10288], 2, value);
}

const char *awsc_sesv2_import_destination_type_str(enum awsc_sesv2_import_destination_type value)
{
    return awsc_enum_str(&T.strings[10288], 2, (int)value);
}

enum awsc_sesv2_job_status awsc_sesv2_job_status_parse(const char *value)
{
    return (enum awsc_sesv2_job_status)awsc_enum_parse(&T.strings[10562], 5, value);
}

const char *awsc_sesv2_job_status_str(enum awsc_sesv2_job_status value)
{
    return awsc_enum_str(&T.strings[10562], 5, (int)value);
}

enum awsc_sesv2_list_recommendations_filter_key awsc_sesv2_list_recommendations_filter_key_parse(const char *value)
{
    return (enum awsc_sesv2_list_recommendations_filter_key)awsc_enum_parse(&T.strings[11878], 4, value);
}

const char *awsc_sesv2_list_recommendations_filter_key_str(enum awsc_sesv2_list_recommendations_filter_key value)
{
    return awsc_enum_str(&T.strings[11878], 4, (int)value);
}

enum awsc_sesv2_list_tenant_resources_filter_key awsc_sesv2_list_tenant_resources_filter_key_parse(const char *value)
{
    return (enum awsc_sesv2_list_tenant_resources_filter_key)awsc_enum_parse(&T.strings[12357], 1, value);
}

const char *awsc_sesv2_list_tenant_resources_filter_key_str(enum awsc_sesv2_list_tenant_resources_filter_key value)
{
    return awsc_enum_str(&T.strings[12357], 1, (int)value);
}

enum awsc_sesv2_mail_from_domain_status awsc_sesv2_mail_from_domain_status_parse(const char *value)
{
    return (enum awsc_sesv2_mail_from_domain_status)awsc_enum_parse(&T.strings[12610], 4, value);
}

const char *awsc_sesv2_mail_from_domain_status_str(enum awsc_sesv2_mail_from_domain_status value)
{
    return awsc_enum_str(&T.strings[12610], 4, (int)value);
}

enum awsc_sesv2_mail_type awsc_sesv2_mail_type_parse(const char *value)
{
    return (enum awsc_sesv2_mail_type)awsc_enum_parse(&T.strings[12651], 2, value);
}

const char *awsc_sesv2_mail_type_str(enum awsc_sesv2_mail_type value)
{
    return awsc_enum_str(&T.strings[12651], 2, (int)value);
}

enum awsc_sesv2_metric awsc_sesv2_metric_parse(const char *value)
{
    return (enum awsc_sesv2_metric)awsc_enum_parse(&T.strings[13045], 10, value);
}

const char *awsc_sesv2_metric_str(enum awsc_sesv2_metric value)
{
    return awsc_enum_str(&T.strings[13045], 10, (int)value);
}

enum awsc_sesv2_metric_aggregation awsc_sesv2_metric_aggregation_parse(const char *value)
{
    return (enum awsc_sesv2_metric_aggregation)awsc_enum_parse(&T.strings[13180], 2, value);
}

const char *awsc_sesv2_metric_aggregation_str(enum awsc_sesv2_metric_aggregation value)
{
    return awsc_enum_str(&T.strings[13180], 2, (int)value);
}

enum awsc_sesv2_metric_dimension_name awsc_sesv2_metric_dimension_name_parse(const char *value)
{
    return (enum awsc_sesv2_metric_dimension_name)awsc_enum_parse(&T.strings[13309], 3, value);
}

const char *awsc_sesv2_metric_dimension_name_str(enum awsc_sesv2_metric_dimension_name value)
{
    return awsc_enum_str(&T.strings[13309], 3, (int)value);
}

enum awsc_sesv2_metric_namespace awsc_sesv2_metric_namespace_parse(const char *value)
{
    return (enum awsc_sesv2_metric_namespace)awsc_enum_parse(&T.strings[13383], 1, value);
}

const char *awsc_sesv2_metric_namespace_str(enum awsc_sesv2_metric_namespace value)
{
    return awsc_enum_str(&T.strings[13383], 1, (int)value);
}

enum awsc_sesv2_pricing_plan awsc_sesv2_pricing_plan_parse(const char *value)
{
    return (enum awsc_sesv2_pricing_plan)awsc_enum_parse(&T.strings[13651], 4, value);
}

const char *awsc_sesv2_pricing_plan_str(enum awsc_sesv2_pricing_plan value)
{
    return awsc_enum_str(&T.strings[13651], 4, (int)value);
}

enum awsc_sesv2_query_error_code awsc_sesv2_query_error_code_parse(const char *value)
{
    return (enum awsc_sesv2_query_error_code)awsc_enum_parse(&T.strings[15849], 2, value);
}

const char *awsc_sesv2_query_error_code_str(enum awsc_sesv2_query_error_code value)
{
    return awsc_enum_str(&T.strings[15849], 2, (int)value);
}

enum awsc_sesv2_recommendation_impact awsc_sesv2_recommendation_impact_parse(const char *value)
{
    return (enum awsc_sesv2_recommendation_impact)awsc_enum_parse(&T.strings[16027], 2, value);
}

const char *awsc_sesv2_recommendation_impact_str(enum awsc_sesv2_recommendation_impact value)
{
    return awsc_enum_str(&T.strings[16027], 2, (int)value);
}

enum awsc_sesv2_recommendation_status awsc_sesv2_recommendation_status_parse(const char *value)
{
    return (enum awsc_sesv2_recommendation_status)awsc_enum_parse(&T.strings[16057], 2, value);
}

const char *awsc_sesv2_recommendation_status_str(enum awsc_sesv2_recommendation_status value)
{
    return awsc_enum_str(&T.strings[16057], 2, (int)value);
}

enum awsc_sesv2_recommendation_type awsc_sesv2_recommendation_type_parse(const char *value)
{
    return (enum awsc_sesv2_recommendation_type)awsc_enum_parse(&T.strings[16087], 8, value);
}

const char *awsc_sesv2_recommendation_type_str(enum awsc_sesv2_recommendation_type value)
{
    return awsc_enum_str(&T.strings[16087], 8, (int)value);
}

enum awsc_sesv2_reputation_entity_filter_key awsc_sesv2_reputation_entity_filter_key_parse(const char *value)
{
    return (enum awsc_sesv2_reputation_entity_filter_key)awsc_enum_parse(&T.strings[16421], 4, value);
}

const char *awsc_sesv2_reputation_entity_filter_key_str(enum awsc_sesv2_reputation_entity_filter_key value)
{
    return awsc_enum_str(&T.strings[16421], 4, (int)value);
}

enum awsc_sesv2_reputation_entity_type awsc_sesv2_reputation_entity_type_parse(const char *value)
{
    return (enum awsc_sesv2_reputation_entity_type)awsc_enum_parse(&T.strings[16518], 1, value);
}

const char *awsc_sesv2_reputation_entity_type_str(enum awsc_sesv2_reputation_entity_type value)
{
    return awsc_enum_str(&T.strings[16518], 1, (int)value);
}

enum awsc_sesv2_resource_type awsc_sesv2_resource_type_parse(const char *value)
{
    return (enum awsc_sesv2_resource_type)awsc_enum_parse(&T.strings[16610], 3, value);
}

const char *awsc_sesv2_resource_type_str(enum awsc_sesv2_resource_type value)
{
    return awsc_enum_str(&T.strings[16610], 3, (int)value);
}

enum awsc_sesv2_review_status awsc_sesv2_review_status_parse(const char *value)
{
    return (enum awsc_sesv2_review_status)awsc_enum_parse(&T.strings[16671], 4, value);
}

const char *awsc_sesv2_review_status_str(enum awsc_sesv2_review_status value)
{
    return awsc_enum_str(&T.strings[16671], 4, (int)value);
}

enum awsc_sesv2_scaling_mode awsc_sesv2_scaling_mode_parse(const char *value)
{
    return (enum awsc_sesv2_scaling_mode)awsc_enum_parse(&T.strings[16743], 2, value);
}

const char *awsc_sesv2_scaling_mode_str(enum awsc_sesv2_scaling_mode value)
{
    return awsc_enum_str(&T.strings[16743], 2, (int)value);
}

enum awsc_sesv2_sending_status awsc_sesv2_sending_status_parse(const char *value)
{
    return (enum awsc_sesv2_sending_status)awsc_enum_parse(&T.strings[17146], 3, value);
}

const char *awsc_sesv2_sending_status_str(enum awsc_sesv2_sending_status value)
{
    return awsc_enum_str(&T.strings[17146], 3, (int)value);
}

enum awsc_sesv2_status awsc_sesv2_status_parse(const char *value)
{
    return (enum awsc_sesv2_status)awsc_enum_parse(&T.strings[17183], 4, value);
}

const char *awsc_sesv2_status_str(enum awsc_sesv2_status value)
{
    return awsc_enum_str(&T.strings[17183], 4, (int)value);
}

enum awsc_sesv2_subscription_status awsc_sesv2_subscription_status_parse(const char *value)
{
    return (enum awsc_sesv2_subscription_status)awsc_enum_parse(&T.strings[17264], 2, value);
}

const char *awsc_sesv2_subscription_status_str(enum awsc_sesv2_subscription_status value)
{
    return awsc_enum_str(&T.strings[17264], 2, (int)value);
}

enum awsc_sesv2_suppression_confidence_verdict_threshold awsc_sesv2_suppression_confidence_verdict_threshold_parse(const char *value)
{
    return (enum awsc_sesv2_suppression_confidence_verdict_threshold)awsc_enum_parse(&T.strings[17545], 3, value);
}

const char *awsc_sesv2_suppression_confidence_verdict_threshold_str(enum awsc_sesv2_suppression_confidence_verdict_threshold value)
{
    return awsc_enum_str(&T.strings[17545], 3, (int)value);
}

enum awsc_sesv2_suppression_list_import_action awsc_sesv2_suppression_list_import_action_parse(const char *value)
{
    return (enum awsc_sesv2_suppression_list_import_action)awsc_enum_parse(&T.strings[2168], 2, value);
}

const char *awsc_sesv2_suppression_list_import_action_str(enum awsc_sesv2_suppression_list_import_action value)
{
    return awsc_enum_str(&T.strings[2168], 2, (int)value);
}

enum awsc_sesv2_suppression_list_reason awsc_sesv2_suppression_list_reason_parse(const char *value)
{
    return (enum awsc_sesv2_suppression_list_reason)awsc_enum_parse(&T.strings[17615], 2, value);
}

const char *awsc_sesv2_suppression_list_reason_str(enum awsc_sesv2_suppression_list_reason value)
{
    return awsc_enum_str(&T.strings[17615], 2, (int)value);
}

enum awsc_sesv2_suppression_list_scope awsc_sesv2_suppression_list_scope_parse(const char *value)
{
    return (enum awsc_sesv2_suppression_list_scope)awsc_enum_parse(&T.strings[17676], 2, value);
}

const char *awsc_sesv2_suppression_list_scope_str(enum awsc_sesv2_suppression_list_scope value)
{
    return awsc_enum_str(&T.strings[17676], 2, (int)value);
}

enum awsc_sesv2_tls_policy awsc_sesv2_tls_policy_parse(const char *value)
{
    return (enum awsc_sesv2_tls_policy)awsc_enum_parse(&T.strings[18060], 2, value);
}

const char *awsc_sesv2_tls_policy_str(enum awsc_sesv2_tls_policy value)
{
    return awsc_enum_str(&T.strings[18060], 2, (int)value);
}

enum awsc_sesv2_verification_error awsc_sesv2_verification_error_parse(const char *value)
{
    return (enum awsc_sesv2_verification_error)awsc_enum_parse(&T.strings[18883], 10, value);
}

const char *awsc_sesv2_verification_error_str(enum awsc_sesv2_verification_error value)
{
    return awsc_enum_str(&T.strings[18883], 10, (int)value);
}

enum awsc_sesv2_verification_status awsc_sesv2_verification_status_parse(const char *value)
{
    return (enum awsc_sesv2_verification_status)awsc_enum_parse(&T.strings[6228], 5, value);
}

const char *awsc_sesv2_verification_status_str(enum awsc_sesv2_verification_status value)
{
    return awsc_enum_str(&T.strings[6228], 5, (int)value);
}

enum awsc_sesv2_warmup_status awsc_sesv2_warmup_status_parse(const char *value)
{
    return (enum awsc_sesv2_warmup_status)awsc_enum_parse(&T.strings[19225], 3, value);
}

const char *awsc_sesv2_warmup_status_str(enum awsc_sesv2_warmup_status value)
{
    return awsc_enum_str(&T.strings[19225], 3, (int)value);
}

#undef PREF
#undef PAGERS
#undef RULES_REF
#undef RULES
#undef REF
#undef T
