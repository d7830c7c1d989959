/*
 * ssm_pagers.c - paginators and waiters of SSM: their JMESPath
 * expressions compiled into node tables, the paginator and waiter
 * descriptors, and the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h>. Generated from the service model by awsc's generator; do
 * not edit.
 */
#include <awsc/ssm.h>

/* The service's tables object (ssm_tables.c), whose first field is
 * the service descriptor. */
extern const struct awsc__ssm_tables awsc__ssm_tables;
#define SERVICE ((const struct awsc_service *)&awsc__ssm_tables)

/* ------------------------------------------------- JMESPath, compiled */

/* NextToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_0_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "NextToken"},
};
static const struct awsc_jmespath jp_0 = {"NextToken", jp_0_nodes, 1};
#endif

/* ActivationList */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_1_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ActivationList"},
};
static const struct awsc_jmespath jp_1 = {"ActivationList", jp_1_nodes, 1};
#endif

/* AssociationExecutionTargets */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_2_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "AssociationExecutionTargets"},
};
static const struct awsc_jmespath jp_2 = {"AssociationExecutionTargets", jp_2_nodes, 1};
#endif

/* AssociationExecutions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_3_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "AssociationExecutions"},
};
static const struct awsc_jmespath jp_3 = {"AssociationExecutions", jp_3_nodes, 1};
#endif

/* AutomationExecutionMetadataList */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_4_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "AutomationExecutionMetadataList"},
};
static const struct awsc_jmespath jp_4 = {"AutomationExecutionMetadataList", jp_4_nodes, 1};
#endif

/* StepExecutions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_5_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "StepExecutions"},
};
static const struct awsc_jmespath jp_5 = {"StepExecutions", jp_5_nodes, 1};
#endif

/* Patches */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_6_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Patches"},
};
static const struct awsc_jmespath jp_6 = {"Patches", jp_6_nodes, 1};
#endif

/* Associations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_7_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Associations"},
};
static const struct awsc_jmespath jp_7 = {"Associations", jp_7_nodes, 1};
#endif

/* EffectivePatches */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_8_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "EffectivePatches"},
};
static const struct awsc_jmespath jp_8 = {"EffectivePatches", jp_8_nodes, 1};
#endif

/* InstanceAssociationStatusInfos */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_9_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InstanceAssociationStatusInfos"},
};
static const struct awsc_jmespath jp_9 = {"InstanceAssociationStatusInfos", jp_9_nodes, 1};
#endif

/* InstanceInformationList */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_10_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InstanceInformationList"},
};
static const struct awsc_jmespath jp_10 = {"InstanceInformationList", jp_10_nodes, 1};
#endif

/* InstancePatchStates */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_11_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InstancePatchStates"},
};
static const struct awsc_jmespath jp_11 = {"InstancePatchStates", jp_11_nodes, 1};
#endif

/* InstanceProperties */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_12_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InstanceProperties"},
};
static const struct awsc_jmespath jp_12 = {"InstanceProperties", jp_12_nodes, 1};
#endif

/* InventoryDeletions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_13_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InventoryDeletions"},
};
static const struct awsc_jmespath jp_13 = {"InventoryDeletions", jp_13_nodes, 1};
#endif

/* WindowExecutionTaskInvocationIdentities */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_14_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "WindowExecutionTaskInvocationIdentities"},
};
static const struct awsc_jmespath jp_14 = {"WindowExecutionTaskInvocationIdentities", jp_14_nodes, 1};
#endif

/* WindowExecutionTaskIdentities */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_15_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "WindowExecutionTaskIdentities"},
};
static const struct awsc_jmespath jp_15 = {"WindowExecutionTaskIdentities", jp_15_nodes, 1};
#endif

/* WindowExecutions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_16_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "WindowExecutions"},
};
static const struct awsc_jmespath jp_16 = {"WindowExecutions", jp_16_nodes, 1};
#endif

/* ScheduledWindowExecutions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_17_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ScheduledWindowExecutions"},
};
static const struct awsc_jmespath jp_17 = {"ScheduledWindowExecutions", jp_17_nodes, 1};
#endif

/* Targets */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_18_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Targets"},
};
static const struct awsc_jmespath jp_18 = {"Targets", jp_18_nodes, 1};
#endif

/* Tasks */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_19_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Tasks"},
};
static const struct awsc_jmespath jp_19 = {"Tasks", jp_19_nodes, 1};
#endif

/* WindowIdentities */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_20_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "WindowIdentities"},
};
static const struct awsc_jmespath jp_20 = {"WindowIdentities", jp_20_nodes, 1};
#endif

/* NextToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_21_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "NextToken"},
};
static const struct awsc_jmespath jp_21 = {"NextToken", jp_21_nodes, 1};
#endif

/* OpsItemSummaries */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_22_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "OpsItemSummaries"},
};
static const struct awsc_jmespath jp_22 = {"OpsItemSummaries", jp_22_nodes, 1};
#endif

/* Parameters */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_23_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Parameters"},
};
static const struct awsc_jmespath jp_23 = {"Parameters", jp_23_nodes, 1};
#endif

/* BaselineIdentities */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_24_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "BaselineIdentities"},
};
static const struct awsc_jmespath jp_24 = {"BaselineIdentities", jp_24_nodes, 1};
#endif

/* Mappings */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_25_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Mappings"},
};
static const struct awsc_jmespath jp_25 = {"Mappings", jp_25_nodes, 1};
#endif

/* Properties */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_26_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Properties"},
};
static const struct awsc_jmespath jp_26 = {"Properties", jp_26_nodes, 1};
#endif

/* Sessions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_27_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Sessions"},
};
static const struct awsc_jmespath jp_27 = {"Sessions", jp_27_nodes, 1};
#endif

/* Entities */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_28_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Entities"},
};
static const struct awsc_jmespath jp_28 = {"Entities", jp_28_nodes, 1};
#endif

/* Schemas */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_29_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Schemas"},
};
static const struct awsc_jmespath jp_29 = {"Schemas", jp_29_nodes, 1};
#endif

/* Policies */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_30_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Policies"},
};
static const struct awsc_jmespath jp_30 = {"Policies", jp_30_nodes, 1};
#endif

/* AssociationVersions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_31_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "AssociationVersions"},
};
static const struct awsc_jmespath jp_31 = {"AssociationVersions", jp_31_nodes, 1};
#endif

/* CloudConnectors */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_32_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "CloudConnectors"},
};
static const struct awsc_jmespath jp_32 = {"CloudConnectors", jp_32_nodes, 1};
#endif

/* CommandInvocations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_33_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "CommandInvocations"},
};
static const struct awsc_jmespath jp_33 = {"CommandInvocations", jp_33_nodes, 1};
#endif

/* Commands */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_34_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Commands"},
};
static const struct awsc_jmespath jp_34 = {"Commands", jp_34_nodes, 1};
#endif

/* ComplianceItems */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_35_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ComplianceItems"},
};
static const struct awsc_jmespath jp_35 = {"ComplianceItems", jp_35_nodes, 1};
#endif

/* ComplianceSummaryItems */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_36_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ComplianceSummaryItems"},
};
static const struct awsc_jmespath jp_36 = {"ComplianceSummaryItems", jp_36_nodes, 1};
#endif

/* DocumentVersions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_37_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "DocumentVersions"},
};
static const struct awsc_jmespath jp_37 = {"DocumentVersions", jp_37_nodes, 1};
#endif

/* DocumentIdentifiers */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_38_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "DocumentIdentifiers"},
};
static const struct awsc_jmespath jp_38 = {"DocumentIdentifiers", jp_38_nodes, 1};
#endif

/* Nodes */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_39_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Nodes"},
};
static const struct awsc_jmespath jp_39 = {"Nodes", jp_39_nodes, 1};
#endif

/* Summary */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_40_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Summary"},
};
static const struct awsc_jmespath jp_40 = {"Summary", jp_40_nodes, 1};
#endif

/* Summaries */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_41_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Summaries"},
};
static const struct awsc_jmespath jp_41 = {"Summaries", jp_41_nodes, 1};
#endif

/* OpsMetadataList */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_42_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "OpsMetadataList"},
};
static const struct awsc_jmespath jp_42 = {"OpsMetadataList", jp_42_nodes, 1};
#endif

/* ResourceComplianceSummaryItems */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_43_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ResourceComplianceSummaryItems"},
};
static const struct awsc_jmespath jp_43 = {"ResourceComplianceSummaryItems", jp_43_nodes, 1};
#endif

/* ResourceDataSyncItems */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_44_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ResourceDataSyncItems"},
};
static const struct awsc_jmespath jp_44 = {"ResourceDataSyncItems", jp_44_nodes, 1};
#endif

/* ValidationFindings */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_45_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ValidationFindings"},
};
static const struct awsc_jmespath jp_45 = {"ValidationFindings", jp_45_nodes, 1};
#endif

/* Status */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_46_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 10, .string = "Status"},
};
static const struct awsc_jmespath jp_46 = {"Status", jp_46_nodes, 1};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* DescribeActivations */
static const uint16_t pg_0_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_0_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_0_result_keys[] = {&jp_1};

/* DescribeAssociationExecutionTargets */
static const uint16_t pg_1_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_1_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_1_result_keys[] = {&jp_2};

/* DescribeAssociationExecutions */
static const uint16_t pg_2_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_2_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_2_result_keys[] = {&jp_3};

/* DescribeAutomationExecutions */
static const uint16_t pg_3_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_3_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_3_result_keys[] = {&jp_4};

/* DescribeAutomationStepExecutions */
static const uint16_t pg_4_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_4_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_4_result_keys[] = {&jp_5};

/* DescribeAvailablePatches */
static const uint16_t pg_5_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_5_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_5_result_keys[] = {&jp_6};

/* DescribeEffectiveInstanceAssociations */
static const uint16_t pg_6_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_6_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_6_result_keys[] = {&jp_7};

