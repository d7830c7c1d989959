/*
 * ssm_pagers.c - paginators and waiters of SSM: their
 * descriptors and JMESPath expressions compiled into node tables, and the
 * typed wrappers around <awsc/paginate.h> and <awsc/wait.h>. Generated
 * from the service model by awsc's generator; do not edit.
 */
#include <awsc/ssm.h>

/*
 * The paginators, waiters, their expressions (compiled into node tables)
 * and names in one object, so that each refers to another by its distance
 * from it (awsc_ref, <awsc/shape.h>): plain read-only data, with no
 * relocation at load time. PREF(field, target) is the reference stored at
 * field that names target.
 */
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
#define PAGERS awsc__ssm_pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)
#pragma GCC diagnostic ignored "-Woverlength-strings"

const struct awsc__ssm_pagers PAGERS = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* DescribeActivations */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 31,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 1,
        },
        [1] = { /* DescribeAssociationExecutionTargets */
            .name_ref = PREF(paginators[1].name_ref, strings[20]),
            .operation = 33,
            .input_tokens_ref = PREF(paginators[1].input_tokens_ref, input_tokens[1]),
            .output_tokens_ref = PREF(paginators[1].output_tokens_ref, expr_refs[2]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[1].result_keys_ref, expr_refs[3]),
            .result_key_count = 1,
        },
        [2] = { /* DescribeAssociationExecutions */
            .name_ref = PREF(paginators[2].name_ref, strings[56]),
            .operation = 34,
            .input_tokens_ref = PREF(paginators[2].input_tokens_ref, input_tokens[2]),
            .output_tokens_ref = PREF(paginators[2].output_tokens_ref, expr_refs[4]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[2].result_keys_ref, expr_refs[5]),
            .result_key_count = 1,
        },
        [3] = { /* DescribeAutomationExecutions */
            .name_ref = PREF(paginators[3].name_ref, strings[86]),
            .operation = 35,
            .input_tokens_ref = PREF(paginators[3].input_tokens_ref, input_tokens[3]),
            .output_tokens_ref = PREF(paginators[3].output_tokens_ref, expr_refs[6]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[3].result_keys_ref, expr_refs[7]),
            .result_key_count = 1,
        },
        [4] = { /* DescribeAutomationStepExecutions */
            .name_ref = PREF(paginators[4].name_ref, strings[115]),
            .operation = 36,
            .input_tokens_ref = PREF(paginators[4].input_tokens_ref, input_tokens[4]),
            .output_tokens_ref = PREF(paginators[4].output_tokens_ref, expr_refs[8]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[4].result_keys_ref, expr_refs[9]),
            .result_key_count = 1,
        },
        [5] = { /* DescribeAvailablePatches */
            .name_ref = PREF(paginators[5].name_ref, strings[148]),
            .operation = 37,
            .input_tokens_ref = PREF(paginators[5].input_tokens_ref, input_tokens[5]),
            .output_tokens_ref = PREF(paginators[5].output_tokens_ref, expr_refs[10]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[5].result_keys_ref, expr_refs[11]),
            .result_key_count = 1,
        },
        [6] = { /* DescribeEffectiveInstanceAssociations */
            .name_ref = PREF(paginators[6].name_ref, strings[173]),
            .operation = 40,
            .input_tokens_ref = PREF(paginators[6].input_tokens_ref, input_tokens[6]),
            .output_tokens_ref = PREF(paginators[6].output_tokens_ref, expr_refs[12]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[6].result_keys_ref, expr_refs[13]),
            .result_key_count = 1,
        },
        [7] = { /* DescribeEffectivePatchesForPatchBaseline */
            .name_ref = PREF(paginators[7].name_ref, strings[211]),
            .operation = 41,
            .input_tokens_ref = PREF(paginators[7].input_tokens_ref, input_tokens[7]),
            .output_tokens_ref = PREF(paginators[7].output_tokens_ref, expr_refs[14]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[7].result_keys_ref, expr_refs[15]),
            .result_key_count = 1,
        },
        [8] = { /* DescribeInstanceAssociationsStatus */
            .name_ref = PREF(paginators[8].name_ref, strings[252]),
            .operation = 42,
            .input_tokens_ref = PREF(paginators[8].input_tokens_ref, input_tokens[8]),
            .output_tokens_ref = PREF(paginators[8].output_tokens_ref, expr_refs[16]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[8].result_keys_ref, expr_refs[17]),
            .result_key_count = 1,
        },
        [9] = { /* DescribeInstanceInformation */
            .name_ref = PREF(paginators[9].name_ref, strings[287]),
            .operation = 43,
            .input_tokens_ref = PREF(paginators[9].input_tokens_ref, input_tokens[9]),
            .output_tokens_ref = PREF(paginators[9].output_tokens_ref, expr_refs[18]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[9].result_keys_ref, expr_refs[19]),
            .result_key_count = 1,
        },
        [10] = { /* DescribeInstancePatchStates */
            .name_ref = PREF(paginators[10].name_ref, strings[315]),
            .operation = 44,
            .input_tokens_ref = PREF(paginators[10].input_tokens_ref, input_tokens[10]),
            .output_tokens_ref = PREF(paginators[10].output_tokens_ref, expr_refs[20]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[10].result_keys_ref, expr_refs[21]),
            .result_key_count = 1,
        },
        [11] = { /* DescribeInstancePatchStatesForPatchGroup */
            .name_ref = PREF(paginators[11].name_ref, strings[343]),
            .operation = 45,
            .input_tokens_ref = PREF(paginators[11].input_tokens_ref, input_tokens[11]),
            .output_tokens_ref = PREF(paginators[11].output_tokens_ref, expr_refs[22]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[11].result_keys_ref, expr_refs[23]),
            .result_key_count = 1,
        },
        [12] = { /* DescribeInstancePatches */
            .name_ref = PREF(paginators[12].name_ref, strings[384]),
            .operation = 46,
            .input_tokens_ref = PREF(paginators[12].input_tokens_ref, input_tokens[12]),
            .output_tokens_ref = PREF(paginators[12].output_tokens_ref, expr_refs[24]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[12].result_keys_ref, expr_refs[25]),
            .result_key_count = 1,
        },
        [13] = { /* DescribeInstanceProperties */
            .name_ref = PREF(paginators[13].name_ref, strings[408]),
            .operation = 47,
            .input_tokens_ref = PREF(paginators[13].input_tokens_ref, input_tokens[13]),
            .output_tokens_ref = PREF(paginators[13].output_tokens_ref, expr_refs[26]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[13].result_keys_ref, expr_refs[27]),
            .result_key_count = 1,
        },
        [14] = { /* DescribeInventoryDeletions */
            .name_ref = PREF(paginators[14].name_ref, strings[435]),
            .operation = 48,
            .input_tokens_ref = PREF(paginators[14].input_tokens_ref, input_tokens[14]),
            .output_tokens_ref = PREF(paginators[14].output_tokens_ref, expr_refs[28]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[14].result_keys_ref, expr_refs[29]),
            .result_key_count = 1,
        },
        [15] = { /* DescribeMaintenanceWindowExecutionTaskInvocations */
            .name_ref = PREF(paginators[15].name_ref, strings[462]),
            .operation = 49,
            .input_tokens_ref = PREF(paginators[15].input_tokens_ref, input_tokens[15]),
            .output_tokens_ref = PREF(paginators[15].output_tokens_ref, expr_refs[30]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[15].result_keys_ref, expr_refs[31]),
            .result_key_count = 1,
        },
        [16] = { /* DescribeMaintenanceWindowExecutionTasks */
            .name_ref = PREF(paginators[16].name_ref, strings[512]),
            .operation = 50,
            .input_tokens_ref = PREF(paginators[16].input_tokens_ref, input_tokens[16]),
            .output_tokens_ref = PREF(paginators[16].output_tokens_ref, expr_refs[32]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[16].result_keys_ref, expr_refs[33]),
            .result_key_count = 1,
        },
        [17] = { /* DescribeMaintenanceWindowExecutions */
            .name_ref = PREF(paginators[17].name_ref, strings[552]),
            .operation = 51,
            .input_tokens_ref = PREF(paginators[17].input_tokens_ref, input_tokens[17]),
            .output_tokens_ref = PREF(paginators[17].output_tokens_ref, expr_refs[34]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[17].result_keys_ref, expr_refs[35]),
            .result_key_count = 1,
        },
        [18] = { /* DescribeMaintenanceWindowSchedule */
            .name_ref = PREF(paginators[18].name_ref, strings[588]),
            .operation = 52,
            .input_tokens_ref = PREF(paginators[18].input_tokens_ref, input_tokens[18]),
            .output_tokens_ref = PREF(paginators[18].output_tokens_ref, expr_refs[36]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[18].result_keys_ref, expr_refs[37]),
            .result_key_count = 1,
        },
        [19] = { /* DescribeMaintenanceWindowTargets */
            .name_ref = PREF(paginators[19].name_ref, strings[622]),
            .operation = 53,
            .input_tokens_ref = PREF(paginators[19].input_tokens_ref, input_tokens[19]),
            .output_tokens_ref = PREF(paginators[19].output_tokens_ref, expr_refs[38]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[19].result_keys_ref, expr_refs[39]),
            .result_key_count = 1,
        },
        [20] = { /* DescribeMaintenanceWindowTasks */
            .name_ref = PREF(paginators[20].name_ref, strings[655]),
            .operation = 54,
            .input_tokens_ref = PREF(paginators[20].input_tokens_ref, input_tokens[20]),
            .output_tokens_ref = PREF(paginators[20].output_tokens_ref, expr_refs[40]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[20].result_keys_ref, expr_refs[41]),
            .result_key_count = 1,
        },
        [21] = { /* DescribeMaintenanceWindows */
            .name_ref = PREF(paginators[21].name_ref, strings[686]),
            .operation = 55,
            .input_tokens_ref = PREF(paginators[21].input_tokens_ref, input_tokens[21]),
            .output_tokens_ref = PREF(paginators[21].output_tokens_ref, expr_refs[42]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[21].result_keys_ref, expr_refs[43]),
            .result_key_count = 1,
        },
        [22] = { /* DescribeMaintenanceWindowsForTarget */
            .name_ref = PREF(paginators[22].name_ref, strings[713]),
            .operation = 56,
            .input_tokens_ref = PREF(paginators[22].input_tokens_ref, input_tokens[22]),
            .output_tokens_ref = PREF(paginators[22].output_tokens_ref, expr_refs[44]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[22].result_keys_ref, expr_refs[45]),
            .result_key_count = 1,
        },
        [23] = { /* DescribeOpsItems */
            .name_ref = PREF(paginators[23].name_ref, strings[749]),
            .operation = 57,
            .input_tokens_ref = PREF(paginators[23].input_tokens_ref, input_tokens[23]),
            .output_tokens_ref = PREF(paginators[23].output_tokens_ref, expr_refs[46]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[23].result_keys_ref, expr_refs[47]),
            .result_key_count = 1,
        },
        [24] = { /* DescribeParameters */
            .name_ref = PREF(paginators[24].name_ref, strings[766]),
            .operation = 58,
            .input_tokens_ref = PREF(paginators[24].input_tokens_ref, input_tokens[24]),
            .output_tokens_ref = PREF(paginators[24].output_tokens_ref, expr_refs[48]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[24].result_keys_ref, expr_refs[49]),
            .result_key_count = 1,
        },
        [25] = { /* DescribePatchBaselines */
            .name_ref = PREF(paginators[25].name_ref, strings[785]),
            .operation = 59,
            .input_tokens_ref = PREF(paginators[25].input_tokens_ref, input_tokens[25]),
            .output_tokens_ref = PREF(paginators[25].output_tokens_ref, expr_refs[50]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[25].result_keys_ref, expr_refs[51]),
            .result_key_count = 1,
        },
        [26] = { /* DescribePatchGroups */
            .name_ref = PREF(paginators[26].name_ref, strings[808]),
            .operation = 61,
            .input_tokens_ref = PREF(paginators[26].input_tokens_ref, input_tokens[26]),
            .output_tokens_ref = PREF(paginators[26].output_tokens_ref, expr_refs[52]),
            .token_count = 1,
            .limit_key = 0,
            .result_keys_ref = PREF(paginators[26].result_keys_ref, expr_refs[53]),
            .result_key_count = 1,
        },
        [27] = { /* DescribePatchProperties */
            .name_ref = PREF(paginators[27].name_ref, strings[828]),
            .operation = 62,
            .input_tokens_ref = PREF(paginators[27].input_tokens_ref, input_tokens[27]),
            .output_tokens_ref = PREF(paginators[27].output_tokens_ref, expr_refs[54]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[27].result_keys_ref, expr_refs[55]),
            .result_key_count = 1,
        },
        [28] = { /* DescribeSessions */
            .name_ref = PREF(paginators[28].name_ref, strings[852]),
            .operation = 63,
            .input_tokens_ref = PREF(paginators[28].input_tokens_ref, input_tokens[28]),
            .output_tokens_ref = PREF(paginators[28].output_tokens_ref, expr_refs[56]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[28].result_keys_ref, expr_refs[57]),
            .result_key_count = 1,
        },
        [29] = { /* GetInventory */
            .name_ref = PREF(paginators[29].name_ref, strings[869]),
            .operation = 75,
            .input_tokens_ref = PREF(paginators[29].input_tokens_ref, input_tokens[29]),
            .output_tokens_ref = PREF(paginators[29].output_tokens_ref, expr_refs[58]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[29].result_keys_ref, expr_refs[59]),
            .result_key_count = 1,
        },
        [30] = { /* GetInventorySchema */
            .name_ref = PREF(paginators[30].name_ref, strings[882]),
            .operation = 76,
            .input_tokens_ref = PREF(paginators[30].input_tokens_ref, input_tokens[30]),
            .output_tokens_ref = PREF(paginators[30].output_tokens_ref, expr_refs[60]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[30].result_keys_ref, expr_refs[61]),
            .result_key_count = 1,
        },
        [31] = { /* GetOpsSummary */
            .name_ref = PREF(paginators[31].name_ref, strings[901]),
            .operation = 84,
            .input_tokens_ref = PREF(paginators[31].input_tokens_ref, input_tokens[31]),
            .output_tokens_ref = PREF(paginators[31].output_tokens_ref, expr_refs[62]),
            .token_count = 1,
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[31].result_keys_ref, expr_refs[63]),
            .result_key_count = 1,
        },
        [32] = { /* GetParameterHistory */
            .name_ref = PREF(paginators[32].name_ref, strings[915]),
            .operation = 86,
            .input_tokens_ref = PREF(paginators[32].input_tokens_ref, input_tokens[32]),
            .output_tokens_ref = PREF(paginators[32].output_tokens_ref, expr_refs[64]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[32].result_keys_ref, expr_refs[65]),
            .result_key_count = 1,
        },
        [33] = { /* GetParametersByPath */
            .name_ref = PREF(paginators[33].name_ref, strings[935]),
            .operation = 88,
            .input_tokens_ref = PREF(paginators[33].input_tokens_ref, input_tokens[33]),
            .output_tokens_ref = PREF(paginators[33].output_tokens_ref, expr_refs[66]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[33].result_keys_ref, expr_refs[67]),
            .result_key_count = 1,
        },
        [34] = { /* GetResourcePolicies */
            .name_ref = PREF(paginators[34].name_ref, strings[955]),
            .operation = 91,
            .input_tokens_ref = PREF(paginators[34].input_tokens_ref, input_tokens[34]),
            .output_tokens_ref = PREF(paginators[34].output_tokens_ref, expr_refs[68]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[34].result_keys_ref, expr_refs[69]),
            .result_key_count = 1,
        },
        [35] = { /* ListAssociationVersions */
            .name_ref = PREF(paginators[35].name_ref, strings[975]),
            .operation = 94,
            .input_tokens_ref = PREF(paginators[35].input_tokens_ref, input_tokens[35]),
            .output_tokens_ref = PREF(paginators[35].output_tokens_ref, expr_refs[70]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[35].result_keys_ref, expr_refs[71]),
            .result_key_count = 1,
        },
        [36] = { /* ListAssociations */
            .name_ref = PREF(paginators[36].name_ref, strings[999]),
            .operation = 95,
            .input_tokens_ref = PREF(paginators[36].input_tokens_ref, input_tokens[36]),
            .output_tokens_ref = PREF(paginators[36].output_tokens_ref, expr_refs[72]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[36].result_keys_ref, expr_refs[73]),
            .result_key_count = 1,
        },
        [37] = { /* ListCloudConnectors */
            .name_ref = PREF(paginators[37].name_ref, strings[1016]),
            .operation = 96,
            .input_tokens_ref = PREF(paginators[37].input_tokens_ref, input_tokens[37]),
            .output_tokens_ref = PREF(paginators[37].output_tokens_ref, expr_refs[74]),
            .token_count = 1,
            .limit_key = 0,
            .result_keys_ref = PREF(paginators[37].result_keys_ref, expr_refs[75]),
            .result_key_count = 1,
        },
        [38] = { /* ListCommandInvocations */
            .name_ref = PREF(paginators[38].name_ref, strings[1036]),
            .operation = 97,
            .input_tokens_ref = PREF(paginators[38].input_tokens_ref, input_tokens[38]),
            .output_tokens_ref = PREF(paginators[38].output_tokens_ref, expr_refs[76]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[38].result_keys_ref, expr_refs[77]),
            .result_key_count = 1,
        },
        [39] = { /* ListCommands */
            .name_ref = PREF(paginators[39].name_ref, strings[1059]),
            .operation = 98,
            .input_tokens_ref = PREF(paginators[39].input_tokens_ref, input_tokens[39]),
            .output_tokens_ref = PREF(paginators[39].output_tokens_ref, expr_refs[78]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[39].result_keys_ref, expr_refs[79]),
            .result_key_count = 1,
        },
        [40] = { /* ListComplianceItems */
            .name_ref = PREF(paginators[40].name_ref, strings[1072]),
            .operation = 99,
            .input_tokens_ref = PREF(paginators[40].input_tokens_ref, input_tokens[40]),
            .output_tokens_ref = PREF(paginators[40].output_tokens_ref, expr_refs[80]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[40].result_keys_ref, expr_refs[81]),
            .result_key_count = 1,
        },
        [41] = { /* ListComplianceSummaries */
            .name_ref = PREF(paginators[41].name_ref, strings[1092]),
            .operation = 100,
            .input_tokens_ref = PREF(paginators[41].input_tokens_ref, input_tokens[41]),
            .output_tokens_ref = PREF(paginators[41].output_tokens_ref, expr_refs[82]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[41].result_keys_ref, expr_refs[83]),
            .result_key_count = 1,
        },
        [42] = { /* ListDocumentVersions */
            .name_ref = PREF(paginators[42].name_ref, strings[1116]),
            .operation = 102,
            .input_tokens_ref = PREF(paginators[42].input_tokens_ref, input_tokens[42]),
            .output_tokens_ref = PREF(paginators[42].output_tokens_ref, expr_refs[84]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[42].result_keys_ref, expr_refs[85]),
            .result_key_count = 1,
        },
        [43] = { /* ListDocuments */
            .name_ref = PREF(paginators[43].name_ref, strings[1137]),
            .operation = 103,
            .input_tokens_ref = PREF(paginators[43].input_tokens_ref, input_tokens[43]),
            .output_tokens_ref = PREF(paginators[43].output_tokens_ref, expr_refs[86]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[43].result_keys_ref, expr_refs[87]),
            .result_key_count = 1,
        },
        [44] = { /* ListNodes */
            .name_ref = PREF(paginators[44].name_ref, strings[1151]),
            .operation = 105,
            .input_tokens_ref = PREF(paginators[44].input_tokens_ref, input_tokens[44]),
            .output_tokens_ref = PREF(paginators[44].output_tokens_ref, expr_refs[88]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[44].result_keys_ref, expr_refs[89]),
            .result_key_count = 1,
        },
        [45] = { /* ListNodesSummary */
            .name_ref = PREF(paginators[45].name_ref, strings[1161]),
            .operation = 106,
            .input_tokens_ref = PREF(paginators[45].input_tokens_ref, input_tokens[45]),
            .output_tokens_ref = PREF(paginators[45].output_tokens_ref, expr_refs[90]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[45].result_keys_ref, expr_refs[91]),
            .result_key_count = 1,
        },
        [46] = { /* ListOpsItemEvents */
            .name_ref = PREF(paginators[46].name_ref, strings[1178]),
            .operation = 107,
            .input_tokens_ref = PREF(paginators[46].input_tokens_ref, input_tokens[46]),
            .output_tokens_ref = PREF(paginators[46].output_tokens_ref, expr_refs[92]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[46].result_keys_ref, expr_refs[93]),
            .result_key_count = 1,
        },
        [47] = { /* ListOpsItemRelatedItems */
            .name_ref = PREF(paginators[47].name_ref, strings[1196]),
            .operation = 108,
            .input_tokens_ref = PREF(paginators[47].input_tokens_ref, input_tokens[47]),
            .output_tokens_ref = PREF(paginators[47].output_tokens_ref, expr_refs[94]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[47].result_keys_ref, expr_refs[95]),
            .result_key_count = 1,
        },
        [48] = { /* ListOpsMetadata */
            .name_ref = PREF(paginators[48].name_ref, strings[1220]),
            .operation = 109,
            .input_tokens_ref = PREF(paginators[48].input_tokens_ref, input_tokens[48]),
            .output_tokens_ref = PREF(paginators[48].output_tokens_ref, expr_refs[96]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[48].result_keys_ref, expr_refs[97]),
            .result_key_count = 1,
        },
        [49] = { /* ListResourceComplianceSummaries */
            .name_ref = PREF(paginators[49].name_ref, strings[1236]),
            .operation = 110,
            .input_tokens_ref = PREF(paginators[49].input_tokens_ref, input_tokens[49]),
            .output_tokens_ref = PREF(paginators[49].output_tokens_ref, expr_refs[98]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[49].result_keys_ref, expr_refs[99]),
            .result_key_count = 1,
        },
        [50] = { /* ListResourceDataSync */
            .name_ref = PREF(paginators[50].name_ref, strings[1268]),
            .operation = 111,
            .input_tokens_ref = PREF(paginators[50].input_tokens_ref, input_tokens[50]),
            .output_tokens_ref = PREF(paginators[50].output_tokens_ref, expr_refs[100]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[50].result_keys_ref, expr_refs[101]),
            .result_key_count = 1,
        },
        [51] = { /* ValidateCloudConnector */
            .name_ref = PREF(paginators[51].name_ref, strings[1289]),
            .operation = 151,
            .input_tokens_ref = PREF(paginators[51].input_tokens_ref, input_tokens[51]),
            .output_tokens_ref = PREF(paginators[51].output_tokens_ref, expr_refs[102]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[51].result_keys_ref, expr_refs[103]),
            .result_key_count = 1,
        },
    },
    .input_tokens = {
        2, /* NextToken */
        4, /* NextToken */
        3, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        3, /* NextToken */
        1, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        3, /* NextToken */
        1, /* NextToken */
        4, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        5, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        2, /* NextToken */
        3, /* NextToken */
        2, /* NextToken */
        3, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        4, /* NextToken */
        2, /* NextToken */
        3, /* NextToken */
        1, /* NextToken */
        4, /* NextToken */
        3, /* NextToken */
        5, /* NextToken */
        1, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        1, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        1, /* NextToken */
        2, /* NextToken */
        3, /* NextToken */
        2, /* NextToken */
        3, /* NextToken */
        2, /* NextToken */
        3, /* NextToken */
        2, /* NextToken */
        1, /* NextToken */
        1, /* NextToken */
        2, /* NextToken */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* NextToken */
        PREF(expr_refs[1], exprs[1]), /* ActivationList */
        PREF(expr_refs[2], exprs[0]), /* NextToken */
        PREF(expr_refs[3], exprs[2]), /* AssociationExecutionTargets */
        PREF(expr_refs[4], exprs[0]), /* NextToken */
        PREF(expr_refs[5], exprs[3]), /* AssociationExecutions */
        PREF(expr_refs[6], exprs[0]), /* NextToken */
        PREF(expr_refs[7], exprs[4]), /* AutomationExecutionMetadataList */
        PREF(expr_refs[8], exprs[0]), /* NextToken */
        PREF(expr_refs[9], exprs[5]), /* StepExecutions */
        PREF(expr_refs[10], exprs[0]), /* NextToken */
        PREF(expr_refs[11], exprs[6]), /* Patches */
        PREF(expr_refs[12], exprs[0]), /* NextToken */
        PREF(expr_refs[13], exprs[7]), /* Associations */
        PREF(expr_refs[14], exprs[0]), /* NextToken */
        PREF(expr_refs[15], exprs[8]), /* EffectivePatches */
        PREF(expr_refs[16], exprs[0]), /* NextToken */
        PREF(expr_refs[17], exprs[9]), /* InstanceAssociationStatusInfos */
        PREF(expr_refs[18], exprs[0]), /* NextToken */
        PREF(expr_refs[19], exprs[10]), /* InstanceInformationList */
        PREF(expr_refs[20], exprs[0]), /* NextToken */
        PREF(expr_refs[21], exprs[11]), /* InstancePatchStates */
        PREF(expr_refs[22], exprs[0]), /* NextToken */
        PREF(expr_refs[23], exprs[11]), /* InstancePatchStates */
        PREF(expr_refs[24], exprs[0]), /* NextToken */
        PREF(expr_refs[25], exprs[6]), /* Patches */
        PREF(expr_refs[26], exprs[0]), /* NextToken */
        PREF(expr_refs[27], exprs[12]), /* InstanceProperties */
        PREF(expr_refs[28], exprs[0]), /* NextToken */
        PREF(expr_refs[29], exprs[13]), /* InventoryDeletions */
        PREF(expr_refs[30], exprs[0]), /* NextToken */
        PREF(expr_refs[31], exprs[14]), /* WindowExecutionTaskInvocationIdentities */
        PREF(expr_refs[32], exprs[0]), /* NextToken */
        PREF(expr_refs[33], exprs[15]), /* WindowExecutionTaskIdentities */
        PREF(expr_refs[34], exprs[0]), /* NextToken */
        PREF(expr_refs[35], exprs[16]), /* WindowExecutions */
        PREF(expr_refs[36], exprs[0]), /* NextToken */
        PREF(expr_refs[37], exprs[17]), /* ScheduledWindowExecutions */
        PREF(expr_refs[38], exprs[0]), /* NextToken */
        PREF(expr_refs[39], exprs[18]), /* Targets */
        PREF(expr_refs[40], exprs[0]), /* NextToken */
        PREF(expr_refs[41], exprs[19]), /* Tasks */
        PREF(expr_refs[42], exprs[0]), /* NextToken */
        PREF(expr_refs[43], exprs[20]), /* WindowIdentities */
        PREF(expr_refs[44], exprs[0]), /* NextToken */
        PREF(expr_refs[45], exprs[20]), /* WindowIdentities */
        PREF(expr_refs[46], exprs[21]), /* NextToken */
        PREF(expr_refs[47], exprs[22]), /* OpsItemSummaries */
        PREF(expr_refs[48], exprs[0]), /* NextToken */
        PREF(expr_refs[49], exprs[23]), /* Parameters */
        PREF(expr_refs[50], exprs[0]), /* NextToken */
        PREF(expr_refs[51], exprs[24]), /* BaselineIdentities */
        PREF(expr_refs[52], exprs[0]), /* NextToken */
        PREF(expr_refs[53], exprs[25]), /* Mappings */
        PREF(expr_refs[54], exprs[0]), /* NextToken */
        PREF(expr_refs[55], exprs[26]), /* Properties */
        PREF(expr_refs[56], exprs[0]), /* NextToken */
        PREF(expr_refs[57], exprs[27]), /* Sessions */
        PREF(expr_refs[58], exprs[0]), /* NextToken */
        PREF(expr_refs[59], exprs[28]), /* Entities */
        PREF(expr_refs[60], exprs[0]), /* NextToken */
        PREF(expr_refs[61], exprs[29]), /* Schemas */
        PREF(expr_refs[62], exprs[0]), /* NextToken */
        PREF(expr_refs[63], exprs[28]), /* Entities */
        PREF(expr_refs[64], exprs[0]), /* NextToken */
        PREF(expr_refs[65], exprs[23]), /* Parameters */
        PREF(expr_refs[66], exprs[0]), /* NextToken */
        PREF(expr_refs[67], exprs[23]), /* Parameters */
        PREF(expr_refs[68], exprs[21]), /* NextToken */
        PREF(expr_refs[69], exprs[30]), /* Policies */
        PREF(expr_refs[70], exprs[0]), /* NextToken */
        PREF(expr_refs[71], exprs[31]), /* AssociationVersions */
        PREF(expr_refs[72], exprs[0]), /* NextToken */
        PREF(expr_refs[73], exprs[7]), /* Associations */
        PREF(expr_refs[74], exprs[0]), /* NextToken */
        PREF(expr_refs[75], exprs[32]), /* CloudConnectors */
        PREF(expr_refs[76], exprs[0]), /* NextToken */
        PREF(expr_refs[77], exprs[33]), /* CommandInvocations */
        PREF(expr_refs[78], exprs[0]), /* NextToken */
        PREF(expr_refs[79], exprs[34]), /* Commands */
        PREF(expr_refs[80], exprs[0]), /* NextToken */
        PREF(expr_refs[81], exprs[35]), /* ComplianceItems */
        PREF(expr_refs[82], exprs[0]), /* NextToken */
        PREF(expr_refs[83], exprs[36]), /* ComplianceSummaryItems */
        PREF(expr_refs[84], exprs[0]), /* NextToken */
        PREF(expr_refs[85], exprs[37]), /* DocumentVersions */
        PREF(expr_refs[86], exprs[0]), /* NextToken */
        PREF(expr_refs[87], exprs[38]), /* DocumentIdentifiers */
        PREF(expr_refs[88], exprs[0]), /* NextToken */
        PREF(expr_refs[89], exprs[39]), /* Nodes */
        PREF(expr_refs[90], exprs[0]), /* NextToken */
        PREF(expr_refs[91], exprs[40]), /* Summary */
        PREF(expr_refs[92], exprs[21]), /* NextToken */
        PREF(expr_refs[93], exprs[41]), /* Summaries */
        PREF(expr_refs[94], exprs[21]), /* NextToken */
        PREF(expr_refs[95], exprs[41]), /* Summaries */
        PREF(expr_refs[96], exprs[0]), /* NextToken */
        PREF(expr_refs[97], exprs[42]), /* OpsMetadataList */
        PREF(expr_refs[98], exprs[0]), /* NextToken */
        PREF(expr_refs[99], exprs[43]), /* ResourceComplianceSummaryItems */
        PREF(expr_refs[100], exprs[0]), /* NextToken */
        PREF(expr_refs[101], exprs[44]), /* ResourceDataSyncItems */
        PREF(expr_refs[102], exprs[0]), /* NextToken */
        PREF(expr_refs[103], exprs[45]), /* ValidationFindings */
    },