/* DescribeEffectivePatchesForPatchBaseline */
static const uint16_t pg_7_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_7_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_7_result_keys[] = {&jp_8};

/* DescribeInstanceAssociationsStatus */
static const uint16_t pg_8_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_8_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_8_result_keys[] = {&jp_9};

/* DescribeInstanceInformation */
static const uint16_t pg_9_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_9_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_9_result_keys[] = {&jp_10};

/* DescribeInstancePatchStates */
static const uint16_t pg_10_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_10_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_10_result_keys[] = {&jp_11};

/* DescribeInstancePatchStatesForPatchGroup */
static const uint16_t pg_11_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_11_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_11_result_keys[] = {&jp_11};

/* DescribeInstancePatches */
static const uint16_t pg_12_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_12_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_12_result_keys[] = {&jp_6};

/* DescribeInstanceProperties */
static const uint16_t pg_13_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_13_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_13_result_keys[] = {&jp_12};

/* DescribeInventoryDeletions */
static const uint16_t pg_14_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_14_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_14_result_keys[] = {&jp_13};

/* DescribeMaintenanceWindowExecutionTaskInvocations */
static const uint16_t pg_15_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_15_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_15_result_keys[] = {&jp_14};

/* DescribeMaintenanceWindowExecutionTasks */
static const uint16_t pg_16_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_16_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_16_result_keys[] = {&jp_15};

/* DescribeMaintenanceWindowExecutions */
static const uint16_t pg_17_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_17_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_17_result_keys[] = {&jp_16};

/* DescribeMaintenanceWindowSchedule */
static const uint16_t pg_18_input_tokens[] = {
    5, /* NextToken */
};
static const struct awsc_jmespath *const pg_18_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_18_result_keys[] = {&jp_17};

/* DescribeMaintenanceWindowTargets */
static const uint16_t pg_19_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_19_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_19_result_keys[] = {&jp_18};

/* DescribeMaintenanceWindowTasks */
static const uint16_t pg_20_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_20_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_20_result_keys[] = {&jp_19};

/* DescribeMaintenanceWindows */
static const uint16_t pg_21_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_21_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_21_result_keys[] = {&jp_20};

/* DescribeMaintenanceWindowsForTarget */
static const uint16_t pg_22_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_22_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_22_result_keys[] = {&jp_20};

/* DescribeOpsItems */
static const uint16_t pg_23_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_23_output_tokens[] = {&jp_21};
static const struct awsc_jmespath *const pg_23_result_keys[] = {&jp_22};

/* DescribeParameters */
static const uint16_t pg_24_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_24_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_24_result_keys[] = {&jp_23};

/* DescribePatchBaselines */
static const uint16_t pg_25_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_25_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_25_result_keys[] = {&jp_24};

/* DescribePatchGroups */
static const uint16_t pg_26_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_26_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_26_result_keys[] = {&jp_25};

/* DescribePatchProperties */
static const uint16_t pg_27_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_27_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_27_result_keys[] = {&jp_26};

/* DescribeSessions */
static const uint16_t pg_28_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_28_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_28_result_keys[] = {&jp_27};

/* GetInventory */
static const uint16_t pg_29_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_29_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_29_result_keys[] = {&jp_28};

/* GetInventorySchema */
static const uint16_t pg_30_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_30_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_30_result_keys[] = {&jp_29};

/* GetOpsSummary */
static const uint16_t pg_31_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_31_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_31_result_keys[] = {&jp_28};

/* GetParameterHistory */
static const uint16_t pg_32_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_32_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_32_result_keys[] = {&jp_23};

/* GetParametersByPath */
static const uint16_t pg_33_input_tokens[] = {
    5, /* NextToken */
};
static const struct awsc_jmespath *const pg_33_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_33_result_keys[] = {&jp_23};

/* GetResourcePolicies */
static const uint16_t pg_34_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_34_output_tokens[] = {&jp_21};
static const struct awsc_jmespath *const pg_34_result_keys[] = {&jp_30};

/* ListAssociationVersions */
static const uint16_t pg_35_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_35_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_35_result_keys[] = {&jp_31};

/* ListAssociations */
static const uint16_t pg_36_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_36_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_36_result_keys[] = {&jp_7};

/* ListCloudConnectors */
static const uint16_t pg_37_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_37_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_37_result_keys[] = {&jp_32};

/* ListCommandInvocations */
static const uint16_t pg_38_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_38_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_38_result_keys[] = {&jp_33};

/* ListCommands */
static const uint16_t pg_39_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_39_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_39_result_keys[] = {&jp_34};

/* ListComplianceItems */
static const uint16_t pg_40_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_40_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_40_result_keys[] = {&jp_35};

/* ListComplianceSummaries */
static const uint16_t pg_41_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_41_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_41_result_keys[] = {&jp_36};

/* ListDocumentVersions */
static const uint16_t pg_42_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_42_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_42_result_keys[] = {&jp_37};

/* ListDocuments */
static const uint16_t pg_43_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_43_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_43_result_keys[] = {&jp_38};

/* ListNodes */
static const uint16_t pg_44_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_44_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_44_result_keys[] = {&jp_39};

/* ListNodesSummary */
static const uint16_t pg_45_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_45_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_45_result_keys[] = {&jp_40};

/* ListOpsItemEvents */
static const uint16_t pg_46_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_46_output_tokens[] = {&jp_21};
static const struct awsc_jmespath *const pg_46_result_keys[] = {&jp_41};

/* ListOpsItemRelatedItems */
static const uint16_t pg_47_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_47_output_tokens[] = {&jp_21};
static const struct awsc_jmespath *const pg_47_result_keys[] = {&jp_41};

/* ListOpsMetadata */
static const uint16_t pg_48_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_48_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_48_result_keys[] = {&jp_42};

/* ListResourceComplianceSummaries */
static const uint16_t pg_49_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_49_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_49_result_keys[] = {&jp_43};

/* ListResourceDataSync */
static const uint16_t pg_50_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_50_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_50_result_keys[] = {&jp_44};

/* ValidateCloudConnector */
static const uint16_t pg_51_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_51_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_51_result_keys[] = {&jp_45};

const struct awsc_paginator awsc_ssm_paginators[52] = {
    {
        .name = "DescribeActivations",
        .service = SERVICE,
        .operation = 31, /* DescribeActivations */
        .input_tokens = pg_0_input_tokens,
        .output_tokens = pg_0_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_0_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeAssociationExecutionTargets",
        .service = SERVICE,
        .operation = 33, /* DescribeAssociationExecutionTargets */
        .input_tokens = pg_1_input_tokens,
        .output_tokens = pg_1_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_1_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeAssociationExecutions",
        .service = SERVICE,
        .operation = 34, /* DescribeAssociationExecutions */
        .input_tokens = pg_2_input_tokens,
        .output_tokens = pg_2_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_2_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeAutomationExecutions",
        .service = SERVICE,
        .operation = 35, /* DescribeAutomationExecutions */
        .input_tokens = pg_3_input_tokens,
        .output_tokens = pg_3_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_3_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeAutomationStepExecutions",
        .service = SERVICE,
        .operation = 36, /* DescribeAutomationStepExecutions */
        .input_tokens = pg_4_input_tokens,
        .output_tokens = pg_4_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_4_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeAvailablePatches",
        .service = SERVICE,
        .operation = 37, /* DescribeAvailablePatches */
        .input_tokens = pg_5_input_tokens,
        .output_tokens = pg_5_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_5_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeEffectiveInstanceAssociations",
        .service = SERVICE,
        .operation = 40, /* DescribeEffectiveInstanceAssociations */
        .input_tokens = pg_6_input_tokens,
        .output_tokens = pg_6_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_6_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeEffectivePatchesForPatchBaseline",
        .service = SERVICE,
        .operation = 41, /* DescribeEffectivePatchesForPatchBaseline */
        .input_tokens = pg_7_input_tokens,
        .output_tokens = pg_7_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_7_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeInstanceAssociationsStatus",
        .service = SERVICE,
        .operation = 42, /* DescribeInstanceAssociationsStatus */
        .input_tokens = pg_8_input_tokens,
        .output_tokens = pg_8_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_8_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeInstanceInformation",
        .service = SERVICE,
        .operation = 43, /* DescribeInstanceInformation */
        .input_tokens = pg_9_input_tokens,
        .output_tokens = pg_9_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_9_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeInstancePatchStates",
        .service = SERVICE,
        .operation = 44, /* DescribeInstancePatchStates */
        .input_tokens = pg_10_input_tokens,
        .output_tokens = pg_10_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_10_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeInstancePatchStatesForPatchGroup",
        .service = SERVICE,
        .operation = 45, /* DescribeInstancePatchStatesForPatchGroup */
        .input_tokens = pg_11_input_tokens,
        .output_tokens = pg_11_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_11_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeInstancePatches",
        .service = SERVICE,
        .operation = 46, /* DescribeInstancePatches */
        .input_tokens = pg_12_input_tokens,
        .output_tokens = pg_12_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_12_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeInstanceProperties",
        .service = SERVICE,
        .operation = 47, /* DescribeInstanceProperties */
        .input_tokens = pg_13_input_tokens,
        .output_tokens = pg_13_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_13_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeInventoryDeletions",
        .service = SERVICE,
        .operation = 48, /* DescribeInventoryDeletions */
        .input_tokens = pg_14_input_tokens,
        .output_tokens = pg_14_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_14_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeMaintenanceWindowExecutionTaskInvocations",
        .service = SERVICE,
        .operation = 49, /* DescribeMaintenanceWindowExecutionTaskInvocations */
        .input_tokens = pg_15_input_tokens,
        .output_tokens = pg_15_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_15_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeMaintenanceWindowExecutionTasks",
        .service = SERVICE,
        .operation = 50, /* DescribeMaintenanceWindowExecutionTasks */
        .input_tokens = pg_16_input_tokens,
        .output_tokens = pg_16_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_16_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeMaintenanceWindowExecutions",
        .service = SERVICE,
        .operation = 51, /* DescribeMaintenanceWindowExecutions */
        .input_tokens = pg_17_input_tokens,
        .output_tokens = pg_17_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_17_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeMaintenanceWindowSchedule",
        .service = SERVICE,
        .operation = 52, /* DescribeMaintenanceWindowSchedule */
        .input_tokens = pg_18_input_tokens,
        .output_tokens = pg_18_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 4,
        .result_keys = pg_18_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeMaintenanceWindowTargets",
        .service = SERVICE,
        .operation = 53, /* DescribeMaintenanceWindowTargets */
        .input_tokens = pg_19_input_tokens,
        .output_tokens = pg_19_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_19_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeMaintenanceWindowTasks",
        .service = SERVICE,
        .operation = 54, /* DescribeMaintenanceWindowTasks */
        .input_tokens = pg_20_input_tokens,
        .output_tokens = pg_20_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_20_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeMaintenanceWindows",
        .service = SERVICE,
        .operation = 55, /* DescribeMaintenanceWindows */
        .input_tokens = pg_21_input_tokens,
        .output_tokens = pg_21_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_21_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeMaintenanceWindowsForTarget",
        .service = SERVICE,
        .operation = 56, /* DescribeMaintenanceWindowsForTarget */
        .input_tokens = pg_22_input_tokens,
        .output_tokens = pg_22_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_22_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeOpsItems",
        .service = SERVICE,
        .operation = 57, /* DescribeOpsItems */
        .input_tokens = pg_23_input_tokens,
        .output_tokens = pg_23_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_23_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeParameters",
        .service = SERVICE,
        .operation = 58, /* DescribeParameters */
        .input_tokens = pg_24_input_tokens,
        .output_tokens = pg_24_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_24_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribePatchBaselines",
        .service = SERVICE,
        .operation = 59, /* DescribePatchBaselines */
        .input_tokens = pg_25_input_tokens,
        .output_tokens = pg_25_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_25_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribePatchGroups",
        .service = SERVICE,
        .operation = 61, /* DescribePatchGroups */
        .input_tokens = pg_26_input_tokens,
        .output_tokens = pg_26_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 0,
        .result_keys = pg_26_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribePatchProperties",
        .service = SERVICE,
        .operation = 62, /* DescribePatchProperties */
        .input_tokens = pg_27_input_tokens,
        .output_tokens = pg_27_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_27_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeSessions",
        .service = SERVICE,
        .operation = 63, /* DescribeSessions */
        .input_tokens = pg_28_input_tokens,
        .output_tokens = pg_28_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_28_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetInventory",
        .service = SERVICE,
        .operation = 75, /* GetInventory */
        .input_tokens = pg_29_input_tokens,
        .output_tokens = pg_29_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 4,
        .result_keys = pg_29_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetInventorySchema",
        .service = SERVICE,
        .operation = 76, /* GetInventorySchema */
        .input_tokens = pg_30_input_tokens,
        .output_tokens = pg_30_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_30_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetOpsSummary",
        .service = SERVICE,
        .operation = 84, /* GetOpsSummary */
        .input_tokens = pg_31_input_tokens,
        .output_tokens = pg_31_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 5,
        .result_keys = pg_31_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetParameterHistory",
        .service = SERVICE,
        .operation = 86, /* GetParameterHistory */
        .input_tokens = pg_32_input_tokens,
        .output_tokens = pg_32_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_32_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetParametersByPath",
        .service = SERVICE,
        .operation = 88, /* GetParametersByPath */
        .input_tokens = pg_33_input_tokens,
        .output_tokens = pg_33_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 4,
        .result_keys = pg_33_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetResourcePolicies",
        .service = SERVICE,
        .operation = 91, /* GetResourcePolicies */
        .input_tokens = pg_34_input_tokens,
        .output_tokens = pg_34_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_34_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListAssociationVersions",
        .service = SERVICE,
        .operation = 94, /* ListAssociationVersions */
        .input_tokens = pg_35_input_tokens,
        .output_tokens = pg_35_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_35_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListAssociations",
        .service = SERVICE,
        .operation = 95, /* ListAssociations */
        .input_tokens = pg_36_input_tokens,
        .output_tokens = pg_36_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_36_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListCloudConnectors",
        .service = SERVICE,
        .operation = 96, /* ListCloudConnectors */
        .input_tokens = pg_37_input_tokens,
        .output_tokens = pg_37_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 0,
        .result_keys = pg_37_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListCommandInvocations",
        .service = SERVICE,
        .operation = 97, /* ListCommandInvocations */
        .input_tokens = pg_38_input_tokens,
        .output_tokens = pg_38_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_38_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListCommands",
        .service = SERVICE,
        .operation = 98, /* ListCommands */
        .input_tokens = pg_39_input_tokens,
        .output_tokens = pg_39_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_39_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListComplianceItems",
        .service = SERVICE,
        .operation = 99, /* ListComplianceItems */
        .input_tokens = pg_40_input_tokens,
        .output_tokens = pg_40_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 4,
        .result_keys = pg_40_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListComplianceSummaries",
        .service = SERVICE,
        .operation = 100, /* ListComplianceSummaries */
        .input_tokens = pg_41_input_tokens,
        .output_tokens = pg_41_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_41_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListDocumentVersions",
        .service = SERVICE,
        .operation = 102, /* ListDocumentVersions */
        .input_tokens = pg_42_input_tokens,
        .output_tokens = pg_42_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_42_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListDocuments",
        .service = SERVICE,
        .operation = 103, /* ListDocuments */
        .input_tokens = pg_43_input_tokens,
        .output_tokens = pg_43_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_43_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListNodes",
        .service = SERVICE,
        .operation = 105, /* ListNodes */
        .input_tokens = pg_44_input_tokens,
        .output_tokens = pg_44_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_44_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListNodesSummary",
        .service = SERVICE,
        .operation = 106, /* ListNodesSummary */
        .input_tokens = pg_45_input_tokens,
        .output_tokens = pg_45_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 4,
        .result_keys = pg_45_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListOpsItemEvents",
        .service = SERVICE,
        .operation = 107, /* ListOpsItemEvents */
        .input_tokens = pg_46_input_tokens,
        .output_tokens = pg_46_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_46_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListOpsItemRelatedItems",
        .service = SERVICE,
        .operation = 108, /* ListOpsItemRelatedItems */
        .input_tokens = pg_47_input_tokens,
        .output_tokens = pg_47_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_47_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListOpsMetadata",
        .service = SERVICE,
        .operation = 109, /* ListOpsMetadata */
        .input_tokens = pg_48_input_tokens,
        .output_tokens = pg_48_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_48_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListResourceComplianceSummaries",
        .service = SERVICE,
        .operation = 110, /* ListResourceComplianceSummaries */
        .input_tokens = pg_49_input_tokens,
        .output_tokens = pg_49_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_49_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListResourceDataSync",
        .service = SERVICE,
        .operation = 111, /* ListResourceDataSync */
        .input_tokens = pg_50_input_tokens,
        .output_tokens = pg_50_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_50_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ValidateCloudConnector",
        .service = SERVICE,
        .operation = 151, /* ValidateCloudConnector */
        .input_tokens = pg_51_input_tokens,
        .output_tokens = pg_51_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_51_result_keys,
        .result_key_count = 1,
    },
};

int awsc_ssm_describe_activations_paginate(struct awsc_client *client,
                                           const struct awsc_ssm_describe_activations_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[0], input, options, pager, err);
}

int awsc_ssm_describe_activations_next_page(struct awsc_pager *pager,
                                            struct awsc_ssm_describe_activations_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_activations_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_activations_next_page_async(struct awsc_pager *pager,
                                                  awsc_ssm_describe_activations_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_activations_next_item(struct awsc_pager *pager,
                                            const struct awsc_ssm_activation **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_activations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_activations_next_item_async(struct awsc_pager *pager,
                                                  awsc_ssm_describe_activations_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_activations_collect(struct awsc_pager *pager,
                                          struct awsc_ssm_describe_activations_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[0], output, err);
}

int awsc_ssm_describe_association_execution_targets_paginate(struct awsc_client *client,
                                                             const struct awsc_ssm_describe_association_execution_targets_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[1], input, options, pager, err);
}

int awsc_ssm_describe_association_execution_targets_next_page(struct awsc_pager *pager,
                                                              struct awsc_ssm_describe_association_execution_targets_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_association_execution_targets_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_association_execution_targets_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ssm_describe_association_execution_targets_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_association_execution_targets_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ssm_association_execution_target **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[1], false, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_association_execution_targets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_association_execution_targets_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ssm_describe_association_execution_targets_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_association_execution_targets_collect(struct awsc_pager *pager,
                                                            struct awsc_ssm_describe_association_execution_targets_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[1], output, err);
}

int awsc_ssm_describe_association_executions_paginate(struct awsc_client *client,
                                                      const struct awsc_ssm_describe_association_executions_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[2], input, options, pager, err);
}

int awsc_ssm_describe_association_executions_next_page(struct awsc_pager *pager,
                                                       struct awsc_ssm_describe_association_executions_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_association_executions_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_association_executions_next_page_async(struct awsc_pager *pager,
                                                             awsc_ssm_describe_association_executions_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_association_executions_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ssm_association_execution **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[2], false, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_association_executions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_association_executions_next_item_async(struct awsc_pager *pager,
                                                             awsc_ssm_describe_association_executions_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_association_executions_collect(struct awsc_pager *pager,
                                                     struct awsc_ssm_describe_association_executions_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[2], output, err);
}

int awsc_ssm_describe_automation_executions_paginate(struct awsc_client *client,
                                                     const struct awsc_ssm_describe_automation_executions_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[3], input, options, pager, err);
}

int awsc_ssm_describe_automation_executions_next_page(struct awsc_pager *pager,
                                                      struct awsc_ssm_describe_automation_executions_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_automation_executions_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_automation_executions_next_page_async(struct awsc_pager *pager,
                                                            awsc_ssm_describe_automation_executions_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_automation_executions_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ssm_automation_execution_metadata **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[3], false, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_automation_executions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_automation_executions_next_item_async(struct awsc_pager *pager,
                                                            awsc_ssm_describe_automation_executions_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_automation_executions_collect(struct awsc_pager *pager,
                                                    struct awsc_ssm_describe_automation_executions_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[3], output, err);
}

int awsc_ssm_describe_automation_step_executions_paginate(struct awsc_client *client,
                                                          const struct awsc_ssm_describe_automation_step_executions_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[4], input, options, pager, err);
}

int awsc_ssm_describe_automation_step_executions_next_page(struct awsc_pager *pager,
                                                           struct awsc_ssm_describe_automation_step_executions_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[4], page, err);
}

static void pg_4_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_automation_step_executions_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_automation_step_executions_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ssm_describe_automation_step_executions_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_automation_step_executions_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ssm_step_execution **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[4], false, item, err);
}