#endif
#if AWSC_WITH_WAITERS
    .waiters = {
        [0] = { /* CommandExecuted */
            .name_ref = PREF(waiters[0].name_ref, strings[1312]),
            .operation = 69,
            .delay = 5,
            .max_attempts = 20,
            .acceptors_ref = PREF(waiters[0].acceptors_ref, acceptors[0]),
            .acceptor_count = 9,
        },
    },
    .acceptors = {
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_RETRY, .argument_ref = PREF(acceptors[0].argument_ref, exprs[46]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[0].expected.string_ref, strings[1328])}}, /* CommandExecuted: path retry */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_RETRY, .argument_ref = PREF(acceptors[1].argument_ref, exprs[46]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[1].expected.string_ref, strings[1336])}}, /* CommandExecuted: path retry */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_RETRY, .argument_ref = PREF(acceptors[2].argument_ref, exprs[46]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[2].expected.string_ref, strings[1347])}}, /* CommandExecuted: path retry */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[3].argument_ref, exprs[46]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[3].expected.string_ref, strings[1355])}}, /* CommandExecuted: path success */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[4].argument_ref, exprs[46]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[4].expected.string_ref, strings[1363])}}, /* CommandExecuted: path failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[5].argument_ref, exprs[46]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[5].expected.string_ref, strings[1373])}}, /* CommandExecuted: path failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[6].argument_ref, exprs[46]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[6].expected.string_ref, strings[1382])}}, /* CommandExecuted: path failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[7].argument_ref, exprs[46]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[7].expected.string_ref, strings[1389])}}, /* CommandExecuted: path failure */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[8].expected.string_ref, strings[1400])}}, /* CommandExecuted: error retry */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[1423]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[1].text_ref, strings[1433]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[1]), .node_count = 1}, /* ActivationList */
        {.text_ref = PREF(exprs[2].text_ref, strings[1448]), .nodes_ref = PREF(exprs[2].nodes_ref, nodes[2]), .node_count = 1}, /* AssociationExecutionTargets */
        {.text_ref = PREF(exprs[3].text_ref, strings[1476]), .nodes_ref = PREF(exprs[3].nodes_ref, nodes[3]), .node_count = 1}, /* AssociationExecutions */
        {.text_ref = PREF(exprs[4].text_ref, strings[1498]), .nodes_ref = PREF(exprs[4].nodes_ref, nodes[4]), .node_count = 1}, /* AutomationExecutionMetadataList */
        {.text_ref = PREF(exprs[5].text_ref, strings[1530]), .nodes_ref = PREF(exprs[5].nodes_ref, nodes[5]), .node_count = 1}, /* StepExecutions */
        {.text_ref = PREF(exprs[6].text_ref, strings[1545]), .nodes_ref = PREF(exprs[6].nodes_ref, nodes[6]), .node_count = 1}, /* Patches */
        {.text_ref = PREF(exprs[7].text_ref, strings[1553]), .nodes_ref = PREF(exprs[7].nodes_ref, nodes[7]), .node_count = 1}, /* Associations */
        {.text_ref = PREF(exprs[8].text_ref, strings[1566]), .nodes_ref = PREF(exprs[8].nodes_ref, nodes[8]), .node_count = 1}, /* EffectivePatches */
        {.text_ref = PREF(exprs[9].text_ref, strings[1583]), .nodes_ref = PREF(exprs[9].nodes_ref, nodes[9]), .node_count = 1}, /* InstanceAssociationStatusInfos */
        {.text_ref = PREF(exprs[10].text_ref, strings[1614]), .nodes_ref = PREF(exprs[10].nodes_ref, nodes[10]), .node_count = 1}, /* InstanceInformationList */
        {.text_ref = PREF(exprs[11].text_ref, strings[1638]), .nodes_ref = PREF(exprs[11].nodes_ref, nodes[11]), .node_count = 1}, /* InstancePatchStates */
        {.text_ref = PREF(exprs[12].text_ref, strings[1658]), .nodes_ref = PREF(exprs[12].nodes_ref, nodes[12]), .node_count = 1}, /* InstanceProperties */
        {.text_ref = PREF(exprs[13].text_ref, strings[1677]), .nodes_ref = PREF(exprs[13].nodes_ref, nodes[13]), .node_count = 1}, /* InventoryDeletions */
        {.text_ref = PREF(exprs[14].text_ref, strings[1696]), .nodes_ref = PREF(exprs[14].nodes_ref, nodes[14]), .node_count = 1}, /* WindowExecutionTaskInvocationIdentities */
        {.text_ref = PREF(exprs[15].text_ref, strings[1736]), .nodes_ref = PREF(exprs[15].nodes_ref, nodes[15]), .node_count = 1}, /* WindowExecutionTaskIdentities */
        {.text_ref = PREF(exprs[16].text_ref, strings[1766]), .nodes_ref = PREF(exprs[16].nodes_ref, nodes[16]), .node_count = 1}, /* WindowExecutions */
        {.text_ref = PREF(exprs[17].text_ref, strings[1783]), .nodes_ref = PREF(exprs[17].nodes_ref, nodes[17]), .node_count = 1}, /* ScheduledWindowExecutions */
        {.text_ref = PREF(exprs[18].text_ref, strings[1809]), .nodes_ref = PREF(exprs[18].nodes_ref, nodes[18]), .node_count = 1}, /* Targets */
        {.text_ref = PREF(exprs[19].text_ref, strings[1817]), .nodes_ref = PREF(exprs[19].nodes_ref, nodes[19]), .node_count = 1}, /* Tasks */
        {.text_ref = PREF(exprs[20].text_ref, strings[1823]), .nodes_ref = PREF(exprs[20].nodes_ref, nodes[20]), .node_count = 1}, /* WindowIdentities */
        {.text_ref = PREF(exprs[21].text_ref, strings[1423]), .nodes_ref = PREF(exprs[21].nodes_ref, nodes[21]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[22].text_ref, strings[1840]), .nodes_ref = PREF(exprs[22].nodes_ref, nodes[22]), .node_count = 1}, /* OpsItemSummaries */
        {.text_ref = PREF(exprs[23].text_ref, strings[1857]), .nodes_ref = PREF(exprs[23].nodes_ref, nodes[23]), .node_count = 1}, /* Parameters */
        {.text_ref = PREF(exprs[24].text_ref, strings[1868]), .nodes_ref = PREF(exprs[24].nodes_ref, nodes[24]), .node_count = 1}, /* BaselineIdentities */
        {.text_ref = PREF(exprs[25].text_ref, strings[1887]), .nodes_ref = PREF(exprs[25].nodes_ref, nodes[25]), .node_count = 1}, /* Mappings */
        {.text_ref = PREF(exprs[26].text_ref, strings[1896]), .nodes_ref = PREF(exprs[26].nodes_ref, nodes[26]), .node_count = 1}, /* Properties */
        {.text_ref = PREF(exprs[27].text_ref, strings[1907]), .nodes_ref = PREF(exprs[27].nodes_ref, nodes[27]), .node_count = 1}, /* Sessions */
        {.text_ref = PREF(exprs[28].text_ref, strings[1916]), .nodes_ref = PREF(exprs[28].nodes_ref, nodes[28]), .node_count = 1}, /* Entities */
        {.text_ref = PREF(exprs[29].text_ref, strings[1925]), .nodes_ref = PREF(exprs[29].nodes_ref, nodes[29]), .node_count = 1}, /* Schemas */
        {.text_ref = PREF(exprs[30].text_ref, strings[1933]), .nodes_ref = PREF(exprs[30].nodes_ref, nodes[30]), .node_count = 1}, /* Policies */
        {.text_ref = PREF(exprs[31].text_ref, strings[1942]), .nodes_ref = PREF(exprs[31].nodes_ref, nodes[31]), .node_count = 1}, /* AssociationVersions */
        {.text_ref = PREF(exprs[32].text_ref, strings[1962]), .nodes_ref = PREF(exprs[32].nodes_ref, nodes[32]), .node_count = 1}, /* CloudConnectors */
        {.text_ref = PREF(exprs[33].text_ref, strings[1978]), .nodes_ref = PREF(exprs[33].nodes_ref, nodes[33]), .node_count = 1}, /* CommandInvocations */
        {.text_ref = PREF(exprs[34].text_ref, strings[1997]), .nodes_ref = PREF(exprs[34].nodes_ref, nodes[34]), .node_count = 1}, /* Commands */
        {.text_ref = PREF(exprs[35].text_ref, strings[2006]), .nodes_ref = PREF(exprs[35].nodes_ref, nodes[35]), .node_count = 1}, /* ComplianceItems */
        {.text_ref = PREF(exprs[36].text_ref, strings[2022]), .nodes_ref = PREF(exprs[36].nodes_ref, nodes[36]), .node_count = 1}, /* ComplianceSummaryItems */
        {.text_ref = PREF(exprs[37].text_ref, strings[2045]), .nodes_ref = PREF(exprs[37].nodes_ref, nodes[37]), .node_count = 1}, /* DocumentVersions */
        {.text_ref = PREF(exprs[38].text_ref, strings[2062]), .nodes_ref = PREF(exprs[38].nodes_ref, nodes[38]), .node_count = 1}, /* DocumentIdentifiers */
        {.text_ref = PREF(exprs[39].text_ref, strings[2082]), .nodes_ref = PREF(exprs[39].nodes_ref, nodes[39]), .node_count = 1}, /* Nodes */
        {.text_ref = PREF(exprs[40].text_ref, strings[2088]), .nodes_ref = PREF(exprs[40].nodes_ref, nodes[40]), .node_count = 1}, /* Summary */
        {.text_ref = PREF(exprs[41].text_ref, strings[2096]), .nodes_ref = PREF(exprs[41].nodes_ref, nodes[41]), .node_count = 1}, /* Summaries */
        {.text_ref = PREF(exprs[42].text_ref, strings[2106]), .nodes_ref = PREF(exprs[42].nodes_ref, nodes[42]), .node_count = 1}, /* OpsMetadataList */
        {.text_ref = PREF(exprs[43].text_ref, strings[2122]), .nodes_ref = PREF(exprs[43].nodes_ref, nodes[43]), .node_count = 1}, /* ResourceComplianceSummaryItems */
        {.text_ref = PREF(exprs[44].text_ref, strings[2153]), .nodes_ref = PREF(exprs[44].nodes_ref, nodes[44]), .node_count = 1}, /* ResourceDataSyncItems */
        {.text_ref = PREF(exprs[45].text_ref, strings[2175]), .nodes_ref = PREF(exprs[45].nodes_ref, nodes[45]), .node_count = 1}, /* ValidationFindings */
        {.text_ref = PREF(exprs[46].text_ref, strings[2194]), .nodes_ref = PREF(exprs[46].nodes_ref, nodes[46]), .node_count = 1}, /* Status */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[0].string_ref, strings[1423])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[1].string_ref, strings[1433])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[2].string_ref, strings[1448])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[3].string_ref, strings[1476])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[4].string_ref, strings[1498])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[5].string_ref, strings[1530])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[6].string_ref, strings[1545])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[7].string_ref, strings[1553])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[8].string_ref, strings[1566])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[9].string_ref, strings[1583])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[10].string_ref, strings[1614])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[11].string_ref, strings[1638])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[12].string_ref, strings[1658])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[13].string_ref, strings[1677])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[14].string_ref, strings[1696])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[15].string_ref, strings[1736])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[16].string_ref, strings[1766])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[17].string_ref, strings[1783])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[18].string_ref, strings[1809])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[19].string_ref, strings[1817])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[20].string_ref, strings[1823])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[21].string_ref, strings[1423])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[22].string_ref, strings[1840])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[23].string_ref, strings[1857])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[24].string_ref, strings[1868])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[25].string_ref, strings[1887])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[26].string_ref, strings[1896])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[27].string_ref, strings[1907])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[28].string_ref, strings[1916])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[29].string_ref, strings[1925])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[30].string_ref, strings[1933])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[31].string_ref, strings[1942])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[32].string_ref, strings[1962])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[33].string_ref, strings[1978])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[34].string_ref, strings[1997])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[35].string_ref, strings[2006])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[36].string_ref, strings[2022])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[37].string_ref, strings[2045])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[38].string_ref, strings[2062])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[39].string_ref, strings[2082])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[40].string_ref, strings[2088])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[41].string_ref, strings[2096])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[42].string_ref, strings[2106])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[43].string_ref, strings[2122])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[44].string_ref, strings[2153])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[45].string_ref, strings[2175])},
        {.op = AWSC_JP_MEMBER, .member = 10, .string_ref = PREF(nodes[46].string_ref, strings[2194])},
    },
    .strings =
        /*      0 */ "DescribeActivations\0"
        /*     20 */ "DescribeAssociationExecutionTargets\0"
        /*     56 */ "DescribeAssociationExecutions\0"
        /*     86 */ "DescribeAutomationExecutions\0"
        /*    115 */ "DescribeAutomationStepExecutions\0"
        /*    148 */ "DescribeAvailablePatches\0"
        /*    173 */ "DescribeEffectiveInstanceAssociations\0"
        /*    211 */ "DescribeEffectivePatchesForPatchBaseline\0"
        /*    252 */ "DescribeInstanceAssociationsStatus\0"
        /*    287 */ "DescribeInstanceInformation\0"
        /*    315 */ "DescribeInstancePatchStates\0"
        /*    343 */ "DescribeInstancePatchStatesForPatchGroup\0"
        /*    384 */ "DescribeInstancePatches\0"
        /*    408 */ "DescribeInstanceProperties\0"
        /*    435 */ "DescribeInventoryDeletions\0"
        /*    462 */ "DescribeMaintenanceWindowExecutionTaskInvocations\0"
        /*    512 */ "DescribeMaintenanceWindowExecutionTasks\0"
        /*    552 */ "DescribeMaintenanceWindowExecutions\0"
        /*    588 */ "DescribeMaintenanceWindowSchedule\0"
        /*    622 */ "DescribeMaintenanceWindowTargets\0"
        /*    655 */ "DescribeMaintenanceWindowTasks\0"
        /*    686 */ "DescribeMaintenanceWindows\0"
        /*    713 */ "DescribeMaintenanceWindowsForTarget\0"
        /*    749 */ "DescribeOpsItems\0"
        /*    766 */ "DescribeParameters\0"
        /*    785 */ "DescribePatchBaselines\0"
        /*    808 */ "DescribePatchGroups\0"
        /*    828 */ "DescribePatchProperties\0"
        /*    852 */ "DescribeSessions\0"
        /*    869 */ "GetInventory\0"
        /*    882 */ "GetInventorySchema\0"
        /*    901 */ "GetOpsSummary\0"
        /*    915 */ "GetParameterHistory\0"
        /*    935 */ "GetParametersByPath\0"
        /*    955 */ "GetResourcePolicies\0"
        /*    975 */ "ListAssociationVersions\0"
        /*    999 */ "ListAssociations\0"
        /*   1016 */ "ListCloudConnectors\0"
        /*   1036 */ "ListCommandInvocations\0"
        /*   1059 */ "ListCommands\0"
        /*   1072 */ "ListComplianceItems\0"
        /*   1092 */ "ListComplianceSummaries\0"
        /*   1116 */ "ListDocumentVersions\0"
        /*   1137 */ "ListDocuments\0"
        /*   1151 */ "ListNodes\0"
        /*   1161 */ "ListNodesSummary\0"
        /*   1178 */ "ListOpsItemEvents\0"
        /*   1196 */ "ListOpsItemRelatedItems\0"
        /*   1220 */ "ListOpsMetadata\0"
        /*   1236 */ "ListResourceComplianceSummaries\0"
        /*   1268 */ "ListResourceDataSync\0"
        /*   1289 */ "ValidateCloudConnector\0"
        /*   1312 */ "CommandExecuted\0"
        /*   1328 */ "Pending\0"
        /*   1336 */ "InProgress\0"
        /*   1347 */ "Delayed\0"
        /*   1355 */ "Success\0"
        /*   1363 */ "Cancelled\0"
        /*   1373 */ "TimedOut\0"
        /*   1382 */ "Failed\0"
        /*   1389 */ "Cancelling\0"
        /*   1400 */ "InvocationDoesNotExist\0"
        /*   1423 */ "NextToken\0"
        /*   1433 */ "ActivationList\0"
        /*   1448 */ "AssociationExecutionTargets\0"
        /*   1476 */ "AssociationExecutions\0"
        /*   1498 */ "AutomationExecutionMetadataList\0"
        /*   1530 */ "StepExecutions\0"
        /*   1545 */ "Patches\0"
        /*   1553 */ "Associations\0"
        /*   1566 */ "EffectivePatches\0"
        /*   1583 */ "InstanceAssociationStatusInfos\0"
        /*   1614 */ "InstanceInformationList\0"
        /*   1638 */ "InstancePatchStates\0"
        /*   1658 */ "InstanceProperties\0"
        /*   1677 */ "InventoryDeletions\0"
        /*   1696 */ "WindowExecutionTaskInvocationIdentities\0"
        /*   1736 */ "WindowExecutionTaskIdentities\0"
        /*   1766 */ "WindowExecutions\0"
        /*   1783 */ "ScheduledWindowExecutions\0"
        /*   1809 */ "Targets\0"
        /*   1817 */ "Tasks\0"
        /*   1823 */ "WindowIdentities\0"
        /*   1840 */ "OpsItemSummaries\0"
        /*   1857 */ "Parameters\0"
        /*   1868 */ "BaselineIdentities\0"
        /*   1887 */ "Mappings\0"
        /*   1896 */ "Properties\0"
        /*   1907 */ "Sessions\0"
        /*   1916 */ "Entities\0"
        /*   1925 */ "Schemas\0"
        /*   1933 */ "Policies\0"
        /*   1942 */ "AssociationVersions\0"
        /*   1962 */ "CloudConnectors\0"
        /*   1978 */ "CommandInvocations\0"
        /*   1997 */ "Commands\0"
        /*   2006 */ "ComplianceItems\0"
        /*   2022 */ "ComplianceSummaryItems\0"
        /*   2045 */ "DocumentVersions\0"
        /*   2062 */ "DocumentIdentifiers\0"
        /*   2082 */ "Nodes\0"
        /*   2088 */ "Summary\0"
        /*   2096 */ "Summaries\0"
        /*   2106 */ "OpsMetadataList\0"
        /*   2122 */ "ResourceComplianceSummaryItems\0"
        /*   2153 */ "ResourceDataSyncItems\0"
        /*   2175 */ "ValidationFindings\0"
        /*   2194 */ "Status",
};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_ssm_describe_activations_paginate(struct awsc_client *client,
                                           const struct awsc_ssm_describe_activations_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_ssm_describe_activations_next_page(struct awsc_pager *pager,
                                            struct awsc_ssm_describe_activations_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_activations_next_item(struct awsc_pager *pager,
                                            const struct awsc_ssm_activation **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_activations_collect(struct awsc_pager *pager,
                                          struct awsc_ssm_describe_activations_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_ssm_describe_association_execution_targets_paginate(struct awsc_client *client,
                                                             const struct awsc_ssm_describe_association_execution_targets_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_ssm_describe_association_execution_targets_next_page(struct awsc_pager *pager,
                                                              struct awsc_ssm_describe_association_execution_targets_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_association_execution_targets_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ssm_association_execution_target **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_association_execution_targets_collect(struct awsc_pager *pager,
                                                            struct awsc_ssm_describe_association_execution_targets_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_ssm_describe_association_executions_paginate(struct awsc_client *client,
                                                      const struct awsc_ssm_describe_association_executions_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_ssm_describe_association_executions_next_page(struct awsc_pager *pager,
                                                       struct awsc_ssm_describe_association_executions_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_association_executions_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ssm_association_execution **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_association_executions_collect(struct awsc_pager *pager,
                                                     struct awsc_ssm_describe_association_executions_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_ssm_describe_automation_executions_paginate(struct awsc_client *client,
                                                     const struct awsc_ssm_describe_automation_executions_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_ssm_describe_automation_executions_next_page(struct awsc_pager *pager,
                                                      struct awsc_ssm_describe_automation_executions_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_automation_executions_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ssm_automation_execution_metadata **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_automation_executions_collect(struct awsc_pager *pager,
                                                    struct awsc_ssm_describe_automation_executions_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}

int awsc_ssm_describe_automation_step_executions_paginate(struct awsc_client *client,
                                                          const struct awsc_ssm_describe_automation_step_executions_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[4], input, options, pager, err);
}

int awsc_ssm_describe_automation_step_executions_next_page(struct awsc_pager *pager,
                                                           struct awsc_ssm_describe_automation_step_executions_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[4], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_automation_step_executions_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ssm_step_execution **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[4], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_automation_step_executions_collect(struct awsc_pager *pager,
                                                         struct awsc_ssm_describe_automation_step_executions_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[4], output, err);
}

int awsc_ssm_describe_available_patches_paginate(struct awsc_client *client,
                                                 const struct awsc_ssm_describe_available_patches_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[5], input, options, pager, err);
}

int awsc_ssm_describe_available_patches_next_page(struct awsc_pager *pager,
                                                  struct awsc_ssm_describe_available_patches_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[5], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_available_patches_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ssm_patch **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[5], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_available_patches_collect(struct awsc_pager *pager,
                                                struct awsc_ssm_describe_available_patches_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[5], output, err);
}

int awsc_ssm_describe_effective_instance_associations_paginate(struct awsc_client *client,
                                                               const struct awsc_ssm_describe_effective_instance_associations_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[6], input, options, pager, err);
}

int awsc_ssm_describe_effective_instance_associations_next_page(struct awsc_pager *pager,
                                                                struct awsc_ssm_describe_effective_instance_associations_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[6], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_effective_instance_associations_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ssm_instance_association **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[6], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_effective_instance_associations_collect(struct awsc_pager *pager,
                                                              struct awsc_ssm_describe_effective_instance_associations_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[6], output, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_paginate(struct awsc_client *client,
                                                                    const struct awsc_ssm_describe_effective_patches_for_patch_baseline_input *input,
                                                                    const struct awsc_page_options *options,
                                                                    struct awsc_pager **pager,
                                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[7], input, options, pager, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_next_page(struct awsc_pager *pager,
                                                                     struct awsc_ssm_describe_effective_patches_for_patch_baseline_output **page,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[7], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_next_item(struct awsc_pager *pager,
                                                                     const struct awsc_ssm_effective_patch **item,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[7], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_collect(struct awsc_pager *pager,
                                                                   struct awsc_ssm_describe_effective_patches_for_patch_baseline_output **output,
                                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[7], output, err);
}

int awsc_ssm_describe_instance_associations_status_paginate(struct awsc_client *client,
                                                            const struct awsc_ssm_describe_instance_associations_status_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[8], input, options, pager, err);
}

int awsc_ssm_describe_instance_associations_status_next_page(struct awsc_pager *pager,
                                                             struct awsc_ssm_describe_instance_associations_status_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[8], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[8], pg_8_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_associations_status_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ssm_instance_association_status_info **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[8], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[8], pg_8_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_associations_status_collect(struct awsc_pager *pager,
                                                           struct awsc_ssm_describe_instance_associations_status_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[8], output, err);
}

int awsc_ssm_describe_instance_information_paginate(struct awsc_client *client,
                                                    const struct awsc_ssm_describe_instance_information_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[9], input, options, pager, err);
}

int awsc_ssm_describe_instance_information_next_page(struct awsc_pager *pager,
                                                     struct awsc_ssm_describe_instance_information_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[9], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[9], pg_9_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_information_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ssm_instance_information **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[9], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[9], pg_9_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_information_collect(struct awsc_pager *pager,
                                                   struct awsc_ssm_describe_instance_information_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[9], output, err);
}

int awsc_ssm_describe_instance_patch_states_paginate(struct awsc_client *client,
                                                     const struct awsc_ssm_describe_instance_patch_states_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[10], input, options, pager, err);
}

int awsc_ssm_describe_instance_patch_states_next_page(struct awsc_pager *pager,
                                                      struct awsc_ssm_describe_instance_patch_states_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[10], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[10], pg_10_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patch_states_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ssm_instance_patch_state **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[10], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[10], pg_10_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patch_states_collect(struct awsc_pager *pager,
                                                    struct awsc_ssm_describe_instance_patch_states_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[10], output, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_paginate(struct awsc_client *client,
                                                                     const struct awsc_ssm_describe_instance_patch_states_for_patch_group_input *input,
                                                                     const struct awsc_page_options *options,
                                                                     struct awsc_pager **pager,
                                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[11], input, options, pager, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_next_page(struct awsc_pager *pager,
                                                                      struct awsc_ssm_describe_instance_patch_states_for_patch_group_output **page,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[11], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[11], pg_11_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_next_item(struct awsc_pager *pager,
                                                                      const struct awsc_ssm_instance_patch_state **item,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[11], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[11], pg_11_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_collect(struct awsc_pager *pager,
                                                                    struct awsc_ssm_describe_instance_patch_states_for_patch_group_output **output,
                                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[11], output, err);
}

int awsc_ssm_describe_instance_patches_paginate(struct awsc_client *client,
                                                const struct awsc_ssm_describe_instance_patches_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[12], input, options, pager, err);
}

int awsc_ssm_describe_instance_patches_next_page(struct awsc_pager *pager,
                                                 struct awsc_ssm_describe_instance_patches_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[12], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[12], pg_12_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patches_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ssm_patch_compliance_data **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[12], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[12], pg_12_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_patches_collect(struct awsc_pager *pager,
                                               struct awsc_ssm_describe_instance_patches_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[12], output, err);
}

int awsc_ssm_describe_instance_properties_paginate(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_instance_properties_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[13], input, options, pager, err);
}

int awsc_ssm_describe_instance_properties_next_page(struct awsc_pager *pager,
                                                    struct awsc_ssm_describe_instance_properties_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[13], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[13], pg_13_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_properties_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ssm_instance_property **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[13], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[13], pg_13_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_instance_properties_collect(struct awsc_pager *pager,
                                                  struct awsc_ssm_describe_instance_properties_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[13], output, err);
}

int awsc_ssm_describe_inventory_deletions_paginate(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_inventory_deletions_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[14], input, options, pager, err);
}

int awsc_ssm_describe_inventory_deletions_next_page(struct awsc_pager *pager,
                                                    struct awsc_ssm_describe_inventory_deletions_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[14], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[14], pg_14_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_inventory_deletions_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ssm_inventory_deletion_status_item **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[14], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[14], pg_14_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_inventory_deletions_collect(struct awsc_pager *pager,
                                                  struct awsc_ssm_describe_inventory_deletions_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[14], output, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_paginate(struct awsc_client *client,
                                                                             const struct awsc_ssm_describe_maintenance_window_execution_task_invocations_input *input,
                                                                             const struct awsc_page_options *options,
                                                                             struct awsc_pager **pager,
                                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[15], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_next_page(struct awsc_pager *pager,
                                                                              struct awsc_ssm_describe_maintenance_window_execution_task_invocations_output **page,
                                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[15], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[15], pg_15_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_next_item(struct awsc_pager *pager,
                                                                              const struct awsc_ssm_maintenance_window_execution_task_invocation_identity **item,
                                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[15], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[15], pg_15_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_collect(struct awsc_pager *pager,
                                                                            struct awsc_ssm_describe_maintenance_window_execution_task_invocations_output **output,
                                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[15], output, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_paginate(struct awsc_client *client,
                                                                  const struct awsc_ssm_describe_maintenance_window_execution_tasks_input *input,
                                                                  const struct awsc_page_options *options,
                                                                  struct awsc_pager **pager,
                                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[16], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_next_page(struct awsc_pager *pager,
                                                                   struct awsc_ssm_describe_maintenance_window_execution_tasks_output **page,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[16], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[16], pg_16_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_next_item(struct awsc_pager *pager,
                                                                   const struct awsc_ssm_maintenance_window_execution_task_identity **item,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[16], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[16], pg_16_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_collect(struct awsc_pager *pager,
                                                                 struct awsc_ssm_describe_maintenance_window_execution_tasks_output **output,
                                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[16], output, err);
}

int awsc_ssm_describe_maintenance_window_executions_paginate(struct awsc_client *client,
                                                             const struct awsc_ssm_describe_maintenance_window_executions_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[17], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_executions_next_page(struct awsc_pager *pager,
                                                              struct awsc_ssm_describe_maintenance_window_executions_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[17], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[17], pg_17_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_executions_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ssm_maintenance_window_execution **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[17], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[17], pg_17_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_executions_collect(struct awsc_pager *pager,
                                                            struct awsc_ssm_describe_maintenance_window_executions_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[17], output, err);
}

int awsc_ssm_describe_maintenance_window_schedule_paginate(struct awsc_client *client,
                                                           const struct awsc_ssm_describe_maintenance_window_schedule_input *input,
                                                           const struct awsc_page_options *options,
                                                           struct awsc_pager **pager,
                                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[18], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_schedule_next_page(struct awsc_pager *pager,
                                                            struct awsc_ssm_describe_maintenance_window_schedule_output **page,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[18], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[18], pg_18_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_schedule_next_item(struct awsc_pager *pager,
                                                            const struct awsc_ssm_scheduled_window_execution **item,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[18], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[18], pg_18_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_schedule_collect(struct awsc_pager *pager,
                                                          struct awsc_ssm_describe_maintenance_window_schedule_output **output,
                                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[18], output, err);
}

int awsc_ssm_describe_maintenance_window_targets_paginate(struct awsc_client *client,
                                                          const struct awsc_ssm_describe_maintenance_window_targets_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[19], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_targets_next_page(struct awsc_pager *pager,
                                                           struct awsc_ssm_describe_maintenance_window_targets_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[19], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[19], pg_19_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_targets_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ssm_maintenance_window_target **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[19], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[19], pg_19_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_targets_collect(struct awsc_pager *pager,
                                                         struct awsc_ssm_describe_maintenance_window_targets_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[19], output, err);
}

int awsc_ssm_describe_maintenance_window_tasks_paginate(struct awsc_client *client,
                                                        const struct awsc_ssm_describe_maintenance_window_tasks_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[20], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_window_tasks_next_page(struct awsc_pager *pager,
                                                         struct awsc_ssm_describe_maintenance_window_tasks_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[20], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[20], pg_20_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_tasks_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ssm_maintenance_window_task **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[20], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[20], pg_20_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_window_tasks_collect(struct awsc_pager *pager,
                                                       struct awsc_ssm_describe_maintenance_window_tasks_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[20], output, err);
}

int awsc_ssm_describe_maintenance_windows_paginate(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_maintenance_windows_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[21], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_windows_next_page(struct awsc_pager *pager,
                                                    struct awsc_ssm_describe_maintenance_windows_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[21], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[21], pg_21_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_windows_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ssm_maintenance_window_identity **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[21], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[21], pg_21_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_windows_collect(struct awsc_pager *pager,
                                                  struct awsc_ssm_describe_maintenance_windows_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[21], output, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_paginate(struct awsc_client *client,
                                                              const struct awsc_ssm_describe_maintenance_windows_for_target_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[22], input, options, pager, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_next_page(struct awsc_pager *pager,
                                                               struct awsc_ssm_describe_maintenance_windows_for_target_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[22], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[22], pg_22_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ssm_maintenance_window_identity_for_target **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[22], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[22], pg_22_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_collect(struct awsc_pager *pager,
                                                             struct awsc_ssm_describe_maintenance_windows_for_target_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[22], output, err);
}

int awsc_ssm_describe_ops_items_paginate(struct awsc_client *client,
                                         const struct awsc_ssm_describe_ops_items_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[23], input, options, pager, err);
}

int awsc_ssm_describe_ops_items_next_page(struct awsc_pager *pager,
                                          struct awsc_ssm_describe_ops_items_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[23], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[23], pg_23_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_ops_items_next_item(struct awsc_pager *pager,
                                          const struct awsc_ssm_ops_item_summary **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[23], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[23], pg_23_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_ops_items_collect(struct awsc_pager *pager,
                                        struct awsc_ssm_describe_ops_items_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[23], output, err);
}

int awsc_ssm_describe_parameters_paginate(struct awsc_client *client,
                                          const struct awsc_ssm_describe_parameters_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[24], input, options, pager, err);
}

int awsc_ssm_describe_parameters_next_page(struct awsc_pager *pager,
                                           struct awsc_ssm_describe_parameters_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[24], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[24], pg_24_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_parameters_next_item(struct awsc_pager *pager,
                                           const struct awsc_ssm_parameter_metadata **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[24], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[24], pg_24_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_parameters_collect(struct awsc_pager *pager,
                                         struct awsc_ssm_describe_parameters_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[24], output, err);
}

int awsc_ssm_describe_patch_baselines_paginate(struct awsc_client *client,
                                               const struct awsc_ssm_describe_patch_baselines_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[25], input, options, pager, err);
}

int awsc_ssm_describe_patch_baselines_next_page(struct awsc_pager *pager,
                                                struct awsc_ssm_describe_patch_baselines_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[25], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[25], pg_25_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_baselines_next_item(struct awsc_pager *pager,
                                                const struct awsc_ssm_patch_baseline_identity **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[25], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[25], pg_25_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_baselines_collect(struct awsc_pager *pager,
                                              struct awsc_ssm_describe_patch_baselines_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[25], output, err);
}

int awsc_ssm_describe_patch_groups_paginate(struct awsc_client *client,
                                            const struct awsc_ssm_describe_patch_groups_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[26], input, options, pager, err);
}

int awsc_ssm_describe_patch_groups_next_page(struct awsc_pager *pager,
                                             struct awsc_ssm_describe_patch_groups_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[26], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[26], pg_26_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_groups_next_item(struct awsc_pager *pager,
                                             const struct awsc_ssm_patch_group_patch_baseline_mapping **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[26], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[26], pg_26_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_groups_collect(struct awsc_pager *pager,
                                           struct awsc_ssm_describe_patch_groups_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[26], output, err);
}

int awsc_ssm_describe_patch_properties_paginate(struct awsc_client *client,
                                                const struct awsc_ssm_describe_patch_properties_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[27], input, options, pager, err);
}

int awsc_ssm_describe_patch_properties_next_page(struct awsc_pager *pager,
                                                 struct awsc_ssm_describe_patch_properties_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[27], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[27], pg_27_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_properties_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ssm_normal_string_map **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[27], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[27], pg_27_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_patch_properties_collect(struct awsc_pager *pager,
                                               struct awsc_ssm_describe_patch_properties_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[27], output, err);
}

int awsc_ssm_describe_sessions_paginate(struct awsc_client *client,
                                        const struct awsc_ssm_describe_sessions_input *input,
                                        const struct awsc_page_options *options,
                                        struct awsc_pager **pager,
                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[28], input, options, pager, err);
}

int awsc_ssm_describe_sessions_next_page(struct awsc_pager *pager,
                                         struct awsc_ssm_describe_sessions_output **page,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[28], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[28], pg_28_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_sessions_next_item(struct awsc_pager *pager,
                                         const struct awsc_ssm_session **item,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[28], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[28], pg_28_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_describe_sessions_collect(struct awsc_pager *pager,
                                       struct awsc_ssm_describe_sessions_output **output,
                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[28], output, err);
}

int awsc_ssm_get_inventory_paginate(struct awsc_client *client,
                                    const struct awsc_ssm_get_inventory_input *input,
                                    const struct awsc_page_options *options,
                                    struct awsc_pager **pager,
                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[29], input, options, pager, err);
}

int awsc_ssm_get_inventory_next_page(struct awsc_pager *pager,
                                     struct awsc_ssm_get_inventory_output **page,
                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[29], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[29], pg_29_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_inventory_next_item(struct awsc_pager *pager,
                                     const struct awsc_ssm_inventory_result_entity **item,
                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[29], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[29], pg_29_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_inventory_collect(struct awsc_pager *pager,
                                   struct awsc_ssm_get_inventory_output **output,
                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[29], output, err);
}

int awsc_ssm_get_inventory_schema_paginate(struct awsc_client *client,
                                           const struct awsc_ssm_get_inventory_schema_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[30], input, options, pager, err);
}

int awsc_ssm_get_inventory_schema_next_page(struct awsc_pager *pager,
                                            struct awsc_ssm_get_inventory_schema_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[30], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[30], pg_30_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_inventory_schema_next_item(struct awsc_pager *pager,
                                            const struct awsc_ssm_inventory_item_schema **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[30], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[30], pg_30_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_inventory_schema_collect(struct awsc_pager *pager,
                                          struct awsc_ssm_get_inventory_schema_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[30], output, err);
}

int awsc_ssm_get_ops_summary_paginate(struct awsc_client *client,
                                      const struct awsc_ssm_get_ops_summary_input *input,
                                      const struct awsc_page_options *options,
                                      struct awsc_pager **pager,
                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[31], input, options, pager, err);
}

int awsc_ssm_get_ops_summary_next_page(struct awsc_pager *pager,
                                       struct awsc_ssm_get_ops_summary_output **page,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[31], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[31], pg_31_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_ops_summary_next_item(struct awsc_pager *pager,
                                       const struct awsc_ssm_ops_entity **item,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[31], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[31], pg_31_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_ops_summary_collect(struct awsc_pager *pager,
                                     struct awsc_ssm_get_ops_summary_output **output,
                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[31], output, err);
}

int awsc_ssm_get_parameter_history_paginate(struct awsc_client *client,
                                            const struct awsc_ssm_get_parameter_history_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[32], input, options, pager, err);
}

int awsc_ssm_get_parameter_history_next_page(struct awsc_pager *pager,
                                             struct awsc_ssm_get_parameter_history_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[32], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[32], pg_32_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_parameter_history_next_item(struct awsc_pager *pager,
                                             const struct awsc_ssm_parameter_history **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[32], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[32], pg_32_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_parameter_history_collect(struct awsc_pager *pager,
                                           struct awsc_ssm_get_parameter_history_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[32], output, err);
}

int awsc_ssm_get_parameters_by_path_paginate(struct awsc_client *client,
                                             const struct awsc_ssm_get_parameters_by_path_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[33], input, options, pager, err);
}

int awsc_ssm_get_parameters_by_path_next_page(struct awsc_pager *pager,
                                              struct awsc_ssm_get_parameters_by_path_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[33], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[33], pg_33_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_parameters_by_path_next_item(struct awsc_pager *pager,
                                              const struct awsc_ssm_parameter **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[33], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[33], pg_33_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_parameters_by_path_collect(struct awsc_pager *pager,
                                            struct awsc_ssm_get_parameters_by_path_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[33], output, err);
}

int awsc_ssm_get_resource_policies_paginate(struct awsc_client *client,
                                            const struct awsc_ssm_get_resource_policies_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[34], input, options, pager, err);
}

int awsc_ssm_get_resource_policies_next_page(struct awsc_pager *pager,
                                             struct awsc_ssm_get_resource_policies_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[34], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[34], pg_34_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_resource_policies_next_item(struct awsc_pager *pager,
                                             const struct awsc_ssm_get_resource_policies_response_entry **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[34], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[34], pg_34_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_get_resource_policies_collect(struct awsc_pager *pager,
                                           struct awsc_ssm_get_resource_policies_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[34], output, err);
}

int awsc_ssm_list_association_versions_paginate(struct awsc_client *client,
                                                const struct awsc_ssm_list_association_versions_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[35], input, options, pager, err);
}

int awsc_ssm_list_association_versions_next_page(struct awsc_pager *pager,
                                                 struct awsc_ssm_list_association_versions_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[35], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[35], pg_35_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_association_versions_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ssm_association_version_info **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[35], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[35], pg_35_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_association_versions_collect(struct awsc_pager *pager,
                                               struct awsc_ssm_list_association_versions_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[35], output, err);
}

int awsc_ssm_list_associations_paginate(struct awsc_client *client,
                                        const struct awsc_ssm_list_associations_input *input,
                                        const struct awsc_page_options *options,
                                        struct awsc_pager **pager,
                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[36], input, options, pager, err);
}

int awsc_ssm_list_associations_next_page(struct awsc_pager *pager,
                                         struct awsc_ssm_list_associations_output **page,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[36], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[36], pg_36_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_associations_next_item(struct awsc_pager *pager,
                                         const struct awsc_ssm_association **item,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[36], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[36], pg_36_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_associations_collect(struct awsc_pager *pager,
                                       struct awsc_ssm_list_associations_output **output,
                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[36], output, err);
}

int awsc_ssm_list_cloud_connectors_paginate(struct awsc_client *client,
                                            const struct awsc_ssm_list_cloud_connectors_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[37], input, options, pager, err);
}

int awsc_ssm_list_cloud_connectors_next_page(struct awsc_pager *pager,
                                             struct awsc_ssm_list_cloud_connectors_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[37], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[37], pg_37_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_cloud_connectors_next_item(struct awsc_pager *pager,
                                             const struct awsc_ssm_cloud_connector_summary **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[37], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[37], pg_37_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_cloud_connectors_collect(struct awsc_pager *pager,
                                           struct awsc_ssm_list_cloud_connectors_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[37], output, err);
}

int awsc_ssm_list_command_invocations_paginate(struct awsc_client *client,
                                               const struct awsc_ssm_list_command_invocations_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[38], input, options, pager, err);
}

int awsc_ssm_list_command_invocations_next_page(struct awsc_pager *pager,
                                                struct awsc_ssm_list_command_invocations_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[38], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[38], pg_38_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_command_invocations_next_item(struct awsc_pager *pager,
                                                const struct awsc_ssm_command_invocation **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[38], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[38], pg_38_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_command_invocations_collect(struct awsc_pager *pager,
                                              struct awsc_ssm_list_command_invocations_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[38], output, err);
}

int awsc_ssm_list_commands_paginate(struct awsc_client *client,
                                    const struct awsc_ssm_list_commands_input *input,
                                    const struct awsc_page_options *options,
                                    struct awsc_pager **pager,
                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[39], input, options, pager, err);
}

int awsc_ssm_list_commands_next_page(struct awsc_pager *pager,
                                     struct awsc_ssm_list_commands_output **page,
                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[39], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[39], pg_39_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_commands_next_item(struct awsc_pager *pager,
                                     const struct awsc_ssm_command **item,
                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[39], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[39], pg_39_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_commands_collect(struct awsc_pager *pager,
                                   struct awsc_ssm_list_commands_output **output,
                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[39], output, err);
}

int awsc_ssm_list_compliance_items_paginate(struct awsc_client *client,
                                            const struct awsc_ssm_list_compliance_items_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[40], input, options, pager, err);
}

int awsc_ssm_list_compliance_items_next_page(struct awsc_pager *pager,
                                             struct awsc_ssm_list_compliance_items_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[40], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[40], pg_40_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_compliance_items_next_item(struct awsc_pager *pager,
                                             const struct awsc_ssm_compliance_item **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[40], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[40], pg_40_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_compliance_items_collect(struct awsc_pager *pager,
                                           struct awsc_ssm_list_compliance_items_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[40], output, err);
}

int awsc_ssm_list_compliance_summaries_paginate(struct awsc_client *client,
                                                const struct awsc_ssm_list_compliance_summaries_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[41], input, options, pager, err);
}

int awsc_ssm_list_compliance_summaries_next_page(struct awsc_pager *pager,
                                                 struct awsc_ssm_list_compliance_summaries_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[41], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[41], pg_41_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_compliance_summaries_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ssm_compliance_summary_item **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[41], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[41], pg_41_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_compliance_summaries_collect(struct awsc_pager *pager,
                                               struct awsc_ssm_list_compliance_summaries_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[41], output, err);
}

int awsc_ssm_list_document_versions_paginate(struct awsc_client *client,
                                             const struct awsc_ssm_list_document_versions_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[42], input, options, pager, err);
}

int awsc_ssm_list_document_versions_next_page(struct awsc_pager *pager,
                                              struct awsc_ssm_list_document_versions_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[42], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[42], pg_42_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_document_versions_next_item(struct awsc_pager *pager,
                                              const struct awsc_ssm_document_version_info **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[42], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[42], pg_42_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_document_versions_collect(struct awsc_pager *pager,
                                            struct awsc_ssm_list_document_versions_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[42], output, err);
}

int awsc_ssm_list_documents_paginate(struct awsc_client *client,
                                     const struct awsc_ssm_list_documents_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[43], input, options, pager, err);
}

int awsc_ssm_list_documents_next_page(struct awsc_pager *pager,
                                      struct awsc_ssm_list_documents_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[43], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[43], pg_43_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_documents_next_item(struct awsc_pager *pager,
                                      const struct awsc_ssm_document_identifier **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[43], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[43], pg_43_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_documents_collect(struct awsc_pager *pager,
                                    struct awsc_ssm_list_documents_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[43], output, err);
}

int awsc_ssm_list_nodes_paginate(struct awsc_client *client,
                                 const struct awsc_ssm_list_nodes_input *input,
                                 const struct awsc_page_options *options,
                                 struct awsc_pager **pager,
                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[44], input, options, pager, err);
}

int awsc_ssm_list_nodes_next_page(struct awsc_pager *pager,
                                  struct awsc_ssm_list_nodes_output **page,
                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[44], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[44], pg_44_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_nodes_next_item(struct awsc_pager *pager,
                                  const struct awsc_ssm_node **item,
                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[44], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[44], pg_44_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_nodes_collect(struct awsc_pager *pager,
                                struct awsc_ssm_list_nodes_output **output,
                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[44], output, err);
}

int awsc_ssm_list_nodes_summary_paginate(struct awsc_client *client,
                                         const struct awsc_ssm_list_nodes_summary_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[45], input, options, pager, err);
}

int awsc_ssm_list_nodes_summary_next_page(struct awsc_pager *pager,
                                          struct awsc_ssm_list_nodes_summary_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[45], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[45], pg_45_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_nodes_summary_next_item(struct awsc_pager *pager,
                                          const struct awsc_ssm_normal_string_map **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[45], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[45], pg_45_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_nodes_summary_collect(struct awsc_pager *pager,
                                        struct awsc_ssm_list_nodes_summary_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[45], output, err);
}

int awsc_ssm_list_ops_item_events_paginate(struct awsc_client *client,
                                           const struct awsc_ssm_list_ops_item_events_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[46], input, options, pager, err);
}

int awsc_ssm_list_ops_item_events_next_page(struct awsc_pager *pager,
                                            struct awsc_ssm_list_ops_item_events_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[46], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[46], pg_46_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_item_events_next_item(struct awsc_pager *pager,
                                            const struct awsc_ssm_ops_item_event_summary **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[46], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[46], pg_46_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_item_events_collect(struct awsc_pager *pager,
                                          struct awsc_ssm_list_ops_item_events_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[46], output, err);
}

int awsc_ssm_list_ops_item_related_items_paginate(struct awsc_client *client,
                                                  const struct awsc_ssm_list_ops_item_related_items_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[47], input, options, pager, err);
}

int awsc_ssm_list_ops_item_related_items_next_page(struct awsc_pager *pager,
                                                   struct awsc_ssm_list_ops_item_related_items_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[47], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[47], pg_47_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_item_related_items_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ssm_ops_item_related_item_summary **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[47], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[47], pg_47_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_item_related_items_collect(struct awsc_pager *pager,
                                                 struct awsc_ssm_list_ops_item_related_items_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[47], output, err);
}

int awsc_ssm_list_ops_metadata_paginate(struct awsc_client *client,
                                        const struct awsc_ssm_list_ops_metadata_input *input,
                                        const struct awsc_page_options *options,
                                        struct awsc_pager **pager,
                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[48], input, options, pager, err);
}

int awsc_ssm_list_ops_metadata_next_page(struct awsc_pager *pager,
                                         struct awsc_ssm_list_ops_metadata_output **page,
                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[48], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[48], pg_48_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_metadata_next_item(struct awsc_pager *pager,
                                         const struct awsc_ssm_ops_metadata **item,
                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[48], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[48], pg_48_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_ops_metadata_collect(struct awsc_pager *pager,
                                       struct awsc_ssm_list_ops_metadata_output **output,
                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[48], output, err);
}

int awsc_ssm_list_resource_compliance_summaries_paginate(struct awsc_client *client,
                                                         const struct awsc_ssm_list_resource_compliance_summaries_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[49], input, options, pager, err);
}

int awsc_ssm_list_resource_compliance_summaries_next_page(struct awsc_pager *pager,
                                                          struct awsc_ssm_list_resource_compliance_summaries_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[49], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[49], pg_49_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_resource_compliance_summaries_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ssm_resource_compliance_summary_item **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[49], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[49], pg_49_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_resource_compliance_summaries_collect(struct awsc_pager *pager,
                                                        struct awsc_ssm_list_resource_compliance_summaries_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[49], output, err);
}

int awsc_ssm_list_resource_data_sync_paginate(struct awsc_client *client,
                                              const struct awsc_ssm_list_resource_data_sync_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[50], input, options, pager, err);
}

int awsc_ssm_list_resource_data_sync_next_page(struct awsc_pager *pager,
                                               struct awsc_ssm_list_resource_data_sync_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[50], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[50], pg_50_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_resource_data_sync_next_item(struct awsc_pager *pager,
                                               const struct awsc_ssm_resource_data_sync_item **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[50], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[50], pg_50_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_list_resource_data_sync_collect(struct awsc_pager *pager,
                                             struct awsc_ssm_list_resource_data_sync_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[50], output, err);
}

int awsc_ssm_validate_cloud_connector_paginate(struct awsc_client *client,
                                               const struct awsc_ssm_validate_cloud_connector_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[51], input, options, pager, err);
}

int awsc_ssm_validate_cloud_connector_next_page(struct awsc_pager *pager,
                                                struct awsc_ssm_validate_cloud_connector_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[51], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[51], pg_51_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_validate_cloud_connector_next_item(struct awsc_pager *pager,
                                                const struct awsc_ssm_validation_finding **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[51], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[51], pg_51_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ssm_validate_cloud_connector_collect(struct awsc_pager *pager,
                                              struct awsc_ssm_validate_cloud_connector_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[51], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

int awsc_ssm_wait_command_executed(struct awsc_client *client,
                                   const struct awsc_ssm_get_command_invocation_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[0], input, options, err);
}

int awsc_ssm_wait_command_executed_async(struct awsc_client *client,
                                         const struct awsc_ssm_get_command_invocation_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[0], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