static void pg_4_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_automation_step_executions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_automation_step_executions_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ssm_describe_automation_step_executions_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_automation_step_executions_collect(struct awsc_pager *pager,
                                                         struct awsc_ssm_describe_automation_step_executions_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[4], output, err);
}

int awsc_ssm_describe_available_patches_paginate(struct awsc_client *client,
                                                 const struct awsc_ssm_describe_available_patches_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[5], input, options, pager, err);
}

int awsc_ssm_describe_available_patches_next_page(struct awsc_pager *pager,
                                                  struct awsc_ssm_describe_available_patches_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[5], page, err);
}

static void pg_5_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_available_patches_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_available_patches_next_page_async(struct awsc_pager *pager,
                                                        awsc_ssm_describe_available_patches_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_available_patches_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ssm_patch **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[5], false, item, err);
}

static void pg_5_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_available_patches_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_available_patches_next_item_async(struct awsc_pager *pager,
                                                        awsc_ssm_describe_available_patches_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_available_patches_collect(struct awsc_pager *pager,
                                                struct awsc_ssm_describe_available_patches_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[5], output, err);
}

int awsc_ssm_describe_effective_instance_associations_paginate(struct awsc_client *client,
                                                               const struct awsc_ssm_describe_effective_instance_associations_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[6], input, options, pager, err);
}

int awsc_ssm_describe_effective_instance_associations_next_page(struct awsc_pager *pager,
                                                                struct awsc_ssm_describe_effective_instance_associations_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[6], page, err);
}

static void pg_6_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_effective_instance_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_effective_instance_associations_next_page_async(struct awsc_pager *pager,
                                                                      awsc_ssm_describe_effective_instance_associations_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_effective_instance_associations_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ssm_instance_association **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[6], false, item, err);
}

static void pg_6_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_effective_instance_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_effective_instance_associations_next_item_async(struct awsc_pager *pager,
                                                                      awsc_ssm_describe_effective_instance_associations_item_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_effective_instance_associations_collect(struct awsc_pager *pager,
                                                              struct awsc_ssm_describe_effective_instance_associations_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[6], output, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_paginate(struct awsc_client *client,
                                                                    const struct awsc_ssm_describe_effective_patches_for_patch_baseline_input *input,
                                                                    const struct awsc_page_options *options,
                                                                    struct awsc_pager **pager,
                                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[7], input, options, pager, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_next_page(struct awsc_pager *pager,
                                                                     struct awsc_ssm_describe_effective_patches_for_patch_baseline_output **page,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[7], page, err);
}

static void pg_7_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_effective_patches_for_patch_baseline_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_next_page_async(struct awsc_pager *pager,
                                                                           awsc_ssm_describe_effective_patches_for_patch_baseline_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_next_item(struct awsc_pager *pager,
                                                                     const struct awsc_ssm_effective_patch **item,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[7], false, item, err);
}

static void pg_7_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_effective_patches_for_patch_baseline_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_next_item_async(struct awsc_pager *pager,
                                                                           awsc_ssm_describe_effective_patches_for_patch_baseline_item_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_collect(struct awsc_pager *pager,
                                                                   struct awsc_ssm_describe_effective_patches_for_patch_baseline_output **output,
                                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[7], output, err);
}

int awsc_ssm_describe_instance_associations_status_paginate(struct awsc_client *client,
                                                            const struct awsc_ssm_describe_instance_associations_status_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[8], input, options, pager, err);
}

int awsc_ssm_describe_instance_associations_status_next_page(struct awsc_pager *pager,
                                                             struct awsc_ssm_describe_instance_associations_status_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[8], page, err);
}

static void pg_8_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_associations_status_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_instance_associations_status_next_page_async(struct awsc_pager *pager,
                                                                   awsc_ssm_describe_instance_associations_status_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[8], pg_8_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_associations_status_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ssm_instance_association_status_info **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[8], false, item, err);
}

static void pg_8_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_associations_status_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_instance_associations_status_next_item_async(struct awsc_pager *pager,
                                                                   awsc_ssm_describe_instance_associations_status_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[8], pg_8_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_associations_status_collect(struct awsc_pager *pager,
                                                           struct awsc_ssm_describe_instance_associations_status_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[8], output, err);
}

int awsc_ssm_describe_instance_information_paginate(struct awsc_client *client,
                                                    const struct awsc_ssm_describe_instance_information_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[9], input, options, pager, err);
}

int awsc_ssm_describe_instance_information_next_page(struct awsc_pager *pager,
                                                     struct awsc_ssm_describe_instance_information_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[9], page, err);
}

static void pg_9_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_information_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_instance_information_next_page_async(struct awsc_pager *pager,
                                                           awsc_ssm_describe_instance_information_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[9], pg_9_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_information_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ssm_instance_information **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[9], false, item, err);
}

static void pg_9_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_information_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_instance_information_next_item_async(struct awsc_pager *pager,
                                                           awsc_ssm_describe_instance_information_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[9], pg_9_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_information_collect(struct awsc_pager *pager,
                                                   struct awsc_ssm_describe_instance_information_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[9], output, err);
}

int awsc_ssm_describe_instance_patch_states_paginate(struct awsc_client *client,
                                                     const struct awsc_ssm_describe_instance_patch_states_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[10], input, options, pager, err);
}

int awsc_ssm_describe_instance_patch_states_next_page(struct awsc_pager *pager,
                                                      struct awsc_ssm_describe_instance_patch_states_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[10], page, err);
}

static void pg_10_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patch_states_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_instance_patch_states_next_page_async(struct awsc_pager *pager,
                                                            awsc_ssm_describe_instance_patch_states_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[10], pg_10_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patch_states_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ssm_instance_patch_state **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[10], false, item, err);
}

static void pg_10_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patch_states_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_instance_patch_states_next_item_async(struct awsc_pager *pager,
                                                            awsc_ssm_describe_instance_patch_states_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[10], pg_10_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patch_states_collect(struct awsc_pager *pager,
                                                    struct awsc_ssm_describe_instance_patch_states_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[10], output, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_paginate(struct awsc_client *client,
                                                                     const struct awsc_ssm_describe_instance_patch_states_for_patch_group_input *input,
                                                                     const struct awsc_page_options *options,
                                                                     struct awsc_pager **pager,
                                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[11], input, options, pager, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_next_page(struct awsc_pager *pager,
                                                                      struct awsc_ssm_describe_instance_patch_states_for_patch_group_output **page,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[11], page, err);
}

static void pg_11_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patch_states_for_patch_group_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_next_page_async(struct awsc_pager *pager,
                                                                            awsc_ssm_describe_instance_patch_states_for_patch_group_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[11], pg_11_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_next_item(struct awsc_pager *pager,
                                                                      const struct awsc_ssm_instance_patch_state **item,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[11], false, item, err);
}

static void pg_11_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patch_states_for_patch_group_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_next_item_async(struct awsc_pager *pager,
                                                                            awsc_ssm_describe_instance_patch_states_for_patch_group_item_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[11], pg_11_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_collect(struct awsc_pager *pager,
                                                                    struct awsc_ssm_describe_instance_patch_states_for_patch_group_output **output,
                                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[11], output, err);
}

int awsc_ssm_describe_instance_patches_paginate(struct awsc_client *client,
                                                const struct awsc_ssm_describe_instance_patches_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[12], input, options, pager, err);
}

int awsc_ssm_describe_instance_patches_next_page(struct awsc_pager *pager,
                                                 struct awsc_ssm_describe_instance_patches_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[12], page, err);
}

static void pg_12_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patches_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_instance_patches_next_page_async(struct awsc_pager *pager,
                                                       awsc_ssm_describe_instance_patches_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[12], pg_12_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patches_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ssm_patch_compliance_data **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[12], false, item, err);
}

static void pg_12_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patches_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_instance_patches_next_item_async(struct awsc_pager *pager,
                                                       awsc_ssm_describe_instance_patches_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[12], pg_12_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patches_collect(struct awsc_pager *pager,
                                               struct awsc_ssm_describe_instance_patches_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[12], output, err);
}

int awsc_ssm_describe_instance_properties_paginate(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_instance_properties_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[13], input, options, pager, err);
}

int awsc_ssm_describe_instance_properties_next_page(struct awsc_pager *pager,
                                                    struct awsc_ssm_describe_instance_properties_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[13], page, err);
}

static void pg_13_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_properties_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_instance_properties_next_page_async(struct awsc_pager *pager,
                                                          awsc_ssm_describe_instance_properties_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[13], pg_13_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_properties_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ssm_instance_property **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[13], false, item, err);
}

static void pg_13_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_properties_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_instance_properties_next_item_async(struct awsc_pager *pager,
                                                          awsc_ssm_describe_instance_properties_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[13], pg_13_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_properties_collect(struct awsc_pager *pager,
                                                  struct awsc_ssm_describe_instance_properties_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[13], output, err);
}

int awsc_ssm_describe_inventory_deletions_paginate(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_inventory_deletions_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[14], input, options, pager, err);
}

int awsc_ssm_describe_inventory_deletions_next_page(struct awsc_pager *pager,
                                                    struct awsc_ssm_describe_inventory_deletions_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[14], page, err);
}

static void pg_14_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_inventory_deletions_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_inventory_deletions_next_page_async(struct awsc_pager *pager,
                                                          awsc_ssm_describe_inventory_deletions_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[14], pg_14_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_inventory_deletions_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ssm_inventory_deletion_status_item **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[14], false, item, err);
}

static void pg_14_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_inventory_deletions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_inventory_deletions_next_item_async(struct awsc_pager *pager,
                                                          awsc_ssm_describe_inventory_deletions_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[14], pg_14_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_inventory_deletions_collect(struct awsc_pager *pager,
                                                  struct awsc_ssm_describe_inventory_deletions_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[14], output, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_paginate(struct awsc_client *client,
                                                                             const struct awsc_ssm_describe_maintenance_window_execution_task_invocations_input *input,
                                                                             const struct awsc_page_options *options,
                                                                             struct awsc_pager **pager,
                                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[15], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_next_page(struct awsc_pager *pager,
                                                                              struct awsc_ssm_describe_maintenance_window_execution_task_invocations_output **page,
                                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[15], page, err);
}

static void pg_15_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_execution_task_invocations_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_next_page_async(struct awsc_pager *pager,
                                                                                    awsc_ssm_describe_maintenance_window_execution_task_invocations_cb *cb,
                                                                                    void *user_data,
                                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[15], pg_15_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_next_item(struct awsc_pager *pager,
                                                                              const struct awsc_ssm_maintenance_window_execution_task_invocation_identity **item,
                                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[15], false, item, err);
}

static void pg_15_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_execution_task_invocations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_next_item_async(struct awsc_pager *pager,
                                                                                    awsc_ssm_describe_maintenance_window_execution_task_invocations_item_cb *cb,
                                                                                    void *user_data,
                                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[15], pg_15_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_collect(struct awsc_pager *pager,
                                                                            struct awsc_ssm_describe_maintenance_window_execution_task_invocations_output **output,
                                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[15], output, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_paginate(struct awsc_client *client,
                                                                  const struct awsc_ssm_describe_maintenance_window_execution_tasks_input *input,
                                                                  const struct awsc_page_options *options,
                                                                  struct awsc_pager **pager,
                                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[16], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_next_page(struct awsc_pager *pager,
                                                                   struct awsc_ssm_describe_maintenance_window_execution_tasks_output **page,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[16], page, err);
}

static void pg_16_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_execution_tasks_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_next_page_async(struct awsc_pager *pager,
                                                                         awsc_ssm_describe_maintenance_window_execution_tasks_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[16], pg_16_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_next_item(struct awsc_pager *pager,
                                                                   const struct awsc_ssm_maintenance_window_execution_task_identity **item,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[16], false, item, err);
}

static void pg_16_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_execution_tasks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_next_item_async(struct awsc_pager *pager,
                                                                         awsc_ssm_describe_maintenance_window_execution_tasks_item_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[16], pg_16_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_collect(struct awsc_pager *pager,
                                                                 struct awsc_ssm_describe_maintenance_window_execution_tasks_output **output,
                                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[16], output, err);
}

int awsc_ssm_describe_maintenance_window_executions_paginate(struct awsc_client *client,
                                                             const struct awsc_ssm_describe_maintenance_window_executions_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[17], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_executions_next_page(struct awsc_pager *pager,
                                                              struct awsc_ssm_describe_maintenance_window_executions_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[17], page, err);
}

static void pg_17_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_executions_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_maintenance_window_executions_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ssm_describe_maintenance_window_executions_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[17], pg_17_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_executions_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ssm_maintenance_window_execution **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[17], false, item, err);
}

static void pg_17_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_executions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_maintenance_window_executions_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ssm_describe_maintenance_window_executions_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[17], pg_17_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_executions_collect(struct awsc_pager *pager,
                                                            struct awsc_ssm_describe_maintenance_window_executions_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[17], output, err);
}

int awsc_ssm_describe_maintenance_window_schedule_paginate(struct awsc_client *client,
                                                           const struct awsc_ssm_describe_maintenance_window_schedule_input *input,
                                                           const struct awsc_page_options *options,
                                                           struct awsc_pager **pager,
                                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[18], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_schedule_next_page(struct awsc_pager *pager,
                                                            struct awsc_ssm_describe_maintenance_window_schedule_output **page,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[18], page, err);
}

static void pg_18_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_schedule_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_maintenance_window_schedule_next_page_async(struct awsc_pager *pager,
                                                                  awsc_ssm_describe_maintenance_window_schedule_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[18], pg_18_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_schedule_next_item(struct awsc_pager *pager,
                                                            const struct awsc_ssm_scheduled_window_execution **item,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[18], false, item, err);
}

static void pg_18_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_schedule_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_maintenance_window_schedule_next_item_async(struct awsc_pager *pager,
                                                                  awsc_ssm_describe_maintenance_window_schedule_item_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[18], pg_18_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_schedule_collect(struct awsc_pager *pager,
                                                          struct awsc_ssm_describe_maintenance_window_schedule_output **output,
                                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[18], output, err);
}

int awsc_ssm_describe_maintenance_window_targets_paginate(struct awsc_client *client,
                                                          const struct awsc_ssm_describe_maintenance_window_targets_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[19], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_targets_next_page(struct awsc_pager *pager,
                                                           struct awsc_ssm_describe_maintenance_window_targets_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[19], page, err);
}

static void pg_19_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_targets_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_maintenance_window_targets_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ssm_describe_maintenance_window_targets_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[19], pg_19_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_targets_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ssm_maintenance_window_target **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[19], false, item, err);
}

static void pg_19_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_targets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_maintenance_window_targets_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ssm_describe_maintenance_window_targets_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[19], pg_19_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_targets_collect(struct awsc_pager *pager,
                                                         struct awsc_ssm_describe_maintenance_window_targets_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[19], output, err);
}

int awsc_ssm_describe_maintenance_window_tasks_paginate(struct awsc_client *client,
                                                        const struct awsc_ssm_describe_maintenance_window_tasks_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[20], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_tasks_next_page(struct awsc_pager *pager,
                                                         struct awsc_ssm_describe_maintenance_window_tasks_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[20], page, err);
}

static void pg_20_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_tasks_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_maintenance_window_tasks_next_page_async(struct awsc_pager *pager,
                                                               awsc_ssm_describe_maintenance_window_tasks_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[20], pg_20_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_tasks_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ssm_maintenance_window_task **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[20], false, item, err);
}

static void pg_20_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_tasks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_maintenance_window_tasks_next_item_async(struct awsc_pager *pager,
                                                               awsc_ssm_describe_maintenance_window_tasks_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[20], pg_20_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_tasks_collect(struct awsc_pager *pager,
                                                       struct awsc_ssm_describe_maintenance_window_tasks_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[20], output, err);
}

int awsc_ssm_describe_maintenance_windows_paginate(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_maintenance_windows_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[21], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_windows_next_page(struct awsc_pager *pager,
                                                    struct awsc_ssm_describe_maintenance_windows_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[21], page, err);
}

static void pg_21_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_windows_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_maintenance_windows_next_page_async(struct awsc_pager *pager,
                                                          awsc_ssm_describe_maintenance_windows_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[21], pg_21_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_windows_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ssm_maintenance_window_identity **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[21], false, item, err);
}

static void pg_21_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_windows_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_maintenance_windows_next_item_async(struct awsc_pager *pager,
                                                          awsc_ssm_describe_maintenance_windows_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[21], pg_21_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_windows_collect(struct awsc_pager *pager,
                                                  struct awsc_ssm_describe_maintenance_windows_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[21], output, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_paginate(struct awsc_client *client,
                                                              const struct awsc_ssm_describe_maintenance_windows_for_target_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[22], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_next_page(struct awsc_pager *pager,
                                                               struct awsc_ssm_describe_maintenance_windows_for_target_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[22], page, err);
}

static void pg_22_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_windows_for_target_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_next_page_async(struct awsc_pager *pager,
                                                                     awsc_ssm_describe_maintenance_windows_for_target_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[22], pg_22_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ssm_maintenance_window_identity_for_target **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[22], false, item, err);
}

static void pg_22_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_windows_for_target_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_next_item_async(struct awsc_pager *pager,
                                                                     awsc_ssm_describe_maintenance_windows_for_target_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[22], pg_22_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_collect(struct awsc_pager *pager,
                                                             struct awsc_ssm_describe_maintenance_windows_for_target_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[22], output, err);
}

int awsc_ssm_describe_ops_items_paginate(struct awsc_client *client,
                                         const struct awsc_ssm_describe_ops_items_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[23], input, options, pager, err);
}

int awsc_ssm_describe_ops_items_next_page(struct awsc_pager *pager,
                                          struct awsc_ssm_describe_ops_items_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[23], page, err);
}

static void pg_23_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_ops_items_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_ops_items_next_page_async(struct awsc_pager *pager,
                                                awsc_ssm_describe_ops_items_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[23], pg_23_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_ops_items_next_item(struct awsc_pager *pager,
                                          const struct awsc_ssm_ops_item_summary **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[23], false, item, err);
}

static void pg_23_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_ops_items_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_ops_items_next_item_async(struct awsc_pager *pager,
                                                awsc_ssm_describe_ops_items_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[23], pg_23_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_ops_items_collect(struct awsc_pager *pager,
                                        struct awsc_ssm_describe_ops_items_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[23], output, err);
}

int awsc_ssm_describe_parameters_paginate(struct awsc_client *client,
                                          const struct awsc_ssm_describe_parameters_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[24], input, options, pager, err);
}

int awsc_ssm_describe_parameters_next_page(struct awsc_pager *pager,
                                           struct awsc_ssm_describe_parameters_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[24], page, err);
}

static void pg_24_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_parameters_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_parameters_next_page_async(struct awsc_pager *pager,
                                                 awsc_ssm_describe_parameters_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[24], pg_24_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_parameters_next_item(struct awsc_pager *pager,
                                           const struct awsc_ssm_parameter_metadata **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[24], false, item, err);
}

static void pg_24_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_parameters_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_parameters_next_item_async(struct awsc_pager *pager,
                                                 awsc_ssm_describe_parameters_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[24], pg_24_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_parameters_collect(struct awsc_pager *pager,
                                         struct awsc_ssm_describe_parameters_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[24], output, err);
}

int awsc_ssm_describe_patch_baselines_paginate(struct awsc_client *client,
                                               const struct awsc_ssm_describe_patch_baselines_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[25], input, options, pager, err);
}

int awsc_ssm_describe_patch_baselines_next_page(struct awsc_pager *pager,
                                                struct awsc_ssm_describe_patch_baselines_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[25], page, err);
}

static void pg_25_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_baselines_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_patch_baselines_next_page_async(struct awsc_pager *pager,
                                                      awsc_ssm_describe_patch_baselines_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[25], pg_25_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_baselines_next_item(struct awsc_pager *pager,
                                                const struct awsc_ssm_patch_baseline_identity **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[25], false, item, err);
}

static void pg_25_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_baselines_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_patch_baselines_next_item_async(struct awsc_pager *pager,
                                                      awsc_ssm_describe_patch_baselines_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[25], pg_25_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_baselines_collect(struct awsc_pager *pager,
                                              struct awsc_ssm_describe_patch_baselines_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[25], output, err);
}

int awsc_ssm_describe_patch_groups_paginate(struct awsc_client *client,
                                            const struct awsc_ssm_describe_patch_groups_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[26], input, options, pager, err);
}

int awsc_ssm_describe_patch_groups_next_page(struct awsc_pager *pager,
                                             struct awsc_ssm_describe_patch_groups_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[26], page, err);
}

static void pg_26_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_groups_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_patch_groups_next_page_async(struct awsc_pager *pager,
                                                   awsc_ssm_describe_patch_groups_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[26], pg_26_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_groups_next_item(struct awsc_pager *pager,
                                             const struct awsc_ssm_patch_group_patch_baseline_mapping **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[26], false, item, err);
}

static void pg_26_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_groups_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_patch_groups_next_item_async(struct awsc_pager *pager,
                                                   awsc_ssm_describe_patch_groups_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[26], pg_26_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_groups_collect(struct awsc_pager *pager,
                                           struct awsc_ssm_describe_patch_groups_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[26], output, err);
}

int awsc_ssm_describe_patch_properties_paginate(struct awsc_client *client,
                                                const struct awsc_ssm_describe_patch_properties_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[27], input, options, pager, err);
}

int awsc_ssm_describe_patch_properties_next_page(struct awsc_pager *pager,
                                                 struct awsc_ssm_describe_patch_properties_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[27], page, err);
}

static void pg_27_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_properties_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_patch_properties_next_page_async(struct awsc_pager *pager,
                                                       awsc_ssm_describe_patch_properties_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[27], pg_27_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_properties_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ssm_normal_string_map **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[27], false, item, err);
}

static void pg_27_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_properties_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_patch_properties_next_item_async(struct awsc_pager *pager,
                                                       awsc_ssm_describe_patch_properties_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[27], pg_27_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_properties_collect(struct awsc_pager *pager,
                                               struct awsc_ssm_describe_patch_properties_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[27], output, err);
}

int awsc_ssm_describe_sessions_paginate(struct awsc_client *client,
                                        const struct awsc_ssm_describe_sessions_input *input,
                                        const struct awsc_page_options *options,
                                        struct awsc_pager **pager,
                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[28], input, options, pager, err);
}

int awsc_ssm_describe_sessions_next_page(struct awsc_pager *pager,
                                         struct awsc_ssm_describe_sessions_output **page,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[28], page, err);
}

static void pg_28_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_describe_sessions_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_describe_sessions_next_page_async(struct awsc_pager *pager,
                                               awsc_ssm_describe_sessions_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[28], pg_28_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_sessions_next_item(struct awsc_pager *pager,
                                         const struct awsc_ssm_session **item,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[28], false, item, err);
}

static void pg_28_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_describe_sessions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_describe_sessions_next_item_async(struct awsc_pager *pager,
                                               awsc_ssm_describe_sessions_item_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[28], pg_28_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_sessions_collect(struct awsc_pager *pager,
                                       struct awsc_ssm_describe_sessions_output **output,
                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[28], output, err);
}

int awsc_ssm_get_inventory_paginate(struct awsc_client *client,
                                    const struct awsc_ssm_get_inventory_input *input,
                                    const struct awsc_page_options *options,
                                    struct awsc_pager **pager,
                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[29], input, options, pager, err);
}

int awsc_ssm_get_inventory_next_page(struct awsc_pager *pager,
                                     struct awsc_ssm_get_inventory_output **page,
                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[29], page, err);
}

static void pg_29_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_get_inventory_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_get_inventory_next_page_async(struct awsc_pager *pager,
                                           awsc_ssm_get_inventory_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[29], pg_29_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_inventory_next_item(struct awsc_pager *pager,
                                     const struct awsc_ssm_inventory_result_entity **item,
                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[29], false, item, err);
}

static void pg_29_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_get_inventory_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_get_inventory_next_item_async(struct awsc_pager *pager,
                                           awsc_ssm_get_inventory_item_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[29], pg_29_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_inventory_collect(struct awsc_pager *pager,
                                   struct awsc_ssm_get_inventory_output **output,
                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[29], output, err);
}

int awsc_ssm_get_inventory_schema_paginate(struct awsc_client *client,
                                           const struct awsc_ssm_get_inventory_schema_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[30], input, options, pager, err);
}

int awsc_ssm_get_inventory_schema_next_page(struct awsc_pager *pager,
                                            struct awsc_ssm_get_inventory_schema_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[30], page, err);
}

static void pg_30_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_get_inventory_schema_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_get_inventory_schema_next_page_async(struct awsc_pager *pager,
                                                  awsc_ssm_get_inventory_schema_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[30], pg_30_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_inventory_schema_next_item(struct awsc_pager *pager,
                                            const struct awsc_ssm_inventory_item_schema **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[30], false, item, err);
}

static void pg_30_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_get_inventory_schema_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_get_inventory_schema_next_item_async(struct awsc_pager *pager,
                                                  awsc_ssm_get_inventory_schema_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[30], pg_30_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_inventory_schema_collect(struct awsc_pager *pager,
                                          struct awsc_ssm_get_inventory_schema_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[30], output, err);
}

int awsc_ssm_get_ops_summary_paginate(struct awsc_client *client,
                                      const struct awsc_ssm_get_ops_summary_input *input,
                                      const struct awsc_page_options *options,
                                      struct awsc_pager **pager,
                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[31], input, options, pager, err);
}

int awsc_ssm_get_ops_summary_next_page(struct awsc_pager *pager,
                                       struct awsc_ssm_get_ops_summary_output **page,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[31], page, err);
}

static void pg_31_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_get_ops_summary_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_get_ops_summary_next_page_async(struct awsc_pager *pager,
                                             awsc_ssm_get_ops_summary_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[31], pg_31_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_ops_summary_next_item(struct awsc_pager *pager,
                                       const struct awsc_ssm_ops_entity **item,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[31], false, item, err);
}

static void pg_31_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_get_ops_summary_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_get_ops_summary_next_item_async(struct awsc_pager *pager,
                                             awsc_ssm_get_ops_summary_item_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[31], pg_31_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_ops_summary_collect(struct awsc_pager *pager,
                                     struct awsc_ssm_get_ops_summary_output **output,
                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[31], output, err);
}

int awsc_ssm_get_parameter_history_paginate(struct awsc_client *client,
                                            const struct awsc_ssm_get_parameter_history_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[32], input, options, pager, err);
}

int awsc_ssm_get_parameter_history_next_page(struct awsc_pager *pager,
                                             struct awsc_ssm_get_parameter_history_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[32], page, err);
}

static void pg_32_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_get_parameter_history_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_get_parameter_history_next_page_async(struct awsc_pager *pager,
                                                   awsc_ssm_get_parameter_history_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[32], pg_32_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_parameter_history_next_item(struct awsc_pager *pager,
                                             const struct awsc_ssm_parameter_history **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[32], false, item, err);
}

static void pg_32_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_get_parameter_history_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_get_parameter_history_next_item_async(struct awsc_pager *pager,
                                                   awsc_ssm_get_parameter_history_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[32], pg_32_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_parameter_history_collect(struct awsc_pager *pager,
                                           struct awsc_ssm_get_parameter_history_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[32], output, err);
}

int awsc_ssm_get_parameters_by_path_paginate(struct awsc_client *client,
                                             const struct awsc_ssm_get_parameters_by_path_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[33], input, options, pager, err);
}

int awsc_ssm_get_parameters_by_path_next_page(struct awsc_pager *pager,
                                              struct awsc_ssm_get_parameters_by_path_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[33], page, err);
}

static void pg_33_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_get_parameters_by_path_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_get_parameters_by_path_next_page_async(struct awsc_pager *pager,
                                                    awsc_ssm_get_parameters_by_path_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[33], pg_33_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_parameters_by_path_next_item(struct awsc_pager *pager,
                                              const struct awsc_ssm_parameter **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[33], false, item, err);
}

static void pg_33_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_get_parameters_by_path_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_get_parameters_by_path_next_item_async(struct awsc_pager *pager,
                                                    awsc_ssm_get_parameters_by_path_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[33], pg_33_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_parameters_by_path_collect(struct awsc_pager *pager,
                                            struct awsc_ssm_get_parameters_by_path_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[33], output, err);
}

int awsc_ssm_get_resource_policies_paginate(struct awsc_client *client,
                                            const struct awsc_ssm_get_resource_policies_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[34], input, options, pager, err);
}

int awsc_ssm_get_resource_policies_next_page(struct awsc_pager *pager,
                                             struct awsc_ssm_get_resource_policies_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[34], page, err);
}

static void pg_34_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_get_resource_policies_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_get_resource_policies_next_page_async(struct awsc_pager *pager,
                                                   awsc_ssm_get_resource_policies_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[34], pg_34_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_resource_policies_next_item(struct awsc_pager *pager,
                                             const struct awsc_ssm_get_resource_policies_response_entry **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[34], false, item, err);
}

static void pg_34_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_get_resource_policies_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_get_resource_policies_next_item_async(struct awsc_pager *pager,
                                                   awsc_ssm_get_resource_policies_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[34], pg_34_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_resource_policies_collect(struct awsc_pager *pager,
                                           struct awsc_ssm_get_resource_policies_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[34], output, err);
}

int awsc_ssm_list_association_versions_paginate(struct awsc_client *client,
                                                const struct awsc_ssm_list_association_versions_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[35], input, options, pager, err);
}

int awsc_ssm_list_association_versions_next_page(struct awsc_pager *pager,
                                                 struct awsc_ssm_list_association_versions_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[35], page, err);
}

static void pg_35_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_association_versions_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_association_versions_next_page_async(struct awsc_pager *pager,
                                                       awsc_ssm_list_association_versions_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[35], pg_35_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_association_versions_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ssm_association_version_info **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[35], false, item, err);
}

static void pg_35_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_association_versions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_association_versions_next_item_async(struct awsc_pager *pager,
                                                       awsc_ssm_list_association_versions_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[35], pg_35_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_association_versions_collect(struct awsc_pager *pager,
                                               struct awsc_ssm_list_association_versions_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[35], output, err);
}

int awsc_ssm_list_associations_paginate(struct awsc_client *client,
                                        const struct awsc_ssm_list_associations_input *input,
                                        const struct awsc_page_options *options,
                                        struct awsc_pager **pager,
                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[36], input, options, pager, err);
}

int awsc_ssm_list_associations_next_page(struct awsc_pager *pager,
                                         struct awsc_ssm_list_associations_output **page,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[36], page, err);
}

static void pg_36_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_associations_next_page_async(struct awsc_pager *pager,
                                               awsc_ssm_list_associations_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[36], pg_36_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_associations_next_item(struct awsc_pager *pager,
                                         const struct awsc_ssm_association **item,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[36], false, item, err);
}

static void pg_36_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_associations_next_item_async(struct awsc_pager *pager,
                                               awsc_ssm_list_associations_item_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[36], pg_36_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_associations_collect(struct awsc_pager *pager,
                                       struct awsc_ssm_list_associations_output **output,
                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[36], output, err);
}

int awsc_ssm_list_cloud_connectors_paginate(struct awsc_client *client,
                                            const struct awsc_ssm_list_cloud_connectors_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[37], input, options, pager, err);
}

int awsc_ssm_list_cloud_connectors_next_page(struct awsc_pager *pager,
                                             struct awsc_ssm_list_cloud_connectors_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[37], page, err);
}

static void pg_37_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_cloud_connectors_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_cloud_connectors_next_page_async(struct awsc_pager *pager,
                                                   awsc_ssm_list_cloud_connectors_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[37], pg_37_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_cloud_connectors_next_item(struct awsc_pager *pager,
                                             const struct awsc_ssm_cloud_connector_summary **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[37], false, item, err);
}

static void pg_37_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_cloud_connectors_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_cloud_connectors_next_item_async(struct awsc_pager *pager,
                                                   awsc_ssm_list_cloud_connectors_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[37], pg_37_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_cloud_connectors_collect(struct awsc_pager *pager,
                                           struct awsc_ssm_list_cloud_connectors_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[37], output, err);
}

int awsc_ssm_list_command_invocations_paginate(struct awsc_client *client,
                                               const struct awsc_ssm_list_command_invocations_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[38], input, options, pager, err);
}

int awsc_ssm_list_command_invocations_next_page(struct awsc_pager *pager,
                                                struct awsc_ssm_list_command_invocations_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[38], page, err);
}

static void pg_38_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_command_invocations_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_command_invocations_next_page_async(struct awsc_pager *pager,
                                                      awsc_ssm_list_command_invocations_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[38], pg_38_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_command_invocations_next_item(struct awsc_pager *pager,
                                                const struct awsc_ssm_command_invocation **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[38], false, item, err);
}

static void pg_38_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_command_invocations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_command_invocations_next_item_async(struct awsc_pager *pager,
                                                      awsc_ssm_list_command_invocations_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[38], pg_38_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_command_invocations_collect(struct awsc_pager *pager,
                                              struct awsc_ssm_list_command_invocations_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[38], output, err);
}

int awsc_ssm_list_commands_paginate(struct awsc_client *client,
                                    const struct awsc_ssm_list_commands_input *input,
                                    const struct awsc_page_options *options,
                                    struct awsc_pager **pager,
                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[39], input, options, pager, err);
}

int awsc_ssm_list_commands_next_page(struct awsc_pager *pager,
                                     struct awsc_ssm_list_commands_output **page,
                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[39], page, err);
}

static void pg_39_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_commands_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_commands_next_page_async(struct awsc_pager *pager,
                                           awsc_ssm_list_commands_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[39], pg_39_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_commands_next_item(struct awsc_pager *pager,
                                     const struct awsc_ssm_command **item,
                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[39], false, item, err);
}

static void pg_39_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_commands_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_commands_next_item_async(struct awsc_pager *pager,
                                           awsc_ssm_list_commands_item_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[39], pg_39_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_commands_collect(struct awsc_pager *pager,
                                   struct awsc_ssm_list_commands_output **output,
                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[39], output, err);
}

int awsc_ssm_list_compliance_items_paginate(struct awsc_client *client,
                                            const struct awsc_ssm_list_compliance_items_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[40], input, options, pager, err);
}

int awsc_ssm_list_compliance_items_next_page(struct awsc_pager *pager,
                                             struct awsc_ssm_list_compliance_items_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[40], page, err);
}

static void pg_40_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_compliance_items_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_compliance_items_next_page_async(struct awsc_pager *pager,
                                                   awsc_ssm_list_compliance_items_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[40], pg_40_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_compliance_items_next_item(struct awsc_pager *pager,
                                             const struct awsc_ssm_compliance_item **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[40], false, item, err);
}

static void pg_40_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_compliance_items_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_compliance_items_next_item_async(struct awsc_pager *pager,
                                                   awsc_ssm_list_compliance_items_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[40], pg_40_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_compliance_items_collect(struct awsc_pager *pager,
                                           struct awsc_ssm_list_compliance_items_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[40], output, err);
}

int awsc_ssm_list_compliance_summaries_paginate(struct awsc_client *client,
                                                const struct awsc_ssm_list_compliance_summaries_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[41], input, options, pager, err);
}

int awsc_ssm_list_compliance_summaries_next_page(struct awsc_pager *pager,
                                                 struct awsc_ssm_list_compliance_summaries_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[41], page, err);
}

static void pg_41_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_compliance_summaries_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_compliance_summaries_next_page_async(struct awsc_pager *pager,
                                                       awsc_ssm_list_compliance_summaries_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[41], pg_41_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_compliance_summaries_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ssm_compliance_summary_item **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[41], false, item, err);
}

static void pg_41_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_compliance_summaries_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_compliance_summaries_next_item_async(struct awsc_pager *pager,
                                                       awsc_ssm_list_compliance_summaries_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[41], pg_41_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_compliance_summaries_collect(struct awsc_pager *pager,
                                               struct awsc_ssm_list_compliance_summaries_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[41], output, err);
}

int awsc_ssm_list_document_versions_paginate(struct awsc_client *client,
                                             const struct awsc_ssm_list_document_versions_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[42], input, options, pager, err);
}

int awsc_ssm_list_document_versions_next_page(struct awsc_pager *pager,
                                              struct awsc_ssm_list_document_versions_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[42], page, err);
}

static void pg_42_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_document_versions_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_document_versions_next_page_async(struct awsc_pager *pager,
                                                    awsc_ssm_list_document_versions_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[42], pg_42_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_document_versions_next_item(struct awsc_pager *pager,
                                              const struct awsc_ssm_document_version_info **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[42], false, item, err);
}

static void pg_42_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_document_versions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_document_versions_next_item_async(struct awsc_pager *pager,
                                                    awsc_ssm_list_document_versions_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[42], pg_42_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_document_versions_collect(struct awsc_pager *pager,
                                            struct awsc_ssm_list_document_versions_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[42], output, err);
}

int awsc_ssm_list_documents_paginate(struct awsc_client *client,
                                     const struct awsc_ssm_list_documents_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[43], input, options, pager, err);
}

int awsc_ssm_list_documents_next_page(struct awsc_pager *pager,
                                      struct awsc_ssm_list_documents_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[43], page, err);
}

static void pg_43_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_documents_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_documents_next_page_async(struct awsc_pager *pager,
                                            awsc_ssm_list_documents_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[43], pg_43_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_documents_next_item(struct awsc_pager *pager,
                                      const struct awsc_ssm_document_identifier **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[43], false, item, err);
}

static void pg_43_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_documents_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_documents_next_item_async(struct awsc_pager *pager,
                                            awsc_ssm_list_documents_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[43], pg_43_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_documents_collect(struct awsc_pager *pager,
                                    struct awsc_ssm_list_documents_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[43], output, err);
}

int awsc_ssm_list_nodes_paginate(struct awsc_client *client,
                                 const struct awsc_ssm_list_nodes_input *input,
                                 const struct awsc_page_options *options,
                                 struct awsc_pager **pager,
                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[44], input, options, pager, err);
}

int awsc_ssm_list_nodes_next_page(struct awsc_pager *pager,
                                  struct awsc_ssm_list_nodes_output **page,
                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[44], page, err);
}

static void pg_44_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_nodes_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_nodes_next_page_async(struct awsc_pager *pager,
                                        awsc_ssm_list_nodes_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[44], pg_44_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_nodes_next_item(struct awsc_pager *pager,
                                  const struct awsc_ssm_node **item,
                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[44], false, item, err);
}

static void pg_44_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_nodes_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_nodes_next_item_async(struct awsc_pager *pager,
                                        awsc_ssm_list_nodes_item_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[44], pg_44_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_nodes_collect(struct awsc_pager *pager,
                                struct awsc_ssm_list_nodes_output **output,
                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[44], output, err);
}

int awsc_ssm_list_nodes_summary_paginate(struct awsc_client *client,
                                         const struct awsc_ssm_list_nodes_summary_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[45], input, options, pager, err);
}

int awsc_ssm_list_nodes_summary_next_page(struct awsc_pager *pager,
                                          struct awsc_ssm_list_nodes_summary_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[45], page, err);
}

static void pg_45_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_nodes_summary_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_nodes_summary_next_page_async(struct awsc_pager *pager,
                                                awsc_ssm_list_nodes_summary_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[45], pg_45_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_nodes_summary_next_item(struct awsc_pager *pager,
                                          const struct awsc_ssm_normal_string_map **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[45], false, item, err);
}

static void pg_45_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_nodes_summary_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_nodes_summary_next_item_async(struct awsc_pager *pager,
                                                awsc_ssm_list_nodes_summary_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[45], pg_45_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_nodes_summary_collect(struct awsc_pager *pager,
                                        struct awsc_ssm_list_nodes_summary_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[45], output, err);
}

int awsc_ssm_list_ops_item_events_paginate(struct awsc_client *client,
                                           const struct awsc_ssm_list_ops_item_events_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[46], input, options, pager, err);
}

int awsc_ssm_list_ops_item_events_next_page(struct awsc_pager *pager,
                                            struct awsc_ssm_list_ops_item_events_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[46], page, err);
}

static void pg_46_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_item_events_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_ops_item_events_next_page_async(struct awsc_pager *pager,
                                                  awsc_ssm_list_ops_item_events_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[46], pg_46_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_item_events_next_item(struct awsc_pager *pager,
                                            const struct awsc_ssm_ops_item_event_summary **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[46], false, item, err);
}

static void pg_46_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_item_events_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_ops_item_events_next_item_async(struct awsc_pager *pager,
                                                  awsc_ssm_list_ops_item_events_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[46], pg_46_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_item_events_collect(struct awsc_pager *pager,
                                          struct awsc_ssm_list_ops_item_events_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[46], output, err);
}

int awsc_ssm_list_ops_item_related_items_paginate(struct awsc_client *client,
                                                  const struct awsc_ssm_list_ops_item_related_items_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[47], input, options, pager, err);
}

int awsc_ssm_list_ops_item_related_items_next_page(struct awsc_pager *pager,
                                                   struct awsc_ssm_list_ops_item_related_items_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[47], page, err);
}

static void pg_47_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_item_related_items_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_ops_item_related_items_next_page_async(struct awsc_pager *pager,
                                                         awsc_ssm_list_ops_item_related_items_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[47], pg_47_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_item_related_items_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ssm_ops_item_related_item_summary **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[47], false, item, err);
}

static void pg_47_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_item_related_items_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_ops_item_related_items_next_item_async(struct awsc_pager *pager,
                                                         awsc_ssm_list_ops_item_related_items_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[47], pg_47_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_item_related_items_collect(struct awsc_pager *pager,
                                                 struct awsc_ssm_list_ops_item_related_items_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[47], output, err);
}

int awsc_ssm_list_ops_metadata_paginate(struct awsc_client *client,
                                        const struct awsc_ssm_list_ops_metadata_input *input,
                                        const struct awsc_page_options *options,
                                        struct awsc_pager **pager,
                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[48], input, options, pager, err);
}

int awsc_ssm_list_ops_metadata_next_page(struct awsc_pager *pager,
                                         struct awsc_ssm_list_ops_metadata_output **page,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[48], page, err);
}

static void pg_48_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_metadata_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_ops_metadata_next_page_async(struct awsc_pager *pager,
                                               awsc_ssm_list_ops_metadata_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[48], pg_48_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_metadata_next_item(struct awsc_pager *pager,
                                         const struct awsc_ssm_ops_metadata **item,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[48], false, item, err);
}

static void pg_48_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_metadata_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_ops_metadata_next_item_async(struct awsc_pager *pager,
                                               awsc_ssm_list_ops_metadata_item_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[48], pg_48_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_metadata_collect(struct awsc_pager *pager,
                                       struct awsc_ssm_list_ops_metadata_output **output,
                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[48], output, err);
}

int awsc_ssm_list_resource_compliance_summaries_paginate(struct awsc_client *client,
                                                         const struct awsc_ssm_list_resource_compliance_summaries_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[49], input, options, pager, err);
}

int awsc_ssm_list_resource_compliance_summaries_next_page(struct awsc_pager *pager,
                                                          struct awsc_ssm_list_resource_compliance_summaries_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[49], page, err);
}

static void pg_49_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_resource_compliance_summaries_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_resource_compliance_summaries_next_page_async(struct awsc_pager *pager,
                                                                awsc_ssm_list_resource_compliance_summaries_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[49], pg_49_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_resource_compliance_summaries_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ssm_resource_compliance_summary_item **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[49], false, item, err);
}

static void pg_49_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_resource_compliance_summaries_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_resource_compliance_summaries_next_item_async(struct awsc_pager *pager,
                                                                awsc_ssm_list_resource_compliance_summaries_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[49], pg_49_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_resource_compliance_summaries_collect(struct awsc_pager *pager,
                                                        struct awsc_ssm_list_resource_compliance_summaries_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[49], output, err);
}

int awsc_ssm_list_resource_data_sync_paginate(struct awsc_client *client,
                                              const struct awsc_ssm_list_resource_data_sync_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[50], input, options, pager, err);
}

int awsc_ssm_list_resource_data_sync_next_page(struct awsc_pager *pager,
                                               struct awsc_ssm_list_resource_data_sync_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[50], page, err);
}

static void pg_50_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_list_resource_data_sync_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_list_resource_data_sync_next_page_async(struct awsc_pager *pager,
                                                     awsc_ssm_list_resource_data_sync_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[50], pg_50_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_resource_data_sync_next_item(struct awsc_pager *pager,
                                               const struct awsc_ssm_resource_data_sync_item **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[50], false, item, err);
}

static void pg_50_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_list_resource_data_sync_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_list_resource_data_sync_next_item_async(struct awsc_pager *pager,
                                                     awsc_ssm_list_resource_data_sync_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[50], pg_50_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_resource_data_sync_collect(struct awsc_pager *pager,
                                             struct awsc_ssm_list_resource_data_sync_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[50], output, err);
}

int awsc_ssm_validate_cloud_connector_paginate(struct awsc_client *client,
                                               const struct awsc_ssm_validate_cloud_connector_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ssm_paginators[51], input, options, pager, err);
}

int awsc_ssm_validate_cloud_connector_next_page(struct awsc_pager *pager,
                                                struct awsc_ssm_validate_cloud_connector_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ssm_paginators[51], page, err);
}

static void pg_51_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ssm_validate_cloud_connector_cb *)cb)(user_data, status, page, err);
}

int awsc_ssm_validate_cloud_connector_next_page_async(struct awsc_pager *pager,
                                                      awsc_ssm_validate_cloud_connector_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &awsc_ssm_paginators[51], pg_51_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_validate_cloud_connector_next_item(struct awsc_pager *pager,
                                                const struct awsc_ssm_validation_finding **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ssm_paginators[51], false, item, err);
}

static void pg_51_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ssm_validate_cloud_connector_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ssm_validate_cloud_connector_next_item_async(struct awsc_pager *pager,
                                                      awsc_ssm_validate_cloud_connector_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &awsc_ssm_paginators[51], pg_51_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_validate_cloud_connector_collect(struct awsc_pager *pager,
                                              struct awsc_ssm_validate_cloud_connector_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ssm_paginators[51], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

/* CommandExecuted */
static const struct awsc_waiter_acceptor w_0_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_RETRY, .argument = &jp_46, .expected = {.type = AWSC_JP_STRING, .string = "Pending"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_RETRY, .argument = &jp_46, .expected = {.type = AWSC_JP_STRING, .string = "InProgress"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_RETRY, .argument = &jp_46, .expected = {.type = AWSC_JP_STRING, .string = "Delayed"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_46, .expected = {.type = AWSC_JP_STRING, .string = "Success"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument = &jp_46, .expected = {.type = AWSC_JP_STRING, .string = "Cancelled"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument = &jp_46, .expected = {.type = AWSC_JP_STRING, .string = "TimedOut"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument = &jp_46, .expected = {.type = AWSC_JP_STRING, .string = "Failed"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument = &jp_46, .expected = {.type = AWSC_JP_STRING, .string = "Cancelling"}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "InvocationDoesNotExist"}},
};

const struct awsc_waiter awsc_ssm_waiters[1] = {
    {
        .name = "CommandExecuted",
        .service = SERVICE,
        .operation = 69, /* GetCommandInvocation */
        .delay = 5,
        .max_attempts = 20,
        .acceptors = w_0_acceptors,
        .acceptor_count = 9,
    },
};

int awsc_ssm_wait_command_executed(struct awsc_client *client,
                                   const struct awsc_ssm_get_command_invocation_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ssm_waiters[0], input, options, err);
}

int awsc_ssm_wait_command_executed_async(struct awsc_client *client,
                                         const struct awsc_ssm_get_command_invocation_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ssm_waiters[0], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
#undef SERVICE
