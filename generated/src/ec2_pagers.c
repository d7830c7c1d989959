/*
 * ec2_pagers.c - paginators and waiters of EC2: their
 * descriptors and JMESPath expressions compiled into node tables, and the
 * typed wrappers around <awsc/paginate.h> and <awsc/wait.h>. Generated
 * from the service model by awsc's generator; do not edit.
 */
#include <awsc/ec2.h>

/*
 * The paginators, waiters, their expressions (compiled into node tables)
 * and names in one object, so that each refers to another by its distance
 * from it (awsc_ref, <awsc/shape.h>): plain read-only data, with no
 * relocation at load time. PREF(field, target) is the reference stored at
 * field that names target.
 */
#if AWSC_WITH_PAGINATORS || AWSC_WITH_WAITERS
#define PAGERS awsc__ec2_pagers
#define PREF(field, target) AWSC_REF(PAGERS.field, PAGERS.target)
#pragma GCC diagnostic ignored "-Woverlength-strings"

const struct awsc__ec2_pagers PAGERS = {
#if AWSC_WITH_PAGINATORS
    .paginators = {
        [0] = { /* DescribeAddressTransfers */
            .name_ref = PREF(paginators[0].name_ref, strings[0]),
            .operation = 281,
            .input_tokens_ref = PREF(paginators[0].input_tokens_ref, input_tokens[0]),
            .output_tokens_ref = PREF(paginators[0].output_tokens_ref, expr_refs[0]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[0].result_keys_ref, expr_refs[1]),
            .result_key_count = 1,
        },
        [1] = { /* DescribeAddressesAttribute */
            .name_ref = PREF(paginators[1].name_ref, strings[25]),
            .operation = 283,
            .input_tokens_ref = PREF(paginators[1].input_tokens_ref, input_tokens[1]),
            .output_tokens_ref = PREF(paginators[1].output_tokens_ref, expr_refs[2]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[1].result_keys_ref, expr_refs[3]),
            .result_key_count = 1,
        },
        [2] = { /* DescribeAwsNetworkPerformanceMetricSubscriptions */
            .name_ref = PREF(paginators[2].name_ref, strings[52]),
            .operation = 289,
            .input_tokens_ref = PREF(paginators[2].input_tokens_ref, input_tokens[2]),
            .output_tokens_ref = PREF(paginators[2].output_tokens_ref, expr_refs[4]),
            .token_count = 1,
            .limit_key = 0,
            .result_keys_ref = PREF(paginators[2].result_keys_ref, expr_refs[5]),
            .result_key_count = 1,
        },
        [3] = { /* DescribeByoipCidrs */
            .name_ref = PREF(paginators[3].name_ref, strings[101]),
            .operation = 291,
            .input_tokens_ref = PREF(paginators[3].input_tokens_ref, input_tokens[3]),
            .output_tokens_ref = PREF(paginators[3].output_tokens_ref, expr_refs[6]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[3].result_keys_ref, expr_refs[7]),
            .result_key_count = 1,
        },
        [4] = { /* DescribeCapacityBlockExtensionHistory */
            .name_ref = PREF(paginators[4].name_ref, strings[120]),
            .operation = 292,
            .input_tokens_ref = PREF(paginators[4].input_tokens_ref, input_tokens[4]),
            .output_tokens_ref = PREF(paginators[4].output_tokens_ref, expr_refs[8]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[4].result_keys_ref, expr_refs[9]),
            .result_key_count = 1,
        },
        [5] = { /* DescribeCapacityBlockExtensionOfferings */
            .name_ref = PREF(paginators[5].name_ref, strings[158]),
            .operation = 293,
            .input_tokens_ref = PREF(paginators[5].input_tokens_ref, input_tokens[5]),
            .output_tokens_ref = PREF(paginators[5].output_tokens_ref, expr_refs[10]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[5].result_keys_ref, expr_refs[11]),
            .result_key_count = 1,
        },
        [6] = { /* DescribeCapacityBlockOfferings */
            .name_ref = PREF(paginators[6].name_ref, strings[198]),
            .operation = 294,
            .input_tokens_ref = PREF(paginators[6].input_tokens_ref, input_tokens[6]),
            .output_tokens_ref = PREF(paginators[6].output_tokens_ref, expr_refs[12]),
            .token_count = 1,
            .limit_key = 7,
            .result_keys_ref = PREF(paginators[6].result_keys_ref, expr_refs[13]),
            .result_key_count = 1,
        },
        [7] = { /* DescribeCapacityBlockStatus */
            .name_ref = PREF(paginators[7].name_ref, strings[229]),
            .operation = 295,
            .input_tokens_ref = PREF(paginators[7].input_tokens_ref, input_tokens[7]),
            .output_tokens_ref = PREF(paginators[7].output_tokens_ref, expr_refs[14]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[7].result_keys_ref, expr_refs[15]),
            .result_key_count = 1,
        },
        [8] = { /* DescribeCapacityBlocks */
            .name_ref = PREF(paginators[8].name_ref, strings[257]),
            .operation = 296,
            .input_tokens_ref = PREF(paginators[8].input_tokens_ref, input_tokens[8]),
            .output_tokens_ref = PREF(paginators[8].output_tokens_ref, expr_refs[16]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[8].result_keys_ref, expr_refs[17]),
            .result_key_count = 1,
        },
        [9] = { /* DescribeCapacityManagerDataExports */
            .name_ref = PREF(paginators[9].name_ref, strings[280]),
            .operation = 297,
            .input_tokens_ref = PREF(paginators[9].input_tokens_ref, input_tokens[9]),
            .output_tokens_ref = PREF(paginators[9].output_tokens_ref, expr_refs[18]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[9].result_keys_ref, expr_refs[19]),
            .result_key_count = 1,
        },
        [10] = { /* DescribeCapacityReservationBillingRequests */
            .name_ref = PREF(paginators[10].name_ref, strings[315]),
            .operation = 298,
            .input_tokens_ref = PREF(paginators[10].input_tokens_ref, input_tokens[10]),
            .output_tokens_ref = PREF(paginators[10].output_tokens_ref, expr_refs[20]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[10].result_keys_ref, expr_refs[21]),
            .result_key_count = 1,
        },
        [11] = { /* DescribeCapacityReservationFleets */
            .name_ref = PREF(paginators[11].name_ref, strings[358]),
            .operation = 300,
            .input_tokens_ref = PREF(paginators[11].input_tokens_ref, input_tokens[11]),
            .output_tokens_ref = PREF(paginators[11].output_tokens_ref, expr_refs[22]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[11].result_keys_ref, expr_refs[23]),
            .result_key_count = 1,
        },
        [12] = { /* DescribeCapacityReservations */
            .name_ref = PREF(paginators[12].name_ref, strings[392]),
            .operation = 302,
            .input_tokens_ref = PREF(paginators[12].input_tokens_ref, input_tokens[12]),
            .output_tokens_ref = PREF(paginators[12].output_tokens_ref, expr_refs[24]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[12].result_keys_ref, expr_refs[25]),
            .result_key_count = 1,
        },
        [13] = { /* DescribeCarrierGateways */
            .name_ref = PREF(paginators[13].name_ref, strings[421]),
            .operation = 303,
            .input_tokens_ref = PREF(paginators[13].input_tokens_ref, input_tokens[13]),
            .output_tokens_ref = PREF(paginators[13].output_tokens_ref, expr_refs[26]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[13].result_keys_ref, expr_refs[27]),
            .result_key_count = 1,
        },
        [14] = { /* DescribeClassicLinkInstances */
            .name_ref = PREF(paginators[14].name_ref, strings[445]),
            .operation = 304,
            .input_tokens_ref = PREF(paginators[14].input_tokens_ref, input_tokens[14]),
            .output_tokens_ref = PREF(paginators[14].output_tokens_ref, expr_refs[28]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[14].result_keys_ref, expr_refs[29]),
            .result_key_count = 1,
        },
        [15] = { /* DescribeClientVpnAuthorizationRules */
            .name_ref = PREF(paginators[15].name_ref, strings[474]),
            .operation = 305,
            .input_tokens_ref = PREF(paginators[15].input_tokens_ref, input_tokens[15]),
            .output_tokens_ref = PREF(paginators[15].output_tokens_ref, expr_refs[30]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[15].result_keys_ref, expr_refs[31]),
            .result_key_count = 1,
        },
        [16] = { /* DescribeClientVpnConnections */
            .name_ref = PREF(paginators[16].name_ref, strings[510]),
            .operation = 306,
            .input_tokens_ref = PREF(paginators[16].input_tokens_ref, input_tokens[16]),
            .output_tokens_ref = PREF(paginators[16].output_tokens_ref, expr_refs[32]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[16].result_keys_ref, expr_refs[33]),
            .result_key_count = 1,
        },
        [17] = { /* DescribeClientVpnEndpoints */
            .name_ref = PREF(paginators[17].name_ref, strings[539]),
            .operation = 307,
            .input_tokens_ref = PREF(paginators[17].input_tokens_ref, input_tokens[17]),
            .output_tokens_ref = PREF(paginators[17].output_tokens_ref, expr_refs[34]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[17].result_keys_ref, expr_refs[35]),
            .result_key_count = 1,
        },
        [18] = { /* DescribeClientVpnRoutes */
            .name_ref = PREF(paginators[18].name_ref, strings[566]),
            .operation = 308,
            .input_tokens_ref = PREF(paginators[18].input_tokens_ref, input_tokens[18]),
            .output_tokens_ref = PREF(paginators[18].output_tokens_ref, expr_refs[36]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[18].result_keys_ref, expr_refs[37]),
            .result_key_count = 1,
        },
        [19] = { /* DescribeClientVpnTargetNetworks */
            .name_ref = PREF(paginators[19].name_ref, strings[590]),
            .operation = 309,
            .input_tokens_ref = PREF(paginators[19].input_tokens_ref, input_tokens[19]),
            .output_tokens_ref = PREF(paginators[19].output_tokens_ref, expr_refs[38]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[19].result_keys_ref, expr_refs[39]),
            .result_key_count = 1,
        },
        [20] = { /* DescribeCoipPools */
            .name_ref = PREF(paginators[20].name_ref, strings[622]),
            .operation = 310,
            .input_tokens_ref = PREF(paginators[20].input_tokens_ref, input_tokens[20]),
            .output_tokens_ref = PREF(paginators[20].output_tokens_ref, expr_refs[40]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[20].result_keys_ref, expr_refs[41]),
            .result_key_count = 1,
        },
        [21] = { /* DescribeDhcpOptions */
            .name_ref = PREF(paginators[21].name_ref, strings[640]),
            .operation = 314,
            .input_tokens_ref = PREF(paginators[21].input_tokens_ref, input_tokens[21]),
            .output_tokens_ref = PREF(paginators[21].output_tokens_ref, expr_refs[42]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[21].result_keys_ref, expr_refs[43]),
            .result_key_count = 1,
        },
        [22] = { /* DescribeEgressOnlyInternetGateways */
            .name_ref = PREF(paginators[22].name_ref, strings[660]),
            .operation = 315,
            .input_tokens_ref = PREF(paginators[22].input_tokens_ref, input_tokens[22]),
            .output_tokens_ref = PREF(paginators[22].output_tokens_ref, expr_refs[44]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[22].result_keys_ref, expr_refs[45]),
            .result_key_count = 1,
        },
        [23] = { /* DescribeExportImageTasks */
            .name_ref = PREF(paginators[23].name_ref, strings[695]),
            .operation = 317,
            .input_tokens_ref = PREF(paginators[23].input_tokens_ref, input_tokens[23]),
            .output_tokens_ref = PREF(paginators[23].output_tokens_ref, expr_refs[46]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[23].result_keys_ref, expr_refs[47]),
            .result_key_count = 1,
        },
        [24] = { /* DescribeFastLaunchImages */
            .name_ref = PREF(paginators[24].name_ref, strings[720]),
            .operation = 319,
            .input_tokens_ref = PREF(paginators[24].input_tokens_ref, input_tokens[24]),
            .output_tokens_ref = PREF(paginators[24].output_tokens_ref, expr_refs[48]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[24].result_keys_ref, expr_refs[49]),
            .result_key_count = 1,
        },
        [25] = { /* DescribeFastSnapshotRestores */
            .name_ref = PREF(paginators[25].name_ref, strings[745]),
            .operation = 320,
            .input_tokens_ref = PREF(paginators[25].input_tokens_ref, input_tokens[25]),
            .output_tokens_ref = PREF(paginators[25].output_tokens_ref, expr_refs[50]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[25].result_keys_ref, expr_refs[51]),
            .result_key_count = 1,
        },
        [26] = { /* DescribeFleets */
            .name_ref = PREF(paginators[26].name_ref, strings[774]),
            .operation = 323,
            .input_tokens_ref = PREF(paginators[26].input_tokens_ref, input_tokens[26]),
            .output_tokens_ref = PREF(paginators[26].output_tokens_ref, expr_refs[52]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[26].result_keys_ref, expr_refs[53]),
            .result_key_count = 1,
        },
        [27] = { /* DescribeFlowLogs */
            .name_ref = PREF(paginators[27].name_ref, strings[789]),
            .operation = 324,
            .input_tokens_ref = PREF(paginators[27].input_tokens_ref, input_tokens[27]),
            .output_tokens_ref = PREF(paginators[27].output_tokens_ref, expr_refs[54]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[27].result_keys_ref, expr_refs[55]),
            .result_key_count = 1,
        },
        [28] = { /* DescribeFpgaImages */
            .name_ref = PREF(paginators[28].name_ref, strings[806]),
            .operation = 326,
            .input_tokens_ref = PREF(paginators[28].input_tokens_ref, input_tokens[28]),
            .output_tokens_ref = PREF(paginators[28].output_tokens_ref, expr_refs[56]),
            .token_count = 1,
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[28].result_keys_ref, expr_refs[57]),
            .result_key_count = 1,
        },
        [29] = { /* DescribeHostReservationOfferings */
            .name_ref = PREF(paginators[29].name_ref, strings[825]),
            .operation = 327,
            .input_tokens_ref = PREF(paginators[29].input_tokens_ref, input_tokens[29]),
            .output_tokens_ref = PREF(paginators[29].output_tokens_ref, expr_refs[58]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[29].result_keys_ref, expr_refs[59]),
            .result_key_count = 1,
        },
        [30] = { /* DescribeHostReservations */
            .name_ref = PREF(paginators[30].name_ref, strings[858]),
            .operation = 328,
            .input_tokens_ref = PREF(paginators[30].input_tokens_ref, input_tokens[30]),
            .output_tokens_ref = PREF(paginators[30].output_tokens_ref, expr_refs[60]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[30].result_keys_ref, expr_refs[61]),
            .result_key_count = 1,
        },
        [31] = { /* DescribeHosts */
            .name_ref = PREF(paginators[31].name_ref, strings[883]),
            .operation = 329,
            .input_tokens_ref = PREF(paginators[31].input_tokens_ref, input_tokens[31]),
            .output_tokens_ref = PREF(paginators[31].output_tokens_ref, expr_refs[62]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[31].result_keys_ref, expr_refs[63]),
            .result_key_count = 1,
        },
        [32] = { /* DescribeIamInstanceProfileAssociations */
            .name_ref = PREF(paginators[32].name_ref, strings[897]),
            .operation = 330,
            .input_tokens_ref = PREF(paginators[32].input_tokens_ref, input_tokens[32]),
            .output_tokens_ref = PREF(paginators[32].output_tokens_ref, expr_refs[64]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[32].result_keys_ref, expr_refs[65]),
            .result_key_count = 1,
        },
        [33] = { /* DescribeImageReferences */
            .name_ref = PREF(paginators[33].name_ref, strings[936]),
            .operation = 334,
            .input_tokens_ref = PREF(paginators[33].input_tokens_ref, input_tokens[33]),
            .output_tokens_ref = PREF(paginators[33].output_tokens_ref, expr_refs[66]),
            .token_count = 1,
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[33].result_keys_ref, expr_refs[67]),
            .result_key_count = 1,
        },
        [34] = { /* DescribeImageUsageReportEntries */
            .name_ref = PREF(paginators[34].name_ref, strings[960]),
            .operation = 335,
            .input_tokens_ref = PREF(paginators[34].input_tokens_ref, input_tokens[34]),
            .output_tokens_ref = PREF(paginators[34].output_tokens_ref, expr_refs[68]),
            .token_count = 1,
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[34].result_keys_ref, expr_refs[69]),
            .result_key_count = 1,
        },
        [35] = { /* DescribeImageUsageReports */
            .name_ref = PREF(paginators[35].name_ref, strings[992]),
            .operation = 336,
            .input_tokens_ref = PREF(paginators[35].input_tokens_ref, input_tokens[35]),
            .output_tokens_ref = PREF(paginators[35].output_tokens_ref, expr_refs[70]),
            .token_count = 1,
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[35].result_keys_ref, expr_refs[71]),
            .result_key_count = 1,
        },
        [36] = { /* DescribeImages */
            .name_ref = PREF(paginators[36].name_ref, strings[1018]),
            .operation = 337,
            .input_tokens_ref = PREF(paginators[36].input_tokens_ref, input_tokens[36]),
            .output_tokens_ref = PREF(paginators[36].output_tokens_ref, expr_refs[72]),
            .token_count = 1,
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[36].result_keys_ref, expr_refs[73]),
            .result_key_count = 1,
        },
        [37] = { /* DescribeImportImageTasks */
            .name_ref = PREF(paginators[37].name_ref, strings[1033]),
            .operation = 338,
            .input_tokens_ref = PREF(paginators[37].input_tokens_ref, input_tokens[37]),
            .output_tokens_ref = PREF(paginators[37].output_tokens_ref, expr_refs[74]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[37].result_keys_ref, expr_refs[75]),
            .result_key_count = 1,
        },
        [38] = { /* DescribeImportSnapshotTasks */
            .name_ref = PREF(paginators[38].name_ref, strings[1058]),
            .operation = 339,
            .input_tokens_ref = PREF(paginators[38].input_tokens_ref, input_tokens[38]),
            .output_tokens_ref = PREF(paginators[38].output_tokens_ref, expr_refs[76]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[38].result_keys_ref, expr_refs[77]),
            .result_key_count = 1,
        },
        [39] = { /* DescribeInstanceConnectEndpoints */
            .name_ref = PREF(paginators[39].name_ref, strings[1086]),
            .operation = 341,
            .input_tokens_ref = PREF(paginators[39].input_tokens_ref, input_tokens[39]),
            .output_tokens_ref = PREF(paginators[39].output_tokens_ref, expr_refs[78]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[39].result_keys_ref, expr_refs[79]),
            .result_key_count = 1,
        },
        [40] = { /* DescribeInstanceCreditSpecifications */
            .name_ref = PREF(paginators[40].name_ref, strings[1119]),
            .operation = 342,
            .input_tokens_ref = PREF(paginators[40].input_tokens_ref, input_tokens[40]),
            .output_tokens_ref = PREF(paginators[40].output_tokens_ref, expr_refs[80]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[40].result_keys_ref, expr_refs[81]),
            .result_key_count = 1,
        },
        [41] = { /* DescribeInstanceEventWindows */
            .name_ref = PREF(paginators[41].name_ref, strings[1156]),
            .operation = 344,
            .input_tokens_ref = PREF(paginators[41].input_tokens_ref, input_tokens[41]),
            .output_tokens_ref = PREF(paginators[41].output_tokens_ref, expr_refs[82]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[41].result_keys_ref, expr_refs[83]),
            .result_key_count = 1,
        },
        [42] = { /* DescribeInstanceImageMetadata */
            .name_ref = PREF(paginators[42].name_ref, strings[1185]),
            .operation = 345,
            .input_tokens_ref = PREF(paginators[42].input_tokens_ref, input_tokens[42]),
            .output_tokens_ref = PREF(paginators[42].output_tokens_ref, expr_refs[84]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[42].result_keys_ref, expr_refs[85]),
            .result_key_count = 1,
        },
        [43] = { /* DescribeInstanceStatus */
            .name_ref = PREF(paginators[43].name_ref, strings[1215]),
            .operation = 348,
            .input_tokens_ref = PREF(paginators[43].input_tokens_ref, input_tokens[43]),
            .output_tokens_ref = PREF(paginators[43].output_tokens_ref, expr_refs[86]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[43].result_keys_ref, expr_refs[87]),
            .result_key_count = 1,
        },
        [44] = { /* DescribeInstanceTopology */
            .name_ref = PREF(paginators[44].name_ref, strings[1238]),
            .operation = 349,
            .input_tokens_ref = PREF(paginators[44].input_tokens_ref, input_tokens[44]),
            .output_tokens_ref = PREF(paginators[44].output_tokens_ref, expr_refs[88]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[44].result_keys_ref, expr_refs[89]),
            .result_key_count = 1,
        },
        [45] = { /* DescribeInstanceTypeOfferings */
            .name_ref = PREF(paginators[45].name_ref, strings[1263]),
            .operation = 350,
            .input_tokens_ref = PREF(paginators[45].input_tokens_ref, input_tokens[45]),
            .output_tokens_ref = PREF(paginators[45].output_tokens_ref, expr_refs[90]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[45].result_keys_ref, expr_refs[91]),
            .result_key_count = 1,
        },
        [46] = { /* DescribeInstanceTypes */
            .name_ref = PREF(paginators[46].name_ref, strings[1293]),
            .operation = 351,
            .input_tokens_ref = PREF(paginators[46].input_tokens_ref, input_tokens[46]),
            .output_tokens_ref = PREF(paginators[46].output_tokens_ref, expr_refs[92]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[46].result_keys_ref, expr_refs[93]),
            .result_key_count = 1,
        },
        [47] = { /* DescribeInstances */
            .name_ref = PREF(paginators[47].name_ref, strings[1315]),
            .operation = 352,
            .input_tokens_ref = PREF(paginators[47].input_tokens_ref, input_tokens[47]),
            .output_tokens_ref = PREF(paginators[47].output_tokens_ref, expr_refs[94]),
            .token_count = 1,
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[47].result_keys_ref, expr_refs[95]),
            .result_key_count = 1,
        },
        [48] = { /* DescribeInternetGateways */
            .name_ref = PREF(paginators[48].name_ref, strings[1333]),
            .operation = 353,
            .input_tokens_ref = PREF(paginators[48].input_tokens_ref, input_tokens[48]),
            .output_tokens_ref = PREF(paginators[48].output_tokens_ref, expr_refs[96]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[48].result_keys_ref, expr_refs[97]),
            .result_key_count = 1,
        },
        [49] = { /* DescribeIpamPoolAllocations */
            .name_ref = PREF(paginators[49].name_ref, strings[1358]),
            .operation = 358,
            .input_tokens_ref = PREF(paginators[49].input_tokens_ref, input_tokens[49]),
            .output_tokens_ref = PREF(paginators[49].output_tokens_ref, expr_refs[98]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[49].result_keys_ref, expr_refs[99]),
            .result_key_count = 1,
        },
        [50] = { /* DescribeIpamPools */
            .name_ref = PREF(paginators[50].name_ref, strings[1386]),
            .operation = 359,
            .input_tokens_ref = PREF(paginators[50].input_tokens_ref, input_tokens[50]),
            .output_tokens_ref = PREF(paginators[50].output_tokens_ref, expr_refs[100]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[50].result_keys_ref, expr_refs[101]),
            .result_key_count = 1,
        },
        [51] = { /* DescribeIpamPrefixListResolverTargets */
            .name_ref = PREF(paginators[51].name_ref, strings[1404]),
            .operation = 360,
            .input_tokens_ref = PREF(paginators[51].input_tokens_ref, input_tokens[51]),
            .output_tokens_ref = PREF(paginators[51].output_tokens_ref, expr_refs[102]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[51].result_keys_ref, expr_refs[103]),
            .result_key_count = 1,
        },
        [52] = { /* DescribeIpamPrefixListResolvers */
            .name_ref = PREF(paginators[52].name_ref, strings[1442]),
            .operation = 361,
            .input_tokens_ref = PREF(paginators[52].input_tokens_ref, input_tokens[52]),
            .output_tokens_ref = PREF(paginators[52].output_tokens_ref, expr_refs[104]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[52].result_keys_ref, expr_refs[105]),
            .result_key_count = 1,
        },
        [53] = { /* DescribeIpamResourceDiscoveries */
            .name_ref = PREF(paginators[53].name_ref, strings[1474]),
            .operation = 362,
            .input_tokens_ref = PREF(paginators[53].input_tokens_ref, input_tokens[53]),
            .output_tokens_ref = PREF(paginators[53].output_tokens_ref, expr_refs[106]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[53].result_keys_ref, expr_refs[107]),
            .result_key_count = 1,
        },
        [54] = { /* DescribeIpamResourceDiscoveryAssociations */
            .name_ref = PREF(paginators[54].name_ref, strings[1506]),
            .operation = 363,
            .input_tokens_ref = PREF(paginators[54].input_tokens_ref, input_tokens[54]),
            .output_tokens_ref = PREF(paginators[54].output_tokens_ref, expr_refs[108]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[54].result_keys_ref, expr_refs[109]),
            .result_key_count = 1,
        },
        [55] = { /* DescribeIpamScopes */
            .name_ref = PREF(paginators[55].name_ref, strings[1548]),
            .operation = 364,
            .input_tokens_ref = PREF(paginators[55].input_tokens_ref, input_tokens[55]),
            .output_tokens_ref = PREF(paginators[55].output_tokens_ref, expr_refs[110]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[55].result_keys_ref, expr_refs[111]),
            .result_key_count = 1,
        },
        [56] = { /* DescribeIpams */
            .name_ref = PREF(paginators[56].name_ref, strings[1567]),
            .operation = 365,
            .input_tokens_ref = PREF(paginators[56].input_tokens_ref, input_tokens[56]),
            .output_tokens_ref = PREF(paginators[56].output_tokens_ref, expr_refs[112]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[56].result_keys_ref, expr_refs[113]),
            .result_key_count = 1,
        },
        [57] = { /* DescribeIpv6Pools */
            .name_ref = PREF(paginators[57].name_ref, strings[1581]),
            .operation = 366,
            .input_tokens_ref = PREF(paginators[57].input_tokens_ref, input_tokens[57]),
            .output_tokens_ref = PREF(paginators[57].output_tokens_ref, expr_refs[114]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[57].result_keys_ref, expr_refs[115]),
            .result_key_count = 1,
        },
        [58] = { /* DescribeLaunchTemplateVersions */
            .name_ref = PREF(paginators[58].name_ref, strings[1599]),
            .operation = 368,
            .input_tokens_ref = PREF(paginators[58].input_tokens_ref, input_tokens[58]),
            .output_tokens_ref = PREF(paginators[58].output_tokens_ref, expr_refs[116]),
            .token_count = 1,
            .limit_key = 7,
            .result_keys_ref = PREF(paginators[58].result_keys_ref, expr_refs[117]),
            .result_key_count = 1,
        },
        [59] = { /* DescribeLaunchTemplates */
            .name_ref = PREF(paginators[59].name_ref, strings[1630]),
            .operation = 369,
            .input_tokens_ref = PREF(paginators[59].input_tokens_ref, input_tokens[59]),
            .output_tokens_ref = PREF(paginators[59].output_tokens_ref, expr_refs[118]),
            .token_count = 1,
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[59].result_keys_ref, expr_refs[119]),
            .result_key_count = 1,
        },
        [60] = { /* DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations */
            .name_ref = PREF(paginators[60].name_ref, strings[1654]),
            .operation = 370,
            .input_tokens_ref = PREF(paginators[60].input_tokens_ref, input_tokens[60]),
            .output_tokens_ref = PREF(paginators[60].output_tokens_ref, expr_refs[120]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[60].result_keys_ref, expr_refs[121]),
            .result_key_count = 1,
        },
        [61] = { /* DescribeLocalGatewayRouteTableVpcAssociations */
            .name_ref = PREF(paginators[61].name_ref, strings[1718]),
            .operation = 371,
            .input_tokens_ref = PREF(paginators[61].input_tokens_ref, input_tokens[61]),
            .output_tokens_ref = PREF(paginators[61].output_tokens_ref, expr_refs[122]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[61].result_keys_ref, expr_refs[123]),
            .result_key_count = 1,
        },
        [62] = { /* DescribeLocalGatewayRouteTables */
            .name_ref = PREF(paginators[62].name_ref, strings[1764]),
            .operation = 372,
            .input_tokens_ref = PREF(paginators[62].input_tokens_ref, input_tokens[62]),
            .output_tokens_ref = PREF(paginators[62].output_tokens_ref, expr_refs[124]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[62].result_keys_ref, expr_refs[125]),
            .result_key_count = 1,
        },
        [63] = { /* DescribeLocalGatewayVirtualInterfaceGroups */
            .name_ref = PREF(paginators[63].name_ref, strings[1796]),
            .operation = 373,
            .input_tokens_ref = PREF(paginators[63].input_tokens_ref, input_tokens[63]),
            .output_tokens_ref = PREF(paginators[63].output_tokens_ref, expr_refs[126]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[63].result_keys_ref, expr_refs[127]),
            .result_key_count = 1,
        },
        [64] = { /* DescribeLocalGatewayVirtualInterfaces */
            .name_ref = PREF(paginators[64].name_ref, strings[1839]),
            .operation = 374,
            .input_tokens_ref = PREF(paginators[64].input_tokens_ref, input_tokens[64]),
            .output_tokens_ref = PREF(paginators[64].output_tokens_ref, expr_refs[128]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[64].result_keys_ref, expr_refs[129]),
            .result_key_count = 1,
        },
        [65] = { /* DescribeLocalGateways */
            .name_ref = PREF(paginators[65].name_ref, strings[1877]),
            .operation = 375,
            .input_tokens_ref = PREF(paginators[65].input_tokens_ref, input_tokens[65]),
            .output_tokens_ref = PREF(paginators[65].output_tokens_ref, expr_refs[130]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[65].result_keys_ref, expr_refs[131]),
            .result_key_count = 1,
        },
        [66] = { /* DescribeMacHosts */
            .name_ref = PREF(paginators[66].name_ref, strings[1899]),
            .operation = 377,
            .input_tokens_ref = PREF(paginators[66].input_tokens_ref, input_tokens[66]),
            .output_tokens_ref = PREF(paginators[66].output_tokens_ref, expr_refs[132]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[66].result_keys_ref, expr_refs[133]),
            .result_key_count = 1,
        },
        [67] = { /* DescribeMacModificationTasks */
            .name_ref = PREF(paginators[67].name_ref, strings[1916]),
            .operation = 378,
            .input_tokens_ref = PREF(paginators[67].input_tokens_ref, input_tokens[67]),
            .output_tokens_ref = PREF(paginators[67].output_tokens_ref, expr_refs[134]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[67].result_keys_ref, expr_refs[135]),
            .result_key_count = 1,
        },
        [68] = { /* DescribeManagedPrefixLists */
            .name_ref = PREF(paginators[68].name_ref, strings[1945]),
            .operation = 379,
            .input_tokens_ref = PREF(paginators[68].input_tokens_ref, input_tokens[68]),
            .output_tokens_ref = PREF(paginators[68].output_tokens_ref, expr_refs[136]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[68].result_keys_ref, expr_refs[137]),
            .result_key_count = 1,
        },
        [69] = { /* DescribeMovingAddresses */
            .name_ref = PREF(paginators[69].name_ref, strings[1972]),
            .operation = 380,
            .input_tokens_ref = PREF(paginators[69].input_tokens_ref, input_tokens[69]),
            .output_tokens_ref = PREF(paginators[69].output_tokens_ref, expr_refs[138]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[69].result_keys_ref, expr_refs[139]),
            .result_key_count = 1,
        },
        [70] = { /* DescribeNatGateways */
            .name_ref = PREF(paginators[70].name_ref, strings[1996]),
            .operation = 381,
            .input_tokens_ref = PREF(paginators[70].input_tokens_ref, input_tokens[70]),
            .output_tokens_ref = PREF(paginators[70].output_tokens_ref, expr_refs[140]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[70].result_keys_ref, expr_refs[141]),
            .result_key_count = 1,
        },
        [71] = { /* DescribeNetworkAcls */
            .name_ref = PREF(paginators[71].name_ref, strings[2016]),
            .operation = 382,
            .input_tokens_ref = PREF(paginators[71].input_tokens_ref, input_tokens[71]),
            .output_tokens_ref = PREF(paginators[71].output_tokens_ref, expr_refs[142]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[71].result_keys_ref, expr_refs[143]),
            .result_key_count = 1,
        },
        [72] = { /* DescribeNetworkInsightsAccessScopeAnalyses */
            .name_ref = PREF(paginators[72].name_ref, strings[2036]),
            .operation = 383,
            .input_tokens_ref = PREF(paginators[72].input_tokens_ref, input_tokens[72]),
            .output_tokens_ref = PREF(paginators[72].output_tokens_ref, expr_refs[144]),
            .token_count = 1,
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[72].result_keys_ref, expr_refs[145]),
            .result_key_count = 1,
        },
        [73] = { /* DescribeNetworkInsightsAccessScopes */
            .name_ref = PREF(paginators[73].name_ref, strings[2079]),
            .operation = 384,
            .input_tokens_ref = PREF(paginators[73].input_tokens_ref, input_tokens[73]),
            .output_tokens_ref = PREF(paginators[73].output_tokens_ref, expr_refs[146]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[73].result_keys_ref, expr_refs[147]),
            .result_key_count = 1,
        },
        [74] = { /* DescribeNetworkInsightsAnalyses */
            .name_ref = PREF(paginators[74].name_ref, strings[2115]),
            .operation = 385,
            .input_tokens_ref = PREF(paginators[74].input_tokens_ref, input_tokens[74]),
            .output_tokens_ref = PREF(paginators[74].output_tokens_ref, expr_refs[148]),
            .token_count = 1,
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[74].result_keys_ref, expr_refs[149]),
            .result_key_count = 1,
        },
        [75] = { /* DescribeNetworkInsightsPaths */
            .name_ref = PREF(paginators[75].name_ref, strings[2147]),
            .operation = 386,
            .input_tokens_ref = PREF(paginators[75].input_tokens_ref, input_tokens[75]),
            .output_tokens_ref = PREF(paginators[75].output_tokens_ref, expr_refs[150]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[75].result_keys_ref, expr_refs[151]),
            .result_key_count = 1,
        },
        [76] = { /* DescribeNetworkInterfacePermissions */
            .name_ref = PREF(paginators[76].name_ref, strings[2176]),
            .operation = 388,
            .input_tokens_ref = PREF(paginators[76].input_tokens_ref, input_tokens[76]),
            .output_tokens_ref = PREF(paginators[76].output_tokens_ref, expr_refs[152]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[76].result_keys_ref, expr_refs[153]),
            .result_key_count = 1,
        },
        [77] = { /* DescribeNetworkInterfaces */
            .name_ref = PREF(paginators[77].name_ref, strings[2212]),
            .operation = 389,
            .input_tokens_ref = PREF(paginators[77].input_tokens_ref, input_tokens[77]),
            .output_tokens_ref = PREF(paginators[77].output_tokens_ref, expr_refs[154]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[77].result_keys_ref, expr_refs[155]),
            .result_key_count = 1,
        },
        [78] = { /* DescribePrefixLists */
            .name_ref = PREF(paginators[78].name_ref, strings[2238]),
            .operation = 392,
            .input_tokens_ref = PREF(paginators[78].input_tokens_ref, input_tokens[78]),
            .output_tokens_ref = PREF(paginators[78].output_tokens_ref, expr_refs[156]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[78].result_keys_ref, expr_refs[157]),
            .result_key_count = 1,
        },
        [79] = { /* DescribePrincipalIdFormat */
            .name_ref = PREF(paginators[79].name_ref, strings[2258]),
            .operation = 393,
            .input_tokens_ref = PREF(paginators[79].input_tokens_ref, input_tokens[79]),
            .output_tokens_ref = PREF(paginators[79].output_tokens_ref, expr_refs[158]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[79].result_keys_ref, expr_refs[159]),
            .result_key_count = 1,
        },
        [80] = { /* DescribePublicIpv4Pools */
            .name_ref = PREF(paginators[80].name_ref, strings[2284]),
            .operation = 394,
            .input_tokens_ref = PREF(paginators[80].input_tokens_ref, input_tokens[80]),
            .output_tokens_ref = PREF(paginators[80].output_tokens_ref, expr_refs[160]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[80].result_keys_ref, expr_refs[161]),
            .result_key_count = 1,
        },
        [81] = { /* DescribeReplaceRootVolumeTasks */
            .name_ref = PREF(paginators[81].name_ref, strings[2308]),
            .operation = 396,
            .input_tokens_ref = PREF(paginators[81].input_tokens_ref, input_tokens[81]),
            .output_tokens_ref = PREF(paginators[81].output_tokens_ref, expr_refs[162]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[81].result_keys_ref, expr_refs[163]),
            .result_key_count = 1,
        },
        [82] = { /* DescribeReservedInstancesModifications */
            .name_ref = PREF(paginators[82].name_ref, strings[2339]),
            .operation = 399,
            .input_tokens_ref = PREF(paginators[82].input_tokens_ref, input_tokens[82]),
            .output_tokens_ref = PREF(paginators[82].output_tokens_ref, expr_refs[164]),
            .token_count = 1,
            .limit_key = -1,
            .result_keys_ref = PREF(paginators[82].result_keys_ref, expr_refs[165]),
            .result_key_count = 1,
        },
        [83] = { /* DescribeReservedInstancesOfferings */
            .name_ref = PREF(paginators[83].name_ref, strings[2378]),
            .operation = 400,
            .input_tokens_ref = PREF(paginators[83].input_tokens_ref, input_tokens[83]),
            .output_tokens_ref = PREF(paginators[83].output_tokens_ref, expr_refs[166]),
            .token_count = 1,
            .limit_key = 15,
            .result_keys_ref = PREF(paginators[83].result_keys_ref, expr_refs[167]),
            .result_key_count = 1,
        },
        [84] = { /* DescribeRouteServerEndpoints */
            .name_ref = PREF(paginators[84].name_ref, strings[2413]),
            .operation = 401,
            .input_tokens_ref = PREF(paginators[84].input_tokens_ref, input_tokens[84]),
            .output_tokens_ref = PREF(paginators[84].output_tokens_ref, expr_refs[168]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[84].result_keys_ref, expr_refs[169]),
            .result_key_count = 1,
        },
        [85] = { /* DescribeRouteServerPeers */
            .name_ref = PREF(paginators[85].name_ref, strings[2442]),
            .operation = 402,
            .input_tokens_ref = PREF(paginators[85].input_tokens_ref, input_tokens[85]),
            .output_tokens_ref = PREF(paginators[85].output_tokens_ref, expr_refs[170]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[85].result_keys_ref, expr_refs[171]),
            .result_key_count = 1,
        },
        [86] = { /* DescribeRouteServers */
            .name_ref = PREF(paginators[86].name_ref, strings[2467]),
            .operation = 403,
            .input_tokens_ref = PREF(paginators[86].input_tokens_ref, input_tokens[86]),
            .output_tokens_ref = PREF(paginators[86].output_tokens_ref, expr_refs[172]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[86].result_keys_ref, expr_refs[173]),
            .result_key_count = 1,
        },
        [87] = { /* DescribeRouteTables */
            .name_ref = PREF(paginators[87].name_ref, strings[2488]),
            .operation = 404,
            .input_tokens_ref = PREF(paginators[87].input_tokens_ref, input_tokens[87]),
            .output_tokens_ref = PREF(paginators[87].output_tokens_ref, expr_refs[174]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[87].result_keys_ref, expr_refs[175]),
            .result_key_count = 1,
        },
        [88] = { /* DescribeScheduledInstanceAvailability */
            .name_ref = PREF(paginators[88].name_ref, strings[2508]),
            .operation = 405,
            .input_tokens_ref = PREF(paginators[88].input_tokens_ref, input_tokens[88]),
            .output_tokens_ref = PREF(paginators[88].output_tokens_ref, expr_refs[176]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[88].result_keys_ref, expr_refs[177]),
            .result_key_count = 1,
        },
        [89] = { /* DescribeScheduledInstances */
            .name_ref = PREF(paginators[89].name_ref, strings[2546]),
            .operation = 406,
            .input_tokens_ref = PREF(paginators[89].input_tokens_ref, input_tokens[89]),
            .output_tokens_ref = PREF(paginators[89].output_tokens_ref, expr_refs[178]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[89].result_keys_ref, expr_refs[179]),
            .result_key_count = 1,
        },
        [90] = { /* DescribeSecondaryInterfaces */
            .name_ref = PREF(paginators[90].name_ref, strings[2573]),
            .operation = 407,
            .input_tokens_ref = PREF(paginators[90].input_tokens_ref, input_tokens[90]),
            .output_tokens_ref = PREF(paginators[90].output_tokens_ref, expr_refs[180]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[90].result_keys_ref, expr_refs[181]),
            .result_key_count = 1,
        },
        [91] = { /* DescribeSecondaryNetworks */
            .name_ref = PREF(paginators[91].name_ref, strings[2601]),
            .operation = 408,
            .input_tokens_ref = PREF(paginators[91].input_tokens_ref, input_tokens[91]),
            .output_tokens_ref = PREF(paginators[91].output_tokens_ref, expr_refs[182]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[91].result_keys_ref, expr_refs[183]),
            .result_key_count = 1,
        },
        [92] = { /* DescribeSecondarySubnets */
            .name_ref = PREF(paginators[92].name_ref, strings[2627]),
            .operation = 409,
            .input_tokens_ref = PREF(paginators[92].input_tokens_ref, input_tokens[92]),
            .output_tokens_ref = PREF(paginators[92].output_tokens_ref, expr_refs[184]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[92].result_keys_ref, expr_refs[185]),
            .result_key_count = 1,
        },
        [93] = { /* DescribeSecurityGroupRules */
            .name_ref = PREF(paginators[93].name_ref, strings[2652]),
            .operation = 411,
            .input_tokens_ref = PREF(paginators[93].input_tokens_ref, input_tokens[93]),
            .output_tokens_ref = PREF(paginators[93].output_tokens_ref, expr_refs[186]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[93].result_keys_ref, expr_refs[187]),
            .result_key_count = 1,
        },
        [94] = { /* DescribeSecurityGroupVpcAssociations */
            .name_ref = PREF(paginators[94].name_ref, strings[2679]),
            .operation = 412,
            .input_tokens_ref = PREF(paginators[94].input_tokens_ref, input_tokens[94]),
            .output_tokens_ref = PREF(paginators[94].output_tokens_ref, expr_refs[188]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[94].result_keys_ref, expr_refs[189]),
            .result_key_count = 1,
        },
        [95] = { /* DescribeSecurityGroups */
            .name_ref = PREF(paginators[95].name_ref, strings[2716]),
            .operation = 413,
            .input_tokens_ref = PREF(paginators[95].input_tokens_ref, input_tokens[95]),
            .output_tokens_ref = PREF(paginators[95].output_tokens_ref, expr_refs[190]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[95].result_keys_ref, expr_refs[191]),
            .result_key_count = 1,
        },
        [96] = { /* DescribeSnapshotTierStatus */
            .name_ref = PREF(paginators[96].name_ref, strings[2739]),
            .operation = 416,
            .input_tokens_ref = PREF(paginators[96].input_tokens_ref, input_tokens[96]),
            .output_tokens_ref = PREF(paginators[96].output_tokens_ref, expr_refs[192]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[96].result_keys_ref, expr_refs[193]),
            .result_key_count = 1,
        },
        [97] = { /* DescribeSnapshots */
            .name_ref = PREF(paginators[97].name_ref, strings[2766]),
            .operation = 417,
            .input_tokens_ref = PREF(paginators[97].input_tokens_ref, input_tokens[97]),
            .output_tokens_ref = PREF(paginators[97].output_tokens_ref, expr_refs[194]),
            .token_count = 1,
            .limit_key = 0,
            .result_keys_ref = PREF(paginators[97].result_keys_ref, expr_refs[195]),
            .result_key_count = 1,
        },
        [98] = { /* DescribeSpotFleetInstances */
            .name_ref = PREF(paginators[98].name_ref, strings[2784]),
            .operation = 419,
            .input_tokens_ref = PREF(paginators[98].input_tokens_ref, input_tokens[98]),
            .output_tokens_ref = PREF(paginators[98].output_tokens_ref, expr_refs[196]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[98].result_keys_ref, expr_refs[197]),
            .result_key_count = 1,
        },
        [99] = { /* DescribeSpotFleetRequests */
            .name_ref = PREF(paginators[99].name_ref, strings[2811]),
            .operation = 421,
            .input_tokens_ref = PREF(paginators[99].input_tokens_ref, input_tokens[99]),
            .output_tokens_ref = PREF(paginators[99].output_tokens_ref, expr_refs[198]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[99].result_keys_ref, expr_refs[199]),
            .result_key_count = 1,
        },
        [100] = { /* DescribeSpotInstanceRequests */
            .name_ref = PREF(paginators[100].name_ref, strings[2837]),
            .operation = 422,
            .input_tokens_ref = PREF(paginators[100].input_tokens_ref, input_tokens[100]),
            .output_tokens_ref = PREF(paginators[100].output_tokens_ref, expr_refs[200]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[100].result_keys_ref, expr_refs[201]),
            .result_key_count = 1,
        },
        [101] = { /* DescribeSpotPriceHistory */
            .name_ref = PREF(paginators[101].name_ref, strings[2866]),
            .operation = 423,
            .input_tokens_ref = PREF(paginators[101].input_tokens_ref, input_tokens[101]),
            .output_tokens_ref = PREF(paginators[101].output_tokens_ref, expr_refs[202]),
            .token_count = 1,
            .limit_key = 8,
            .result_keys_ref = PREF(paginators[101].result_keys_ref, expr_refs[203]),
            .result_key_count = 1,
        },
        [102] = { /* DescribeStaleSecurityGroups */
            .name_ref = PREF(paginators[102].name_ref, strings[2891]),
            .operation = 424,
            .input_tokens_ref = PREF(paginators[102].input_tokens_ref, input_tokens[102]),
            .output_tokens_ref = PREF(paginators[102].output_tokens_ref, expr_refs[204]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[102].result_keys_ref, expr_refs[205]),
            .result_key_count = 1,
        },
        [103] = { /* DescribeStoreImageTasks */
            .name_ref = PREF(paginators[103].name_ref, strings[2919]),
            .operation = 425,
            .input_tokens_ref = PREF(paginators[103].input_tokens_ref, input_tokens[103]),
            .output_tokens_ref = PREF(paginators[103].output_tokens_ref, expr_refs[206]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[103].result_keys_ref, expr_refs[207]),
            .result_key_count = 1,
        },
        [104] = { /* DescribeSubnets */
            .name_ref = PREF(paginators[104].name_ref, strings[2943]),
            .operation = 426,
            .input_tokens_ref = PREF(paginators[104].input_tokens_ref, input_tokens[104]),
            .output_tokens_ref = PREF(paginators[104].output_tokens_ref, expr_refs[208]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[104].result_keys_ref, expr_refs[209]),
            .result_key_count = 1,
        },
        [105] = { /* DescribeTags */
            .name_ref = PREF(paginators[105].name_ref, strings[2959]),
            .operation = 427,
            .input_tokens_ref = PREF(paginators[105].input_tokens_ref, input_tokens[105]),
            .output_tokens_ref = PREF(paginators[105].output_tokens_ref, expr_refs[210]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[105].result_keys_ref, expr_refs[211]),
            .result_key_count = 1,
        },
        [106] = { /* DescribeTrafficMirrorFilters */
            .name_ref = PREF(paginators[106].name_ref, strings[2972]),
            .operation = 429,
            .input_tokens_ref = PREF(paginators[106].input_tokens_ref, input_tokens[106]),
            .output_tokens_ref = PREF(paginators[106].output_tokens_ref, expr_refs[212]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[106].result_keys_ref, expr_refs[213]),
            .result_key_count = 1,
        },
        [107] = { /* DescribeTrafficMirrorSessions */
            .name_ref = PREF(paginators[107].name_ref, strings[3001]),
            .operation = 430,
            .input_tokens_ref = PREF(paginators[107].input_tokens_ref, input_tokens[107]),
            .output_tokens_ref = PREF(paginators[107].output_tokens_ref, expr_refs[214]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[107].result_keys_ref, expr_refs[215]),
            .result_key_count = 1,
        },
        [108] = { /* DescribeTrafficMirrorTargets */
            .name_ref = PREF(paginators[108].name_ref, strings[3031]),
            .operation = 431,
            .input_tokens_ref = PREF(paginators[108].input_tokens_ref, input_tokens[108]),
            .output_tokens_ref = PREF(paginators[108].output_tokens_ref, expr_refs[216]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[108].result_keys_ref, expr_refs[217]),
            .result_key_count = 1,
        },
        [109] = { /* DescribeTransitGatewayAttachments */
            .name_ref = PREF(paginators[109].name_ref, strings[3060]),
            .operation = 432,
            .input_tokens_ref = PREF(paginators[109].input_tokens_ref, input_tokens[109]),
            .output_tokens_ref = PREF(paginators[109].output_tokens_ref, expr_refs[218]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[109].result_keys_ref, expr_refs[219]),
            .result_key_count = 1,
        },
        [110] = { /* DescribeTransitGatewayConnectPeers */
            .name_ref = PREF(paginators[110].name_ref, strings[3094]),
            .operation = 433,
            .input_tokens_ref = PREF(paginators[110].input_tokens_ref, input_tokens[110]),
            .output_tokens_ref = PREF(paginators[110].output_tokens_ref, expr_refs[220]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[110].result_keys_ref, expr_refs[221]),
            .result_key_count = 1,
        },
        [111] = { /* DescribeTransitGatewayConnects */
            .name_ref = PREF(paginators[111].name_ref, strings[3129]),
            .operation = 434,
            .input_tokens_ref = PREF(paginators[111].input_tokens_ref, input_tokens[111]),
            .output_tokens_ref = PREF(paginators[111].output_tokens_ref, expr_refs[222]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[111].result_keys_ref, expr_refs[223]),
            .result_key_count = 1,
        },
        [112] = { /* DescribeTransitGatewayMulticastDomains */
            .name_ref = PREF(paginators[112].name_ref, strings[3160]),
            .operation = 436,
            .input_tokens_ref = PREF(paginators[112].input_tokens_ref, input_tokens[112]),
            .output_tokens_ref = PREF(paginators[112].output_tokens_ref, expr_refs[224]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[112].result_keys_ref, expr_refs[225]),
            .result_key_count = 1,
        },
        [113] = { /* DescribeTransitGatewayPeeringAttachments */
            .name_ref = PREF(paginators[113].name_ref, strings[3199]),
            .operation = 437,
            .input_tokens_ref = PREF(paginators[113].input_tokens_ref, input_tokens[113]),
            .output_tokens_ref = PREF(paginators[113].output_tokens_ref, expr_refs[226]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[113].result_keys_ref, expr_refs[227]),
            .result_key_count = 1,
        },
        [114] = { /* DescribeTransitGatewayPolicyTables */
            .name_ref = PREF(paginators[114].name_ref, strings[3240]),
            .operation = 438,
            .input_tokens_ref = PREF(paginators[114].input_tokens_ref, input_tokens[114]),
            .output_tokens_ref = PREF(paginators[114].output_tokens_ref, expr_refs[228]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[114].result_keys_ref, expr_refs[229]),
            .result_key_count = 1,
        },
        [115] = { /* DescribeTransitGatewayRouteTableAnnouncements */
            .name_ref = PREF(paginators[115].name_ref, strings[3275]),
            .operation = 439,
            .input_tokens_ref = PREF(paginators[115].input_tokens_ref, input_tokens[115]),
            .output_tokens_ref = PREF(paginators[115].output_tokens_ref, expr_refs[230]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[115].result_keys_ref, expr_refs[231]),
            .result_key_count = 1,
        },
        [116] = { /* DescribeTransitGatewayRouteTables */
            .name_ref = PREF(paginators[116].name_ref, strings[3321]),
            .operation = 440,
            .input_tokens_ref = PREF(paginators[116].input_tokens_ref, input_tokens[116]),
            .output_tokens_ref = PREF(paginators[116].output_tokens_ref, expr_refs[232]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[116].result_keys_ref, expr_refs[233]),
            .result_key_count = 1,
        },
        [117] = { /* DescribeTransitGatewayVpcAttachments */
            .name_ref = PREF(paginators[117].name_ref, strings[3355]),
            .operation = 441,
            .input_tokens_ref = PREF(paginators[117].input_tokens_ref, input_tokens[117]),
            .output_tokens_ref = PREF(paginators[117].output_tokens_ref, expr_refs[234]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[117].result_keys_ref, expr_refs[235]),
            .result_key_count = 1,
        },
        [118] = { /* DescribeTransitGateways */
            .name_ref = PREF(paginators[118].name_ref, strings[3392]),
            .operation = 442,
            .input_tokens_ref = PREF(paginators[118].input_tokens_ref, input_tokens[118]),
            .output_tokens_ref = PREF(paginators[118].output_tokens_ref, expr_refs[236]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[118].result_keys_ref, expr_refs[237]),
            .result_key_count = 1,
        },
        [119] = { /* DescribeTrunkInterfaceAssociations */
            .name_ref = PREF(paginators[119].name_ref, strings[3416]),
            .operation = 443,
            .input_tokens_ref = PREF(paginators[119].input_tokens_ref, input_tokens[119]),
            .output_tokens_ref = PREF(paginators[119].output_tokens_ref, expr_refs[238]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[119].result_keys_ref, expr_refs[239]),
            .result_key_count = 1,
        },
        [120] = { /* DescribeVerifiedAccessEndpoints */
            .name_ref = PREF(paginators[120].name_ref, strings[3451]),
            .operation = 444,
            .input_tokens_ref = PREF(paginators[120].input_tokens_ref, input_tokens[120]),
            .output_tokens_ref = PREF(paginators[120].output_tokens_ref, expr_refs[240]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[120].result_keys_ref, expr_refs[241]),
            .result_key_count = 1,
        },
        [121] = { /* DescribeVerifiedAccessGroups */
            .name_ref = PREF(paginators[121].name_ref, strings[3483]),
            .operation = 445,
            .input_tokens_ref = PREF(paginators[121].input_tokens_ref, input_tokens[121]),
            .output_tokens_ref = PREF(paginators[121].output_tokens_ref, expr_refs[242]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[121].result_keys_ref, expr_refs[243]),
            .result_key_count = 1,
        },
        [122] = { /* DescribeVerifiedAccessInstanceLoggingConfigurations */
            .name_ref = PREF(paginators[122].name_ref, strings[3512]),
            .operation = 446,
            .input_tokens_ref = PREF(paginators[122].input_tokens_ref, input_tokens[122]),
            .output_tokens_ref = PREF(paginators[122].output_tokens_ref, expr_refs[244]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[122].result_keys_ref, expr_refs[245]),
            .result_key_count = 1,
        },
        [123] = { /* DescribeVerifiedAccessInstances */
            .name_ref = PREF(paginators[123].name_ref, strings[3564]),
            .operation = 447,
            .input_tokens_ref = PREF(paginators[123].input_tokens_ref, input_tokens[123]),
            .output_tokens_ref = PREF(paginators[123].output_tokens_ref, expr_refs[246]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[123].result_keys_ref, expr_refs[247]),
            .result_key_count = 1,
        },
        [124] = { /* DescribeVerifiedAccessTrustProviders */
            .name_ref = PREF(paginators[124].name_ref, strings[3596]),
            .operation = 448,
            .input_tokens_ref = PREF(paginators[124].input_tokens_ref, input_tokens[124]),
            .output_tokens_ref = PREF(paginators[124].output_tokens_ref, expr_refs[248]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[124].result_keys_ref, expr_refs[249]),
            .result_key_count = 1,
        },
        [125] = { /* DescribeVolumeStatus */
            .name_ref = PREF(paginators[125].name_ref, strings[3633]),
            .operation = 450,
            .input_tokens_ref = PREF(paginators[125].input_tokens_ref, input_tokens[125]),
            .output_tokens_ref = PREF(paginators[125].output_tokens_ref, expr_refs[250]),
            .token_count = 1,
            .limit_key = 0,
            .result_keys_ref = PREF(paginators[125].result_keys_ref, expr_refs[251]),
            .result_key_count = 1,
        },
        [126] = { /* DescribeVolumes */
            .name_ref = PREF(paginators[126].name_ref, strings[3654]),
            .operation = 451,
            .input_tokens_ref = PREF(paginators[126].input_tokens_ref, input_tokens[126]),
            .output_tokens_ref = PREF(paginators[126].output_tokens_ref, expr_refs[252]),
            .token_count = 1,
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[126].result_keys_ref, expr_refs[253]),
            .result_key_count = 1,
        },
        [127] = { /* DescribeVolumesModifications */
            .name_ref = PREF(paginators[127].name_ref, strings[3670]),
            .operation = 452,
            .input_tokens_ref = PREF(paginators[127].input_tokens_ref, input_tokens[127]),
            .output_tokens_ref = PREF(paginators[127].output_tokens_ref, expr_refs[254]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[127].result_keys_ref, expr_refs[255]),
            .result_key_count = 1,
        },
        [128] = { /* DescribeVpcClassicLinkDnsSupport */
            .name_ref = PREF(paginators[128].name_ref, strings[3699]),
            .operation = 457,
            .input_tokens_ref = PREF(paginators[128].input_tokens_ref, input_tokens[128]),
            .output_tokens_ref = PREF(paginators[128].output_tokens_ref, expr_refs[256]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[128].result_keys_ref, expr_refs[257]),
            .result_key_count = 1,
        },
        [129] = { /* DescribeVpcEndpointConnectionNotifications */
            .name_ref = PREF(paginators[129].name_ref, strings[3732]),
            .operation = 460,
            .input_tokens_ref = PREF(paginators[129].input_tokens_ref, input_tokens[129]),
            .output_tokens_ref = PREF(paginators[129].output_tokens_ref, expr_refs[258]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[129].result_keys_ref, expr_refs[259]),
            .result_key_count = 1,
        },
        [130] = { /* DescribeVpcEndpointConnections */
            .name_ref = PREF(paginators[130].name_ref, strings[3775]),
            .operation = 461,
            .input_tokens_ref = PREF(paginators[130].input_tokens_ref, input_tokens[130]),
            .output_tokens_ref = PREF(paginators[130].output_tokens_ref, expr_refs[260]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[130].result_keys_ref, expr_refs[261]),
            .result_key_count = 1,
        },
        [131] = { /* DescribeVpcEndpointServiceConfigurations */
            .name_ref = PREF(paginators[131].name_ref, strings[3806]),
            .operation = 462,
            .input_tokens_ref = PREF(paginators[131].input_tokens_ref, input_tokens[131]),
            .output_tokens_ref = PREF(paginators[131].output_tokens_ref, expr_refs[262]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[131].result_keys_ref, expr_refs[263]),
            .result_key_count = 1,
        },
        [132] = { /* DescribeVpcEndpointServicePermissions */
            .name_ref = PREF(paginators[132].name_ref, strings[3847]),
            .operation = 463,
            .input_tokens_ref = PREF(paginators[132].input_tokens_ref, input_tokens[132]),
            .output_tokens_ref = PREF(paginators[132].output_tokens_ref, expr_refs[264]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[132].result_keys_ref, expr_refs[265]),
            .result_key_count = 1,
        },
        [133] = { /* DescribeVpcEndpointServices */
            .name_ref = PREF(paginators[133].name_ref, strings[3885]),
            .operation = 464,
            .input_tokens_ref = PREF(paginators[133].input_tokens_ref, input_tokens[133]),
            .output_tokens_ref = PREF(paginators[133].output_tokens_ref, expr_refs[266]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[133].result_keys_ref, expr_refs[267]),
            .result_key_count = 2,
        },
        [134] = { /* DescribeVpcEndpoints */
            .name_ref = PREF(paginators[134].name_ref, strings[3913]),
            .operation = 465,
            .input_tokens_ref = PREF(paginators[134].input_tokens_ref, input_tokens[134]),
            .output_tokens_ref = PREF(paginators[134].output_tokens_ref, expr_refs[269]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[134].result_keys_ref, expr_refs[270]),
            .result_key_count = 1,
        },
        [135] = { /* DescribeVpcPeeringConnections */
            .name_ref = PREF(paginators[135].name_ref, strings[3934]),
            .operation = 466,
            .input_tokens_ref = PREF(paginators[135].input_tokens_ref, input_tokens[135]),
            .output_tokens_ref = PREF(paginators[135].output_tokens_ref, expr_refs[271]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[135].result_keys_ref, expr_refs[272]),
            .result_key_count = 1,
        },
        [136] = { /* DescribeVpcs */
            .name_ref = PREF(paginators[136].name_ref, strings[3964]),
            .operation = 467,
            .input_tokens_ref = PREF(paginators[136].input_tokens_ref, input_tokens[136]),
            .output_tokens_ref = PREF(paginators[136].output_tokens_ref, expr_refs[273]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[136].result_keys_ref, expr_refs[274]),
            .result_key_count = 1,
        },
        [137] = { /* DescribeVpnConcentrators */
            .name_ref = PREF(paginators[137].name_ref, strings[3977]),
            .operation = 468,
            .input_tokens_ref = PREF(paginators[137].input_tokens_ref, input_tokens[137]),
            .output_tokens_ref = PREF(paginators[137].output_tokens_ref, expr_refs[275]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[137].result_keys_ref, expr_refs[276]),
            .result_key_count = 1,
        },
        [138] = { /* GetAssociatedIpv6PoolCidrs */
            .name_ref = PREF(paginators[138].name_ref, strings[4002]),
            .operation = 552,
            .input_tokens_ref = PREF(paginators[138].input_tokens_ref, input_tokens[138]),
            .output_tokens_ref = PREF(paginators[138].output_tokens_ref, expr_refs[277]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[138].result_keys_ref, expr_refs[278]),
            .result_key_count = 1,
        },
        [139] = { /* GetAwsNetworkPerformanceData */
            .name_ref = PREF(paginators[139].name_ref, strings[4029]),
            .operation = 553,
            .input_tokens_ref = PREF(paginators[139].input_tokens_ref, input_tokens[139]),
            .output_tokens_ref = PREF(paginators[139].output_tokens_ref, expr_refs[279]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[139].result_keys_ref, expr_refs[280]),
            .result_key_count = 1,
        },
        [140] = { /* GetCapacityManagerMetricData */
            .name_ref = PREF(paginators[140].name_ref, strings[4058]),
            .operation = 555,
            .input_tokens_ref = PREF(paginators[140].input_tokens_ref, input_tokens[140]),
            .output_tokens_ref = PREF(paginators[140].output_tokens_ref, expr_refs[281]),
            .token_count = 1,
            .limit_key = 6,
            .result_keys_ref = PREF(paginators[140].result_keys_ref, expr_refs[282]),
            .result_key_count = 1,
        },
        [141] = { /* GetCapacityManagerMetricDimensions */
            .name_ref = PREF(paginators[141].name_ref, strings[4087]),
            .operation = 556,
            .input_tokens_ref = PREF(paginators[141].input_tokens_ref, input_tokens[141]),
            .output_tokens_ref = PREF(paginators[141].output_tokens_ref, expr_refs[283]),
            .token_count = 1,
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[141].result_keys_ref, expr_refs[284]),
            .result_key_count = 1,
        },
        [142] = { /* GetCapacityManagerMonitoredTagKeys */
            .name_ref = PREF(paginators[142].name_ref, strings[4122]),
            .operation = 557,
            .input_tokens_ref = PREF(paginators[142].input_tokens_ref, input_tokens[142]),
            .output_tokens_ref = PREF(paginators[142].output_tokens_ref, expr_refs[285]),
            .token_count = 1,
            .limit_key = 0,
            .result_keys_ref = PREF(paginators[142].result_keys_ref, expr_refs[286]),
            .result_key_count = 1,
        },
        [143] = { /* GetGroupsForCapacityReservation */
            .name_ref = PREF(paginators[143].name_ref, strings[4157]),
            .operation = 568,
            .input_tokens_ref = PREF(paginators[143].input_tokens_ref, input_tokens[143]),
            .output_tokens_ref = PREF(paginators[143].output_tokens_ref, expr_refs[287]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[143].result_keys_ref, expr_refs[288]),
            .result_key_count = 1,
        },
        [144] = { /* GetInstanceTypesFromInstanceRequirements */
            .name_ref = PREF(paginators[144].name_ref, strings[4189]),
            .operation = 574,
            .input_tokens_ref = PREF(paginators[144].input_tokens_ref, input_tokens[144]),
            .output_tokens_ref = PREF(paginators[144].output_tokens_ref, expr_refs[289]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[144].result_keys_ref, expr_refs[290]),
            .result_key_count = 1,
        },
        [145] = { /* GetIpamAddressHistory */
            .name_ref = PREF(paginators[145].name_ref, strings[4230]),
            .operation = 576,
            .input_tokens_ref = PREF(paginators[145].input_tokens_ref, input_tokens[145]),
            .output_tokens_ref = PREF(paginators[145].output_tokens_ref, expr_refs[291]),
            .token_count = 1,
            .limit_key = 6,
            .result_keys_ref = PREF(paginators[145].result_keys_ref, expr_refs[292]),
            .result_key_count = 1,
        },
        [146] = { /* GetIpamDiscoveredAccounts */
            .name_ref = PREF(paginators[146].name_ref, strings[4252]),
            .operation = 577,
            .input_tokens_ref = PREF(paginators[146].input_tokens_ref, input_tokens[146]),
            .output_tokens_ref = PREF(paginators[146].output_tokens_ref, expr_refs[293]),
            .token_count = 1,
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[146].result_keys_ref, expr_refs[294]),
            .result_key_count = 1,
        },
        [147] = { /* GetIpamDiscoveredResourceCidrs */
            .name_ref = PREF(paginators[147].name_ref, strings[4278]),
            .operation = 579,
            .input_tokens_ref = PREF(paginators[147].input_tokens_ref, input_tokens[147]),
            .output_tokens_ref = PREF(paginators[147].output_tokens_ref, expr_refs[295]),
            .token_count = 1,
            .limit_key = 5,
            .result_keys_ref = PREF(paginators[147].result_keys_ref, expr_refs[296]),
            .result_key_count = 1,
        },
        [148] = { /* GetIpamPoolAllocations */
            .name_ref = PREF(paginators[148].name_ref, strings[4309]),
            .operation = 585,
            .input_tokens_ref = PREF(paginators[148].input_tokens_ref, input_tokens[148]),
            .output_tokens_ref = PREF(paginators[148].output_tokens_ref, expr_refs[297]),
            .token_count = 1,
            .limit_key = 4,
            .result_keys_ref = PREF(paginators[148].result_keys_ref, expr_refs[298]),
            .result_key_count = 1,
        },
        [149] = { /* GetIpamPoolCidrs */
            .name_ref = PREF(paginators[149].name_ref, strings[4332]),
            .operation = 586,
            .input_tokens_ref = PREF(paginators[149].input_tokens_ref, input_tokens[149]),
            .output_tokens_ref = PREF(paginators[149].output_tokens_ref, expr_refs[299]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[149].result_keys_ref, expr_refs[300]),
            .result_key_count = 1,
        },
        [150] = { /* GetIpamPrefixListResolverRules */
            .name_ref = PREF(paginators[150].name_ref, strings[4349]),
            .operation = 587,
            .input_tokens_ref = PREF(paginators[150].input_tokens_ref, input_tokens[150]),
            .output_tokens_ref = PREF(paginators[150].output_tokens_ref, expr_refs[301]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[150].result_keys_ref, expr_refs[302]),
            .result_key_count = 1,
        },
        [151] = { /* GetIpamPrefixListResolverVersionEntries */
            .name_ref = PREF(paginators[151].name_ref, strings[4380]),
            .operation = 588,
            .input_tokens_ref = PREF(paginators[151].input_tokens_ref, input_tokens[151]),
            .output_tokens_ref = PREF(paginators[151].output_tokens_ref, expr_refs[303]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[151].result_keys_ref, expr_refs[304]),
            .result_key_count = 1,
        },
        [152] = { /* GetIpamPrefixListResolverVersions */
            .name_ref = PREF(paginators[152].name_ref, strings[4420]),
            .operation = 589,
            .input_tokens_ref = PREF(paginators[152].input_tokens_ref, input_tokens[152]),
            .output_tokens_ref = PREF(paginators[152].output_tokens_ref, expr_refs[305]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[152].result_keys_ref, expr_refs[306]),
            .result_key_count = 1,
        },
        [153] = { /* GetIpamResourceCidrs */
            .name_ref = PREF(paginators[153].name_ref, strings[4454]),
            .operation = 590,
            .input_tokens_ref = PREF(paginators[153].input_tokens_ref, input_tokens[153]),
            .output_tokens_ref = PREF(paginators[153].output_tokens_ref, expr_refs[307]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[153].result_keys_ref, expr_refs[308]),
            .result_key_count = 1,
        },
        [154] = { /* GetManagedPrefixListAssociations */
            .name_ref = PREF(paginators[154].name_ref, strings[4475]),
            .operation = 596,
            .input_tokens_ref = PREF(paginators[154].input_tokens_ref, input_tokens[154]),
            .output_tokens_ref = PREF(paginators[154].output_tokens_ref, expr_refs[309]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[154].result_keys_ref, expr_refs[310]),
            .result_key_count = 1,
        },
        [155] = { /* GetManagedPrefixListEntries */
            .name_ref = PREF(paginators[155].name_ref, strings[4508]),
            .operation = 597,
            .input_tokens_ref = PREF(paginators[155].input_tokens_ref, input_tokens[155]),
            .output_tokens_ref = PREF(paginators[155].output_tokens_ref, expr_refs[311]),
            .token_count = 1,
            .limit_key = 3,
            .result_keys_ref = PREF(paginators[155].result_keys_ref, expr_refs[312]),
            .result_key_count = 1,
        },
        [156] = { /* GetNetworkInsightsAccessScopeAnalysisFindings */
            .name_ref = PREF(paginators[156].name_ref, strings[4536]),
            .operation = 599,
            .input_tokens_ref = PREF(paginators[156].input_tokens_ref, input_tokens[156]),
            .output_tokens_ref = PREF(paginators[156].output_tokens_ref, expr_refs[313]),
            .token_count = 1,
            .limit_key = 1,
            .result_keys_ref = PREF(paginators[156].result_keys_ref, expr_refs[314]),
            .result_key_count = 1,
            .non_aggregate_keys_ref = PREF(paginators[156].non_aggregate_keys_ref, expr_refs[315]),
            .non_aggregate_key_count = 2,
        },
        [157] = { /* GetSecurityGroupsForVpc */
            .name_ref = PREF(paginators[157].name_ref, strings[4582]),
            .operation = 606,
            .input_tokens_ref = PREF(paginators[157].input_tokens_ref, input_tokens[157]),
            .output_tokens_ref = PREF(paginators[157].output_tokens_ref, expr_refs[317]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[157].result_keys_ref, expr_refs[318]),
            .result_key_count = 1,
        },
        [158] = { /* GetSpotPlacementScores */
            .name_ref = PREF(paginators[158].name_ref, strings[4606]),
            .operation = 609,
            .input_tokens_ref = PREF(paginators[158].input_tokens_ref, input_tokens[158]),
            .output_tokens_ref = PREF(paginators[158].output_tokens_ref, expr_refs[319]),
            .token_count = 1,
            .limit_key = 7,
            .result_keys_ref = PREF(paginators[158].result_keys_ref, expr_refs[320]),
            .result_key_count = 1,
        },
        [159] = { /* GetTransitGatewayAttachmentPropagations */
            .name_ref = PREF(paginators[159].name_ref, strings[4629]),
            .operation = 611,
            .input_tokens_ref = PREF(paginators[159].input_tokens_ref, input_tokens[159]),
            .output_tokens_ref = PREF(paginators[159].output_tokens_ref, expr_refs[321]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[159].result_keys_ref, expr_refs[322]),
            .result_key_count = 1,
        },
        [160] = { /* GetTransitGatewayMulticastDomainAssociations */
            .name_ref = PREF(paginators[160].name_ref, strings[4669]),
            .operation = 613,
            .input_tokens_ref = PREF(paginators[160].input_tokens_ref, input_tokens[160]),
            .output_tokens_ref = PREF(paginators[160].output_tokens_ref, expr_refs[323]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[160].result_keys_ref, expr_refs[324]),
            .result_key_count = 1,
        },
        [161] = { /* GetTransitGatewayPolicyTableAssociations */
            .name_ref = PREF(paginators[161].name_ref, strings[4714]),
            .operation = 614,
            .input_tokens_ref = PREF(paginators[161].input_tokens_ref, input_tokens[161]),
            .output_tokens_ref = PREF(paginators[161].output_tokens_ref, expr_refs[325]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[161].result_keys_ref, expr_refs[326]),
            .result_key_count = 1,
        },
        [162] = { /* GetTransitGatewayPolicyTableEntries */
            .name_ref = PREF(paginators[162].name_ref, strings[4755]),
            .operation = 615,
            .input_tokens_ref = PREF(paginators[162].input_tokens_ref, input_tokens[162]),
            .output_tokens_ref = PREF(paginators[162].output_tokens_ref, expr_refs[327]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[162].result_keys_ref, expr_refs[328]),
            .result_key_count = 1,
        },
        [163] = { /* GetTransitGatewayPrefixListReferences */
            .name_ref = PREF(paginators[163].name_ref, strings[4791]),
            .operation = 616,
            .input_tokens_ref = PREF(paginators[163].input_tokens_ref, input_tokens[163]),
            .output_tokens_ref = PREF(paginators[163].output_tokens_ref, expr_refs[329]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[163].result_keys_ref, expr_refs[330]),
            .result_key_count = 1,
        },
        [164] = { /* GetTransitGatewayRouteTableAssociations */
            .name_ref = PREF(paginators[164].name_ref, strings[4829]),
            .operation = 617,
            .input_tokens_ref = PREF(paginators[164].input_tokens_ref, input_tokens[164]),
            .output_tokens_ref = PREF(paginators[164].output_tokens_ref, expr_refs[331]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[164].result_keys_ref, expr_refs[332]),
            .result_key_count = 1,
        },
        [165] = { /* GetTransitGatewayRouteTablePropagations */
            .name_ref = PREF(paginators[165].name_ref, strings[4869]),
            .operation = 618,
            .input_tokens_ref = PREF(paginators[165].input_tokens_ref, input_tokens[165]),
            .output_tokens_ref = PREF(paginators[165].output_tokens_ref, expr_refs[333]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[165].result_keys_ref, expr_refs[334]),
            .result_key_count = 1,
        },
        [166] = { /* GetVpnConnectionDeviceTypes */
            .name_ref = PREF(paginators[166].name_ref, strings[4909]),
            .operation = 624,
            .input_tokens_ref = PREF(paginators[166].input_tokens_ref, input_tokens[166]),
            .output_tokens_ref = PREF(paginators[166].output_tokens_ref, expr_refs[335]),
            .token_count = 1,
            .limit_key = 0,
            .result_keys_ref = PREF(paginators[166].result_keys_ref, expr_refs[336]),
            .result_key_count = 1,
        },
        [167] = { /* ListImagesInRecycleBin */
            .name_ref = PREF(paginators[167].name_ref, strings[4937]),
            .operation = 632,
            .input_tokens_ref = PREF(paginators[167].input_tokens_ref, input_tokens[167]),
            .output_tokens_ref = PREF(paginators[167].output_tokens_ref, expr_refs[337]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[167].result_keys_ref, expr_refs[338]),
            .result_key_count = 1,
        },
        [168] = { /* ListSnapshotsInRecycleBin */
            .name_ref = PREF(paginators[168].name_ref, strings[4960]),
            .operation = 633,
            .input_tokens_ref = PREF(paginators[168].input_tokens_ref, input_tokens[168]),
            .output_tokens_ref = PREF(paginators[168].output_tokens_ref, expr_refs[339]),
            .token_count = 1,
            .limit_key = 0,
            .result_keys_ref = PREF(paginators[168].result_keys_ref, expr_refs[340]),
            .result_key_count = 1,
        },
        [169] = { /* SearchLocalGatewayRoutes */
            .name_ref = PREF(paginators[169].name_ref, strings[4986]),
            .operation = 777,
            .input_tokens_ref = PREF(paginators[169].input_tokens_ref, input_tokens[169]),
            .output_tokens_ref = PREF(paginators[169].output_tokens_ref, expr_refs[341]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[169].result_keys_ref, expr_refs[342]),
            .result_key_count = 1,
        },
        [170] = { /* SearchTransitGatewayMulticastGroups */
            .name_ref = PREF(paginators[170].name_ref, strings[5011]),
            .operation = 778,
            .input_tokens_ref = PREF(paginators[170].input_tokens_ref, input_tokens[170]),
            .output_tokens_ref = PREF(paginators[170].output_tokens_ref, expr_refs[343]),
            .token_count = 1,
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[170].result_keys_ref, expr_refs[344]),
            .result_key_count = 1,
        },
        [171] = { /* SearchTransitGatewayRoutes */
            .name_ref = PREF(paginators[171].name_ref, strings[5047]),
            .operation = 779,
            .input_tokens_ref = PREF(paginators[171].input_tokens_ref, input_tokens[171]),
            .output_tokens_ref = PREF(paginators[171].output_tokens_ref, expr_refs[345]),
            .token_count = 1,
            .more_results_ref = PREF(paginators[171].more_results_ref, exprs[170]),
            .limit_key = 2,
            .result_keys_ref = PREF(paginators[171].result_keys_ref, expr_refs[346]),
            .result_key_count = 1,
        },
    },
    .input_tokens = {
        1, /* NextToken */
        2, /* NextToken */
        1, /* NextToken */
        2, /* NextToken */
        1, /* NextToken */
        3, /* NextToken */
        6, /* NextToken */
        1, /* NextToken */
        1, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        1, /* NextToken */
        1, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        1, /* NextToken */
        3, /* NextToken */
        4, /* NextToken */
        3, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        4, /* NextToken */
        4, /* NextToken */
        4, /* NextToken */
        3, /* NextToken */
        1, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        6, /* NextToken */
        4, /* NextToken */
        4, /* NextToken */
        2, /* NextToken */
        4, /* NextToken */
        4, /* NextToken */
        3, /* NextToken */
        2, /* NextToken */
        1, /* NextToken */
        4, /* NextToken */
        4, /* NextToken */
        4, /* NextToken */
        0, /* NextToken */
        4, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        1, /* NextToken */
        6, /* NextToken */
        4, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        4, /* NextToken */
        3, /* NextToken */
        2, /* NextToken */
        4, /* NextToken */
        0, /* NextToken */
        7, /* NextToken */
        4, /* NextToken */
        7, /* NextToken */
        4, /* NextToken */
        2, /* NextToken */
        0, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        1, /* NextToken */
        3, /* NextToken */
        1, /* NextToken */
        14, /* NextToken */
        1, /* NextToken */
        1, /* NextToken */
        1, /* NextToken */
        0, /* NextToken */
        6, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        1, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        1, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        0, /* NextToken */
        9, /* NextToken */
        2, /* NextToken */
        3, /* NextToken */
        2, /* NextToken */
        3, /* NextToken */
        4, /* NextToken */
        4, /* NextToken */
        4, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        4, /* NextToken */
        3, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        2, /* NextToken */
        1, /* NextToken */
        4, /* NextToken */
        3, /* NextToken */
        2, /* NextToken */
        4, /* NextToken */
        3, /* NextToken */
        4, /* NextToken */
        4, /* NextToken */
        4, /* NextToken */
        4, /* NextToken */
        0, /* NextToken */
        2, /* NextToken */
        3, /* NextToken */
        1, /* NextToken */
        4, /* NextToken */
        7, /* NextToken */
        6, /* NextToken */
        1, /* NextToken */
        1, /* NextToken */
        5, /* NextToken */
        7, /* NextToken */
        4, /* NextToken */
        4, /* NextToken */
        5, /* NextToken */
        4, /* NextToken */
        4, /* NextToken */
        4, /* NextToken */
        5, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        4, /* NextToken */
        2, /* NextToken */
        1, /* NextToken */
        8, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        1, /* NextToken */
        1, /* NextToken */
        1, /* NextToken */
        3, /* NextToken */
        3, /* NextToken */
        4, /* NextToken */
    },
    .expr_refs = {
        PREF(expr_refs[0], exprs[0]), /* NextToken */
        PREF(expr_refs[1], exprs[1]), /* AddressTransfers */
        PREF(expr_refs[2], exprs[0]), /* NextToken */
        PREF(expr_refs[3], exprs[2]), /* Addresses */
        PREF(expr_refs[4], exprs[3]), /* NextToken */
        PREF(expr_refs[5], exprs[4]), /* Subscriptions */
        PREF(expr_refs[6], exprs[0]), /* NextToken */
        PREF(expr_refs[7], exprs[5]), /* ByoipCidrs */
        PREF(expr_refs[8], exprs[0]), /* NextToken */
        PREF(expr_refs[9], exprs[6]), /* CapacityBlockExtensions */
        PREF(expr_refs[10], exprs[0]), /* NextToken */
        PREF(expr_refs[11], exprs[7]), /* CapacityBlockExtensionOfferings */
        PREF(expr_refs[12], exprs[0]), /* NextToken */
        PREF(expr_refs[13], exprs[8]), /* CapacityBlockOfferings */
        PREF(expr_refs[14], exprs[0]), /* NextToken */
        PREF(expr_refs[15], exprs[9]), /* CapacityBlockStatuses */
        PREF(expr_refs[16], exprs[0]), /* NextToken */
        PREF(expr_refs[17], exprs[10]), /* CapacityBlocks */
        PREF(expr_refs[18], exprs[0]), /* NextToken */
        PREF(expr_refs[19], exprs[11]), /* CapacityManagerDataExports */
        PREF(expr_refs[20], exprs[3]), /* NextToken */
        PREF(expr_refs[21], exprs[12]), /* CapacityReservationBillingRequests */
        PREF(expr_refs[22], exprs[0]), /* NextToken */
        PREF(expr_refs[23], exprs[13]), /* CapacityReservationFleets */
        PREF(expr_refs[24], exprs[3]), /* NextToken */
        PREF(expr_refs[25], exprs[14]), /* CapacityReservations */
        PREF(expr_refs[26], exprs[0]), /* NextToken */
        PREF(expr_refs[27], exprs[15]), /* CarrierGateways */
        PREF(expr_refs[28], exprs[0]), /* NextToken */
        PREF(expr_refs[29], exprs[16]), /* Instances */
        PREF(expr_refs[30], exprs[0]), /* NextToken */
        PREF(expr_refs[31], exprs[17]), /* AuthorizationRules */
        PREF(expr_refs[32], exprs[0]), /* NextToken */
        PREF(expr_refs[33], exprs[18]), /* Connections */
        PREF(expr_refs[34], exprs[0]), /* NextToken */
        PREF(expr_refs[35], exprs[19]), /* ClientVpnEndpoints */
        PREF(expr_refs[36], exprs[0]), /* NextToken */
        PREF(expr_refs[37], exprs[20]), /* Routes */
        PREF(expr_refs[38], exprs[0]), /* NextToken */
        PREF(expr_refs[39], exprs[21]), /* ClientVpnTargetNetworks */
        PREF(expr_refs[40], exprs[0]), /* NextToken */
        PREF(expr_refs[41], exprs[22]), /* CoipPools */
        PREF(expr_refs[42], exprs[3]), /* NextToken */
        PREF(expr_refs[43], exprs[23]), /* DhcpOptions */
        PREF(expr_refs[44], exprs[0]), /* NextToken */
        PREF(expr_refs[45], exprs[24]), /* EgressOnlyInternetGateways */
        PREF(expr_refs[46], exprs[0]), /* NextToken */
        PREF(expr_refs[47], exprs[25]), /* ExportImageTasks */
        PREF(expr_refs[48], exprs[0]), /* NextToken */
        PREF(expr_refs[49], exprs[26]), /* FastLaunchImages */
        PREF(expr_refs[50], exprs[0]), /* NextToken */
        PREF(expr_refs[51], exprs[27]), /* FastSnapshotRestores */
        PREF(expr_refs[52], exprs[3]), /* NextToken */
        PREF(expr_refs[53], exprs[28]), /* Fleets */
        PREF(expr_refs[54], exprs[0]), /* NextToken */
        PREF(expr_refs[55], exprs[29]), /* FlowLogs */
        PREF(expr_refs[56], exprs[0]), /* NextToken */
        PREF(expr_refs[57], exprs[30]), /* FpgaImages */
        PREF(expr_refs[58], exprs[3]), /* NextToken */
        PREF(expr_refs[59], exprs[31]), /* OfferingSet */
        PREF(expr_refs[60], exprs[0]), /* NextToken */
        PREF(expr_refs[61], exprs[32]), /* HostReservationSet */
        PREF(expr_refs[62], exprs[0]), /* NextToken */
        PREF(expr_refs[63], exprs[33]), /* Hosts */
        PREF(expr_refs[64], exprs[0]), /* NextToken */
        PREF(expr_refs[65], exprs[34]), /* IamInstanceProfileAssociations */
        PREF(expr_refs[66], exprs[3]), /* NextToken */
        PREF(expr_refs[67], exprs[35]), /* ImageReferences */
        PREF(expr_refs[68], exprs[3]), /* NextToken */
        PREF(expr_refs[69], exprs[36]), /* ImageUsageReportEntries */
        PREF(expr_refs[70], exprs[3]), /* NextToken */
        PREF(expr_refs[71], exprs[37]), /* ImageUsageReports */
        PREF(expr_refs[72], exprs[3]), /* NextToken */
        PREF(expr_refs[73], exprs[38]), /* Images */
        PREF(expr_refs[74], exprs[0]), /* NextToken */
        PREF(expr_refs[75], exprs[39]), /* ImportImageTasks */
        PREF(expr_refs[76], exprs[0]), /* NextToken */
        PREF(expr_refs[77], exprs[40]), /* ImportSnapshotTasks */
        PREF(expr_refs[78], exprs[0]), /* NextToken */
        PREF(expr_refs[79], exprs[41]), /* InstanceConnectEndpoints */
        PREF(expr_refs[80], exprs[0]), /* NextToken */
        PREF(expr_refs[81], exprs[42]), /* InstanceCreditSpecifications */
        PREF(expr_refs[82], exprs[0]), /* NextToken */
        PREF(expr_refs[83], exprs[43]), /* InstanceEventWindows */
        PREF(expr_refs[84], exprs[0]), /* NextToken */
        PREF(expr_refs[85], exprs[44]), /* InstanceImageMetadata */
        PREF(expr_refs[86], exprs[0]), /* NextToken */
        PREF(expr_refs[87], exprs[45]), /* InstanceStatuses */
        PREF(expr_refs[88], exprs[0]), /* NextToken */
        PREF(expr_refs[89], exprs[16]), /* Instances */
        PREF(expr_refs[90], exprs[0]), /* NextToken */
        PREF(expr_refs[91], exprs[46]), /* InstanceTypeOfferings */
        PREF(expr_refs[92], exprs[0]), /* NextToken */
        PREF(expr_refs[93], exprs[47]), /* InstanceTypes */
        PREF(expr_refs[94], exprs[3]), /* NextToken */
        PREF(expr_refs[95], exprs[48]), /* Reservations */
        PREF(expr_refs[96], exprs[0]), /* NextToken */
        PREF(expr_refs[97], exprs[49]), /* InternetGateways */
        PREF(expr_refs[98], exprs[0]), /* NextToken */
        PREF(expr_refs[99], exprs[50]), /* IpamPoolAllocations */
        PREF(expr_refs[100], exprs[3]), /* NextToken */
        PREF(expr_refs[101], exprs[51]), /* IpamPools */
        PREF(expr_refs[102], exprs[3]), /* NextToken */
        PREF(expr_refs[103], exprs[52]), /* IpamPrefixListResolverTargets */
        PREF(expr_refs[104], exprs[3]), /* NextToken */
        PREF(expr_refs[105], exprs[53]), /* IpamPrefixListResolvers */
        PREF(expr_refs[106], exprs[0]), /* NextToken */
        PREF(expr_refs[107], exprs[54]), /* IpamResourceDiscoveries */
        PREF(expr_refs[108], exprs[0]), /* NextToken */
        PREF(expr_refs[109], exprs[55]), /* IpamResourceDiscoveryAssociations */
        PREF(expr_refs[110], exprs[3]), /* NextToken */
        PREF(expr_refs[111], exprs[56]), /* IpamScopes */
        PREF(expr_refs[112], exprs[3]), /* NextToken */
        PREF(expr_refs[113], exprs[57]), /* Ipams */
        PREF(expr_refs[114], exprs[0]), /* NextToken */
        PREF(expr_refs[115], exprs[58]), /* Ipv6Pools */
        PREF(expr_refs[116], exprs[0]), /* NextToken */
        PREF(expr_refs[117], exprs[59]), /* LaunchTemplateVersions */
        PREF(expr_refs[118], exprs[0]), /* NextToken */
        PREF(expr_refs[119], exprs[60]), /* LaunchTemplates */
        PREF(expr_refs[120], exprs[0]), /* NextToken */
        PREF(expr_refs[121], exprs[61]), /* LocalGatewayRouteTableVirtualInterfaceGroupAssociations */
        PREF(expr_refs[122], exprs[0]), /* NextToken */
        PREF(expr_refs[123], exprs[62]), /* LocalGatewayRouteTableVpcAssociations */
        PREF(expr_refs[124], exprs[0]), /* NextToken */
        PREF(expr_refs[125], exprs[63]), /* LocalGatewayRouteTables */
        PREF(expr_refs[126], exprs[0]), /* NextToken */
        PREF(expr_refs[127], exprs[64]), /* LocalGatewayVirtualInterfaceGroups */
        PREF(expr_refs[128], exprs[0]), /* NextToken */
        PREF(expr_refs[129], exprs[65]), /* LocalGatewayVirtualInterfaces */
        PREF(expr_refs[130], exprs[0]), /* NextToken */
        PREF(expr_refs[131], exprs[66]), /* LocalGateways */
        PREF(expr_refs[132], exprs[0]), /* NextToken */
        PREF(expr_refs[133], exprs[67]), /* MacHosts */
        PREF(expr_refs[134], exprs[0]), /* NextToken */
        PREF(expr_refs[135], exprs[68]), /* MacModificationTasks */
        PREF(expr_refs[136], exprs[3]), /* NextToken */
        PREF(expr_refs[137], exprs[69]), /* PrefixLists */
        PREF(expr_refs[138], exprs[0]), /* NextToken */
        PREF(expr_refs[139], exprs[70]), /* MovingAddressStatuses */
        PREF(expr_refs[140], exprs[0]), /* NextToken */
        PREF(expr_refs[141], exprs[71]), /* NatGateways */
        PREF(expr_refs[142], exprs[0]), /* NextToken */
        PREF(expr_refs[143], exprs[72]), /* NetworkAcls */
        PREF(expr_refs[144], exprs[0]), /* NextToken */
        PREF(expr_refs[145], exprs[73]), /* NetworkInsightsAccessScopeAnalyses */
        PREF(expr_refs[146], exprs[0]), /* NextToken */
        PREF(expr_refs[147], exprs[74]), /* NetworkInsightsAccessScopes */
        PREF(expr_refs[148], exprs[0]), /* NextToken */
        PREF(expr_refs[149], exprs[75]), /* NetworkInsightsAnalyses */
        PREF(expr_refs[150], exprs[0]), /* NextToken */
        PREF(expr_refs[151], exprs[76]), /* NetworkInsightsPaths */
        PREF(expr_refs[152], exprs[0]), /* NextToken */
        PREF(expr_refs[153], exprs[77]), /* NetworkInterfacePermissions */
        PREF(expr_refs[154], exprs[0]), /* NextToken */
        PREF(expr_refs[155], exprs[78]), /* NetworkInterfaces */
        PREF(expr_refs[156], exprs[3]), /* NextToken */
        PREF(expr_refs[157], exprs[69]), /* PrefixLists */
        PREF(expr_refs[158], exprs[0]), /* NextToken */
        PREF(expr_refs[159], exprs[79]), /* Principals */
        PREF(expr_refs[160], exprs[0]), /* NextToken */
        PREF(expr_refs[161], exprs[80]), /* PublicIpv4Pools */
        PREF(expr_refs[162], exprs[0]), /* NextToken */
        PREF(expr_refs[163], exprs[81]), /* ReplaceRootVolumeTasks */
        PREF(expr_refs[164], exprs[3]), /* NextToken */
        PREF(expr_refs[165], exprs[82]), /* ReservedInstancesModifications */
        PREF(expr_refs[166], exprs[3]), /* NextToken */
        PREF(expr_refs[167], exprs[83]), /* ReservedInstancesOfferings */
        PREF(expr_refs[168], exprs[0]), /* NextToken */
        PREF(expr_refs[169], exprs[84]), /* RouteServerEndpoints */
        PREF(expr_refs[170], exprs[0]), /* NextToken */
        PREF(expr_refs[171], exprs[85]), /* RouteServerPeers */
        PREF(expr_refs[172], exprs[0]), /* NextToken */
        PREF(expr_refs[173], exprs[86]), /* RouteServers */
        PREF(expr_refs[174], exprs[0]), /* NextToken */
        PREF(expr_refs[175], exprs[87]), /* RouteTables */
        PREF(expr_refs[176], exprs[3]), /* NextToken */
        PREF(expr_refs[177], exprs[88]), /* ScheduledInstanceAvailabilitySet */
        PREF(expr_refs[178], exprs[3]), /* NextToken */
        PREF(expr_refs[179], exprs[89]), /* ScheduledInstanceSet */
        PREF(expr_refs[180], exprs[0]), /* NextToken */
        PREF(expr_refs[181], exprs[90]), /* SecondaryInterfaces */
        PREF(expr_refs[182], exprs[0]), /* NextToken */
        PREF(expr_refs[183], exprs[91]), /* SecondaryNetworks */
        PREF(expr_refs[184], exprs[0]), /* NextToken */
        PREF(expr_refs[185], exprs[92]), /* SecondarySubnets */
        PREF(expr_refs[186], exprs[0]), /* NextToken */
        PREF(expr_refs[187], exprs[93]), /* SecurityGroupRules */
        PREF(expr_refs[188], exprs[0]), /* NextToken */
        PREF(expr_refs[189], exprs[94]), /* SecurityGroupVpcAssociations */
        PREF(expr_refs[190], exprs[3]), /* NextToken */
        PREF(expr_refs[191], exprs[95]), /* SecurityGroups */
        PREF(expr_refs[192], exprs[0]), /* NextToken */
        PREF(expr_refs[193], exprs[96]), /* SnapshotTierStatuses */
        PREF(expr_refs[194], exprs[3]), /* NextToken */
        PREF(expr_refs[195], exprs[97]), /* Snapshots */
        PREF(expr_refs[196], exprs[0]), /* NextToken */
        PREF(expr_refs[197], exprs[98]), /* ActiveInstances */
        PREF(expr_refs[198], exprs[3]), /* NextToken */
        PREF(expr_refs[199], exprs[99]), /* SpotFleetRequestConfigs */
        PREF(expr_refs[200], exprs[0]), /* NextToken */
        PREF(expr_refs[201], exprs[100]), /* SpotInstanceRequests */
        PREF(expr_refs[202], exprs[3]), /* NextToken */
        PREF(expr_refs[203], exprs[101]), /* SpotPriceHistory */
        PREF(expr_refs[204], exprs[3]), /* NextToken */
        PREF(expr_refs[205], exprs[102]), /* StaleSecurityGroupSet */
        PREF(expr_refs[206], exprs[0]), /* NextToken */
        PREF(expr_refs[207], exprs[103]), /* StoreImageTaskResults */
        PREF(expr_refs[208], exprs[3]), /* NextToken */
        PREF(expr_refs[209], exprs[104]), /* Subnets */
        PREF(expr_refs[210], exprs[3]), /* NextToken */
        PREF(expr_refs[211], exprs[105]), /* Tags */
        PREF(expr_refs[212], exprs[0]), /* NextToken */
        PREF(expr_refs[213], exprs[106]), /* TrafficMirrorFilters */
        PREF(expr_refs[214], exprs[0]), /* NextToken */
        PREF(expr_refs[215], exprs[107]), /* TrafficMirrorSessions */
        PREF(expr_refs[216], exprs[0]), /* NextToken */
        PREF(expr_refs[217], exprs[108]), /* TrafficMirrorTargets */
        PREF(expr_refs[218], exprs[0]), /* NextToken */
        PREF(expr_refs[219], exprs[109]), /* TransitGatewayAttachments */
        PREF(expr_refs[220], exprs[0]), /* NextToken */
        PREF(expr_refs[221], exprs[110]), /* TransitGatewayConnectPeers */
        PREF(expr_refs[222], exprs[0]), /* NextToken */
        PREF(expr_refs[223], exprs[111]), /* TransitGatewayConnects */
        PREF(expr_refs[224], exprs[0]), /* NextToken */
        PREF(expr_refs[225], exprs[112]), /* TransitGatewayMulticastDomains */
        PREF(expr_refs[226], exprs[0]), /* NextToken */
        PREF(expr_refs[227], exprs[113]), /* TransitGatewayPeeringAttachments */
        PREF(expr_refs[228], exprs[0]), /* NextToken */
        PREF(expr_refs[229], exprs[114]), /* TransitGatewayPolicyTables */
        PREF(expr_refs[230], exprs[0]), /* NextToken */
        PREF(expr_refs[231], exprs[115]), /* TransitGatewayRouteTableAnnouncements */
        PREF(expr_refs[232], exprs[0]), /* NextToken */
        PREF(expr_refs[233], exprs[116]), /* TransitGatewayRouteTables */
        PREF(expr_refs[234], exprs[0]), /* NextToken */
        PREF(expr_refs[235], exprs[117]), /* TransitGatewayVpcAttachments */
        PREF(expr_refs[236], exprs[0]), /* NextToken */
        PREF(expr_refs[237], exprs[118]), /* TransitGateways */
        PREF(expr_refs[238], exprs[0]), /* NextToken */
        PREF(expr_refs[239], exprs[119]), /* InterfaceAssociations */
        PREF(expr_refs[240], exprs[0]), /* NextToken */
        PREF(expr_refs[241], exprs[120]), /* VerifiedAccessEndpoints */
        PREF(expr_refs[242], exprs[0]), /* NextToken */
        PREF(expr_refs[243], exprs[121]), /* VerifiedAccessGroups */
        PREF(expr_refs[244], exprs[0]), /* NextToken */
        PREF(expr_refs[245], exprs[122]), /* LoggingConfigurations */
        PREF(expr_refs[246], exprs[0]), /* NextToken */
        PREF(expr_refs[247], exprs[123]), /* VerifiedAccessInstances */
        PREF(expr_refs[248], exprs[0]), /* NextToken */
        PREF(expr_refs[249], exprs[124]), /* VerifiedAccessTrustProviders */
        PREF(expr_refs[250], exprs[3]), /* NextToken */
        PREF(expr_refs[251], exprs[125]), /* VolumeStatuses */
        PREF(expr_refs[252], exprs[3]), /* NextToken */
        PREF(expr_refs[253], exprs[126]), /* Volumes */
        PREF(expr_refs[254], exprs[3]), /* NextToken */
        PREF(expr_refs[255], exprs[127]), /* VolumesModifications */
        PREF(expr_refs[256], exprs[3]), /* NextToken */
        PREF(expr_refs[257], exprs[128]), /* Vpcs */
        PREF(expr_refs[258], exprs[0]), /* NextToken */
        PREF(expr_refs[259], exprs[129]), /* ConnectionNotificationSet */
        PREF(expr_refs[260], exprs[0]), /* NextToken */
        PREF(expr_refs[261], exprs[130]), /* VpcEndpointConnections */
        PREF(expr_refs[262], exprs[0]), /* NextToken */
        PREF(expr_refs[263], exprs[131]), /* ServiceConfigurations */
        PREF(expr_refs[264], exprs[0]), /* NextToken */
        PREF(expr_refs[265], exprs[132]), /* AllowedPrincipals */
        PREF(expr_refs[266], exprs[133]), /* NextToken */
        PREF(expr_refs[267], exprs[134]), /* ServiceDetails */
        PREF(expr_refs[268], exprs[135]), /* ServiceNames */
        PREF(expr_refs[269], exprs[0]), /* NextToken */
        PREF(expr_refs[270], exprs[136]), /* VpcEndpoints */
        PREF(expr_refs[271], exprs[0]), /* NextToken */
        PREF(expr_refs[272], exprs[137]), /* VpcPeeringConnections */
        PREF(expr_refs[273], exprs[3]), /* NextToken */
        PREF(expr_refs[274], exprs[128]), /* Vpcs */
        PREF(expr_refs[275], exprs[0]), /* NextToken */
        PREF(expr_refs[276], exprs[138]), /* VpnConcentrators */
        PREF(expr_refs[277], exprs[0]), /* NextToken */
        PREF(expr_refs[278], exprs[139]), /* Ipv6CidrAssociations */
        PREF(expr_refs[279], exprs[0]), /* NextToken */
        PREF(expr_refs[280], exprs[140]), /* DataResponses */
        PREF(expr_refs[281], exprs[0]), /* NextToken */
        PREF(expr_refs[282], exprs[141]), /* MetricDataResults */
        PREF(expr_refs[283], exprs[0]), /* NextToken */
        PREF(expr_refs[284], exprs[142]), /* MetricDimensionResults */
        PREF(expr_refs[285], exprs[0]), /* NextToken */
        PREF(expr_refs[286], exprs[143]), /* CapacityManagerTagKeys */
        PREF(expr_refs[287], exprs[3]), /* NextToken */
        PREF(expr_refs[288], exprs[144]), /* CapacityReservationGroups */
        PREF(expr_refs[289], exprs[0]), /* NextToken */
        PREF(expr_refs[290], exprs[47]), /* InstanceTypes */
        PREF(expr_refs[291], exprs[0]), /* NextToken */
        PREF(expr_refs[292], exprs[145]), /* HistoryRecords */
        PREF(expr_refs[293], exprs[0]), /* NextToken */
        PREF(expr_refs[294], exprs[146]), /* IpamDiscoveredAccounts */
        PREF(expr_refs[295], exprs[0]), /* NextToken */
        PREF(expr_refs[296], exprs[147]), /* IpamDiscoveredResourceCidrs */
        PREF(expr_refs[297], exprs[0]), /* NextToken */
        PREF(expr_refs[298], exprs[50]), /* IpamPoolAllocations */
        PREF(expr_refs[299], exprs[0]), /* NextToken */
        PREF(expr_refs[300], exprs[148]), /* IpamPoolCidrs */
        PREF(expr_refs[301], exprs[0]), /* NextToken */
        PREF(expr_refs[302], exprs[149]), /* Rules */
        PREF(expr_refs[303], exprs[0]), /* NextToken */
        PREF(expr_refs[304], exprs[150]), /* Entries */
        PREF(expr_refs[305], exprs[0]), /* NextToken */
        PREF(expr_refs[306], exprs[151]), /* IpamPrefixListResolverVersions */
        PREF(expr_refs[307], exprs[3]), /* NextToken */
        PREF(expr_refs[308], exprs[152]), /* IpamResourceCidrs */
        PREF(expr_refs[309], exprs[0]), /* NextToken */
        PREF(expr_refs[310], exprs[153]), /* PrefixListAssociations */
        PREF(expr_refs[311], exprs[0]), /* NextToken */
        PREF(expr_refs[312], exprs[150]), /* Entries */
        PREF(expr_refs[313], exprs[154]), /* NextToken */
        PREF(expr_refs[314], exprs[155]), /* AnalysisFindings */
        PREF(expr_refs[315], exprs[156]), /* AnalysisStatus */
        PREF(expr_refs[316], exprs[157]), /* NetworkInsightsAccessScopeAnalysisId */
        PREF(expr_refs[317], exprs[3]), /* NextToken */
        PREF(expr_refs[318], exprs[158]), /* SecurityGroupForVpcs */
        PREF(expr_refs[319], exprs[0]), /* NextToken */
        PREF(expr_refs[320], exprs[159]), /* SpotPlacementScores */
        PREF(expr_refs[321], exprs[0]), /* NextToken */
        PREF(expr_refs[322], exprs[160]), /* TransitGatewayAttachmentPropagations */
        PREF(expr_refs[323], exprs[0]), /* NextToken */
        PREF(expr_refs[324], exprs[161]), /* MulticastDomainAssociations */
        PREF(expr_refs[325], exprs[0]), /* NextToken */
        PREF(expr_refs[326], exprs[162]), /* Associations */
        PREF(expr_refs[327], exprs[0]), /* NextToken */
        PREF(expr_refs[328], exprs[163]), /* TransitGatewayPolicyTableEntries */
        PREF(expr_refs[329], exprs[0]), /* NextToken */
        PREF(expr_refs[330], exprs[164]), /* TransitGatewayPrefixListReferences */
        PREF(expr_refs[331], exprs[0]), /* NextToken */
        PREF(expr_refs[332], exprs[162]), /* Associations */
        PREF(expr_refs[333], exprs[0]), /* NextToken */
        PREF(expr_refs[334], exprs[165]), /* TransitGatewayRouteTablePropagations */
        PREF(expr_refs[335], exprs[0]), /* NextToken */
        PREF(expr_refs[336], exprs[166]), /* VpnConnectionDeviceTypes */
        PREF(expr_refs[337], exprs[0]), /* NextToken */
        PREF(expr_refs[338], exprs[167]), /* Images */
        PREF(expr_refs[339], exprs[0]), /* NextToken */
        PREF(expr_refs[340], exprs[168]), /* Snapshots */
        PREF(expr_refs[341], exprs[0]), /* NextToken */
        PREF(expr_refs[342], exprs[20]), /* Routes */
        PREF(expr_refs[343], exprs[0]), /* NextToken */
        PREF(expr_refs[344], exprs[169]), /* MulticastGroups */
        PREF(expr_refs[345], exprs[133]), /* NextToken */
        PREF(expr_refs[346], exprs[20]), /* Routes */
    },
#endif
#if AWSC_WITH_WAITERS
    .waiters = {
        [0] = { /* BundleTaskComplete */
            .name_ref = PREF(waiters[0].name_ref, strings[5074]),
            .operation = 290,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[0].acceptors_ref, acceptors[0]),
            .acceptor_count = 2,
        },
        [1] = { /* ConversionTaskCancelled */
            .name_ref = PREF(waiters[1].name_ref, strings[5109]),
            .operation = 311,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[1].acceptors_ref, acceptors[2]),
            .acceptor_count = 1,
        },
        [2] = { /* ConversionTaskCompleted */
            .name_ref = PREF(waiters[2].name_ref, strings[5143]),
            .operation = 311,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[2].acceptors_ref, acceptors[3]),
            .acceptor_count = 3,
        },
        [3] = { /* ConversionTaskDeleted */
            .name_ref = PREF(waiters[3].name_ref, strings[5188]),
            .operation = 311,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[3].acceptors_ref, acceptors[6]),
            .acceptor_count = 1,
        },
        [4] = { /* CustomerGatewayAvailable */
            .name_ref = PREF(waiters[4].name_ref, strings[5218]),
            .operation = 312,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[4].acceptors_ref, acceptors[7]),
            .acceptor_count = 3,
        },
        [5] = { /* ExportTaskCancelled */
            .name_ref = PREF(waiters[5].name_ref, strings[5262]),
            .operation = 318,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[5].acceptors_ref, acceptors[10]),
            .acceptor_count = 1,
        },
        [6] = { /* ExportTaskCompleted */
            .name_ref = PREF(waiters[6].name_ref, strings[5282]),
            .operation = 318,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[6].acceptors_ref, acceptors[11]),
            .acceptor_count = 1,
        },
        [7] = { /* ImageAvailable */
            .name_ref = PREF(waiters[7].name_ref, strings[5302]),
            .operation = 337,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[7].acceptors_ref, acceptors[12]),
            .acceptor_count = 2,
        },
        [8] = { /* ImageExists */
            .name_ref = PREF(waiters[8].name_ref, strings[5317]),
            .operation = 337,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[8].acceptors_ref, acceptors[14]),
            .acceptor_count = 2,
        },
        [9] = { /* ImageUsageReportAvailable */
            .name_ref = PREF(waiters[9].name_ref, strings[5351]),
            .operation = 336,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[9].acceptors_ref, acceptors[16]),
            .acceptor_count = 2,
        },
        [10] = { /* InstanceExists */
            .name_ref = PREF(waiters[10].name_ref, strings[5377]),
            .operation = 352,
            .delay = 5,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[10].acceptors_ref, acceptors[18]),
            .acceptor_count = 2,
        },
        [11] = { /* InstanceRunning */
            .name_ref = PREF(waiters[11].name_ref, strings[5419]),
            .operation = 352,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[11].acceptors_ref, acceptors[20]),
            .acceptor_count = 5,
        },
        [12] = { /* InstanceStatusOk */
            .name_ref = PREF(waiters[12].name_ref, strings[5477]),
            .operation = 348,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[12].acceptors_ref, acceptors[25]),
            .acceptor_count = 2,
        },
        [13] = { /* InstanceStopped */
            .name_ref = PREF(waiters[13].name_ref, strings[5497]),
            .operation = 352,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[13].acceptors_ref, acceptors[27]),
            .acceptor_count = 3,
        },
        [14] = { /* InstanceTerminated */
            .name_ref = PREF(waiters[14].name_ref, strings[5529]),
            .operation = 352,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[14].acceptors_ref, acceptors[30]),
            .acceptor_count = 3,
        },
        [15] = { /* InternetGatewayExists */
            .name_ref = PREF(waiters[15].name_ref, strings[5548]),
            .operation = 353,
            .delay = 5,
            .max_attempts = 6,
            .acceptors_ref = PREF(waiters[15].acceptors_ref, acceptors[33]),
            .acceptor_count = 2,
        },
        [16] = { /* KeyPairExists */
            .name_ref = PREF(waiters[16].name_ref, strings[5602]),
            .operation = 367,
            .delay = 5,
            .max_attempts = 6,
            .acceptors_ref = PREF(waiters[16].acceptors_ref, acceptors[35]),
            .acceptor_count = 2,
        },
        [17] = { /* NatGatewayAvailable */
            .name_ref = PREF(waiters[17].name_ref, strings[5640]),
            .operation = 381,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[17].acceptors_ref, acceptors[37]),
            .acceptor_count = 5,
        },
        [18] = { /* NatGatewayDeleted */
            .name_ref = PREF(waiters[18].name_ref, strings[5679]),
            .operation = 381,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[18].acceptors_ref, acceptors[42]),
            .acceptor_count = 2,
        },
        [19] = { /* NetworkInterfaceAvailable */
            .name_ref = PREF(waiters[19].name_ref, strings[5697]),
            .operation = 389,
            .delay = 20,
            .max_attempts = 10,
            .acceptors_ref = PREF(waiters[19].acceptors_ref, acceptors[44]),
            .acceptor_count = 2,
        },
        [20] = { /* PasswordDataAvailable */
            .name_ref = PREF(waiters[20].name_ref, strings[5758]),
            .operation = 601,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[20].acceptors_ref, acceptors[46]),
            .acceptor_count = 1,
        },
        [21] = { /* SecondaryNetworkCreateComplete */
            .name_ref = PREF(waiters[21].name_ref, strings[5780]),
            .operation = 408,
            .delay = 10,
            .max_attempts = 30,
            .acceptors_ref = PREF(waiters[21].acceptors_ref, acceptors[47]),
            .acceptor_count = 3,
        },
        [22] = { /* SecondaryNetworkDeleteComplete */
            .name_ref = PREF(waiters[22].name_ref, strings[5876]),
            .operation = 408,
            .delay = 10,
            .max_attempts = 30,
            .acceptors_ref = PREF(waiters[22].acceptors_ref, acceptors[50]),
            .acceptor_count = 2,
        },
        [23] = { /* SecondarySubnetCreateComplete */
            .name_ref = PREF(waiters[23].name_ref, strings[5937]),
            .operation = 409,
            .delay = 10,
            .max_attempts = 30,
            .acceptors_ref = PREF(waiters[23].acceptors_ref, acceptors[52]),
            .acceptor_count = 3,
        },
        [24] = { /* SecondarySubnetDeleteComplete */
            .name_ref = PREF(waiters[24].name_ref, strings[6001]),
            .operation = 409,
            .delay = 10,
            .max_attempts = 30,
            .acceptors_ref = PREF(waiters[24].acceptors_ref, acceptors[55]),
            .acceptor_count = 2,
        },
        [25] = { /* SecurityGroupExists */
            .name_ref = PREF(waiters[25].name_ref, strings[6031]),
            .operation = 413,
            .delay = 5,
            .max_attempts = 6,
            .acceptors_ref = PREF(waiters[25].acceptors_ref, acceptors[57]),
            .acceptor_count = 2,
        },
        [26] = { /* SecurityGroupVpcAssociationAssociated */
            .name_ref = PREF(waiters[26].name_ref, strings[6073]),
            .operation = 412,
            .delay = 10,
            .max_attempts = 7,
            .acceptors_ref = PREF(waiters[26].acceptors_ref, acceptors[59]),
            .acceptor_count = 3,
        },
        [27] = { /* SecurityGroupVpcAssociationDisassociated */
            .name_ref = PREF(waiters[27].name_ref, strings[6153]),
            .operation = 412,
            .delay = 10,
            .max_attempts = 7,
            .acceptors_ref = PREF(waiters[27].acceptors_ref, acceptors[62]),
            .acceptor_count = 4,
        },
        [28] = { /* SnapshotCompleted */
            .name_ref = PREF(waiters[28].name_ref, strings[6245]),
            .operation = 417,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[28].acceptors_ref, acceptors[66]),
            .acceptor_count = 2,
        },
        [29] = { /* SnapshotImported */
            .name_ref = PREF(waiters[29].name_ref, strings[6269]),
            .operation = 339,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[29].acceptors_ref, acceptors[68]),
            .acceptor_count = 2,
        },
        [30] = { /* SpotInstanceRequestFulfilled */
            .name_ref = PREF(waiters[30].name_ref, strings[6286]),
            .operation = 422,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[30].acceptors_ref, acceptors[70]),
            .acceptor_count = 7,
        },
        [31] = { /* StoreImageTaskComplete */
            .name_ref = PREF(waiters[31].name_ref, strings[6474]),
            .operation = 425,
            .delay = 5,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[31].acceptors_ref, acceptors[77]),
            .acceptor_count = 3,
        },
        [32] = { /* SubnetAvailable */
            .name_ref = PREF(waiters[32].name_ref, strings[6525]),
            .operation = 426,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[32].acceptors_ref, acceptors[80]),
            .acceptor_count = 1,
        },
        [33] = { /* SystemStatusOk */
            .name_ref = PREF(waiters[33].name_ref, strings[6541]),
            .operation = 348,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[33].acceptors_ref, acceptors[81]),
            .acceptor_count = 1,
        },
        [34] = { /* VolumeAvailable */
            .name_ref = PREF(waiters[34].name_ref, strings[6556]),
            .operation = 451,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[34].acceptors_ref, acceptors[82]),
            .acceptor_count = 2,
        },
        [35] = { /* VolumeDeleted */
            .name_ref = PREF(waiters[35].name_ref, strings[6572]),
            .operation = 451,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[35].acceptors_ref, acceptors[84]),
            .acceptor_count = 2,
        },
        [36] = { /* VolumeInUse */
            .name_ref = PREF(waiters[36].name_ref, strings[6609]),
            .operation = 451,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[36].acceptors_ref, acceptors[86]),
            .acceptor_count = 2,
        },
        [37] = { /* VpcAvailable */
            .name_ref = PREF(waiters[37].name_ref, strings[6628]),
            .operation = 467,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[37].acceptors_ref, acceptors[88]),
            .acceptor_count = 1,
        },
        [38] = { /* VpcExists */
            .name_ref = PREF(waiters[38].name_ref, strings[6641]),
            .operation = 467,
            .delay = 1,
            .max_attempts = 5,
            .acceptors_ref = PREF(waiters[38].acceptors_ref, acceptors[89]),
            .acceptor_count = 2,
        },
        [39] = { /* VpcPeeringConnectionDeleted */
            .name_ref = PREF(waiters[39].name_ref, strings[6673]),
            .operation = 466,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[39].acceptors_ref, acceptors[91]),
            .acceptor_count = 2,
        },
        [40] = { /* VpcPeeringConnectionExists */
            .name_ref = PREF(waiters[40].name_ref, strings[6740]),
            .operation = 466,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[40].acceptors_ref, acceptors[93]),
            .acceptor_count = 2,
        },
        [41] = { /* VpnConnectionAvailable */
            .name_ref = PREF(waiters[41].name_ref, strings[6767]),
            .operation = 469,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[41].acceptors_ref, acceptors[95]),
            .acceptor_count = 3,
        },
        [42] = { /* VpnConnectionDeleted */
            .name_ref = PREF(waiters[42].name_ref, strings[6790]),
            .operation = 469,
            .delay = 15,
            .max_attempts = 40,
            .acceptors_ref = PREF(waiters[42].acceptors_ref, acceptors[98]),
            .acceptor_count = 2,
        },
    },
    .acceptors = {
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[0].argument_ref, exprs[171]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[0].expected.string_ref, strings[5093])}}, /* BundleTaskComplete: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[1].argument_ref, exprs[171]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[1].expected.string_ref, strings[5102])}}, /* BundleTaskComplete: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[2].argument_ref, exprs[172]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[2].expected.string_ref, strings[5133])}}, /* ConversionTaskCancelled: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[3].argument_ref, exprs[172]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[3].expected.string_ref, strings[5167])}}, /* ConversionTaskCompleted: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[4].argument_ref, exprs[172]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[4].expected.string_ref, strings[5133])}}, /* ConversionTaskCompleted: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[5].argument_ref, exprs[172]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[5].expected.string_ref, strings[5177])}}, /* ConversionTaskCompleted: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[6].argument_ref, exprs[172]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[6].expected.string_ref, strings[5210])}}, /* ConversionTaskDeleted: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[7].argument_ref, exprs[173]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[7].expected.string_ref, strings[5243])}}, /* CustomerGatewayAvailable: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[8].argument_ref, exprs[173]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[8].expected.string_ref, strings[5210])}}, /* CustomerGatewayAvailable: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[9].argument_ref, exprs[173]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[9].expected.string_ref, strings[5253])}}, /* CustomerGatewayAvailable: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[10].argument_ref, exprs[174]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[10].expected.string_ref, strings[5133])}}, /* ExportTaskCancelled: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[11].argument_ref, exprs[174]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[11].expected.string_ref, strings[5167])}}, /* ExportTaskCompleted: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[12].argument_ref, exprs[175]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[12].expected.string_ref, strings[5243])}}, /* ImageAvailable: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[13].argument_ref, exprs[175]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[13].expected.string_ref, strings[5102])}}, /* ImageAvailable: pathAny failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[14].argument_ref, exprs[176]), .expected = {.type = AWSC_JP_BOOL, .boolean = true}}, /* ImageExists: path success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[15].expected.string_ref, strings[5329])}}, /* ImageExists: error retry */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[16].argument_ref, exprs[177]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[16].expected.string_ref, strings[5243])}}, /* ImageUsageReportAvailable: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[17].argument_ref, exprs[177]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[17].expected.string_ref, strings[5102])}}, /* ImageUsageReportAvailable: pathAny failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[18].argument_ref, exprs[178]), .expected = {.type = AWSC_JP_BOOL, .boolean = true}}, /* InstanceExists: path success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[19].expected.string_ref, strings[5392])}}, /* InstanceExists: error retry */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[20].argument_ref, exprs[179]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[20].expected.string_ref, strings[5435])}}, /* InstanceRunning: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[21].argument_ref, exprs[179]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[21].expected.string_ref, strings[5443])}}, /* InstanceRunning: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[22].argument_ref, exprs[179]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[22].expected.string_ref, strings[5457])}}, /* InstanceRunning: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[23].argument_ref, exprs[179]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[23].expected.string_ref, strings[5468])}}, /* InstanceRunning: pathAny failure */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[24].expected.string_ref, strings[5392])}}, /* InstanceRunning: error retry */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[25].argument_ref, exprs[180]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[25].expected.string_ref, strings[5494])}}, /* InstanceStatusOk: pathAll success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[26].expected.string_ref, strings[5392])}}, /* InstanceStatusOk: error retry */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[27].argument_ref, exprs[179]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[27].expected.string_ref, strings[5513])}}, /* InstanceStopped: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[28].argument_ref, exprs[179]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[28].expected.string_ref, strings[5521])}}, /* InstanceStopped: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[29].argument_ref, exprs[179]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[29].expected.string_ref, strings[5457])}}, /* InstanceStopped: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[30].argument_ref, exprs[179]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[30].expected.string_ref, strings[5457])}}, /* InstanceTerminated: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[31].argument_ref, exprs[179]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[31].expected.string_ref, strings[5521])}}, /* InstanceTerminated: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[32].argument_ref, exprs[179]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[32].expected.string_ref, strings[5468])}}, /* InstanceTerminated: pathAny failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[33].argument_ref, exprs[181]), .expected = {.type = AWSC_JP_BOOL, .boolean = true}}, /* InternetGatewayExists: path success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[34].expected.string_ref, strings[5570])}}, /* InternetGatewayExists: error retry */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[35].argument_ref, exprs[182]), .expected = {.type = AWSC_JP_BOOL, .boolean = true}}, /* KeyPairExists: path success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[36].expected.string_ref, strings[5616])}}, /* KeyPairExists: error retry */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[37].argument_ref, exprs[183]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[37].expected.string_ref, strings[5243])}}, /* NatGatewayAvailable: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[38].argument_ref, exprs[183]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[38].expected.string_ref, strings[5102])}}, /* NatGatewayAvailable: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[39].argument_ref, exprs[183]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[39].expected.string_ref, strings[5253])}}, /* NatGatewayAvailable: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[40].argument_ref, exprs[183]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[40].expected.string_ref, strings[5210])}}, /* NatGatewayAvailable: pathAny failure */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[41].expected.string_ref, strings[5660])}}, /* NatGatewayAvailable: error retry */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[42].argument_ref, exprs[183]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[42].expected.string_ref, strings[5210])}}, /* NatGatewayDeleted: pathAll success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[43].expected.string_ref, strings[5660])}}, /* NatGatewayDeleted: error success */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[44].argument_ref, exprs[184]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[44].expected.string_ref, strings[5243])}}, /* NetworkInterfaceAvailable: pathAll success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_FAILURE, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[45].expected.string_ref, strings[5723])}}, /* NetworkInterfaceAvailable: error failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[46].argument_ref, exprs[185]), .expected = {.type = AWSC_JP_BOOL, .boolean = true}}, /* PasswordDataAvailable: path success */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[47].argument_ref, exprs[186]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[47].expected.string_ref, strings[5811])}}, /* SecondaryNetworkCreateComplete: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[48].argument_ref, exprs[186]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[48].expected.string_ref, strings[5827])}}, /* SecondaryNetworkCreateComplete: pathAny failure */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[49].expected.string_ref, strings[5841])}}, /* SecondaryNetworkCreateComplete: error retry */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[50].argument_ref, exprs[186]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[50].expected.string_ref, strings[5907])}}, /* SecondaryNetworkDeleteComplete: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[51].argument_ref, exprs[186]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[51].expected.string_ref, strings[5923])}}, /* SecondaryNetworkDeleteComplete: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[52].argument_ref, exprs[187]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[52].expected.string_ref, strings[5811])}}, /* SecondarySubnetCreateComplete: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[53].argument_ref, exprs[187]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[53].expected.string_ref, strings[5923])}}, /* SecondarySubnetCreateComplete: pathAny failure */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[54].expected.string_ref, strings[5967])}}, /* SecondarySubnetCreateComplete: error retry */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[55].argument_ref, exprs[187]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[55].expected.string_ref, strings[5907])}}, /* SecondarySubnetDeleteComplete: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[56].argument_ref, exprs[187]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[56].expected.string_ref, strings[5923])}}, /* SecondarySubnetDeleteComplete: pathAny failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[57].argument_ref, exprs[188]), .expected = {.type = AWSC_JP_BOOL, .boolean = true}}, /* SecurityGroupExists: path success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[58].expected.string_ref, strings[6051])}}, /* SecurityGroupExists: error retry */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[59].argument_ref, exprs[189]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[59].expected.string_ref, strings[6111])}}, /* SecurityGroupVpcAssociationAssociated: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_RETRY, .argument_ref = PREF(acceptors[60].argument_ref, exprs[189]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[60].expected.string_ref, strings[6122])}}, /* SecurityGroupVpcAssociationAssociated: pathAny retry */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[61].argument_ref, exprs[189]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[61].expected.string_ref, strings[6134])}}, /* SecurityGroupVpcAssociationAssociated: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[62].argument_ref, exprs[189]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[62].expected.string_ref, strings[6194])}}, /* SecurityGroupVpcAssociationDisassociated: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_RETRY, .argument_ref = PREF(acceptors[63].argument_ref, exprs[189]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[63].expected.string_ref, strings[6208])}}, /* SecurityGroupVpcAssociationDisassociated: pathAny retry */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[64].argument_ref, exprs[189]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[64].expected.string_ref, strings[6223])}}, /* SecurityGroupVpcAssociationDisassociated: pathAny failure */
        {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[65].argument_ref, exprs[190]), .expected = {.type = AWSC_JP_BOOL, .boolean = true}}, /* SecurityGroupVpcAssociationDisassociated: path success */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[66].argument_ref, exprs[191]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[66].expected.string_ref, strings[5167])}}, /* SnapshotCompleted: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[67].argument_ref, exprs[191]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[67].expected.string_ref, strings[6263])}}, /* SnapshotCompleted: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[68].argument_ref, exprs[192]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[68].expected.string_ref, strings[5167])}}, /* SnapshotImported: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[69].argument_ref, exprs[192]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[69].expected.string_ref, strings[6263])}}, /* SnapshotImported: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[70].argument_ref, exprs[193]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[70].expected.string_ref, strings[6315])}}, /* SpotInstanceRequestFulfilled: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[71].argument_ref, exprs[193]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[71].expected.string_ref, strings[6325])}}, /* SpotInstanceRequestFulfilled: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[72].argument_ref, exprs[193]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[72].expected.string_ref, strings[6363])}}, /* SpotInstanceRequestFulfilled: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[73].argument_ref, exprs[193]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[73].expected.string_ref, strings[6380])}}, /* SpotInstanceRequestFulfilled: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[74].argument_ref, exprs[193]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[74].expected.string_ref, strings[6408])}}, /* SpotInstanceRequestFulfilled: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[75].argument_ref, exprs[193]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[75].expected.string_ref, strings[6423])}}, /* SpotInstanceRequestFulfilled: pathAny failure */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[76].expected.string_ref, strings[6436])}}, /* SpotInstanceRequestFulfilled: error retry */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[77].argument_ref, exprs[194]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[77].expected.string_ref, strings[6497])}}, /* StoreImageTaskComplete: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[78].argument_ref, exprs[194]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[78].expected.string_ref, strings[6507])}}, /* StoreImageTaskComplete: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_RETRY, .argument_ref = PREF(acceptors[79].argument_ref, exprs[194]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[79].expected.string_ref, strings[6514])}}, /* StoreImageTaskComplete: pathAny retry */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[80].argument_ref, exprs[195]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[80].expected.string_ref, strings[5243])}}, /* SubnetAvailable: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[81].argument_ref, exprs[196]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[81].expected.string_ref, strings[5494])}}, /* SystemStatusOk: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[82].argument_ref, exprs[197]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[82].expected.string_ref, strings[5243])}}, /* VolumeAvailable: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[83].argument_ref, exprs[197]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[83].expected.string_ref, strings[5210])}}, /* VolumeAvailable: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[84].argument_ref, exprs[197]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[84].expected.string_ref, strings[5210])}}, /* VolumeDeleted: pathAll success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[85].expected.string_ref, strings[6586])}}, /* VolumeDeleted: error success */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[86].argument_ref, exprs[197]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[86].expected.string_ref, strings[6621])}}, /* VolumeInUse: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[87].argument_ref, exprs[197]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[87].expected.string_ref, strings[5210])}}, /* VolumeInUse: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[88].argument_ref, exprs[198]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[88].expected.string_ref, strings[5243])}}, /* VpcAvailable: pathAll success */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}}, /* VpcExists: status success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[90].expected.string_ref, strings[6651])}}, /* VpcExists: error retry */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[91].argument_ref, exprs[199]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[91].expected.string_ref, strings[5210])}}, /* VpcPeeringConnectionDeleted: pathAll success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[92].expected.string_ref, strings[6701])}}, /* VpcPeeringConnectionDeleted: error success */
        {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}}, /* VpcPeeringConnectionExists: status success */
        {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[94].expected.string_ref, strings[6701])}}, /* VpcPeeringConnectionExists: error retry */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[95].argument_ref, exprs[200]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[95].expected.string_ref, strings[5243])}}, /* VpnConnectionAvailable: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[96].argument_ref, exprs[200]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[96].expected.string_ref, strings[5253])}}, /* VpnConnectionAvailable: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[97].argument_ref, exprs[200]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[97].expected.string_ref, strings[5210])}}, /* VpnConnectionAvailable: pathAny failure */
        {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument_ref = PREF(acceptors[98].argument_ref, exprs[200]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[98].expected.string_ref, strings[5210])}}, /* VpnConnectionDeleted: pathAll success */
        {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument_ref = PREF(acceptors[99].argument_ref, exprs[200]), .expected = {.type = AWSC_JP_STRING, .string_ref = PREF(acceptors[99].expected.string_ref, strings[5521])}}, /* VpnConnectionDeleted: pathAny failure */
    },
#endif
    .exprs = {
        {.text_ref = PREF(exprs[0].text_ref, strings[6811]), .nodes_ref = PREF(exprs[0].nodes_ref, nodes[0]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[1].text_ref, strings[6821]), .nodes_ref = PREF(exprs[1].nodes_ref, nodes[1]), .node_count = 1}, /* AddressTransfers */
        {.text_ref = PREF(exprs[2].text_ref, strings[6838]), .nodes_ref = PREF(exprs[2].nodes_ref, nodes[2]), .node_count = 1}, /* Addresses */
        {.text_ref = PREF(exprs[3].text_ref, strings[6811]), .nodes_ref = PREF(exprs[3].nodes_ref, nodes[3]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[4].text_ref, strings[6848]), .nodes_ref = PREF(exprs[4].nodes_ref, nodes[4]), .node_count = 1}, /* Subscriptions */
        {.text_ref = PREF(exprs[5].text_ref, strings[6862]), .nodes_ref = PREF(exprs[5].nodes_ref, nodes[5]), .node_count = 1}, /* ByoipCidrs */
        {.text_ref = PREF(exprs[6].text_ref, strings[6873]), .nodes_ref = PREF(exprs[6].nodes_ref, nodes[6]), .node_count = 1}, /* CapacityBlockExtensions */
        {.text_ref = PREF(exprs[7].text_ref, strings[6897]), .nodes_ref = PREF(exprs[7].nodes_ref, nodes[7]), .node_count = 1}, /* CapacityBlockExtensionOfferings */
        {.text_ref = PREF(exprs[8].text_ref, strings[6929]), .nodes_ref = PREF(exprs[8].nodes_ref, nodes[8]), .node_count = 1}, /* CapacityBlockOfferings */
        {.text_ref = PREF(exprs[9].text_ref, strings[6952]), .nodes_ref = PREF(exprs[9].nodes_ref, nodes[9]), .node_count = 1}, /* CapacityBlockStatuses */
        {.text_ref = PREF(exprs[10].text_ref, strings[6974]), .nodes_ref = PREF(exprs[10].nodes_ref, nodes[10]), .node_count = 1}, /* CapacityBlocks */
        {.text_ref = PREF(exprs[11].text_ref, strings[6989]), .nodes_ref = PREF(exprs[11].nodes_ref, nodes[11]), .node_count = 1}, /* CapacityManagerDataExports */
        {.text_ref = PREF(exprs[12].text_ref, strings[7016]), .nodes_ref = PREF(exprs[12].nodes_ref, nodes[12]), .node_count = 1}, /* CapacityReservationBillingRequests */
        {.text_ref = PREF(exprs[13].text_ref, strings[7051]), .nodes_ref = PREF(exprs[13].nodes_ref, nodes[13]), .node_count = 1}, /* CapacityReservationFleets */
        {.text_ref = PREF(exprs[14].text_ref, strings[7077]), .nodes_ref = PREF(exprs[14].nodes_ref, nodes[14]), .node_count = 1}, /* CapacityReservations */
        {.text_ref = PREF(exprs[15].text_ref, strings[7098]), .nodes_ref = PREF(exprs[15].nodes_ref, nodes[15]), .node_count = 1}, /* CarrierGateways */
        {.text_ref = PREF(exprs[16].text_ref, strings[7114]), .nodes_ref = PREF(exprs[16].nodes_ref, nodes[16]), .node_count = 1}, /* Instances */
        {.text_ref = PREF(exprs[17].text_ref, strings[7124]), .nodes_ref = PREF(exprs[17].nodes_ref, nodes[17]), .node_count = 1}, /* AuthorizationRules */
        {.text_ref = PREF(exprs[18].text_ref, strings[7143]), .nodes_ref = PREF(exprs[18].nodes_ref, nodes[18]), .node_count = 1}, /* Connections */
        {.text_ref = PREF(exprs[19].text_ref, strings[7155]), .nodes_ref = PREF(exprs[19].nodes_ref, nodes[19]), .node_count = 1}, /* ClientVpnEndpoints */
        {.text_ref = PREF(exprs[20].text_ref, strings[7174]), .nodes_ref = PREF(exprs[20].nodes_ref, nodes[20]), .node_count = 1}, /* Routes */
        {.text_ref = PREF(exprs[21].text_ref, strings[7181]), .nodes_ref = PREF(exprs[21].nodes_ref, nodes[21]), .node_count = 1}, /* ClientVpnTargetNetworks */
        {.text_ref = PREF(exprs[22].text_ref, strings[7205]), .nodes_ref = PREF(exprs[22].nodes_ref, nodes[22]), .node_count = 1}, /* CoipPools */
        {.text_ref = PREF(exprs[23].text_ref, strings[7215]), .nodes_ref = PREF(exprs[23].nodes_ref, nodes[23]), .node_count = 1}, /* DhcpOptions */
        {.text_ref = PREF(exprs[24].text_ref, strings[7227]), .nodes_ref = PREF(exprs[24].nodes_ref, nodes[24]), .node_count = 1}, /* EgressOnlyInternetGateways */
        {.text_ref = PREF(exprs[25].text_ref, strings[7254]), .nodes_ref = PREF(exprs[25].nodes_ref, nodes[25]), .node_count = 1}, /* ExportImageTasks */
        {.text_ref = PREF(exprs[26].text_ref, strings[7271]), .nodes_ref = PREF(exprs[26].nodes_ref, nodes[26]), .node_count = 1}, /* FastLaunchImages */
        {.text_ref = PREF(exprs[27].text_ref, strings[7288]), .nodes_ref = PREF(exprs[27].nodes_ref, nodes[27]), .node_count = 1}, /* FastSnapshotRestores */
        {.text_ref = PREF(exprs[28].text_ref, strings[7309]), .nodes_ref = PREF(exprs[28].nodes_ref, nodes[28]), .node_count = 1}, /* Fleets */
        {.text_ref = PREF(exprs[29].text_ref, strings[7316]), .nodes_ref = PREF(exprs[29].nodes_ref, nodes[29]), .node_count = 1}, /* FlowLogs */
        {.text_ref = PREF(exprs[30].text_ref, strings[7325]), .nodes_ref = PREF(exprs[30].nodes_ref, nodes[30]), .node_count = 1}, /* FpgaImages */
        {.text_ref = PREF(exprs[31].text_ref, strings[7336]), .nodes_ref = PREF(exprs[31].nodes_ref, nodes[31]), .node_count = 1}, /* OfferingSet */
        {.text_ref = PREF(exprs[32].text_ref, strings[7348]), .nodes_ref = PREF(exprs[32].nodes_ref, nodes[32]), .node_count = 1}, /* HostReservationSet */
        {.text_ref = PREF(exprs[33].text_ref, strings[7367]), .nodes_ref = PREF(exprs[33].nodes_ref, nodes[33]), .node_count = 1}, /* Hosts */
        {.text_ref = PREF(exprs[34].text_ref, strings[7373]), .nodes_ref = PREF(exprs[34].nodes_ref, nodes[34]), .node_count = 1}, /* IamInstanceProfileAssociations */
        {.text_ref = PREF(exprs[35].text_ref, strings[7404]), .nodes_ref = PREF(exprs[35].nodes_ref, nodes[35]), .node_count = 1}, /* ImageReferences */
        {.text_ref = PREF(exprs[36].text_ref, strings[7420]), .nodes_ref = PREF(exprs[36].nodes_ref, nodes[36]), .node_count = 1}, /* ImageUsageReportEntries */
        {.text_ref = PREF(exprs[37].text_ref, strings[7444]), .nodes_ref = PREF(exprs[37].nodes_ref, nodes[37]), .node_count = 1}, /* ImageUsageReports */
        {.text_ref = PREF(exprs[38].text_ref, strings[7462]), .nodes_ref = PREF(exprs[38].nodes_ref, nodes[38]), .node_count = 1}, /* Images */
        {.text_ref = PREF(exprs[39].text_ref, strings[7469]), .nodes_ref = PREF(exprs[39].nodes_ref, nodes[39]), .node_count = 1}, /* ImportImageTasks */
        {.text_ref = PREF(exprs[40].text_ref, strings[7486]), .nodes_ref = PREF(exprs[40].nodes_ref, nodes[40]), .node_count = 1}, /* ImportSnapshotTasks */
        {.text_ref = PREF(exprs[41].text_ref, strings[7506]), .nodes_ref = PREF(exprs[41].nodes_ref, nodes[41]), .node_count = 1}, /* InstanceConnectEndpoints */
        {.text_ref = PREF(exprs[42].text_ref, strings[7531]), .nodes_ref = PREF(exprs[42].nodes_ref, nodes[42]), .node_count = 1}, /* InstanceCreditSpecifications */
        {.text_ref = PREF(exprs[43].text_ref, strings[7560]), .nodes_ref = PREF(exprs[43].nodes_ref, nodes[43]), .node_count = 1}, /* InstanceEventWindows */
        {.text_ref = PREF(exprs[44].text_ref, strings[7581]), .nodes_ref = PREF(exprs[44].nodes_ref, nodes[44]), .node_count = 1}, /* InstanceImageMetadata */
        {.text_ref = PREF(exprs[45].text_ref, strings[7603]), .nodes_ref = PREF(exprs[45].nodes_ref, nodes[45]), .node_count = 1}, /* InstanceStatuses */
        {.text_ref = PREF(exprs[46].text_ref, strings[7620]), .nodes_ref = PREF(exprs[46].nodes_ref, nodes[46]), .node_count = 1}, /* InstanceTypeOfferings */
        {.text_ref = PREF(exprs[47].text_ref, strings[7642]), .nodes_ref = PREF(exprs[47].nodes_ref, nodes[47]), .node_count = 1}, /* InstanceTypes */
        {.text_ref = PREF(exprs[48].text_ref, strings[7656]), .nodes_ref = PREF(exprs[48].nodes_ref, nodes[48]), .node_count = 1}, /* Reservations */
        {.text_ref = PREF(exprs[49].text_ref, strings[7669]), .nodes_ref = PREF(exprs[49].nodes_ref, nodes[49]), .node_count = 1}, /* InternetGateways */
        {.text_ref = PREF(exprs[50].text_ref, strings[7686]), .nodes_ref = PREF(exprs[50].nodes_ref, nodes[50]), .node_count = 1}, /* IpamPoolAllocations */
        {.text_ref = PREF(exprs[51].text_ref, strings[7706]), .nodes_ref = PREF(exprs[51].nodes_ref, nodes[51]), .node_count = 1}, /* IpamPools */
        {.text_ref = PREF(exprs[52].text_ref, strings[7716]), .nodes_ref = PREF(exprs[52].nodes_ref, nodes[52]), .node_count = 1}, /* IpamPrefixListResolverTargets */
        {.text_ref = PREF(exprs[53].text_ref, strings[7746]), .nodes_ref = PREF(exprs[53].nodes_ref, nodes[53]), .node_count = 1}, /* IpamPrefixListResolvers */
        {.text_ref = PREF(exprs[54].text_ref, strings[7770]), .nodes_ref = PREF(exprs[54].nodes_ref, nodes[54]), .node_count = 1}, /* IpamResourceDiscoveries */
        {.text_ref = PREF(exprs[55].text_ref, strings[7794]), .nodes_ref = PREF(exprs[55].nodes_ref, nodes[55]), .node_count = 1}, /* IpamResourceDiscoveryAssociations */
        {.text_ref = PREF(exprs[56].text_ref, strings[7828]), .nodes_ref = PREF(exprs[56].nodes_ref, nodes[56]), .node_count = 1}, /* IpamScopes */
        {.text_ref = PREF(exprs[57].text_ref, strings[7839]), .nodes_ref = PREF(exprs[57].nodes_ref, nodes[57]), .node_count = 1}, /* Ipams */
        {.text_ref = PREF(exprs[58].text_ref, strings[7845]), .nodes_ref = PREF(exprs[58].nodes_ref, nodes[58]), .node_count = 1}, /* Ipv6Pools */
        {.text_ref = PREF(exprs[59].text_ref, strings[7855]), .nodes_ref = PREF(exprs[59].nodes_ref, nodes[59]), .node_count = 1}, /* LaunchTemplateVersions */
        {.text_ref = PREF(exprs[60].text_ref, strings[7878]), .nodes_ref = PREF(exprs[60].nodes_ref, nodes[60]), .node_count = 1}, /* LaunchTemplates */
        {.text_ref = PREF(exprs[61].text_ref, strings[7894]), .nodes_ref = PREF(exprs[61].nodes_ref, nodes[61]), .node_count = 1}, /* LocalGatewayRouteTableVirtualInterfaceGroupAssociations */
        {.text_ref = PREF(exprs[62].text_ref, strings[7950]), .nodes_ref = PREF(exprs[62].nodes_ref, nodes[62]), .node_count = 1}, /* LocalGatewayRouteTableVpcAssociations */
        {.text_ref = PREF(exprs[63].text_ref, strings[7988]), .nodes_ref = PREF(exprs[63].nodes_ref, nodes[63]), .node_count = 1}, /* LocalGatewayRouteTables */
        {.text_ref = PREF(exprs[64].text_ref, strings[8012]), .nodes_ref = PREF(exprs[64].nodes_ref, nodes[64]), .node_count = 1}, /* LocalGatewayVirtualInterfaceGroups */
        {.text_ref = PREF(exprs[65].text_ref, strings[8047]), .nodes_ref = PREF(exprs[65].nodes_ref, nodes[65]), .node_count = 1}, /* LocalGatewayVirtualInterfaces */
        {.text_ref = PREF(exprs[66].text_ref, strings[8077]), .nodes_ref = PREF(exprs[66].nodes_ref, nodes[66]), .node_count = 1}, /* LocalGateways */
        {.text_ref = PREF(exprs[67].text_ref, strings[8091]), .nodes_ref = PREF(exprs[67].nodes_ref, nodes[67]), .node_count = 1}, /* MacHosts */
        {.text_ref = PREF(exprs[68].text_ref, strings[8100]), .nodes_ref = PREF(exprs[68].nodes_ref, nodes[68]), .node_count = 1}, /* MacModificationTasks */
        {.text_ref = PREF(exprs[69].text_ref, strings[8121]), .nodes_ref = PREF(exprs[69].nodes_ref, nodes[69]), .node_count = 1}, /* PrefixLists */
        {.text_ref = PREF(exprs[70].text_ref, strings[8133]), .nodes_ref = PREF(exprs[70].nodes_ref, nodes[70]), .node_count = 1}, /* MovingAddressStatuses */
        {.text_ref = PREF(exprs[71].text_ref, strings[8155]), .nodes_ref = PREF(exprs[71].nodes_ref, nodes[71]), .node_count = 1}, /* NatGateways */
        {.text_ref = PREF(exprs[72].text_ref, strings[8167]), .nodes_ref = PREF(exprs[72].nodes_ref, nodes[72]), .node_count = 1}, /* NetworkAcls */
        {.text_ref = PREF(exprs[73].text_ref, strings[8179]), .nodes_ref = PREF(exprs[73].nodes_ref, nodes[73]), .node_count = 1}, /* NetworkInsightsAccessScopeAnalyses */
        {.text_ref = PREF(exprs[74].text_ref, strings[8214]), .nodes_ref = PREF(exprs[74].nodes_ref, nodes[74]), .node_count = 1}, /* NetworkInsightsAccessScopes */
        {.text_ref = PREF(exprs[75].text_ref, strings[8242]), .nodes_ref = PREF(exprs[75].nodes_ref, nodes[75]), .node_count = 1}, /* NetworkInsightsAnalyses */
        {.text_ref = PREF(exprs[76].text_ref, strings[8266]), .nodes_ref = PREF(exprs[76].nodes_ref, nodes[76]), .node_count = 1}, /* NetworkInsightsPaths */
        {.text_ref = PREF(exprs[77].text_ref, strings[8287]), .nodes_ref = PREF(exprs[77].nodes_ref, nodes[77]), .node_count = 1}, /* NetworkInterfacePermissions */
        {.text_ref = PREF(exprs[78].text_ref, strings[8315]), .nodes_ref = PREF(exprs[78].nodes_ref, nodes[78]), .node_count = 1}, /* NetworkInterfaces */
        {.text_ref = PREF(exprs[79].text_ref, strings[8333]), .nodes_ref = PREF(exprs[79].nodes_ref, nodes[79]), .node_count = 1}, /* Principals */
        {.text_ref = PREF(exprs[80].text_ref, strings[8344]), .nodes_ref = PREF(exprs[80].nodes_ref, nodes[80]), .node_count = 1}, /* PublicIpv4Pools */
        {.text_ref = PREF(exprs[81].text_ref, strings[8360]), .nodes_ref = PREF(exprs[81].nodes_ref, nodes[81]), .node_count = 1}, /* ReplaceRootVolumeTasks */
        {.text_ref = PREF(exprs[82].text_ref, strings[8383]), .nodes_ref = PREF(exprs[82].nodes_ref, nodes[82]), .node_count = 1}, /* ReservedInstancesModifications */
        {.text_ref = PREF(exprs[83].text_ref, strings[8414]), .nodes_ref = PREF(exprs[83].nodes_ref, nodes[83]), .node_count = 1}, /* ReservedInstancesOfferings */
        {.text_ref = PREF(exprs[84].text_ref, strings[8441]), .nodes_ref = PREF(exprs[84].nodes_ref, nodes[84]), .node_count = 1}, /* RouteServerEndpoints */
        {.text_ref = PREF(exprs[85].text_ref, strings[8462]), .nodes_ref = PREF(exprs[85].nodes_ref, nodes[85]), .node_count = 1}, /* RouteServerPeers */
        {.text_ref = PREF(exprs[86].text_ref, strings[8479]), .nodes_ref = PREF(exprs[86].nodes_ref, nodes[86]), .node_count = 1}, /* RouteServers */
        {.text_ref = PREF(exprs[87].text_ref, strings[8492]), .nodes_ref = PREF(exprs[87].nodes_ref, nodes[87]), .node_count = 1}, /* RouteTables */
        {.text_ref = PREF(exprs[88].text_ref, strings[8504]), .nodes_ref = PREF(exprs[88].nodes_ref, nodes[88]), .node_count = 1}, /* ScheduledInstanceAvailabilitySet */
        {.text_ref = PREF(exprs[89].text_ref, strings[8537]), .nodes_ref = PREF(exprs[89].nodes_ref, nodes[89]), .node_count = 1}, /* ScheduledInstanceSet */
        {.text_ref = PREF(exprs[90].text_ref, strings[8558]), .nodes_ref = PREF(exprs[90].nodes_ref, nodes[90]), .node_count = 1}, /* SecondaryInterfaces */
        {.text_ref = PREF(exprs[91].text_ref, strings[8578]), .nodes_ref = PREF(exprs[91].nodes_ref, nodes[91]), .node_count = 1}, /* SecondaryNetworks */
        {.text_ref = PREF(exprs[92].text_ref, strings[8596]), .nodes_ref = PREF(exprs[92].nodes_ref, nodes[92]), .node_count = 1}, /* SecondarySubnets */
        {.text_ref = PREF(exprs[93].text_ref, strings[8613]), .nodes_ref = PREF(exprs[93].nodes_ref, nodes[93]), .node_count = 1}, /* SecurityGroupRules */
        {.text_ref = PREF(exprs[94].text_ref, strings[8632]), .nodes_ref = PREF(exprs[94].nodes_ref, nodes[94]), .node_count = 1}, /* SecurityGroupVpcAssociations */
        {.text_ref = PREF(exprs[95].text_ref, strings[8661]), .nodes_ref = PREF(exprs[95].nodes_ref, nodes[95]), .node_count = 1}, /* SecurityGroups */
        {.text_ref = PREF(exprs[96].text_ref, strings[8676]), .nodes_ref = PREF(exprs[96].nodes_ref, nodes[96]), .node_count = 1}, /* SnapshotTierStatuses */
        {.text_ref = PREF(exprs[97].text_ref, strings[8697]), .nodes_ref = PREF(exprs[97].nodes_ref, nodes[97]), .node_count = 1}, /* Snapshots */
        {.text_ref = PREF(exprs[98].text_ref, strings[8707]), .nodes_ref = PREF(exprs[98].nodes_ref, nodes[98]), .node_count = 1}, /* ActiveInstances */
        {.text_ref = PREF(exprs[99].text_ref, strings[8723]), .nodes_ref = PREF(exprs[99].nodes_ref, nodes[99]), .node_count = 1}, /* SpotFleetRequestConfigs */
        {.text_ref = PREF(exprs[100].text_ref, strings[8747]), .nodes_ref = PREF(exprs[100].nodes_ref, nodes[100]), .node_count = 1}, /* SpotInstanceRequests */
        {.text_ref = PREF(exprs[101].text_ref, strings[8768]), .nodes_ref = PREF(exprs[101].nodes_ref, nodes[101]), .node_count = 1}, /* SpotPriceHistory */
        {.text_ref = PREF(exprs[102].text_ref, strings[8785]), .nodes_ref = PREF(exprs[102].nodes_ref, nodes[102]), .node_count = 1}, /* StaleSecurityGroupSet */
        {.text_ref = PREF(exprs[103].text_ref, strings[8807]), .nodes_ref = PREF(exprs[103].nodes_ref, nodes[103]), .node_count = 1}, /* StoreImageTaskResults */
        {.text_ref = PREF(exprs[104].text_ref, strings[8829]), .nodes_ref = PREF(exprs[104].nodes_ref, nodes[104]), .node_count = 1}, /* Subnets */
        {.text_ref = PREF(exprs[105].text_ref, strings[8837]), .nodes_ref = PREF(exprs[105].nodes_ref, nodes[105]), .node_count = 1}, /* Tags */
        {.text_ref = PREF(exprs[106].text_ref, strings[8842]), .nodes_ref = PREF(exprs[106].nodes_ref, nodes[106]), .node_count = 1}, /* TrafficMirrorFilters */
        {.text_ref = PREF(exprs[107].text_ref, strings[8863]), .nodes_ref = PREF(exprs[107].nodes_ref, nodes[107]), .node_count = 1}, /* TrafficMirrorSessions */
        {.text_ref = PREF(exprs[108].text_ref, strings[8885]), .nodes_ref = PREF(exprs[108].nodes_ref, nodes[108]), .node_count = 1}, /* TrafficMirrorTargets */
        {.text_ref = PREF(exprs[109].text_ref, strings[8906]), .nodes_ref = PREF(exprs[109].nodes_ref, nodes[109]), .node_count = 1}, /* TransitGatewayAttachments */
        {.text_ref = PREF(exprs[110].text_ref, strings[8932]), .nodes_ref = PREF(exprs[110].nodes_ref, nodes[110]), .node_count = 1}, /* TransitGatewayConnectPeers */
        {.text_ref = PREF(exprs[111].text_ref, strings[8959]), .nodes_ref = PREF(exprs[111].nodes_ref, nodes[111]), .node_count = 1}, /* TransitGatewayConnects */
        {.text_ref = PREF(exprs[112].text_ref, strings[8982]), .nodes_ref = PREF(exprs[112].nodes_ref, nodes[112]), .node_count = 1}, /* TransitGatewayMulticastDomains */
        {.text_ref = PREF(exprs[113].text_ref, strings[9013]), .nodes_ref = PREF(exprs[113].nodes_ref, nodes[113]), .node_count = 1}, /* TransitGatewayPeeringAttachments */
        {.text_ref = PREF(exprs[114].text_ref, strings[9046]), .nodes_ref = PREF(exprs[114].nodes_ref, nodes[114]), .node_count = 1}, /* TransitGatewayPolicyTables */
        {.text_ref = PREF(exprs[115].text_ref, strings[9073]), .nodes_ref = PREF(exprs[115].nodes_ref, nodes[115]), .node_count = 1}, /* TransitGatewayRouteTableAnnouncements */
        {.text_ref = PREF(exprs[116].text_ref, strings[9111]), .nodes_ref = PREF(exprs[116].nodes_ref, nodes[116]), .node_count = 1}, /* TransitGatewayRouteTables */
        {.text_ref = PREF(exprs[117].text_ref, strings[9137]), .nodes_ref = PREF(exprs[117].nodes_ref, nodes[117]), .node_count = 1}, /* TransitGatewayVpcAttachments */
        {.text_ref = PREF(exprs[118].text_ref, strings[9166]), .nodes_ref = PREF(exprs[118].nodes_ref, nodes[118]), .node_count = 1}, /* TransitGateways */
        {.text_ref = PREF(exprs[119].text_ref, strings[9182]), .nodes_ref = PREF(exprs[119].nodes_ref, nodes[119]), .node_count = 1}, /* InterfaceAssociations */
        {.text_ref = PREF(exprs[120].text_ref, strings[9204]), .nodes_ref = PREF(exprs[120].nodes_ref, nodes[120]), .node_count = 1}, /* VerifiedAccessEndpoints */
        {.text_ref = PREF(exprs[121].text_ref, strings[9228]), .nodes_ref = PREF(exprs[121].nodes_ref, nodes[121]), .node_count = 1}, /* VerifiedAccessGroups */
        {.text_ref = PREF(exprs[122].text_ref, strings[9249]), .nodes_ref = PREF(exprs[122].nodes_ref, nodes[122]), .node_count = 1}, /* LoggingConfigurations */
        {.text_ref = PREF(exprs[123].text_ref, strings[9271]), .nodes_ref = PREF(exprs[123].nodes_ref, nodes[123]), .node_count = 1}, /* VerifiedAccessInstances */
        {.text_ref = PREF(exprs[124].text_ref, strings[9295]), .nodes_ref = PREF(exprs[124].nodes_ref, nodes[124]), .node_count = 1}, /* VerifiedAccessTrustProviders */
        {.text_ref = PREF(exprs[125].text_ref, strings[9324]), .nodes_ref = PREF(exprs[125].nodes_ref, nodes[125]), .node_count = 1}, /* VolumeStatuses */
        {.text_ref = PREF(exprs[126].text_ref, strings[9339]), .nodes_ref = PREF(exprs[126].nodes_ref, nodes[126]), .node_count = 1}, /* Volumes */
        {.text_ref = PREF(exprs[127].text_ref, strings[9347]), .nodes_ref = PREF(exprs[127].nodes_ref, nodes[127]), .node_count = 1}, /* VolumesModifications */
        {.text_ref = PREF(exprs[128].text_ref, strings[9368]), .nodes_ref = PREF(exprs[128].nodes_ref, nodes[128]), .node_count = 1}, /* Vpcs */
        {.text_ref = PREF(exprs[129].text_ref, strings[9373]), .nodes_ref = PREF(exprs[129].nodes_ref, nodes[129]), .node_count = 1}, /* ConnectionNotificationSet */
        {.text_ref = PREF(exprs[130].text_ref, strings[9399]), .nodes_ref = PREF(exprs[130].nodes_ref, nodes[130]), .node_count = 1}, /* VpcEndpointConnections */
        {.text_ref = PREF(exprs[131].text_ref, strings[9422]), .nodes_ref = PREF(exprs[131].nodes_ref, nodes[131]), .node_count = 1}, /* ServiceConfigurations */
        {.text_ref = PREF(exprs[132].text_ref, strings[9444]), .nodes_ref = PREF(exprs[132].nodes_ref, nodes[132]), .node_count = 1}, /* AllowedPrincipals */
        {.text_ref = PREF(exprs[133].text_ref, strings[6811]), .nodes_ref = PREF(exprs[133].nodes_ref, nodes[133]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[134].text_ref, strings[9462]), .nodes_ref = PREF(exprs[134].nodes_ref, nodes[134]), .node_count = 1}, /* ServiceDetails */
        {.text_ref = PREF(exprs[135].text_ref, strings[9477]), .nodes_ref = PREF(exprs[135].nodes_ref, nodes[135]), .node_count = 1}, /* ServiceNames */
        {.text_ref = PREF(exprs[136].text_ref, strings[9490]), .nodes_ref = PREF(exprs[136].nodes_ref, nodes[136]), .node_count = 1}, /* VpcEndpoints */
        {.text_ref = PREF(exprs[137].text_ref, strings[9503]), .nodes_ref = PREF(exprs[137].nodes_ref, nodes[137]), .node_count = 1}, /* VpcPeeringConnections */
        {.text_ref = PREF(exprs[138].text_ref, strings[9525]), .nodes_ref = PREF(exprs[138].nodes_ref, nodes[138]), .node_count = 1}, /* VpnConcentrators */
        {.text_ref = PREF(exprs[139].text_ref, strings[9542]), .nodes_ref = PREF(exprs[139].nodes_ref, nodes[139]), .node_count = 1}, /* Ipv6CidrAssociations */
        {.text_ref = PREF(exprs[140].text_ref, strings[9563]), .nodes_ref = PREF(exprs[140].nodes_ref, nodes[140]), .node_count = 1}, /* DataResponses */
        {.text_ref = PREF(exprs[141].text_ref, strings[9577]), .nodes_ref = PREF(exprs[141].nodes_ref, nodes[141]), .node_count = 1}, /* MetricDataResults */
        {.text_ref = PREF(exprs[142].text_ref, strings[9595]), .nodes_ref = PREF(exprs[142].nodes_ref, nodes[142]), .node_count = 1}, /* MetricDimensionResults */
        {.text_ref = PREF(exprs[143].text_ref, strings[9618]), .nodes_ref = PREF(exprs[143].nodes_ref, nodes[143]), .node_count = 1}, /* CapacityManagerTagKeys */
        {.text_ref = PREF(exprs[144].text_ref, strings[9641]), .nodes_ref = PREF(exprs[144].nodes_ref, nodes[144]), .node_count = 1}, /* CapacityReservationGroups */
        {.text_ref = PREF(exprs[145].text_ref, strings[9667]), .nodes_ref = PREF(exprs[145].nodes_ref, nodes[145]), .node_count = 1}, /* HistoryRecords */
        {.text_ref = PREF(exprs[146].text_ref, strings[9682]), .nodes_ref = PREF(exprs[146].nodes_ref, nodes[146]), .node_count = 1}, /* IpamDiscoveredAccounts */
        {.text_ref = PREF(exprs[147].text_ref, strings[9705]), .nodes_ref = PREF(exprs[147].nodes_ref, nodes[147]), .node_count = 1}, /* IpamDiscoveredResourceCidrs */
        {.text_ref = PREF(exprs[148].text_ref, strings[9733]), .nodes_ref = PREF(exprs[148].nodes_ref, nodes[148]), .node_count = 1}, /* IpamPoolCidrs */
        {.text_ref = PREF(exprs[149].text_ref, strings[9747]), .nodes_ref = PREF(exprs[149].nodes_ref, nodes[149]), .node_count = 1}, /* Rules */
        {.text_ref = PREF(exprs[150].text_ref, strings[9753]), .nodes_ref = PREF(exprs[150].nodes_ref, nodes[150]), .node_count = 1}, /* Entries */
        {.text_ref = PREF(exprs[151].text_ref, strings[9761]), .nodes_ref = PREF(exprs[151].nodes_ref, nodes[151]), .node_count = 1}, /* IpamPrefixListResolverVersions */
        {.text_ref = PREF(exprs[152].text_ref, strings[9792]), .nodes_ref = PREF(exprs[152].nodes_ref, nodes[152]), .node_count = 1}, /* IpamResourceCidrs */
        {.text_ref = PREF(exprs[153].text_ref, strings[9810]), .nodes_ref = PREF(exprs[153].nodes_ref, nodes[153]), .node_count = 1}, /* PrefixListAssociations */
        {.text_ref = PREF(exprs[154].text_ref, strings[6811]), .nodes_ref = PREF(exprs[154].nodes_ref, nodes[154]), .node_count = 1}, /* NextToken */
        {.text_ref = PREF(exprs[155].text_ref, strings[9833]), .nodes_ref = PREF(exprs[155].nodes_ref, nodes[155]), .node_count = 1}, /* AnalysisFindings */
        {.text_ref = PREF(exprs[156].text_ref, strings[9850]), .nodes_ref = PREF(exprs[156].nodes_ref, nodes[156]), .node_count = 1}, /* AnalysisStatus */
        {.text_ref = PREF(exprs[157].text_ref, strings[9865]), .nodes_ref = PREF(exprs[157].nodes_ref, nodes[157]), .node_count = 1}, /* NetworkInsightsAccessScopeAnalysisId */
        {.text_ref = PREF(exprs[158].text_ref, strings[9902]), .nodes_ref = PREF(exprs[158].nodes_ref, nodes[158]), .node_count = 1}, /* SecurityGroupForVpcs */
        {.text_ref = PREF(exprs[159].text_ref, strings[9923]), .nodes_ref = PREF(exprs[159].nodes_ref, nodes[159]), .node_count = 1}, /* SpotPlacementScores */
        {.text_ref = PREF(exprs[160].text_ref, strings[9943]), .nodes_ref = PREF(exprs[160].nodes_ref, nodes[160]), .node_count = 1}, /* TransitGatewayAttachmentPropagations */
        {.text_ref = PREF(exprs[161].text_ref, strings[9980]), .nodes_ref = PREF(exprs[161].nodes_ref, nodes[161]), .node_count = 1}, /* MulticastDomainAssociations */
        {.text_ref = PREF(exprs[162].text_ref, strings[10008]), .nodes_ref = PREF(exprs[162].nodes_ref, nodes[162]), .node_count = 1}, /* Associations */
        {.text_ref = PREF(exprs[163].text_ref, strings[10021]), .nodes_ref = PREF(exprs[163].nodes_ref, nodes[163]), .node_count = 1}, /* TransitGatewayPolicyTableEntries */
        {.text_ref = PREF(exprs[164].text_ref, strings[10054]), .nodes_ref = PREF(exprs[164].nodes_ref, nodes[164]), .node_count = 1}, /* TransitGatewayPrefixListReferences */
        {.text_ref = PREF(exprs[165].text_ref, strings[10089]), .nodes_ref = PREF(exprs[165].nodes_ref, nodes[165]), .node_count = 1}, /* TransitGatewayRouteTablePropagations */
        {.text_ref = PREF(exprs[166].text_ref, strings[10126]), .nodes_ref = PREF(exprs[166].nodes_ref, nodes[166]), .node_count = 1}, /* VpnConnectionDeviceTypes */
        {.text_ref = PREF(exprs[167].text_ref, strings[7462]), .nodes_ref = PREF(exprs[167].nodes_ref, nodes[167]), .node_count = 1}, /* Images */
        {.text_ref = PREF(exprs[168].text_ref, strings[8697]), .nodes_ref = PREF(exprs[168].nodes_ref, nodes[168]), .node_count = 1}, /* Snapshots */
        {.text_ref = PREF(exprs[169].text_ref, strings[10151]), .nodes_ref = PREF(exprs[169].nodes_ref, nodes[169]), .node_count = 1}, /* MulticastGroups */
        {.text_ref = PREF(exprs[170].text_ref, strings[10167]), .nodes_ref = PREF(exprs[170].nodes_ref, nodes[170]), .node_count = 1}, /* AdditionalRoutesAvailable */
        {.text_ref = PREF(exprs[171].text_ref, strings[10193]), .nodes_ref = PREF(exprs[171].nodes_ref, nodes[171]), .node_count = 4}, /* BundleTasks[].State */
        {.text_ref = PREF(exprs[172].text_ref, strings[10231]), .nodes_ref = PREF(exprs[172].nodes_ref, nodes[175]), .node_count = 4}, /* ConversionTasks[].State */
        {.text_ref = PREF(exprs[173].text_ref, strings[10271]), .nodes_ref = PREF(exprs[173].nodes_ref, nodes[179]), .node_count = 4}, /* CustomerGateways[].State */
        {.text_ref = PREF(exprs[174].text_ref, strings[10313]), .nodes_ref = PREF(exprs[174].nodes_ref, nodes[183]), .node_count = 4}, /* ExportTasks[].State */
        {.text_ref = PREF(exprs[175].text_ref, strings[10345]), .nodes_ref = PREF(exprs[175].nodes_ref, nodes[187]), .node_count = 4}, /* Images[].State */
        {.text_ref = PREF(exprs[176].text_ref, strings[10360]), .nodes_ref = PREF(exprs[176].nodes_ref, nodes[191]), .node_count = 7}, /* length(Images[]) > `0` */
        {.text_ref = PREF(exprs[177].text_ref, strings[10383]), .nodes_ref = PREF(exprs[177].nodes_ref, nodes[198]), .node_count = 4}, /* ImageUsageReports[].State */
        {.text_ref = PREF(exprs[178].text_ref, strings[10409]), .nodes_ref = PREF(exprs[178].nodes_ref, nodes[202]), .node_count = 7}, /* length(Reservations[]) > `0` */
        {.text_ref = PREF(exprs[179].text_ref, strings[10438]), .nodes_ref = PREF(exprs[179].nodes_ref, nodes[209]), .node_count = 9}, /* Reservations[].Instances[].State.Name */
        {.text_ref = PREF(exprs[180].text_ref, strings[10481]), .nodes_ref = PREF(exprs[180].nodes_ref, nodes[218]), .node_count = 6}, /* InstanceStatuses[].InstanceStatus.Status */
        {.text_ref = PREF(exprs[181].text_ref, strings[10544]), .nodes_ref = PREF(exprs[181].nodes_ref, nodes[224]), .node_count = 7}, /* length(InternetGateways[].InternetGatewayId) > `0` */
        {.text_ref = PREF(exprs[182].text_ref, strings[10613]), .nodes_ref = PREF(exprs[182].nodes_ref, nodes[231]), .node_count = 7}, /* length(KeyPairs[].KeyName) > `0` */
        {.text_ref = PREF(exprs[183].text_ref, strings[10663]), .nodes_ref = PREF(exprs[183].nodes_ref, nodes[238]), .node_count = 4}, /* NatGateways[].State */
        {.text_ref = PREF(exprs[184].text_ref, strings[10683]), .nodes_ref = PREF(exprs[184].nodes_ref, nodes[242]), .node_count = 4}, /* NetworkInterfaces[].Status */
        {.text_ref = PREF(exprs[185].text_ref, strings[10710]), .nodes_ref = PREF(exprs[185].nodes_ref, nodes[246]), .node_count = 4}, /* length(PasswordData) > `0` */
        {.text_ref = PREF(exprs[186].text_ref, strings[10750]), .nodes_ref = PREF(exprs[186].nodes_ref, nodes[250]), .node_count = 4}, /* SecondaryNetworks[].State */
        {.text_ref = PREF(exprs[187].text_ref, strings[10776]), .nodes_ref = PREF(exprs[187].nodes_ref, nodes[254]), .node_count = 4}, /* SecondarySubnets[].State */
        {.text_ref = PREF(exprs[188].text_ref, strings[10801]), .nodes_ref = PREF(exprs[188].nodes_ref, nodes[258]), .node_count = 7}, /* length(SecurityGroups[].GroupId) > `0` */
        {.text_ref = PREF(exprs[189].text_ref, strings[10848]), .nodes_ref = PREF(exprs[189].nodes_ref, nodes[265]), .node_count = 4}, /* SecurityGroupVpcAssociations[].State */
        {.text_ref = PREF(exprs[190].text_ref, strings[10885]), .nodes_ref = PREF(exprs[190].nodes_ref, nodes[269]), .node_count = 7}, /* length(SecurityGroupVpcAssociations[]) == `0` */
        {.text_ref = PREF(exprs[191].text_ref, strings[10931]), .nodes_ref = PREF(exprs[191].nodes_ref, nodes[276]), .node_count = 4}, /* Snapshots[].State */
        {.text_ref = PREF(exprs[192].text_ref, strings[10949]), .nodes_ref = PREF(exprs[192].nodes_ref, nodes[280]), .node_count = 6}, /* ImportSnapshotTasks[].SnapshotTaskDetail.Status */
        {.text_ref = PREF(exprs[193].text_ref, strings[11016]), .nodes_ref = PREF(exprs[193].nodes_ref, nodes[286]), .node_count = 6}, /* SpotInstanceRequests[].Status.Code */
        {.text_ref = PREF(exprs[194].text_ref, strings[11056]), .nodes_ref = PREF(exprs[194].nodes_ref, nodes[292]), .node_count = 4}, /* StoreImageTaskResults[].StoreTaskState */
        {.text_ref = PREF(exprs[195].text_ref, strings[11110]), .nodes_ref = PREF(exprs[195].nodes_ref, nodes[296]), .node_count = 4}, /* Subnets[].State */
        {.text_ref = PREF(exprs[196].text_ref, strings[11126]), .nodes_ref = PREF(exprs[196].nodes_ref, nodes[300]), .node_count = 6}, /* InstanceStatuses[].SystemStatus.Status */
        {.text_ref = PREF(exprs[197].text_ref, strings[11178]), .nodes_ref = PREF(exprs[197].nodes_ref, nodes[306]), .node_count = 4}, /* Volumes[].State */
        {.text_ref = PREF(exprs[198].text_ref, strings[11194]), .nodes_ref = PREF(exprs[198].nodes_ref, nodes[310]), .node_count = 4}, /* Vpcs[].State */
        {.text_ref = PREF(exprs[199].text_ref, strings[11207]), .nodes_ref = PREF(exprs[199].nodes_ref, nodes[314]), .node_count = 6}, /* VpcPeeringConnections[].Status.Code */
        {.text_ref = PREF(exprs[200].text_ref, strings[11243]), .nodes_ref = PREF(exprs[200].nodes_ref, nodes[320]), .node_count = 4}, /* VpnConnections[].State */
    },
    .nodes = {
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[0].string_ref, strings[6811])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[1].string_ref, strings[6821])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[2].string_ref, strings[6838])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[3].string_ref, strings[6811])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[4].string_ref, strings[6848])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[5].string_ref, strings[6862])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[6].string_ref, strings[6873])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[7].string_ref, strings[6897])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[8].string_ref, strings[6929])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[9].string_ref, strings[6952])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[10].string_ref, strings[6974])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[11].string_ref, strings[6989])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[12].string_ref, strings[7016])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[13].string_ref, strings[7051])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[14].string_ref, strings[7077])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[15].string_ref, strings[7098])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[16].string_ref, strings[7114])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[17].string_ref, strings[7124])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[18].string_ref, strings[7143])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[19].string_ref, strings[7155])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[20].string_ref, strings[7174])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[21].string_ref, strings[7181])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[22].string_ref, strings[7205])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[23].string_ref, strings[7215])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[24].string_ref, strings[7227])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[25].string_ref, strings[7254])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[26].string_ref, strings[7271])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[27].string_ref, strings[7288])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[28].string_ref, strings[7309])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[29].string_ref, strings[7316])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[30].string_ref, strings[7325])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[31].string_ref, strings[7336])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[32].string_ref, strings[7348])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[33].string_ref, strings[7367])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[34].string_ref, strings[7373])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[35].string_ref, strings[7404])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[36].string_ref, strings[7420])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[37].string_ref, strings[7444])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[38].string_ref, strings[7462])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[39].string_ref, strings[7469])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[40].string_ref, strings[7486])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[41].string_ref, strings[7506])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[42].string_ref, strings[7531])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[43].string_ref, strings[7560])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[44].string_ref, strings[7581])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[45].string_ref, strings[7603])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[46].string_ref, strings[7620])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[47].string_ref, strings[7642])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[48].string_ref, strings[7656])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[49].string_ref, strings[7669])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[50].string_ref, strings[7686])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[51].string_ref, strings[7706])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[52].string_ref, strings[7716])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[53].string_ref, strings[7746])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[54].string_ref, strings[7770])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[55].string_ref, strings[7794])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[56].string_ref, strings[7828])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[57].string_ref, strings[7839])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[58].string_ref, strings[7845])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[59].string_ref, strings[7855])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[60].string_ref, strings[7878])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[61].string_ref, strings[7894])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[62].string_ref, strings[7950])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[63].string_ref, strings[7988])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[64].string_ref, strings[8012])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[65].string_ref, strings[8047])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[66].string_ref, strings[8077])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[67].string_ref, strings[8091])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[68].string_ref, strings[8100])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[69].string_ref, strings[8121])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[70].string_ref, strings[8133])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[71].string_ref, strings[8155])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[72].string_ref, strings[8167])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[73].string_ref, strings[8179])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[74].string_ref, strings[8214])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[75].string_ref, strings[8242])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[76].string_ref, strings[8266])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[77].string_ref, strings[8287])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[78].string_ref, strings[8315])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[79].string_ref, strings[8333])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[80].string_ref, strings[8344])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[81].string_ref, strings[8360])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[82].string_ref, strings[8383])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[83].string_ref, strings[8414])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[84].string_ref, strings[8441])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[85].string_ref, strings[8462])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[86].string_ref, strings[8479])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[87].string_ref, strings[8492])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[88].string_ref, strings[8504])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[89].string_ref, strings[8537])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[90].string_ref, strings[8558])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[91].string_ref, strings[8578])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[92].string_ref, strings[8596])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[93].string_ref, strings[8613])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[94].string_ref, strings[8632])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[95].string_ref, strings[8661])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[96].string_ref, strings[8676])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[97].string_ref, strings[8697])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[98].string_ref, strings[8707])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[99].string_ref, strings[8723])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[100].string_ref, strings[8747])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[101].string_ref, strings[8768])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[102].string_ref, strings[8785])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[103].string_ref, strings[8807])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[104].string_ref, strings[8829])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[105].string_ref, strings[8837])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[106].string_ref, strings[8842])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[107].string_ref, strings[8863])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[108].string_ref, strings[8885])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[109].string_ref, strings[8906])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[110].string_ref, strings[8932])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[111].string_ref, strings[8959])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[112].string_ref, strings[8982])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[113].string_ref, strings[9013])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[114].string_ref, strings[9046])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[115].string_ref, strings[9073])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[116].string_ref, strings[9111])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[117].string_ref, strings[9137])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[118].string_ref, strings[9166])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[119].string_ref, strings[9182])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[120].string_ref, strings[9204])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[121].string_ref, strings[9228])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[122].string_ref, strings[9249])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[123].string_ref, strings[9271])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[124].string_ref, strings[9295])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[125].string_ref, strings[9324])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[126].string_ref, strings[9339])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[127].string_ref, strings[9347])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[128].string_ref, strings[9368])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[129].string_ref, strings[9373])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[130].string_ref, strings[9399])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[131].string_ref, strings[9422])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[132].string_ref, strings[9444])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[133].string_ref, strings[6811])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[134].string_ref, strings[9462])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[135].string_ref, strings[9477])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[136].string_ref, strings[9490])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[137].string_ref, strings[9503])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[138].string_ref, strings[9525])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[139].string_ref, strings[9542])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[140].string_ref, strings[9563])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[141].string_ref, strings[9577])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[142].string_ref, strings[9595])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[143].string_ref, strings[9618])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[144].string_ref, strings[9641])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[145].string_ref, strings[9667])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[146].string_ref, strings[9682])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[147].string_ref, strings[9705])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[148].string_ref, strings[9733])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[149].string_ref, strings[9747])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[150].string_ref, strings[9753])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[151].string_ref, strings[9761])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[152].string_ref, strings[9792])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[153].string_ref, strings[9810])},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[154].string_ref, strings[6811])},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[155].string_ref, strings[9833])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[156].string_ref, strings[9850])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[157].string_ref, strings[9865])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[158].string_ref, strings[9902])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[159].string_ref, strings[9923])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[160].string_ref, strings[9943])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[161].string_ref, strings[9980])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[162].string_ref, strings[10008])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[163].string_ref, strings[10021])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[164].string_ref, strings[10054])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[165].string_ref, strings[10089])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[166].string_ref, strings[10126])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[167].string_ref, strings[7462])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[168].string_ref, strings[8697])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[169].string_ref, strings[10151])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[170].string_ref, strings[10167])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[171].string_ref, strings[10213])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[173].string_ref, strings[10225])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[175].string_ref, strings[10255])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[177].string_ref, strings[10225])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[179].string_ref, strings[10296])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 5, .string_ref = PREF(nodes[181].string_ref, strings[10225])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[183].string_ref, strings[10333])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[185].string_ref, strings[10225])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[187].string_ref, strings[7462])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 29, .string_ref = PREF(nodes[189].string_ref, strings[10225])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[191].string_ref, strings[7462])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_CURRENT},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_LENGTH, .a = 3},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
        {.op = AWSC_JP_GT, .a = 4, .b = 5},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[198].string_ref, strings[7444])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[200].string_ref, strings[10225])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[202].string_ref, strings[7656])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_CURRENT},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_LENGTH, .a = 3},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
        {.op = AWSC_JP_GT, .a = 4, .b = 5},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[209].string_ref, strings[7656])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[211].string_ref, strings[7114])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_FLATTEN, .a = 3},
        {.op = AWSC_JP_MEMBER, .member = 43, .string_ref = PREF(nodes[214].string_ref, strings[10225])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[215].string_ref, strings[10476])},
        {.op = AWSC_JP_SUB, .a = 5, .b = 6},
        {.op = AWSC_JP_PROJECT, .a = 4, .b = 7},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[218].string_ref, strings[7603])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 7, .string_ref = PREF(nodes[220].string_ref, strings[10522])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[221].string_ref, strings[10537])},
        {.op = AWSC_JP_SUB, .a = 2, .b = 3},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 4},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[224].string_ref, strings[7669])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[226].string_ref, strings[10595])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_LENGTH, .a = 3},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
        {.op = AWSC_JP_GT, .a = 4, .b = 5},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[231].string_ref, strings[10646])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 5, .string_ref = PREF(nodes[233].string_ref, strings[10655])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_LENGTH, .a = 3},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
        {.op = AWSC_JP_GT, .a = 4, .b = 5},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[238].string_ref, strings[8155])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 7, .string_ref = PREF(nodes[240].string_ref, strings[10225])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[242].string_ref, strings[8315])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 22, .string_ref = PREF(nodes[244].string_ref, strings[10537])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[246].string_ref, strings[10737])},
        {.op = AWSC_JP_LENGTH, .a = 0},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
        {.op = AWSC_JP_GT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[250].string_ref, strings[8578])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 4, .string_ref = PREF(nodes[252].string_ref, strings[10225])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[254].string_ref, strings[8596])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 8, .string_ref = PREF(nodes[256].string_ref, strings[10225])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[258].string_ref, strings[8661])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[260].string_ref, strings[10840])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_LENGTH, .a = 3},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
        {.op = AWSC_JP_GT, .a = 4, .b = 5},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[265].string_ref, strings[8632])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[267].string_ref, strings[10225])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[269].string_ref, strings[8632])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_CURRENT},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_LENGTH, .a = 3},
        {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
        {.op = AWSC_JP_EQ, .a = 4, .b = 5},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[276].string_ref, strings[8697])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 13, .string_ref = PREF(nodes[278].string_ref, strings[10225])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[280].string_ref, strings[7486])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 2, .string_ref = PREF(nodes[282].string_ref, strings[10997])},
        {.op = AWSC_JP_MEMBER, .member = 7, .string_ref = PREF(nodes[283].string_ref, strings[10537])},
        {.op = AWSC_JP_SUB, .a = 2, .b = 3},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 4},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[286].string_ref, strings[8747])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 14, .string_ref = PREF(nodes[288].string_ref, strings[10537])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[289].string_ref, strings[11051])},
        {.op = AWSC_JP_SUB, .a = 2, .b = 3},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 4},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[292].string_ref, strings[8807])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 5, .string_ref = PREF(nodes[294].string_ref, strings[11095])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[296].string_ref, strings[8829])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 16, .string_ref = PREF(nodes[298].string_ref, strings[10225])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[300].string_ref, strings[7603])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 8, .string_ref = PREF(nodes[302].string_ref, strings[11165])},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[303].string_ref, strings[10537])},
        {.op = AWSC_JP_SUB, .a = 2, .b = 3},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 4},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[306].string_ref, strings[9339])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 16, .string_ref = PREF(nodes[308].string_ref, strings[10225])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 1, .string_ref = PREF(nodes[310].string_ref, strings[9368])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 9, .string_ref = PREF(nodes[312].string_ref, strings[10225])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[314].string_ref, strings[9503])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 3, .string_ref = PREF(nodes[316].string_ref, strings[10537])},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[317].string_ref, strings[11051])},
        {.op = AWSC_JP_SUB, .a = 2, .b = 3},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 4},
        {.op = AWSC_JP_MEMBER, .member = 0, .string_ref = PREF(nodes[320].string_ref, strings[11266])},
        {.op = AWSC_JP_FLATTEN, .a = 0},
        {.op = AWSC_JP_MEMBER, .member = 12, .string_ref = PREF(nodes[322].string_ref, strings[10225])},
        {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
    },
    .strings =
        /*      0 */ "DescribeAddressTransfers\0"
        /*     25 */ "DescribeAddressesAttribute\0"
        /*     52 */ "DescribeAwsNetworkPerformanceMetricSubscriptions\0"
        /*    101 */ "DescribeByoipCidrs\0"
        /*    120 */ "DescribeCapacityBlockExtensionHistory\0"
        /*    158 */ "DescribeCapacityBlockExtensionOfferings\0"
        /*    198 */ "DescribeCapacityBlockOfferings\0"
        /*    229 */ "DescribeCapacityBlockStatus\0"
        /*    257 */ "DescribeCapacityBlocks\0"
        /*    280 */ "DescribeCapacityManagerDataExports\0"
        /*    315 */ "DescribeCapacityReservationBillingRequests\0"
        /*    358 */ "DescribeCapacityReservationFleets\0"
        /*    392 */ "DescribeCapacityReservations\0"
        /*    421 */ "DescribeCarrierGateways\0"
        /*    445 */ "DescribeClassicLinkInstances\0"
        /*    474 */ "DescribeClientVpnAuthorizationRules\0"
        /*    510 */ "DescribeClientVpnConnections\0"
        /*    539 */ "DescribeClientVpnEndpoints\0"
        /*    566 */ "DescribeClientVpnRoutes\0"
        /*    590 */ "DescribeClientVpnTargetNetworks\0"
        /*    622 */ "DescribeCoipPools\0"
        /*    640 */ "DescribeDhcpOptions\0"
        /*    660 */ "DescribeEgressOnlyInternetGateways\0"
        /*    695 */ "DescribeExportImageTasks\0"
        /*    720 */ "DescribeFastLaunchImages\0"
        /*    745 */ "DescribeFastSnapshotRestores\0"
        /*    774 */ "DescribeFleets\0"
        /*    789 */ "DescribeFlowLogs\0"
        /*    806 */ "DescribeFpgaImages\0"
        /*    825 */ "DescribeHostReservationOfferings\0"
        /*    858 */ "DescribeHostReservations\0"
        /*    883 */ "DescribeHosts\0"
        /*    897 */ "DescribeIamInstanceProfileAssociations\0"
        /*    936 */ "DescribeImageReferences\0"
        /*    960 */ "DescribeImageUsageReportEntries\0"
        /*    992 */ "DescribeImageUsageReports\0"
        /*   1018 */ "DescribeImages\0"
        /*   1033 */ "DescribeImportImageTasks\0"
        /*   1058 */ "DescribeImportSnapshotTasks\0"
        /*   1086 */ "DescribeInstanceConnectEndpoints\0"
        /*   1119 */ "DescribeInstanceCreditSpecifications\0"
        /*   1156 */ "DescribeInstanceEventWindows\0"
        /*   1185 */ "DescribeInstanceImageMetadata\0"
        /*   1215 */ "DescribeInstanceStatus\0"
        /*   1238 */ "DescribeInstanceTopology\0"
        /*   1263 */ "DescribeInstanceTypeOfferings\0"
        /*   1293 */ "DescribeInstanceTypes\0"
        /*   1315 */ "DescribeInstances\0"
        /*   1333 */ "DescribeInternetGateways\0"
        /*   1358 */ "DescribeIpamPoolAllocations\0"
        /*   1386 */ "DescribeIpamPools\0"
        /*   1404 */ "DescribeIpamPrefixListResolverTargets\0"
        /*   1442 */ "DescribeIpamPrefixListResolvers\0"
        /*   1474 */ "DescribeIpamResourceDiscoveries\0"
        /*   1506 */ "DescribeIpamResourceDiscoveryAssociations\0"
        /*   1548 */ "DescribeIpamScopes\0"
        /*   1567 */ "DescribeIpams\0"
        /*   1581 */ "DescribeIpv6Pools\0"
        /*   1599 */ "DescribeLaunchTemplateVersions\0"
        /*   1630 */ "DescribeLaunchTemplates\0"
        /*   1654 */ "DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations\0"
        /*   1718 */ "DescribeLocalGatewayRouteTableVpcAssociations\0"
        /*   1764 */ "DescribeLocalGatewayRouteTables\0"
        /*   1796 */ "DescribeLocalGatewayVirtualInterfaceGroups\0"
        /*   1839 */ "DescribeLocalGatewayVirtualInterfaces\0"
        /*   1877 */ "DescribeLocalGateways\0"
        /*   1899 */ "DescribeMacHosts\0"
        /*   1916 */ "DescribeMacModificationTasks\0"
        /*   1945 */ "DescribeManagedPrefixLists\0"
        /*   1972 */ "DescribeMovingAddresses\0"
        /*   1996 */ "DescribeNatGateways\0"
        /*   2016 */ "DescribeNetworkAcls\0"
        /*   2036 */ "DescribeNetworkInsightsAccessScopeAnalyses\0"
        /*   2079 */ "DescribeNetworkInsightsAccessScopes\0"
        /*   2115 */ "DescribeNetworkInsightsAnalyses\0"
        /*   2147 */ "DescribeNetworkInsightsPaths\0"
        /*   2176 */ "DescribeNetworkInterfacePermissions\0"
        /*   2212 */ "DescribeNetworkInterfaces\0"
        /*   2238 */ "DescribePrefixLists\0"
        /*   2258 */ "DescribePrincipalIdFormat\0"
        /*   2284 */ "DescribePublicIpv4Pools\0"
        /*   2308 */ "DescribeReplaceRootVolumeTasks\0"
        /*   2339 */ "DescribeReservedInstancesModifications\0"
        /*   2378 */ "DescribeReservedInstancesOfferings\0"
        /*   2413 */ "DescribeRouteServerEndpoints\0"
        /*   2442 */ "DescribeRouteServerPeers\0"
        /*   2467 */ "DescribeRouteServers\0"
        /*   2488 */ "DescribeRouteTables\0"
        /*   2508 */ "DescribeScheduledInstanceAvailability\0"
        /*   2546 */ "DescribeScheduledInstances\0"
        /*   2573 */ "DescribeSecondaryInterfaces\0"
        /*   2601 */ "DescribeSecondaryNetworks\0"
        /*   2627 */ "DescribeSecondarySubnets\0"
        /*   2652 */ "DescribeSecurityGroupRules\0"
        /*   2679 */ "DescribeSecurityGroupVpcAssociations\0"
        /*   2716 */ "DescribeSecurityGroups\0"
        /*   2739 */ "DescribeSnapshotTierStatus\0"
        /*   2766 */ "DescribeSnapshots\0"
        /*   2784 */ "DescribeSpotFleetInstances\0"
        /*   2811 */ "DescribeSpotFleetRequests\0"
        /*   2837 */ "DescribeSpotInstanceRequests\0"
        /*   2866 */ "DescribeSpotPriceHistory\0"
        /*   2891 */ "DescribeStaleSecurityGroups\0"
        /*   2919 */ "DescribeStoreImageTasks\0"
        /*   2943 */ "DescribeSubnets\0"
        /*   2959 */ "DescribeTags\0"
        /*   2972 */ "DescribeTrafficMirrorFilters\0"
        /*   3001 */ "DescribeTrafficMirrorSessions\0"
        /*   3031 */ "DescribeTrafficMirrorTargets\0"
        /*   3060 */ "DescribeTransitGatewayAttachments\0"
        /*   3094 */ "DescribeTransitGatewayConnectPeers\0"
        /*   3129 */ "DescribeTransitGatewayConnects\0"
        /*   3160 */ "DescribeTransitGatewayMulticastDomains\0"
        /*   3199 */ "DescribeTransitGatewayPeeringAttachments\0"
        /*   3240 */ "DescribeTransitGatewayPolicyTables\0"
        /*   3275 */ "DescribeTransitGatewayRouteTableAnnouncements\0"
        /*   3321 */ "DescribeTransitGatewayRouteTables\0"
        /*   3355 */ "DescribeTransitGatewayVpcAttachments\0"
        /*   3392 */ "DescribeTransitGateways\0"
        /*   3416 */ "DescribeTrunkInterfaceAssociations\0"
        /*   3451 */ "DescribeVerifiedAccessEndpoints\0"
        /*   3483 */ "DescribeVerifiedAccessGroups\0"
        /*   3512 */ "DescribeVerifiedAccessInstanceLoggingConfigurations\0"
        /*   3564 */ "DescribeVerifiedAccessInstances\0"
        /*   3596 */ "DescribeVerifiedAccessTrustProviders\0"
        /*   3633 */ "DescribeVolumeStatus\0"
        /*   3654 */ "DescribeVolumes\0"
        /*   3670 */ "DescribeVolumesModifications\0"
        /*   3699 */ "DescribeVpcClassicLinkDnsSupport\0"
        /*   3732 */ "DescribeVpcEndpointConnectionNotifications\0"
        /*   3775 */ "DescribeVpcEndpointConnections\0"
        /*   3806 */ "DescribeVpcEndpointServiceConfigurations\0"
        /*   3847 */ "DescribeVpcEndpointServicePermissions\0"
        /*   3885 */ "DescribeVpcEndpointServices\0"
        /*   3913 */ "DescribeVpcEndpoints\0"
        /*   3934 */ "DescribeVpcPeeringConnections\0"
        /*   3964 */ "DescribeVpcs\0"
        /*   3977 */ "DescribeVpnConcentrators\0"
        /*   4002 */ "GetAssociatedIpv6PoolCidrs\0"
        /*   4029 */ "GetAwsNetworkPerformanceData\0"
        /*   4058 */ "GetCapacityManagerMetricData\0"
        /*   4087 */ "GetCapacityManagerMetricDimensions\0"
        /*   4122 */ "GetCapacityManagerMonitoredTagKeys\0"
        /*   4157 */ "GetGroupsForCapacityReservation\0"
        /*   4189 */ "GetInstanceTypesFromInstanceRequirements\0"
        /*   4230 */ "GetIpamAddressHistory\0"
        /*   4252 */ "GetIpamDiscoveredAccounts\0"
        /*   4278 */ "GetIpamDiscoveredResourceCidrs\0"
        /*   4309 */ "GetIpamPoolAllocations\0"
        /*   4332 */ "GetIpamPoolCidrs\0"
        /*   4349 */ "GetIpamPrefixListResolverRules\0"
        /*   4380 */ "GetIpamPrefixListResolverVersionEntries\0"
        /*   4420 */ "GetIpamPrefixListResolverVersions\0"
        /*   4454 */ "GetIpamResourceCidrs\0"
        /*   4475 */ "GetManagedPrefixListAssociations\0"
        /*   4508 */ "GetManagedPrefixListEntries\0"
        /*   4536 */ "GetNetworkInsightsAccessScopeAnalysisFindings\0"
        /*   4582 */ "GetSecurityGroupsForVpc\0"
        /*   4606 */ "GetSpotPlacementScores\0"
        /*   4629 */ "GetTransitGatewayAttachmentPropagations\0"
        /*   4669 */ "GetTransitGatewayMulticastDomainAssociations\0"
        /*   4714 */ "GetTransitGatewayPolicyTableAssociations\0"
        /*   4755 */ "GetTransitGatewayPolicyTableEntries\0"
        /*   4791 */ "GetTransitGatewayPrefixListReferences\0"
        /*   4829 */ "GetTransitGatewayRouteTableAssociations\0"
        /*   4869 */ "GetTransitGatewayRouteTablePropagations\0"
        /*   4909 */ "GetVpnConnectionDeviceTypes\0"
        /*   4937 */ "ListImagesInRecycleBin\0"
        /*   4960 */ "ListSnapshotsInRecycleBin\0"
        /*   4986 */ "SearchLocalGatewayRoutes\0"
        /*   5011 */ "SearchTransitGatewayMulticastGroups\0"
        /*   5047 */ "SearchTransitGatewayRoutes\0"
        /*   5074 */ "BundleTaskComplete\0"
        /*   5093 */ "complete\0"
        /*   5102 */ "failed\0"
        /*   5109 */ "ConversionTaskCancelled\0"
        /*   5133 */ "cancelled\0"
        /*   5143 */ "ConversionTaskCompleted\0"
        /*   5167 */ "completed\0"
        /*   5177 */ "cancelling\0"
        /*   5188 */ "ConversionTaskDeleted\0"
        /*   5210 */ "deleted\0"
        /*   5218 */ "CustomerGatewayAvailable\0"
        /*   5243 */ "available\0"
        /*   5253 */ "deleting\0"
        /*   5262 */ "ExportTaskCancelled\0"
        /*   5282 */ "ExportTaskCompleted\0"
        /*   5302 */ "ImageAvailable\0"
        /*   5317 */ "ImageExists\0"
        /*   5329 */ "InvalidAMIID.NotFound\0"
        /*   5351 */ "ImageUsageReportAvailable\0"
        /*   5377 */ "InstanceExists\0"
        /*   5392 */ "InvalidInstanceID.NotFound\0"
        /*   5419 */ "InstanceRunning\0"
        /*   5435 */ "running\0"
        /*   5443 */ "shutting-down\0"
        /*   5457 */ "terminated\0"
        /*   5468 */ "stopping\0"
        /*   5477 */ "InstanceStatusOk\0"
        /*   5494 */ "ok\0"
        /*   5497 */ "InstanceStopped\0"
        /*   5513 */ "stopped\0"
        /*   5521 */ "pending\0"
        /*   5529 */ "InstanceTerminated\0"
        /*   5548 */ "InternetGatewayExists\0"
        /*   5570 */ "InvalidInternetGateway.NotFound\0"
        /*   5602 */ "KeyPairExists\0"
        /*   5616 */ "InvalidKeyPair.NotFound\0"
        /*   5640 */ "NatGatewayAvailable\0"
        /*   5660 */ "NatGatewayNotFound\0"
        /*   5679 */ "NatGatewayDeleted\0"
        /*   5697 */ "NetworkInterfaceAvailable\0"
        /*   5723 */ "InvalidNetworkInterfaceID.NotFound\0"
        /*   5758 */ "PasswordDataAvailable\0"
        /*   5780 */ "SecondaryNetworkCreateComplete\0"
        /*   5811 */ "create-complete\0"
        /*   5827 */ "create-failed\0"
        /*   5841 */ "InvalidSecondaryNetworkId.NotFound\0"
        /*   5876 */ "SecondaryNetworkDeleteComplete\0"
        /*   5907 */ "delete-complete\0"
        /*   5923 */ "delete-failed\0"
        /*   5937 */ "SecondarySubnetCreateComplete\0"
        /*   5967 */ "InvalidSecondarySubnetId.NotFound\0"
        /*   6001 */ "SecondarySubnetDeleteComplete\0"
        /*   6031 */ "SecurityGroupExists\0"
        /*   6051 */ "InvalidGroup.NotFound\0"
        /*   6073 */ "SecurityGroupVpcAssociationAssociated\0"
        /*   6111 */ "associated\0"
        /*   6122 */ "associating\0"
        /*   6134 */ "association-failed\0"
        /*   6153 */ "SecurityGroupVpcAssociationDisassociated\0"
        /*   6194 */ "disassociated\0"
        /*   6208 */ "disassociating\0"
        /*   6223 */ "disassociation-failed\0"
        /*   6245 */ "SnapshotCompleted\0"
        /*   6263 */ "error\0"
        /*   6269 */ "SnapshotImported\0"
        /*   6286 */ "SpotInstanceRequestFulfilled\0"
        /*   6315 */ "fulfilled\0"
        /*   6325 */ "request-canceled-and-instance-running\0"
        /*   6363 */ "schedule-expired\0"
        /*   6380 */ "canceled-before-fulfillment\0"
        /*   6408 */ "bad-parameters\0"
        /*   6423 */ "system-error\0"
        /*   6436 */ "InvalidSpotInstanceRequestID.NotFound\0"
        /*   6474 */ "StoreImageTaskComplete\0"
        /*   6497 */ "Completed\0"
        /*   6507 */ "Failed\0"
        /*   6514 */ "InProgress\0"
        /*   6525 */ "SubnetAvailable\0"
        /*   6541 */ "SystemStatusOk\0"
        /*   6556 */ "VolumeAvailable\0"
        /*   6572 */ "VolumeDeleted\0"
        /*   6586 */ "InvalidVolume.NotFound\0"
        /*   6609 */ "VolumeInUse\0"
        /*   6621 */ "in-use\0"
        /*   6628 */ "VpcAvailable\0"
        /*   6641 */ "VpcExists\0"
        /*   6651 */ "InvalidVpcID.NotFound\0"
        /*   6673 */ "VpcPeeringConnectionDeleted\0"
        /*   6701 */ "InvalidVpcPeeringConnectionID.NotFound\0"
        /*   6740 */ "VpcPeeringConnectionExists\0"
        /*   6767 */ "VpnConnectionAvailable\0"
        /*   6790 */ "VpnConnectionDeleted\0"
        /*   6811 */ "NextToken\0"
        /*   6821 */ "AddressTransfers\0"
        /*   6838 */ "Addresses\0"
        /*   6848 */ "Subscriptions\0"
        /*   6862 */ "ByoipCidrs\0"
        /*   6873 */ "CapacityBlockExtensions\0"
        /*   6897 */ "CapacityBlockExtensionOfferings\0"
        /*   6929 */ "CapacityBlockOfferings\0"
        /*   6952 */ "CapacityBlockStatuses\0"
        /*   6974 */ "CapacityBlocks\0"
        /*   6989 */ "CapacityManagerDataExports\0"
        /*   7016 */ "CapacityReservationBillingRequests\0"
        /*   7051 */ "CapacityReservationFleets\0"
        /*   7077 */ "CapacityReservations\0"
        /*   7098 */ "CarrierGateways\0"
        /*   7114 */ "Instances\0"
        /*   7124 */ "AuthorizationRules\0"
        /*   7143 */ "Connections\0"
        /*   7155 */ "ClientVpnEndpoints\0"
        /*   7174 */ "Routes\0"
        /*   7181 */ "ClientVpnTargetNetworks\0"
        /*   7205 */ "CoipPools\0"
        /*   7215 */ "DhcpOptions\0"
        /*   7227 */ "EgressOnlyInternetGateways\0"
        /*   7254 */ "ExportImageTasks\0"
        /*   7271 */ "FastLaunchImages\0"
        /*   7288 */ "FastSnapshotRestores\0"
        /*   7309 */ "Fleets\0"
        /*   7316 */ "FlowLogs\0"
        /*   7325 */ "FpgaImages\0"
        /*   7336 */ "OfferingSet\0"
        /*   7348 */ "HostReservationSet\0"
        /*   7367 */ "Hosts\0"
        /*   7373 */ "IamInstanceProfileAssociations\0"
        /*   7404 */ "ImageReferences\0"
        /*   7420 */ "ImageUsageReportEntries\0"
        /*   7444 */ "ImageUsageReports\0"
        /*   7462 */ "Images\0"
        /*   7469 */ "ImportImageTasks\0"
        /*   7486 */ "ImportSnapshotTasks\0"
        /*   7506 */ "InstanceConnectEndpoints\0"
        /*   7531 */ "InstanceCreditSpecifications\0"
        /*   7560 */ "InstanceEventWindows\0"
        /*   7581 */ "InstanceImageMetadata\0"
        /*   7603 */ "InstanceStatuses\0"
        /*   7620 */ "InstanceTypeOfferings\0"
        /*   7642 */ "InstanceTypes\0"
        /*   7656 */ "Reservations\0"
        /*   7669 */ "InternetGateways\0"
        /*   7686 */ "IpamPoolAllocations\0"
        /*   7706 */ "IpamPools\0"
        /*   7716 */ "IpamPrefixListResolverTargets\0"
        /*   7746 */ "IpamPrefixListResolvers\0"
        /*   7770 */ "IpamResourceDiscoveries\0"
        /*   7794 */ "IpamResourceDiscoveryAssociations\0"
        /*   7828 */ "IpamScopes\0"
        /*   7839 */ "Ipams\0"
        /*   7845 */ "Ipv6Pools\0"
        /*   7855 */ "LaunchTemplateVersions\0"
        /*   7878 */ "LaunchTemplates\0"
        /*   7894 */ "LocalGatewayRouteTableVirtualInterfaceGroupAssociations\0"
        /*   7950 */ "LocalGatewayRouteTableVpcAssociations\0"
        /*   7988 */ "LocalGatewayRouteTables\0"
        /*   8012 */ "LocalGatewayVirtualInterfaceGroups\0"
        /*   8047 */ "LocalGatewayVirtualInterfaces\0"
        /*   8077 */ "LocalGateways\0"
        /*   8091 */ "MacHosts\0"
        /*   8100 */ "MacModificationTasks\0"
        /*   8121 */ "PrefixLists\0"
        /*   8133 */ "MovingAddressStatuses\0"
        /*   8155 */ "NatGateways\0"
        /*   8167 */ "NetworkAcls\0"
        /*   8179 */ "NetworkInsightsAccessScopeAnalyses\0"
        /*   8214 */ "NetworkInsightsAccessScopes\0"
        /*   8242 */ "NetworkInsightsAnalyses\0"
        /*   8266 */ "NetworkInsightsPaths\0"
        /*   8287 */ "NetworkInterfacePermissions\0"
        /*   8315 */ "NetworkInterfaces\0"
        /*   8333 */ "Principals\0"
        /*   8344 */ "PublicIpv4Pools\0"
        /*   8360 */ "ReplaceRootVolumeTasks\0"
        /*   8383 */ "ReservedInstancesModifications\0"
        /*   8414 */ "ReservedInstancesOfferings\0"
        /*   8441 */ "RouteServerEndpoints\0"
        /*   8462 */ "RouteServerPeers\0"
        /*   8479 */ "RouteServers\0"
        /*   8492 */ "RouteTables\0"
        /*   8504 */ "ScheduledInstanceAvailabilitySet\0"
        /*   8537 */ "ScheduledInstanceSet\0"
        /*   8558 */ "SecondaryInterfaces\0"
        /*   8578 */ "SecondaryNetworks\0"
        /*   8596 */ "SecondarySubnets\0"
        /*   8613 */ "SecurityGroupRules\0"
        /*   8632 */ "SecurityGroupVpcAssociations\0"
        /*   8661 */ "SecurityGroups\0"
        /*   8676 */ "SnapshotTierStatuses\0"
        /*   8697 */ "Snapshots\0"
        /*   8707 */ "ActiveInstances\0"
        /*   8723 */ "SpotFleetRequestConfigs\0"
        /*   8747 */ "SpotInstanceRequests\0"
        /*   8768 */ "SpotPriceHistory\0"
        /*   8785 */ "StaleSecurityGroupSet\0"
        /*   8807 */ "StoreImageTaskResults\0"
        /*   8829 */ "Subnets\0"
        /*   8837 */ "Tags\0"
        /*   8842 */ "TrafficMirrorFilters\0"
        /*   8863 */ "TrafficMirrorSessions\0"
        /*   8885 */ "TrafficMirrorTargets\0"
        /*   8906 */ "TransitGatewayAttachments\0"
        /*   8932 */ "TransitGatewayConnectPeers\0"
        /*   8959 */ "TransitGatewayConnects\0"
        /*   8982 */ "TransitGatewayMulticastDomains\0"
        /*   9013 */ "TransitGatewayPeeringAttachments\0"
        /*   9046 */ "TransitGatewayPolicyTables\0"
        /*   9073 */ "TransitGatewayRouteTableAnnouncements\0"
        /*   9111 */ "TransitGatewayRouteTables\0"
        /*   9137 */ "TransitGatewayVpcAttachments\0"
        /*   9166 */ "TransitGateways\0"
        /*   9182 */ "InterfaceAssociations\0"
        /*   9204 */ "VerifiedAccessEndpoints\0"
        /*   9228 */ "VerifiedAccessGroups\0"
        /*   9249 */ "LoggingConfigurations\0"
        /*   9271 */ "VerifiedAccessInstances\0"
        /*   9295 */ "VerifiedAccessTrustProviders\0"
        /*   9324 */ "VolumeStatuses\0"
        /*   9339 */ "Volumes\0"
        /*   9347 */ "VolumesModifications\0"
        /*   9368 */ "Vpcs\0"
        /*   9373 */ "ConnectionNotificationSet\0"
        /*   9399 */ "VpcEndpointConnections\0"
        /*   9422 */ "ServiceConfigurations\0"
        /*   9444 */ "AllowedPrincipals\0"
        /*   9462 */ "ServiceDetails\0"
        /*   9477 */ "ServiceNames\0"
        /*   9490 */ "VpcEndpoints\0"
        /*   9503 */ "VpcPeeringConnections\0"
        /*   9525 */ "VpnConcentrators\0"
        /*   9542 */ "Ipv6CidrAssociations\0"
        /*   9563 */ "DataResponses\0"
        /*   9577 */ "MetricDataResults\0"
        /*   9595 */ "MetricDimensionResults\0"
        /*   9618 */ "CapacityManagerTagKeys\0"
        /*   9641 */ "CapacityReservationGroups\0"
        /*   9667 */ "HistoryRecords\0"
        /*   9682 */ "IpamDiscoveredAccounts\0"
        /*   9705 */ "IpamDiscoveredResourceCidrs\0"
        /*   9733 */ "IpamPoolCidrs\0"
        /*   9747 */ "Rules\0"
        /*   9753 */ "Entries\0"
        /*   9761 */ "IpamPrefixListResolverVersions\0"
        /*   9792 */ "IpamResourceCidrs\0"
        /*   9810 */ "PrefixListAssociations\0"
        /*   9833 */ "AnalysisFindings\0"
        /*   9850 */ "AnalysisStatus\0"
        /*   9865 */ "NetworkInsightsAccessScopeAnalysisId\0"
        /*   9902 */ "SecurityGroupForVpcs\0"
        /*   9923 */ "SpotPlacementScores\0"
        /*   9943 */ "TransitGatewayAttachmentPropagations\0"
        /*   9980 */ "MulticastDomainAssociations\0"
        /*  10008 */ "Associations\0"
        /*  10021 */ "TransitGatewayPolicyTableEntries\0"
        /*  10054 */ "TransitGatewayPrefixListReferences\0"
        /*  10089 */ "TransitGatewayRouteTablePropagations\0"
        /*  10126 */ "VpnConnectionDeviceTypes\0"
        /*  10151 */ "MulticastGroups\0"
        /*  10167 */ "AdditionalRoutesAvailable\0"
        /*  10193 */ "BundleTasks[].State\0"
        /*  10213 */ "BundleTasks\0"
        /*  10225 */ "State\0"
        /*  10231 */ "ConversionTasks[].State\0"
        /*  10255 */ "ConversionTasks\0"
        /*  10271 */ "CustomerGateways[].State\0"
        /*  10296 */ "CustomerGateways\0"
        /*  10313 */ "ExportTasks[].State\0"
        /*  10333 */ "ExportTasks\0"
        /*  10345 */ "Images[].State\0"
        /*  10360 */ "length(Images[]) > `0`\0"
        /*  10383 */ "ImageUsageReports[].State\0"
        /*  10409 */ "length(Reservations[]) > `0`\0"
        /*  10438 */ "Reservations[].Instances[].State.Name\0"
        /*  10476 */ "Name\0"
        /*  10481 */ "InstanceStatuses[].InstanceStatus.Status\0"
        /*  10522 */ "InstanceStatus\0"
        /*  10537 */ "Status\0"
        /*  10544 */ "length(InternetGateways[].InternetGatewayId) > `0`\0"
        /*  10595 */ "InternetGatewayId\0"
        /*  10613 */ "length(KeyPairs[].KeyName) > `0`\0"
        /*  10646 */ "KeyPairs\0"
        /*  10655 */ "KeyName\0"
        /*  10663 */ "NatGateways[].State\0"
        /*  10683 */ "NetworkInterfaces[].Status\0"
        /*  10710 */ "length(PasswordData) > `0`\0"
        /*  10737 */ "PasswordData\0"
        /*  10750 */ "SecondaryNetworks[].State\0"
        /*  10776 */ "SecondarySubnets[].State\0"
        /*  10801 */ "length(SecurityGroups[].GroupId) > `0`\0"
        /*  10840 */ "GroupId\0"
        /*  10848 */ "SecurityGroupVpcAssociations[].State\0"
        /*  10885 */ "length(SecurityGroupVpcAssociations[]) == `0`\0"
        /*  10931 */ "Snapshots[].State\0"
        /*  10949 */ "ImportSnapshotTasks[].SnapshotTaskDetail.Status\0"
        /*  10997 */ "SnapshotTaskDetail\0"
        /*  11016 */ "SpotInstanceRequests[].Status.Code\0"
        /*  11051 */ "Code\0"
        /*  11056 */ "StoreImageTaskResults[].StoreTaskState\0"
        /*  11095 */ "StoreTaskState\0"
        /*  11110 */ "Subnets[].State\0"
        /*  11126 */ "InstanceStatuses[].SystemStatus.Status\0"
        /*  11165 */ "SystemStatus\0"
        /*  11178 */ "Volumes[].State\0"
        /*  11194 */ "Vpcs[].State\0"
        /*  11207 */ "VpcPeeringConnections[].Status.Code\0"
        /*  11243 */ "VpnConnections[].State\0"
        /*  11266 */ "VpnConnections",
};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

int awsc_ec2_describe_address_transfers_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_address_transfers_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[0], input, options, pager, err);
}

int awsc_ec2_describe_address_transfers_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_address_transfers_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[0], page, err);
}

static void pg_0_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_address_transfers_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_address_transfers_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_address_transfers_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_address_transfers_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_address_transfer **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[0], false, item, err);
}

static void pg_0_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_address_transfers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_address_transfers_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_address_transfers_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_address_transfers_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_address_transfers_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[0], output, err);
}

int awsc_ec2_describe_addresses_attribute_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_addresses_attribute_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[1], input, options, pager, err);
}

int awsc_ec2_describe_addresses_attribute_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_addresses_attribute_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[1], page, err);
}

static void pg_1_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_addresses_attribute_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_addresses_attribute_next_page_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_addresses_attribute_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_addresses_attribute_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_address_attribute **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[1], false, item, err);
}

static void pg_1_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_addresses_attribute_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_addresses_attribute_next_item_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_addresses_attribute_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_addresses_attribute_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_addresses_attribute_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[1], output, err);
}

int awsc_ec2_describe_aws_network_performance_metric_subscriptions_paginate(struct awsc_client *client,
                                                                            const struct awsc_ec2_describe_aws_network_performance_metric_subscriptions_input *input,
                                                                            const struct awsc_page_options *options,
                                                                            struct awsc_pager **pager,
                                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[2], input, options, pager, err);
}

int awsc_ec2_describe_aws_network_performance_metric_subscriptions_next_page(struct awsc_pager *pager,
                                                                             struct awsc_ec2_describe_aws_network_performance_metric_subscriptions_output **page,
                                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[2], page, err);
}

static void pg_2_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_aws_network_performance_metric_subscriptions_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_aws_network_performance_metric_subscriptions_next_page_async(struct awsc_pager *pager,
                                                                                   awsc_ec2_describe_aws_network_performance_metric_subscriptions_cb *cb,
                                                                                   void *user_data,
                                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_aws_network_performance_metric_subscriptions_next_item(struct awsc_pager *pager,
                                                                             const struct awsc_ec2_subscription **item,
                                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[2], false, item, err);
}

static void pg_2_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_aws_network_performance_metric_subscriptions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_aws_network_performance_metric_subscriptions_next_item_async(struct awsc_pager *pager,
                                                                                   awsc_ec2_describe_aws_network_performance_metric_subscriptions_item_cb *cb,
                                                                                   void *user_data,
                                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_aws_network_performance_metric_subscriptions_collect(struct awsc_pager *pager,
                                                                           struct awsc_ec2_describe_aws_network_performance_metric_subscriptions_output **output,
                                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[2], output, err);
}

int awsc_ec2_describe_byoip_cidrs_paginate(struct awsc_client *client,
                                           const struct awsc_ec2_describe_byoip_cidrs_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[3], input, options, pager, err);
}

int awsc_ec2_describe_byoip_cidrs_next_page(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_byoip_cidrs_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[3], page, err);
}

static void pg_3_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_byoip_cidrs_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_byoip_cidrs_next_page_async(struct awsc_pager *pager,
                                                  awsc_ec2_describe_byoip_cidrs_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_byoip_cidrs_next_item(struct awsc_pager *pager,
                                            const struct awsc_ec2_byoip_cidr **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[3], false, item, err);
}

static void pg_3_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_byoip_cidrs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_byoip_cidrs_next_item_async(struct awsc_pager *pager,
                                                  awsc_ec2_describe_byoip_cidrs_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_byoip_cidrs_collect(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_byoip_cidrs_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[3], output, err);
}

int awsc_ec2_describe_capacity_block_extension_history_paginate(struct awsc_client *client,
                                                                const struct awsc_ec2_describe_capacity_block_extension_history_input *input,
                                                                const struct awsc_page_options *options,
                                                                struct awsc_pager **pager,
                                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[4], input, options, pager, err);
}

int awsc_ec2_describe_capacity_block_extension_history_next_page(struct awsc_pager *pager,
                                                                 struct awsc_ec2_describe_capacity_block_extension_history_output **page,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[4], page, err);
}

static void pg_4_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_block_extension_history_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_block_extension_history_next_page_async(struct awsc_pager *pager,
                                                                       awsc_ec2_describe_capacity_block_extension_history_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_extension_history_next_item(struct awsc_pager *pager,
                                                                 const struct awsc_ec2_capacity_block_extension **item,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[4], false, item, err);
}

static void pg_4_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_block_extension_history_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_block_extension_history_next_item_async(struct awsc_pager *pager,
                                                                       awsc_ec2_describe_capacity_block_extension_history_item_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_extension_history_collect(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_capacity_block_extension_history_output **output,
                                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[4], output, err);
}

int awsc_ec2_describe_capacity_block_extension_offerings_paginate(struct awsc_client *client,
                                                                  const struct awsc_ec2_describe_capacity_block_extension_offerings_input *input,
                                                                  const struct awsc_page_options *options,
                                                                  struct awsc_pager **pager,
                                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[5], input, options, pager, err);
}

int awsc_ec2_describe_capacity_block_extension_offerings_next_page(struct awsc_pager *pager,
                                                                   struct awsc_ec2_describe_capacity_block_extension_offerings_output **page,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[5], page, err);
}

static void pg_5_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_block_extension_offerings_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_block_extension_offerings_next_page_async(struct awsc_pager *pager,
                                                                         awsc_ec2_describe_capacity_block_extension_offerings_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_extension_offerings_next_item(struct awsc_pager *pager,
                                                                   const struct awsc_ec2_capacity_block_extension_offering **item,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[5], false, item, err);
}

static void pg_5_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_block_extension_offerings_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_block_extension_offerings_next_item_async(struct awsc_pager *pager,
                                                                         awsc_ec2_describe_capacity_block_extension_offerings_item_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_extension_offerings_collect(struct awsc_pager *pager,
                                                                 struct awsc_ec2_describe_capacity_block_extension_offerings_output **output,
                                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[5], output, err);
}

int awsc_ec2_describe_capacity_block_offerings_paginate(struct awsc_client *client,
                                                        const struct awsc_ec2_describe_capacity_block_offerings_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[6], input, options, pager, err);
}

int awsc_ec2_describe_capacity_block_offerings_next_page(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_capacity_block_offerings_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[6], page, err);
}

static void pg_6_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_block_offerings_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_block_offerings_next_page_async(struct awsc_pager *pager,
                                                               awsc_ec2_describe_capacity_block_offerings_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_offerings_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ec2_capacity_block_offering **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[6], false, item, err);
}

static void pg_6_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_block_offerings_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_block_offerings_next_item_async(struct awsc_pager *pager,
                                                               awsc_ec2_describe_capacity_block_offerings_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_offerings_collect(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_capacity_block_offerings_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[6], output, err);
}

int awsc_ec2_describe_capacity_block_status_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_capacity_block_status_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[7], input, options, pager, err);
}

int awsc_ec2_describe_capacity_block_status_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_capacity_block_status_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[7], page, err);
}

static void pg_7_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_block_status_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_block_status_next_page_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_capacity_block_status_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_status_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_capacity_block_status **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[7], false, item, err);
}

static void pg_7_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_block_status_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_block_status_next_item_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_capacity_block_status_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_status_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_capacity_block_status_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[7], output, err);
}

int awsc_ec2_describe_capacity_blocks_paginate(struct awsc_client *client,
                                               const struct awsc_ec2_describe_capacity_blocks_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[8], input, options, pager, err);
}

int awsc_ec2_describe_capacity_blocks_next_page(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_capacity_blocks_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[8], page, err);
}

static void pg_8_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_blocks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_blocks_next_page_async(struct awsc_pager *pager,
                                                      awsc_ec2_describe_capacity_blocks_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[8], pg_8_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_blocks_next_item(struct awsc_pager *pager,
                                                const struct awsc_ec2_capacity_block **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[8], false, item, err);
}

static void pg_8_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_blocks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_blocks_next_item_async(struct awsc_pager *pager,
                                                      awsc_ec2_describe_capacity_blocks_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[8], pg_8_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_blocks_collect(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_capacity_blocks_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[8], output, err);
}

int awsc_ec2_describe_capacity_manager_data_exports_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_describe_capacity_manager_data_exports_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[9], input, options, pager, err);
}

int awsc_ec2_describe_capacity_manager_data_exports_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_capacity_manager_data_exports_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[9], page, err);
}

static void pg_9_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_manager_data_exports_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_manager_data_exports_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_capacity_manager_data_exports_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[9], pg_9_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_manager_data_exports_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_capacity_manager_data_export_response **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[9], false, item, err);
}

static void pg_9_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_manager_data_exports_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_manager_data_exports_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_capacity_manager_data_exports_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[9], pg_9_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_manager_data_exports_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_capacity_manager_data_exports_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[9], output, err);
}

int awsc_ec2_describe_capacity_reservation_billing_requests_paginate(struct awsc_client *client,
                                                                     const struct awsc_ec2_describe_capacity_reservation_billing_requests_input *input,
                                                                     const struct awsc_page_options *options,
                                                                     struct awsc_pager **pager,
                                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[10], input, options, pager, err);
}

int awsc_ec2_describe_capacity_reservation_billing_requests_next_page(struct awsc_pager *pager,
                                                                      struct awsc_ec2_describe_capacity_reservation_billing_requests_output **page,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[10], page, err);
}

static void pg_10_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_reservation_billing_requests_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_reservation_billing_requests_next_page_async(struct awsc_pager *pager,
                                                                            awsc_ec2_describe_capacity_reservation_billing_requests_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[10], pg_10_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservation_billing_requests_next_item(struct awsc_pager *pager,
                                                                      const struct awsc_ec2_capacity_reservation_billing_request **item,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[10], false, item, err);
}

static void pg_10_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_reservation_billing_requests_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_reservation_billing_requests_next_item_async(struct awsc_pager *pager,
                                                                            awsc_ec2_describe_capacity_reservation_billing_requests_item_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[10], pg_10_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservation_billing_requests_collect(struct awsc_pager *pager,
                                                                    struct awsc_ec2_describe_capacity_reservation_billing_requests_output **output,
                                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[10], output, err);
}

int awsc_ec2_describe_capacity_reservation_fleets_paginate(struct awsc_client *client,
                                                           const struct awsc_ec2_describe_capacity_reservation_fleets_input *input,
                                                           const struct awsc_page_options *options,
                                                           struct awsc_pager **pager,
                                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[11], input, options, pager, err);
}

int awsc_ec2_describe_capacity_reservation_fleets_next_page(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_capacity_reservation_fleets_output **page,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[11], page, err);
}

static void pg_11_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_reservation_fleets_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_reservation_fleets_next_page_async(struct awsc_pager *pager,
                                                                  awsc_ec2_describe_capacity_reservation_fleets_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[11], pg_11_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservation_fleets_next_item(struct awsc_pager *pager,
                                                            const struct awsc_ec2_capacity_reservation_fleet **item,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[11], false, item, err);
}

static void pg_11_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_reservation_fleets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_reservation_fleets_next_item_async(struct awsc_pager *pager,
                                                                  awsc_ec2_describe_capacity_reservation_fleets_item_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[11], pg_11_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservation_fleets_collect(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_capacity_reservation_fleets_output **output,
                                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[11], output, err);
}

int awsc_ec2_describe_capacity_reservations_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_capacity_reservations_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[12], input, options, pager, err);
}

int awsc_ec2_describe_capacity_reservations_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_capacity_reservations_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[12], page, err);
}

static void pg_12_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_reservations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_capacity_reservations_next_page_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_capacity_reservations_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[12], pg_12_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservations_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_capacity_reservation **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[12], false, item, err);
}

static void pg_12_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_capacity_reservations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_capacity_reservations_next_item_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_capacity_reservations_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[12], pg_12_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservations_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_capacity_reservations_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[12], output, err);
}

int awsc_ec2_describe_carrier_gateways_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_describe_carrier_gateways_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[13], input, options, pager, err);
}

int awsc_ec2_describe_carrier_gateways_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_carrier_gateways_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[13], page, err);
}

static void pg_13_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_carrier_gateways_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_carrier_gateways_next_page_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_carrier_gateways_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[13], pg_13_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_carrier_gateways_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_carrier_gateway **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[13], false, item, err);
}

static void pg_13_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_carrier_gateways_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_carrier_gateways_next_item_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_carrier_gateways_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[13], pg_13_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_carrier_gateways_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_carrier_gateways_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[13], output, err);
}

int awsc_ec2_describe_classic_link_instances_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_classic_link_instances_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[14], input, options, pager, err);
}

int awsc_ec2_describe_classic_link_instances_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_classic_link_instances_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[14], page, err);
}

static void pg_14_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_classic_link_instances_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_classic_link_instances_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_classic_link_instances_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[14], pg_14_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_classic_link_instances_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_classic_link_instance **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[14], false, item, err);
}

static void pg_14_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_classic_link_instances_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_classic_link_instances_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_classic_link_instances_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[14], pg_14_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_classic_link_instances_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_classic_link_instances_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[14], output, err);
}

int awsc_ec2_describe_client_vpn_authorization_rules_paginate(struct awsc_client *client,
                                                              const struct awsc_ec2_describe_client_vpn_authorization_rules_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[15], input, options, pager, err);
}

int awsc_ec2_describe_client_vpn_authorization_rules_next_page(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_client_vpn_authorization_rules_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[15], page, err);
}

static void pg_15_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_authorization_rules_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_client_vpn_authorization_rules_next_page_async(struct awsc_pager *pager,
                                                                     awsc_ec2_describe_client_vpn_authorization_rules_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[15], pg_15_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_authorization_rules_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ec2_authorization_rule **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[15], false, item, err);
}

static void pg_15_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_authorization_rules_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_client_vpn_authorization_rules_next_item_async(struct awsc_pager *pager,
                                                                     awsc_ec2_describe_client_vpn_authorization_rules_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[15], pg_15_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_authorization_rules_collect(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_client_vpn_authorization_rules_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[15], output, err);
}

int awsc_ec2_describe_client_vpn_connections_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_client_vpn_connections_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[16], input, options, pager, err);
}

int awsc_ec2_describe_client_vpn_connections_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_client_vpn_connections_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[16], page, err);
}

static void pg_16_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_connections_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_client_vpn_connections_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_client_vpn_connections_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[16], pg_16_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_connections_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_client_vpn_connection **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[16], false, item, err);
}

static void pg_16_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_connections_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_client_vpn_connections_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_client_vpn_connections_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[16], pg_16_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_connections_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_client_vpn_connections_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[16], output, err);
}

int awsc_ec2_describe_client_vpn_endpoints_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_client_vpn_endpoints_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[17], input, options, pager, err);
}

int awsc_ec2_describe_client_vpn_endpoints_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_client_vpn_endpoints_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[17], page, err);
}

static void pg_17_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_endpoints_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_client_vpn_endpoints_next_page_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_client_vpn_endpoints_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[17], pg_17_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_endpoints_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_client_vpn_endpoint **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[17], false, item, err);
}

static void pg_17_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_endpoints_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_client_vpn_endpoints_next_item_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_client_vpn_endpoints_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[17], pg_17_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_endpoints_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_client_vpn_endpoints_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[17], output, err);
}

int awsc_ec2_describe_client_vpn_routes_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_client_vpn_routes_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[18], input, options, pager, err);
}

int awsc_ec2_describe_client_vpn_routes_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_client_vpn_routes_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[18], page, err);
}

static void pg_18_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_routes_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_client_vpn_routes_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_client_vpn_routes_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[18], pg_18_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_routes_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_client_vpn_route **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[18], false, item, err);
}

static void pg_18_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_routes_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_client_vpn_routes_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_client_vpn_routes_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[18], pg_18_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_routes_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_client_vpn_routes_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[18], output, err);
}

int awsc_ec2_describe_client_vpn_target_networks_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_client_vpn_target_networks_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[19], input, options, pager, err);
}

int awsc_ec2_describe_client_vpn_target_networks_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_client_vpn_target_networks_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[19], page, err);
}

static void pg_19_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_target_networks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_client_vpn_target_networks_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_client_vpn_target_networks_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[19], pg_19_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_target_networks_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_target_network **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[19], false, item, err);
}

static void pg_19_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_client_vpn_target_networks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_client_vpn_target_networks_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_client_vpn_target_networks_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[19], pg_19_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_target_networks_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_client_vpn_target_networks_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[19], output, err);
}

int awsc_ec2_describe_coip_pools_paginate(struct awsc_client *client,
                                          const struct awsc_ec2_describe_coip_pools_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[20], input, options, pager, err);
}

int awsc_ec2_describe_coip_pools_next_page(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_coip_pools_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[20], page, err);
}

static void pg_20_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_coip_pools_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_coip_pools_next_page_async(struct awsc_pager *pager,
                                                 awsc_ec2_describe_coip_pools_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[20], pg_20_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_coip_pools_next_item(struct awsc_pager *pager,
                                           const struct awsc_ec2_coip_pool **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[20], false, item, err);
}

static void pg_20_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_coip_pools_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_coip_pools_next_item_async(struct awsc_pager *pager,
                                                 awsc_ec2_describe_coip_pools_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[20], pg_20_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_coip_pools_collect(struct awsc_pager *pager,
                                         struct awsc_ec2_describe_coip_pools_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[20], output, err);
}

int awsc_ec2_describe_dhcp_options_paginate(struct awsc_client *client,
                                            const struct awsc_ec2_describe_dhcp_options_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[21], input, options, pager, err);
}

int awsc_ec2_describe_dhcp_options_next_page(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_dhcp_options_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[21], page, err);
}

static void pg_21_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_dhcp_options_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_dhcp_options_next_page_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_dhcp_options_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[21], pg_21_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_dhcp_options_next_item(struct awsc_pager *pager,
                                             const struct awsc_ec2_dhcp_options **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[21], false, item, err);
}

static void pg_21_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_dhcp_options_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_dhcp_options_next_item_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_dhcp_options_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[21], pg_21_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_dhcp_options_collect(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_dhcp_options_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[21], output, err);
}

int awsc_ec2_describe_egress_only_internet_gateways_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_describe_egress_only_internet_gateways_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[22], input, options, pager, err);
}

int awsc_ec2_describe_egress_only_internet_gateways_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_egress_only_internet_gateways_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[22], page, err);
}

static void pg_22_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_egress_only_internet_gateways_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_egress_only_internet_gateways_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_egress_only_internet_gateways_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[22], pg_22_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_egress_only_internet_gateways_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_egress_only_internet_gateway **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[22], false, item, err);
}

static void pg_22_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_egress_only_internet_gateways_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_egress_only_internet_gateways_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_egress_only_internet_gateways_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[22], pg_22_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_egress_only_internet_gateways_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_egress_only_internet_gateways_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[22], output, err);
}

int awsc_ec2_describe_export_image_tasks_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_export_image_tasks_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[23], input, options, pager, err);
}

int awsc_ec2_describe_export_image_tasks_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_export_image_tasks_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[23], page, err);
}

static void pg_23_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_export_image_tasks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_export_image_tasks_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_export_image_tasks_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[23], pg_23_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_export_image_tasks_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_export_image_task **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[23], false, item, err);
}

static void pg_23_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_export_image_tasks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_export_image_tasks_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_export_image_tasks_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[23], pg_23_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_export_image_tasks_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_export_image_tasks_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[23], output, err);
}

int awsc_ec2_describe_fast_launch_images_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_fast_launch_images_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[24], input, options, pager, err);
}

int awsc_ec2_describe_fast_launch_images_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_fast_launch_images_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[24], page, err);
}

static void pg_24_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_fast_launch_images_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_fast_launch_images_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_fast_launch_images_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[24], pg_24_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fast_launch_images_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_describe_fast_launch_images_success_item **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[24], false, item, err);
}

static void pg_24_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_fast_launch_images_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_fast_launch_images_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_fast_launch_images_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[24], pg_24_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fast_launch_images_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_fast_launch_images_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[24], output, err);
}

int awsc_ec2_describe_fast_snapshot_restores_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_fast_snapshot_restores_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[25], input, options, pager, err);
}

int awsc_ec2_describe_fast_snapshot_restores_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_fast_snapshot_restores_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[25], page, err);
}

static void pg_25_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_fast_snapshot_restores_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_fast_snapshot_restores_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_fast_snapshot_restores_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[25], pg_25_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fast_snapshot_restores_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_describe_fast_snapshot_restore_success_item **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[25], false, item, err);
}

static void pg_25_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_fast_snapshot_restores_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_fast_snapshot_restores_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_fast_snapshot_restores_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[25], pg_25_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fast_snapshot_restores_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_fast_snapshot_restores_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[25], output, err);
}

int awsc_ec2_describe_fleets_paginate(struct awsc_client *client,
                                      const struct awsc_ec2_describe_fleets_input *input,
                                      const struct awsc_page_options *options,
                                      struct awsc_pager **pager,
                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[26], input, options, pager, err);
}

int awsc_ec2_describe_fleets_next_page(struct awsc_pager *pager,
                                       struct awsc_ec2_describe_fleets_output **page,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[26], page, err);
}

static void pg_26_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_fleets_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_fleets_next_page_async(struct awsc_pager *pager,
                                             awsc_ec2_describe_fleets_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[26], pg_26_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fleets_next_item(struct awsc_pager *pager,
                                       const struct awsc_ec2_fleet_data **item,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[26], false, item, err);
}

static void pg_26_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_fleets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_fleets_next_item_async(struct awsc_pager *pager,
                                             awsc_ec2_describe_fleets_item_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[26], pg_26_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fleets_collect(struct awsc_pager *pager,
                                     struct awsc_ec2_describe_fleets_output **output,
                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[26], output, err);
}

int awsc_ec2_describe_flow_logs_paginate(struct awsc_client *client,
                                         const struct awsc_ec2_describe_flow_logs_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[27], input, options, pager, err);
}

int awsc_ec2_describe_flow_logs_next_page(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_flow_logs_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[27], page, err);
}

static void pg_27_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_flow_logs_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_flow_logs_next_page_async(struct awsc_pager *pager,
                                                awsc_ec2_describe_flow_logs_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[27], pg_27_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_flow_logs_next_item(struct awsc_pager *pager,
                                          const struct awsc_ec2_flow_log **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[27], false, item, err);
}

static void pg_27_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_flow_logs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_flow_logs_next_item_async(struct awsc_pager *pager,
                                                awsc_ec2_describe_flow_logs_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[27], pg_27_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_flow_logs_collect(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_flow_logs_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[27], output, err);
}

int awsc_ec2_describe_fpga_images_paginate(struct awsc_client *client,
                                           const struct awsc_ec2_describe_fpga_images_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[28], input, options, pager, err);
}

int awsc_ec2_describe_fpga_images_next_page(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_fpga_images_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[28], page, err);
}

static void pg_28_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_fpga_images_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_fpga_images_next_page_async(struct awsc_pager *pager,
                                                  awsc_ec2_describe_fpga_images_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[28], pg_28_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fpga_images_next_item(struct awsc_pager *pager,
                                            const struct awsc_ec2_fpga_image **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[28], false, item, err);
}

static void pg_28_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_fpga_images_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_fpga_images_next_item_async(struct awsc_pager *pager,
                                                  awsc_ec2_describe_fpga_images_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[28], pg_28_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fpga_images_collect(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_fpga_images_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[28], output, err);
}

int awsc_ec2_describe_host_reservation_offerings_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_host_reservation_offerings_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[29], input, options, pager, err);
}

int awsc_ec2_describe_host_reservation_offerings_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_host_reservation_offerings_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[29], page, err);
}

static void pg_29_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_host_reservation_offerings_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_host_reservation_offerings_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_host_reservation_offerings_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[29], pg_29_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_host_reservation_offerings_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_host_offering **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[29], false, item, err);
}

static void pg_29_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_host_reservation_offerings_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_host_reservation_offerings_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_host_reservation_offerings_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[29], pg_29_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_host_reservation_offerings_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_host_reservation_offerings_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[29], output, err);
}

int awsc_ec2_describe_host_reservations_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_host_reservations_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[30], input, options, pager, err);
}

int awsc_ec2_describe_host_reservations_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_host_reservations_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[30], page, err);
}

static void pg_30_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_host_reservations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_host_reservations_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_host_reservations_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[30], pg_30_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_host_reservations_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_host_reservation **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[30], false, item, err);
}

static void pg_30_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_host_reservations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_host_reservations_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_host_reservations_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[30], pg_30_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_host_reservations_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_host_reservations_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[30], output, err);
}

int awsc_ec2_describe_hosts_paginate(struct awsc_client *client,
                                     const struct awsc_ec2_describe_hosts_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[31], input, options, pager, err);
}

int awsc_ec2_describe_hosts_next_page(struct awsc_pager *pager,
                                      struct awsc_ec2_describe_hosts_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[31], page, err);
}

static void pg_31_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_hosts_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_hosts_next_page_async(struct awsc_pager *pager,
                                            awsc_ec2_describe_hosts_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[31], pg_31_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_hosts_next_item(struct awsc_pager *pager,
                                      const struct awsc_ec2_host **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[31], false, item, err);
}

static void pg_31_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_hosts_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_hosts_next_item_async(struct awsc_pager *pager,
                                            awsc_ec2_describe_hosts_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[31], pg_31_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_hosts_collect(struct awsc_pager *pager,
                                    struct awsc_ec2_describe_hosts_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[31], output, err);
}

int awsc_ec2_describe_iam_instance_profile_associations_paginate(struct awsc_client *client,
                                                                 const struct awsc_ec2_describe_iam_instance_profile_associations_input *input,
                                                                 const struct awsc_page_options *options,
                                                                 struct awsc_pager **pager,
                                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[32], input, options, pager, err);
}

int awsc_ec2_describe_iam_instance_profile_associations_next_page(struct awsc_pager *pager,
                                                                  struct awsc_ec2_describe_iam_instance_profile_associations_output **page,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[32], page, err);
}

static void pg_32_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_iam_instance_profile_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_iam_instance_profile_associations_next_page_async(struct awsc_pager *pager,
                                                                        awsc_ec2_describe_iam_instance_profile_associations_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[32], pg_32_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_iam_instance_profile_associations_next_item(struct awsc_pager *pager,
                                                                  const struct awsc_ec2_iam_instance_profile_association **item,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[32], false, item, err);
}

static void pg_32_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_iam_instance_profile_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_iam_instance_profile_associations_next_item_async(struct awsc_pager *pager,
                                                                        awsc_ec2_describe_iam_instance_profile_associations_item_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[32], pg_32_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_iam_instance_profile_associations_collect(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_iam_instance_profile_associations_output **output,
                                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[32], output, err);
}

int awsc_ec2_describe_image_references_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_describe_image_references_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[33], input, options, pager, err);
}

int awsc_ec2_describe_image_references_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_image_references_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[33], page, err);
}

static void pg_33_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_image_references_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_image_references_next_page_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_image_references_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[33], pg_33_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_references_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_image_reference **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[33], false, item, err);
}

static void pg_33_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_image_references_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_image_references_next_item_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_image_references_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[33], pg_33_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_references_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_image_references_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[33], output, err);
}

int awsc_ec2_describe_image_usage_report_entries_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_image_usage_report_entries_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[34], input, options, pager, err);
}

int awsc_ec2_describe_image_usage_report_entries_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_image_usage_report_entries_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[34], page, err);
}

static void pg_34_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_image_usage_report_entries_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_image_usage_report_entries_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_image_usage_report_entries_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[34], pg_34_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_usage_report_entries_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_image_usage_report_entry **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[34], false, item, err);
}

static void pg_34_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_image_usage_report_entries_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_image_usage_report_entries_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_image_usage_report_entries_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[34], pg_34_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_usage_report_entries_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_image_usage_report_entries_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[34], output, err);
}

int awsc_ec2_describe_image_usage_reports_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_image_usage_reports_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[35], input, options, pager, err);
}

int awsc_ec2_describe_image_usage_reports_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_image_usage_reports_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[35], page, err);
}

static void pg_35_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_image_usage_reports_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_image_usage_reports_next_page_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_image_usage_reports_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[35], pg_35_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_usage_reports_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_image_usage_report **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[35], false, item, err);
}

static void pg_35_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_image_usage_reports_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_image_usage_reports_next_item_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_image_usage_reports_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[35], pg_35_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_usage_reports_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_image_usage_reports_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[35], output, err);
}

int awsc_ec2_describe_images_paginate(struct awsc_client *client,
                                      const struct awsc_ec2_describe_images_input *input,
                                      const struct awsc_page_options *options,
                                      struct awsc_pager **pager,
                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[36], input, options, pager, err);
}

int awsc_ec2_describe_images_next_page(struct awsc_pager *pager,
                                       struct awsc_ec2_describe_images_output **page,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[36], page, err);
}

static void pg_36_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_images_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_images_next_page_async(struct awsc_pager *pager,
                                             awsc_ec2_describe_images_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[36], pg_36_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_images_next_item(struct awsc_pager *pager,
                                       const struct awsc_ec2_image **item,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[36], false, item, err);
}

static void pg_36_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_images_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_images_next_item_async(struct awsc_pager *pager,
                                             awsc_ec2_describe_images_item_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[36], pg_36_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_images_collect(struct awsc_pager *pager,
                                     struct awsc_ec2_describe_images_output **output,
                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[36], output, err);
}

int awsc_ec2_describe_import_image_tasks_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_import_image_tasks_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[37], input, options, pager, err);
}

int awsc_ec2_describe_import_image_tasks_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_import_image_tasks_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[37], page, err);
}

static void pg_37_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_import_image_tasks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_import_image_tasks_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_import_image_tasks_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[37], pg_37_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_import_image_tasks_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_import_image_task **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[37], false, item, err);
}

static void pg_37_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_import_image_tasks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_import_image_tasks_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_import_image_tasks_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[37], pg_37_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_import_image_tasks_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_import_image_tasks_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[37], output, err);
}

int awsc_ec2_describe_import_snapshot_tasks_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_import_snapshot_tasks_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[38], input, options, pager, err);
}

int awsc_ec2_describe_import_snapshot_tasks_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_import_snapshot_tasks_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[38], page, err);
}

static void pg_38_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_import_snapshot_tasks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_import_snapshot_tasks_next_page_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_import_snapshot_tasks_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[38], pg_38_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_import_snapshot_tasks_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_import_snapshot_task **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[38], false, item, err);
}

static void pg_38_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_import_snapshot_tasks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_import_snapshot_tasks_next_item_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_import_snapshot_tasks_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[38], pg_38_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_import_snapshot_tasks_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_import_snapshot_tasks_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[38], output, err);
}

int awsc_ec2_describe_instance_connect_endpoints_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_instance_connect_endpoints_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[39], input, options, pager, err);
}

int awsc_ec2_describe_instance_connect_endpoints_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_instance_connect_endpoints_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[39], page, err);
}

static void pg_39_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_connect_endpoints_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instance_connect_endpoints_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_instance_connect_endpoints_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[39], pg_39_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_connect_endpoints_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_ec2_instance_connect_endpoint **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[39], false, item, err);
}

static void pg_39_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_connect_endpoints_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instance_connect_endpoints_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_instance_connect_endpoints_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[39], pg_39_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_connect_endpoints_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_instance_connect_endpoints_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[39], output, err);
}

int awsc_ec2_describe_instance_credit_specifications_paginate(struct awsc_client *client,
                                                              const struct awsc_ec2_describe_instance_credit_specifications_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[40], input, options, pager, err);
}

int awsc_ec2_describe_instance_credit_specifications_next_page(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_instance_credit_specifications_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[40], page, err);
}

static void pg_40_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_credit_specifications_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instance_credit_specifications_next_page_async(struct awsc_pager *pager,
                                                                     awsc_ec2_describe_instance_credit_specifications_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[40], pg_40_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_credit_specifications_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ec2_instance_credit_specification **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[40], false, item, err);
}

static void pg_40_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_credit_specifications_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instance_credit_specifications_next_item_async(struct awsc_pager *pager,
                                                                     awsc_ec2_describe_instance_credit_specifications_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[40], pg_40_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_credit_specifications_collect(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_instance_credit_specifications_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[40], output, err);
}

int awsc_ec2_describe_instance_event_windows_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_instance_event_windows_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[41], input, options, pager, err);
}

int awsc_ec2_describe_instance_event_windows_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_instance_event_windows_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[41], page, err);
}

static void pg_41_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_event_windows_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instance_event_windows_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_instance_event_windows_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[41], pg_41_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_event_windows_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_instance_event_window **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[41], false, item, err);
}

static void pg_41_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_event_windows_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instance_event_windows_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_instance_event_windows_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[41], pg_41_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_event_windows_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_instance_event_windows_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[41], output, err);
}

int awsc_ec2_describe_instance_image_metadata_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_describe_instance_image_metadata_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[42], input, options, pager, err);
}

int awsc_ec2_describe_instance_image_metadata_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_instance_image_metadata_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[42], page, err);
}

static void pg_42_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_image_metadata_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instance_image_metadata_next_page_async(struct awsc_pager *pager,
                                                              awsc_ec2_describe_instance_image_metadata_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[42], pg_42_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_image_metadata_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_instance_image_metadata **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[42], false, item, err);
}

static void pg_42_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_image_metadata_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instance_image_metadata_next_item_async(struct awsc_pager *pager,
                                                              awsc_ec2_describe_instance_image_metadata_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[42], pg_42_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_image_metadata_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_instance_image_metadata_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[42], output, err);
}

int awsc_ec2_describe_instance_status_paginate(struct awsc_client *client,
                                               const struct awsc_ec2_describe_instance_status_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[43], input, options, pager, err);
}

int awsc_ec2_describe_instance_status_next_page(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_instance_status_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[43], page, err);
}

static void pg_43_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_status_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instance_status_next_page_async(struct awsc_pager *pager,
                                                      awsc_ec2_describe_instance_status_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[43], pg_43_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_status_next_item(struct awsc_pager *pager,
                                                const struct awsc_ec2_instance_status **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[43], false, item, err);
}

static void pg_43_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_status_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instance_status_next_item_async(struct awsc_pager *pager,
                                                      awsc_ec2_describe_instance_status_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[43], pg_43_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_status_collect(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_instance_status_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[43], output, err);
}

int awsc_ec2_describe_instance_topology_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_instance_topology_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[44], input, options, pager, err);
}

int awsc_ec2_describe_instance_topology_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_instance_topology_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[44], page, err);
}

static void pg_44_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_topology_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instance_topology_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_instance_topology_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[44], pg_44_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_topology_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_instance_topology **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[44], false, item, err);
}

static void pg_44_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_topology_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instance_topology_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_instance_topology_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[44], pg_44_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_topology_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_instance_topology_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[44], output, err);
}

int awsc_ec2_describe_instance_type_offerings_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_describe_instance_type_offerings_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[45], input, options, pager, err);
}

int awsc_ec2_describe_instance_type_offerings_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_instance_type_offerings_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[45], page, err);
}

static void pg_45_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_type_offerings_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instance_type_offerings_next_page_async(struct awsc_pager *pager,
                                                              awsc_ec2_describe_instance_type_offerings_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[45], pg_45_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_type_offerings_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_instance_type_offering **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[45], false, item, err);
}

static void pg_45_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_type_offerings_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instance_type_offerings_next_item_async(struct awsc_pager *pager,
                                                              awsc_ec2_describe_instance_type_offerings_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[45], pg_45_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_type_offerings_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_instance_type_offerings_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[45], output, err);
}

int awsc_ec2_describe_instance_types_paginate(struct awsc_client *client,
                                              const struct awsc_ec2_describe_instance_types_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[46], input, options, pager, err);
}

int awsc_ec2_describe_instance_types_next_page(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_instance_types_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[46], page, err);
}

static void pg_46_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_types_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instance_types_next_page_async(struct awsc_pager *pager,
                                                     awsc_ec2_describe_instance_types_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[46], pg_46_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_types_next_item(struct awsc_pager *pager,
                                               const struct awsc_ec2_instance_type_info **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[46], false, item, err);
}

static void pg_46_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instance_types_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instance_types_next_item_async(struct awsc_pager *pager,
                                                     awsc_ec2_describe_instance_types_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[46], pg_46_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_types_collect(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_instance_types_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[46], output, err);
}

int awsc_ec2_describe_instances_paginate(struct awsc_client *client,
                                         const struct awsc_ec2_describe_instances_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[47], input, options, pager, err);
}

int awsc_ec2_describe_instances_next_page(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_instances_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[47], page, err);
}

static void pg_47_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_instances_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_instances_next_page_async(struct awsc_pager *pager,
                                                awsc_ec2_describe_instances_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[47], pg_47_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instances_next_item(struct awsc_pager *pager,
                                          const struct awsc_ec2_reservation **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[47], false, item, err);
}

static void pg_47_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_instances_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_instances_next_item_async(struct awsc_pager *pager,
                                                awsc_ec2_describe_instances_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[47], pg_47_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instances_collect(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_instances_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[47], output, err);
}

int awsc_ec2_describe_internet_gateways_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_internet_gateways_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[48], input, options, pager, err);
}

int awsc_ec2_describe_internet_gateways_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_internet_gateways_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[48], page, err);
}

static void pg_48_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_internet_gateways_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_internet_gateways_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_internet_gateways_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[48], pg_48_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_internet_gateways_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_internet_gateway **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[48], false, item, err);
}

static void pg_48_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_internet_gateways_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_internet_gateways_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_internet_gateways_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[48], pg_48_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_internet_gateways_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_internet_gateways_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[48], output, err);
}

int awsc_ec2_describe_ipam_pool_allocations_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_ipam_pool_allocations_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[49], input, options, pager, err);
}

int awsc_ec2_describe_ipam_pool_allocations_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_ipam_pool_allocations_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[49], page, err);
}

static void pg_49_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_pool_allocations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipam_pool_allocations_next_page_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_ipam_pool_allocations_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[49], pg_49_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_pool_allocations_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_ipam_pool_allocation **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[49], false, item, err);
}

static void pg_49_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_pool_allocations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipam_pool_allocations_next_item_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_ipam_pool_allocations_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[49], pg_49_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_pool_allocations_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_ipam_pool_allocations_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[49], output, err);
}

int awsc_ec2_describe_ipam_pools_paginate(struct awsc_client *client,
                                          const struct awsc_ec2_describe_ipam_pools_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[50], input, options, pager, err);
}

int awsc_ec2_describe_ipam_pools_next_page(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_ipam_pools_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[50], page, err);
}

static void pg_50_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_pools_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipam_pools_next_page_async(struct awsc_pager *pager,
                                                 awsc_ec2_describe_ipam_pools_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[50], pg_50_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_pools_next_item(struct awsc_pager *pager,
                                           const struct awsc_ec2_ipam_pool **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[50], false, item, err);
}

static void pg_50_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_pools_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipam_pools_next_item_async(struct awsc_pager *pager,
                                                 awsc_ec2_describe_ipam_pools_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[50], pg_50_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_pools_collect(struct awsc_pager *pager,
                                         struct awsc_ec2_describe_ipam_pools_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[50], output, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolver_targets_paginate(struct awsc_client *client,
                                                                 const struct awsc_ec2_describe_ipam_prefix_list_resolver_targets_input *input,
                                                                 const struct awsc_page_options *options,
                                                                 struct awsc_pager **pager,
                                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[51], input, options, pager, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolver_targets_next_page(struct awsc_pager *pager,
                                                                  struct awsc_ec2_describe_ipam_prefix_list_resolver_targets_output **page,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[51], page, err);
}

static void pg_51_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_prefix_list_resolver_targets_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolver_targets_next_page_async(struct awsc_pager *pager,
                                                                        awsc_ec2_describe_ipam_prefix_list_resolver_targets_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[51], pg_51_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolver_targets_next_item(struct awsc_pager *pager,
                                                                  const struct awsc_ec2_ipam_prefix_list_resolver_target **item,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[51], false, item, err);
}

static void pg_51_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_prefix_list_resolver_targets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolver_targets_next_item_async(struct awsc_pager *pager,
                                                                        awsc_ec2_describe_ipam_prefix_list_resolver_targets_item_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[51], pg_51_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolver_targets_collect(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_ipam_prefix_list_resolver_targets_output **output,
                                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[51], output, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolvers_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_ipam_prefix_list_resolvers_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[52], input, options, pager, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolvers_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_ipam_prefix_list_resolvers_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[52], page, err);
}

static void pg_52_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_prefix_list_resolvers_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolvers_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_ipam_prefix_list_resolvers_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[52], pg_52_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolvers_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_ipam_prefix_list_resolver **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[52], false, item, err);
}

static void pg_52_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_prefix_list_resolvers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolvers_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_ipam_prefix_list_resolvers_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[52], pg_52_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolvers_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_ipam_prefix_list_resolvers_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[52], output, err);
}

int awsc_ec2_describe_ipam_resource_discoveries_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_ipam_resource_discoveries_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[53], input, options, pager, err);
}

int awsc_ec2_describe_ipam_resource_discoveries_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_ipam_resource_discoveries_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[53], page, err);
}

static void pg_53_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_resource_discoveries_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipam_resource_discoveries_next_page_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_ipam_resource_discoveries_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[53], pg_53_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_resource_discoveries_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_ipam_resource_discovery **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[53], false, item, err);
}

static void pg_53_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_resource_discoveries_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipam_resource_discoveries_next_item_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_ipam_resource_discoveries_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[53], pg_53_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_resource_discoveries_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_ipam_resource_discoveries_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[53], output, err);
}

int awsc_ec2_describe_ipam_resource_discovery_associations_paginate(struct awsc_client *client,
                                                                    const struct awsc_ec2_describe_ipam_resource_discovery_associations_input *input,
                                                                    const struct awsc_page_options *options,
                                                                    struct awsc_pager **pager,
                                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[54], input, options, pager, err);
}

int awsc_ec2_describe_ipam_resource_discovery_associations_next_page(struct awsc_pager *pager,
                                                                     struct awsc_ec2_describe_ipam_resource_discovery_associations_output **page,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[54], page, err);
}

static void pg_54_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_resource_discovery_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipam_resource_discovery_associations_next_page_async(struct awsc_pager *pager,
                                                                           awsc_ec2_describe_ipam_resource_discovery_associations_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[54], pg_54_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_resource_discovery_associations_next_item(struct awsc_pager *pager,
                                                                     const struct awsc_ec2_ipam_resource_discovery_association **item,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[54], false, item, err);
}

static void pg_54_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_resource_discovery_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipam_resource_discovery_associations_next_item_async(struct awsc_pager *pager,
                                                                           awsc_ec2_describe_ipam_resource_discovery_associations_item_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[54], pg_54_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_resource_discovery_associations_collect(struct awsc_pager *pager,
                                                                   struct awsc_ec2_describe_ipam_resource_discovery_associations_output **output,
                                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[54], output, err);
}

int awsc_ec2_describe_ipam_scopes_paginate(struct awsc_client *client,
                                           const struct awsc_ec2_describe_ipam_scopes_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[55], input, options, pager, err);
}

int awsc_ec2_describe_ipam_scopes_next_page(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_ipam_scopes_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[55], page, err);
}

static void pg_55_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_scopes_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipam_scopes_next_page_async(struct awsc_pager *pager,
                                                  awsc_ec2_describe_ipam_scopes_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[55], pg_55_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_scopes_next_item(struct awsc_pager *pager,
                                            const struct awsc_ec2_ipam_scope **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[55], false, item, err);
}

static void pg_55_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipam_scopes_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipam_scopes_next_item_async(struct awsc_pager *pager,
                                                  awsc_ec2_describe_ipam_scopes_item_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[55], pg_55_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_scopes_collect(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_ipam_scopes_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[55], output, err);
}

int awsc_ec2_describe_ipams_paginate(struct awsc_client *client,
                                     const struct awsc_ec2_describe_ipams_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[56], input, options, pager, err);
}

int awsc_ec2_describe_ipams_next_page(struct awsc_pager *pager,
                                      struct awsc_ec2_describe_ipams_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[56], page, err);
}

static void pg_56_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipams_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipams_next_page_async(struct awsc_pager *pager,
                                            awsc_ec2_describe_ipams_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[56], pg_56_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipams_next_item(struct awsc_pager *pager,
                                      const struct awsc_ec2_ipam **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[56], false, item, err);
}

static void pg_56_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipams_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipams_next_item_async(struct awsc_pager *pager,
                                            awsc_ec2_describe_ipams_item_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[56], pg_56_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipams_collect(struct awsc_pager *pager,
                                    struct awsc_ec2_describe_ipams_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[56], output, err);
}

int awsc_ec2_describe_ipv6_pools_paginate(struct awsc_client *client,
                                          const struct awsc_ec2_describe_ipv6_pools_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[57], input, options, pager, err);
}

int awsc_ec2_describe_ipv6_pools_next_page(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_ipv6_pools_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[57], page, err);
}

static void pg_57_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipv6_pools_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_ipv6_pools_next_page_async(struct awsc_pager *pager,
                                                 awsc_ec2_describe_ipv6_pools_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[57], pg_57_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipv6_pools_next_item(struct awsc_pager *pager,
                                           const struct awsc_ec2_ipv6_pool **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[57], false, item, err);
}

static void pg_57_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_ipv6_pools_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_ipv6_pools_next_item_async(struct awsc_pager *pager,
                                                 awsc_ec2_describe_ipv6_pools_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[57], pg_57_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipv6_pools_collect(struct awsc_pager *pager,
                                         struct awsc_ec2_describe_ipv6_pools_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[57], output, err);
}

int awsc_ec2_describe_launch_template_versions_paginate(struct awsc_client *client,
                                                        const struct awsc_ec2_describe_launch_template_versions_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[58], input, options, pager, err);
}

int awsc_ec2_describe_launch_template_versions_next_page(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_launch_template_versions_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[58], page, err);
}

static void pg_58_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_launch_template_versions_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_launch_template_versions_next_page_async(struct awsc_pager *pager,
                                                               awsc_ec2_describe_launch_template_versions_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[58], pg_58_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_launch_template_versions_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ec2_launch_template_version **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[58], false, item, err);
}

static void pg_58_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_launch_template_versions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_launch_template_versions_next_item_async(struct awsc_pager *pager,
                                                               awsc_ec2_describe_launch_template_versions_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[58], pg_58_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_launch_template_versions_collect(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_launch_template_versions_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[58], output, err);
}

int awsc_ec2_describe_launch_templates_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_describe_launch_templates_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[59], input, options, pager, err);
}

int awsc_ec2_describe_launch_templates_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_launch_templates_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[59], page, err);
}

static void pg_59_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_launch_templates_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_launch_templates_next_page_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_launch_templates_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[59], pg_59_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_launch_templates_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_launch_template **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[59], false, item, err);
}

static void pg_59_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_launch_templates_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_launch_templates_next_item_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_launch_templates_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[59], pg_59_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_launch_templates_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_launch_templates_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[59], output, err);
}

int awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_paginate(struct awsc_client *client,
                                                                                              const struct awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_input *input,
                                                                                              const struct awsc_page_options *options,
                                                                                              struct awsc_pager **pager,
                                                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[60], input, options, pager, err);
}

int awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_next_page(struct awsc_pager *pager,
                                                                                               struct awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_output **page,
                                                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[60], page, err);
}

static void pg_60_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_next_page_async(struct awsc_pager *pager,
                                                                                                     awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_cb *cb,
                                                                                                     void *user_data,
                                                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[60], pg_60_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_next_item(struct awsc_pager *pager,
                                                                                               const struct awsc_ec2_local_gateway_route_table_virtual_interface_group_association **item,
                                                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[60], false, item, err);
}

static void pg_60_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_next_item_async(struct awsc_pager *pager,
                                                                                                     awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_item_cb *cb,
                                                                                                     void *user_data,
                                                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[60], pg_60_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_collect(struct awsc_pager *pager,
                                                                                             struct awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_output **output,
                                                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[60], output, err);
}

int awsc_ec2_describe_local_gateway_route_table_vpc_associations_paginate(struct awsc_client *client,
                                                                          const struct awsc_ec2_describe_local_gateway_route_table_vpc_associations_input *input,
                                                                          const struct awsc_page_options *options,
                                                                          struct awsc_pager **pager,
                                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[61], input, options, pager, err);
}

int awsc_ec2_describe_local_gateway_route_table_vpc_associations_next_page(struct awsc_pager *pager,
                                                                           struct awsc_ec2_describe_local_gateway_route_table_vpc_associations_output **page,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[61], page, err);
}

static void pg_61_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_route_table_vpc_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_local_gateway_route_table_vpc_associations_next_page_async(struct awsc_pager *pager,
                                                                                 awsc_ec2_describe_local_gateway_route_table_vpc_associations_cb *cb,
                                                                                 void *user_data,
                                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[61], pg_61_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_table_vpc_associations_next_item(struct awsc_pager *pager,
                                                                           const struct awsc_ec2_local_gateway_route_table_vpc_association **item,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[61], false, item, err);
}

static void pg_61_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_route_table_vpc_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_local_gateway_route_table_vpc_associations_next_item_async(struct awsc_pager *pager,
                                                                                 awsc_ec2_describe_local_gateway_route_table_vpc_associations_item_cb *cb,
                                                                                 void *user_data,
                                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[61], pg_61_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_table_vpc_associations_collect(struct awsc_pager *pager,
                                                                         struct awsc_ec2_describe_local_gateway_route_table_vpc_associations_output **output,
                                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[61], output, err);
}

int awsc_ec2_describe_local_gateway_route_tables_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_local_gateway_route_tables_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[62], input, options, pager, err);
}

int awsc_ec2_describe_local_gateway_route_tables_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_local_gateway_route_tables_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[62], page, err);
}

static void pg_62_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_route_tables_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_local_gateway_route_tables_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_local_gateway_route_tables_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[62], pg_62_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_tables_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_local_gateway_route_table **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[62], false, item, err);
}

static void pg_62_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_route_tables_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_local_gateway_route_tables_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ec2_describe_local_gateway_route_tables_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[62], pg_62_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_tables_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_local_gateway_route_tables_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[62], output, err);
}

int awsc_ec2_describe_local_gateway_virtual_interface_groups_paginate(struct awsc_client *client,
                                                                      const struct awsc_ec2_describe_local_gateway_virtual_interface_groups_input *input,
                                                                      const struct awsc_page_options *options,
                                                                      struct awsc_pager **pager,
                                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[63], input, options, pager, err);
}

int awsc_ec2_describe_local_gateway_virtual_interface_groups_next_page(struct awsc_pager *pager,
                                                                       struct awsc_ec2_describe_local_gateway_virtual_interface_groups_output **page,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[63], page, err);
}

static void pg_63_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_virtual_interface_groups_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_local_gateway_virtual_interface_groups_next_page_async(struct awsc_pager *pager,
                                                                             awsc_ec2_describe_local_gateway_virtual_interface_groups_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[63], pg_63_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_virtual_interface_groups_next_item(struct awsc_pager *pager,
                                                                       const struct awsc_ec2_local_gateway_virtual_interface_group **item,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[63], false, item, err);
}

static void pg_63_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_virtual_interface_groups_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_local_gateway_virtual_interface_groups_next_item_async(struct awsc_pager *pager,
                                                                             awsc_ec2_describe_local_gateway_virtual_interface_groups_item_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[63], pg_63_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_virtual_interface_groups_collect(struct awsc_pager *pager,
                                                                     struct awsc_ec2_describe_local_gateway_virtual_interface_groups_output **output,
                                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[63], output, err);
}

int awsc_ec2_describe_local_gateway_virtual_interfaces_paginate(struct awsc_client *client,
                                                                const struct awsc_ec2_describe_local_gateway_virtual_interfaces_input *input,
                                                                const struct awsc_page_options *options,
                                                                struct awsc_pager **pager,
                                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[64], input, options, pager, err);
}

int awsc_ec2_describe_local_gateway_virtual_interfaces_next_page(struct awsc_pager *pager,
                                                                 struct awsc_ec2_describe_local_gateway_virtual_interfaces_output **page,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[64], page, err);
}

static void pg_64_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_virtual_interfaces_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_local_gateway_virtual_interfaces_next_page_async(struct awsc_pager *pager,
                                                                       awsc_ec2_describe_local_gateway_virtual_interfaces_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[64], pg_64_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_virtual_interfaces_next_item(struct awsc_pager *pager,
                                                                 const struct awsc_ec2_local_gateway_virtual_interface **item,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[64], false, item, err);
}

static void pg_64_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateway_virtual_interfaces_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_local_gateway_virtual_interfaces_next_item_async(struct awsc_pager *pager,
                                                                       awsc_ec2_describe_local_gateway_virtual_interfaces_item_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[64], pg_64_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_virtual_interfaces_collect(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_local_gateway_virtual_interfaces_output **output,
                                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[64], output, err);
}

int awsc_ec2_describe_local_gateways_paginate(struct awsc_client *client,
                                              const struct awsc_ec2_describe_local_gateways_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[65], input, options, pager, err);
}

int awsc_ec2_describe_local_gateways_next_page(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_local_gateways_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[65], page, err);
}

static void pg_65_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateways_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_local_gateways_next_page_async(struct awsc_pager *pager,
                                                     awsc_ec2_describe_local_gateways_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[65], pg_65_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateways_next_item(struct awsc_pager *pager,
                                               const struct awsc_ec2_local_gateway **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[65], false, item, err);
}

static void pg_65_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_local_gateways_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_local_gateways_next_item_async(struct awsc_pager *pager,
                                                     awsc_ec2_describe_local_gateways_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[65], pg_65_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateways_collect(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_local_gateways_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[65], output, err);
}

int awsc_ec2_describe_mac_hosts_paginate(struct awsc_client *client,
                                         const struct awsc_ec2_describe_mac_hosts_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[66], input, options, pager, err);
}

int awsc_ec2_describe_mac_hosts_next_page(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_mac_hosts_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[66], page, err);
}

static void pg_66_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_mac_hosts_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_mac_hosts_next_page_async(struct awsc_pager *pager,
                                                awsc_ec2_describe_mac_hosts_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[66], pg_66_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_mac_hosts_next_item(struct awsc_pager *pager,
                                          const struct awsc_ec2_mac_host **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[66], false, item, err);
}

static void pg_66_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_mac_hosts_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_mac_hosts_next_item_async(struct awsc_pager *pager,
                                                awsc_ec2_describe_mac_hosts_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[66], pg_66_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_mac_hosts_collect(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_mac_hosts_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[66], output, err);
}

int awsc_ec2_describe_mac_modification_tasks_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_mac_modification_tasks_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[67], input, options, pager, err);
}

int awsc_ec2_describe_mac_modification_tasks_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_mac_modification_tasks_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[67], page, err);
}

static void pg_67_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_mac_modification_tasks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_mac_modification_tasks_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_mac_modification_tasks_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[67], pg_67_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_mac_modification_tasks_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_mac_modification_task **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[67], false, item, err);
}

static void pg_67_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_mac_modification_tasks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_mac_modification_tasks_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_mac_modification_tasks_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[67], pg_67_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_mac_modification_tasks_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_mac_modification_tasks_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[67], output, err);
}

int awsc_ec2_describe_managed_prefix_lists_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_managed_prefix_lists_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[68], input, options, pager, err);
}

int awsc_ec2_describe_managed_prefix_lists_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_managed_prefix_lists_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[68], page, err);
}

static void pg_68_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_managed_prefix_lists_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_managed_prefix_lists_next_page_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_managed_prefix_lists_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[68], pg_68_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_managed_prefix_lists_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_managed_prefix_list **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[68], false, item, err);
}

static void pg_68_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_managed_prefix_lists_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_managed_prefix_lists_next_item_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_managed_prefix_lists_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[68], pg_68_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_managed_prefix_lists_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_managed_prefix_lists_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[68], output, err);
}

int awsc_ec2_describe_moving_addresses_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_describe_moving_addresses_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[69], input, options, pager, err);
}

int awsc_ec2_describe_moving_addresses_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_moving_addresses_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[69], page, err);
}

static void pg_69_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_moving_addresses_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_moving_addresses_next_page_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_moving_addresses_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[69], pg_69_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_moving_addresses_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_moving_address_status **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[69], false, item, err);
}

static void pg_69_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_moving_addresses_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_moving_addresses_next_item_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_moving_addresses_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[69], pg_69_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_moving_addresses_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_moving_addresses_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[69], output, err);
}

int awsc_ec2_describe_nat_gateways_paginate(struct awsc_client *client,
                                            const struct awsc_ec2_describe_nat_gateways_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[70], input, options, pager, err);
}

int awsc_ec2_describe_nat_gateways_next_page(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_nat_gateways_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[70], page, err);
}

static void pg_70_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_nat_gateways_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_nat_gateways_next_page_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_nat_gateways_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[70], pg_70_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_nat_gateways_next_item(struct awsc_pager *pager,
                                             const struct awsc_ec2_nat_gateway **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[70], false, item, err);
}

static void pg_70_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_nat_gateways_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_nat_gateways_next_item_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_nat_gateways_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[70], pg_70_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_nat_gateways_collect(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_nat_gateways_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[70], output, err);
}

int awsc_ec2_describe_network_acls_paginate(struct awsc_client *client,
                                            const struct awsc_ec2_describe_network_acls_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[71], input, options, pager, err);
}

int awsc_ec2_describe_network_acls_next_page(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_network_acls_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[71], page, err);
}

static void pg_71_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_acls_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_network_acls_next_page_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_network_acls_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[71], pg_71_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_acls_next_item(struct awsc_pager *pager,
                                             const struct awsc_ec2_network_acl **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[71], false, item, err);
}

static void pg_71_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_acls_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_network_acls_next_item_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_network_acls_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[71], pg_71_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_acls_collect(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_network_acls_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[71], output, err);
}

int awsc_ec2_describe_network_insights_access_scope_analyses_paginate(struct awsc_client *client,
                                                                      const struct awsc_ec2_describe_network_insights_access_scope_analyses_input *input,
                                                                      const struct awsc_page_options *options,
                                                                      struct awsc_pager **pager,
                                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[72], input, options, pager, err);
}

int awsc_ec2_describe_network_insights_access_scope_analyses_next_page(struct awsc_pager *pager,
                                                                       struct awsc_ec2_describe_network_insights_access_scope_analyses_output **page,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[72], page, err);
}

static void pg_72_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_insights_access_scope_analyses_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_network_insights_access_scope_analyses_next_page_async(struct awsc_pager *pager,
                                                                             awsc_ec2_describe_network_insights_access_scope_analyses_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[72], pg_72_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_access_scope_analyses_next_item(struct awsc_pager *pager,
                                                                       const struct awsc_ec2_network_insights_access_scope_analysis **item,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[72], false, item, err);
}

static void pg_72_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_insights_access_scope_analyses_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_network_insights_access_scope_analyses_next_item_async(struct awsc_pager *pager,
                                                                             awsc_ec2_describe_network_insights_access_scope_analyses_item_cb *cb,
                                                                             void *user_data,
                                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[72], pg_72_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_access_scope_analyses_collect(struct awsc_pager *pager,
                                                                     struct awsc_ec2_describe_network_insights_access_scope_analyses_output **output,
                                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[72], output, err);
}

int awsc_ec2_describe_network_insights_access_scopes_paginate(struct awsc_client *client,
                                                              const struct awsc_ec2_describe_network_insights_access_scopes_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[73], input, options, pager, err);
}

int awsc_ec2_describe_network_insights_access_scopes_next_page(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_network_insights_access_scopes_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[73], page, err);
}

static void pg_73_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_insights_access_scopes_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_network_insights_access_scopes_next_page_async(struct awsc_pager *pager,
                                                                     awsc_ec2_describe_network_insights_access_scopes_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[73], pg_73_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_access_scopes_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ec2_network_insights_access_scope **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[73], false, item, err);
}

static void pg_73_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_insights_access_scopes_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_network_insights_access_scopes_next_item_async(struct awsc_pager *pager,
                                                                     awsc_ec2_describe_network_insights_access_scopes_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[73], pg_73_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_access_scopes_collect(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_network_insights_access_scopes_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[73], output, err);
}

int awsc_ec2_describe_network_insights_analyses_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_network_insights_analyses_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[74], input, options, pager, err);
}

int awsc_ec2_describe_network_insights_analyses_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_network_insights_analyses_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[74], page, err);
}

static void pg_74_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_insights_analyses_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_network_insights_analyses_next_page_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_network_insights_analyses_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[74], pg_74_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_analyses_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_network_insights_analysis **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[74], false, item, err);
}

static void pg_74_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_insights_analyses_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_network_insights_analyses_next_item_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_network_insights_analyses_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[74], pg_74_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_analyses_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_network_insights_analyses_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[74], output, err);
}

int awsc_ec2_describe_network_insights_paths_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_network_insights_paths_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[75], input, options, pager, err);
}

int awsc_ec2_describe_network_insights_paths_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_network_insights_paths_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[75], page, err);
}

static void pg_75_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_insights_paths_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_network_insights_paths_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_network_insights_paths_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[75], pg_75_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_paths_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_network_insights_path **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[75], false, item, err);
}

static void pg_75_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_insights_paths_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_network_insights_paths_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_network_insights_paths_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[75], pg_75_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_paths_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_network_insights_paths_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[75], output, err);
}

int awsc_ec2_describe_network_interface_permissions_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_describe_network_interface_permissions_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[76], input, options, pager, err);
}

int awsc_ec2_describe_network_interface_permissions_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_network_interface_permissions_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[76], page, err);
}

static void pg_76_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_interface_permissions_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_network_interface_permissions_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_network_interface_permissions_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[76], pg_76_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_interface_permissions_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_network_interface_permission **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[76], false, item, err);
}

static void pg_76_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_interface_permissions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_network_interface_permissions_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_network_interface_permissions_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[76], pg_76_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_interface_permissions_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_network_interface_permissions_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[76], output, err);
}

int awsc_ec2_describe_network_interfaces_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_network_interfaces_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[77], input, options, pager, err);
}

int awsc_ec2_describe_network_interfaces_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_network_interfaces_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[77], page, err);
}

static void pg_77_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_interfaces_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_network_interfaces_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_network_interfaces_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[77], pg_77_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_interfaces_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_network_interface **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[77], false, item, err);
}

static void pg_77_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_network_interfaces_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_network_interfaces_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_network_interfaces_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[77], pg_77_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_interfaces_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_network_interfaces_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[77], output, err);
}

int awsc_ec2_describe_prefix_lists_paginate(struct awsc_client *client,
                                            const struct awsc_ec2_describe_prefix_lists_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[78], input, options, pager, err);
}

int awsc_ec2_describe_prefix_lists_next_page(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_prefix_lists_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[78], page, err);
}

static void pg_78_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_prefix_lists_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_prefix_lists_next_page_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_prefix_lists_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[78], pg_78_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_prefix_lists_next_item(struct awsc_pager *pager,
                                             const struct awsc_ec2_prefix_list **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[78], false, item, err);
}

static void pg_78_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_prefix_lists_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_prefix_lists_next_item_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_prefix_lists_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[78], pg_78_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_prefix_lists_collect(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_prefix_lists_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[78], output, err);
}

int awsc_ec2_describe_principal_id_format_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_principal_id_format_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[79], input, options, pager, err);
}

int awsc_ec2_describe_principal_id_format_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_principal_id_format_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[79], page, err);
}

static void pg_79_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_principal_id_format_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_principal_id_format_next_page_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_principal_id_format_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[79], pg_79_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_principal_id_format_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_principal_id_format **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[79], false, item, err);
}

static void pg_79_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_principal_id_format_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_principal_id_format_next_item_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_principal_id_format_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[79], pg_79_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_principal_id_format_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_principal_id_format_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[79], output, err);
}

int awsc_ec2_describe_public_ipv4_pools_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_public_ipv4_pools_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[80], input, options, pager, err);
}

int awsc_ec2_describe_public_ipv4_pools_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_public_ipv4_pools_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[80], page, err);
}

static void pg_80_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_public_ipv4_pools_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_public_ipv4_pools_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_public_ipv4_pools_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[80], pg_80_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_public_ipv4_pools_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_public_ipv4_pool **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[80], false, item, err);
}

static void pg_80_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_public_ipv4_pools_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_public_ipv4_pools_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_public_ipv4_pools_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[80], pg_80_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_public_ipv4_pools_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_public_ipv4_pools_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[80], output, err);
}

int awsc_ec2_describe_replace_root_volume_tasks_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_replace_root_volume_tasks_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[81], input, options, pager, err);
}

int awsc_ec2_describe_replace_root_volume_tasks_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_replace_root_volume_tasks_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[81], page, err);
}

static void pg_81_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_replace_root_volume_tasks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_replace_root_volume_tasks_next_page_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_replace_root_volume_tasks_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[81], pg_81_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_replace_root_volume_tasks_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_replace_root_volume_task **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[81], false, item, err);
}

static void pg_81_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_replace_root_volume_tasks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_replace_root_volume_tasks_next_item_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_replace_root_volume_tasks_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[81], pg_81_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_replace_root_volume_tasks_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_replace_root_volume_tasks_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[81], output, err);
}

int awsc_ec2_describe_reserved_instances_modifications_paginate(struct awsc_client *client,
                                                                const struct awsc_ec2_describe_reserved_instances_modifications_input *input,
                                                                const struct awsc_page_options *options,
                                                                struct awsc_pager **pager,
                                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[82], input, options, pager, err);
}

int awsc_ec2_describe_reserved_instances_modifications_next_page(struct awsc_pager *pager,
                                                                 struct awsc_ec2_describe_reserved_instances_modifications_output **page,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[82], page, err);
}

static void pg_82_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_reserved_instances_modifications_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_reserved_instances_modifications_next_page_async(struct awsc_pager *pager,
                                                                       awsc_ec2_describe_reserved_instances_modifications_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[82], pg_82_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_reserved_instances_modifications_next_item(struct awsc_pager *pager,
                                                                 const struct awsc_ec2_reserved_instances_modification **item,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[82], false, item, err);
}

static void pg_82_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_reserved_instances_modifications_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_reserved_instances_modifications_next_item_async(struct awsc_pager *pager,
                                                                       awsc_ec2_describe_reserved_instances_modifications_item_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[82], pg_82_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_reserved_instances_modifications_collect(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_reserved_instances_modifications_output **output,
                                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[82], output, err);
}

int awsc_ec2_describe_reserved_instances_offerings_paginate(struct awsc_client *client,
                                                            const struct awsc_ec2_describe_reserved_instances_offerings_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[83], input, options, pager, err);
}

int awsc_ec2_describe_reserved_instances_offerings_next_page(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_reserved_instances_offerings_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[83], page, err);
}

static void pg_83_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_reserved_instances_offerings_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_reserved_instances_offerings_next_page_async(struct awsc_pager *pager,
                                                                   awsc_ec2_describe_reserved_instances_offerings_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[83], pg_83_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_reserved_instances_offerings_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ec2_reserved_instances_offering **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[83], false, item, err);
}

static void pg_83_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_reserved_instances_offerings_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_reserved_instances_offerings_next_item_async(struct awsc_pager *pager,
                                                                   awsc_ec2_describe_reserved_instances_offerings_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[83], pg_83_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_reserved_instances_offerings_collect(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_reserved_instances_offerings_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[83], output, err);
}

int awsc_ec2_describe_route_server_endpoints_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_route_server_endpoints_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[84], input, options, pager, err);
}

int awsc_ec2_describe_route_server_endpoints_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_route_server_endpoints_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[84], page, err);
}

static void pg_84_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_route_server_endpoints_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_route_server_endpoints_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_route_server_endpoints_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[84], pg_84_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_server_endpoints_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_route_server_endpoint **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[84], false, item, err);
}

static void pg_84_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_route_server_endpoints_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_route_server_endpoints_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_route_server_endpoints_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[84], pg_84_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_server_endpoints_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_route_server_endpoints_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[84], output, err);
}

int awsc_ec2_describe_route_server_peers_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_route_server_peers_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[85], input, options, pager, err);
}

int awsc_ec2_describe_route_server_peers_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_route_server_peers_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[85], page, err);
}

static void pg_85_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_route_server_peers_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_route_server_peers_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_route_server_peers_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[85], pg_85_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_server_peers_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_route_server_peer **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[85], false, item, err);
}

static void pg_85_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_route_server_peers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_route_server_peers_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_route_server_peers_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[85], pg_85_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_server_peers_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_route_server_peers_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[85], output, err);
}

int awsc_ec2_describe_route_servers_paginate(struct awsc_client *client,
                                             const struct awsc_ec2_describe_route_servers_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[86], input, options, pager, err);
}

int awsc_ec2_describe_route_servers_next_page(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_route_servers_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[86], page, err);
}

static void pg_86_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_route_servers_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_route_servers_next_page_async(struct awsc_pager *pager,
                                                    awsc_ec2_describe_route_servers_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[86], pg_86_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_servers_next_item(struct awsc_pager *pager,
                                              const struct awsc_ec2_route_server **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[86], false, item, err);
}

static void pg_86_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_route_servers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_route_servers_next_item_async(struct awsc_pager *pager,
                                                    awsc_ec2_describe_route_servers_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[86], pg_86_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_servers_collect(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_route_servers_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[86], output, err);
}

int awsc_ec2_describe_route_tables_paginate(struct awsc_client *client,
                                            const struct awsc_ec2_describe_route_tables_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[87], input, options, pager, err);
}

int awsc_ec2_describe_route_tables_next_page(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_route_tables_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[87], page, err);
}

static void pg_87_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_route_tables_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_route_tables_next_page_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_route_tables_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[87], pg_87_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_tables_next_item(struct awsc_pager *pager,
                                             const struct awsc_ec2_route_table **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[87], false, item, err);
}

static void pg_87_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_route_tables_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_route_tables_next_item_async(struct awsc_pager *pager,
                                                   awsc_ec2_describe_route_tables_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[87], pg_87_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_tables_collect(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_route_tables_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[87], output, err);
}

int awsc_ec2_describe_scheduled_instance_availability_paginate(struct awsc_client *client,
                                                               const struct awsc_ec2_describe_scheduled_instance_availability_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[88], input, options, pager, err);
}

int awsc_ec2_describe_scheduled_instance_availability_next_page(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_scheduled_instance_availability_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[88], page, err);
}

static void pg_88_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_scheduled_instance_availability_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_scheduled_instance_availability_next_page_async(struct awsc_pager *pager,
                                                                      awsc_ec2_describe_scheduled_instance_availability_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[88], pg_88_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_scheduled_instance_availability_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ec2_scheduled_instance_availability **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[88], false, item, err);
}

static void pg_88_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_scheduled_instance_availability_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_scheduled_instance_availability_next_item_async(struct awsc_pager *pager,
                                                                      awsc_ec2_describe_scheduled_instance_availability_item_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[88], pg_88_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_scheduled_instance_availability_collect(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_scheduled_instance_availability_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[88], output, err);
}

int awsc_ec2_describe_scheduled_instances_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_scheduled_instances_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[89], input, options, pager, err);
}

int awsc_ec2_describe_scheduled_instances_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_scheduled_instances_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[89], page, err);
}

static void pg_89_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_scheduled_instances_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_scheduled_instances_next_page_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_scheduled_instances_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[89], pg_89_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_scheduled_instances_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_scheduled_instance **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[89], false, item, err);
}

static void pg_89_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_scheduled_instances_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_scheduled_instances_next_item_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_scheduled_instances_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[89], pg_89_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_scheduled_instances_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_scheduled_instances_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[89], output, err);
}

int awsc_ec2_describe_secondary_interfaces_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_secondary_interfaces_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[90], input, options, pager, err);
}

int awsc_ec2_describe_secondary_interfaces_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_secondary_interfaces_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[90], page, err);
}

static void pg_90_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_secondary_interfaces_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_secondary_interfaces_next_page_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_secondary_interfaces_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[90], pg_90_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_interfaces_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_secondary_interface **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[90], false, item, err);
}

static void pg_90_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_secondary_interfaces_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_secondary_interfaces_next_item_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_secondary_interfaces_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[90], pg_90_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_interfaces_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_secondary_interfaces_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[90], output, err);
}

int awsc_ec2_describe_secondary_networks_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_secondary_networks_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[91], input, options, pager, err);
}

int awsc_ec2_describe_secondary_networks_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_secondary_networks_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[91], page, err);
}

static void pg_91_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_secondary_networks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_secondary_networks_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_secondary_networks_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[91], pg_91_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_networks_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_secondary_network **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[91], false, item, err);
}

static void pg_91_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_secondary_networks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_secondary_networks_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_secondary_networks_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[91], pg_91_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_networks_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_secondary_networks_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[91], output, err);
}

int awsc_ec2_describe_secondary_subnets_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_secondary_subnets_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[92], input, options, pager, err);
}

int awsc_ec2_describe_secondary_subnets_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_secondary_subnets_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[92], page, err);
}

static void pg_92_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_secondary_subnets_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_secondary_subnets_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_secondary_subnets_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[92], pg_92_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_subnets_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_secondary_subnet **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[92], false, item, err);
}

static void pg_92_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_secondary_subnets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_secondary_subnets_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_secondary_subnets_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[92], pg_92_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_subnets_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_secondary_subnets_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[92], output, err);
}

int awsc_ec2_describe_security_group_rules_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_security_group_rules_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[93], input, options, pager, err);
}

int awsc_ec2_describe_security_group_rules_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_security_group_rules_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[93], page, err);
}

static void pg_93_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_security_group_rules_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_security_group_rules_next_page_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_security_group_rules_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[93], pg_93_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_group_rules_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_security_group_rule **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[93], false, item, err);
}

static void pg_93_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_security_group_rules_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_security_group_rules_next_item_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_security_group_rules_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[93], pg_93_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_group_rules_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_security_group_rules_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[93], output, err);
}

int awsc_ec2_describe_security_group_vpc_associations_paginate(struct awsc_client *client,
                                                               const struct awsc_ec2_describe_security_group_vpc_associations_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[94], input, options, pager, err);
}

int awsc_ec2_describe_security_group_vpc_associations_next_page(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_security_group_vpc_associations_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[94], page, err);
}

static void pg_94_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_security_group_vpc_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_security_group_vpc_associations_next_page_async(struct awsc_pager *pager,
                                                                      awsc_ec2_describe_security_group_vpc_associations_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[94], pg_94_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_group_vpc_associations_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ec2_security_group_vpc_association **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[94], false, item, err);
}

static void pg_94_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_security_group_vpc_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_security_group_vpc_associations_next_item_async(struct awsc_pager *pager,
                                                                      awsc_ec2_describe_security_group_vpc_associations_item_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[94], pg_94_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_group_vpc_associations_collect(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_security_group_vpc_associations_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[94], output, err);
}

int awsc_ec2_describe_security_groups_paginate(struct awsc_client *client,
                                               const struct awsc_ec2_describe_security_groups_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[95], input, options, pager, err);
}

int awsc_ec2_describe_security_groups_next_page(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_security_groups_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[95], page, err);
}

static void pg_95_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_security_groups_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_security_groups_next_page_async(struct awsc_pager *pager,
                                                      awsc_ec2_describe_security_groups_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[95], pg_95_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_groups_next_item(struct awsc_pager *pager,
                                                const struct awsc_ec2_security_group **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[95], false, item, err);
}

static void pg_95_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_security_groups_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_security_groups_next_item_async(struct awsc_pager *pager,
                                                      awsc_ec2_describe_security_groups_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[95], pg_95_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_groups_collect(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_security_groups_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[95], output, err);
}

int awsc_ec2_describe_snapshot_tier_status_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_snapshot_tier_status_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[96], input, options, pager, err);
}

int awsc_ec2_describe_snapshot_tier_status_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_snapshot_tier_status_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[96], page, err);
}

static void pg_96_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_snapshot_tier_status_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_snapshot_tier_status_next_page_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_snapshot_tier_status_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[96], pg_96_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_snapshot_tier_status_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_snapshot_tier_status **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[96], false, item, err);
}

static void pg_96_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_snapshot_tier_status_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_snapshot_tier_status_next_item_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_snapshot_tier_status_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[96], pg_96_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_snapshot_tier_status_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_snapshot_tier_status_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[96], output, err);
}

int awsc_ec2_describe_snapshots_paginate(struct awsc_client *client,
                                         const struct awsc_ec2_describe_snapshots_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[97], input, options, pager, err);
}

int awsc_ec2_describe_snapshots_next_page(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_snapshots_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[97], page, err);
}

static void pg_97_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_snapshots_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_snapshots_next_page_async(struct awsc_pager *pager,
                                                awsc_ec2_describe_snapshots_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[97], pg_97_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_snapshots_next_item(struct awsc_pager *pager,
                                          const struct awsc_ec2_snapshot **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[97], false, item, err);
}

static void pg_97_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_snapshots_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_snapshots_next_item_async(struct awsc_pager *pager,
                                                awsc_ec2_describe_snapshots_item_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[97], pg_97_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_snapshots_collect(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_snapshots_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[97], output, err);
}

int awsc_ec2_describe_spot_fleet_instances_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_spot_fleet_instances_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[98], input, options, pager, err);
}

int awsc_ec2_describe_spot_fleet_instances_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_spot_fleet_instances_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[98], page, err);
}

static void pg_98_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_spot_fleet_instances_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_spot_fleet_instances_next_page_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_spot_fleet_instances_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[98], pg_98_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_fleet_instances_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_active_instance **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[98], false, item, err);
}

static void pg_98_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_spot_fleet_instances_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_spot_fleet_instances_next_item_async(struct awsc_pager *pager,
                                                           awsc_ec2_describe_spot_fleet_instances_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[98], pg_98_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_fleet_instances_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_spot_fleet_instances_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[98], output, err);
}

int awsc_ec2_describe_spot_fleet_requests_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_spot_fleet_requests_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[99], input, options, pager, err);
}

int awsc_ec2_describe_spot_fleet_requests_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_spot_fleet_requests_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[99], page, err);
}

static void pg_99_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_spot_fleet_requests_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_spot_fleet_requests_next_page_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_spot_fleet_requests_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[99], pg_99_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_fleet_requests_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_spot_fleet_request_config **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[99], false, item, err);
}

static void pg_99_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_spot_fleet_requests_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_spot_fleet_requests_next_item_async(struct awsc_pager *pager,
                                                          awsc_ec2_describe_spot_fleet_requests_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[99], pg_99_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_fleet_requests_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_spot_fleet_requests_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[99], output, err);
}

int awsc_ec2_describe_spot_instance_requests_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_spot_instance_requests_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[100], input, options, pager, err);
}

int awsc_ec2_describe_spot_instance_requests_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_spot_instance_requests_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[100], page, err);
}

static void pg_100_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_spot_instance_requests_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_spot_instance_requests_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_spot_instance_requests_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[100], pg_100_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_instance_requests_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_spot_instance_request **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[100], false, item, err);
}

static void pg_100_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_spot_instance_requests_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_spot_instance_requests_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_spot_instance_requests_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[100], pg_100_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_instance_requests_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_spot_instance_requests_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[100], output, err);
}

int awsc_ec2_describe_spot_price_history_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_spot_price_history_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[101], input, options, pager, err);
}

int awsc_ec2_describe_spot_price_history_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_spot_price_history_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[101], page, err);
}

static void pg_101_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_spot_price_history_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_spot_price_history_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_spot_price_history_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[101], pg_101_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_price_history_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_spot_price **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[101], false, item, err);
}

static void pg_101_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_spot_price_history_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_spot_price_history_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_describe_spot_price_history_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[101], pg_101_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_price_history_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_spot_price_history_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[101], output, err);
}

int awsc_ec2_describe_stale_security_groups_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_stale_security_groups_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[102], input, options, pager, err);
}

int awsc_ec2_describe_stale_security_groups_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_stale_security_groups_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[102], page, err);
}

static void pg_102_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_stale_security_groups_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_stale_security_groups_next_page_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_stale_security_groups_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[102], pg_102_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_stale_security_groups_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_stale_security_group **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[102], false, item, err);
}

static void pg_102_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_stale_security_groups_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_stale_security_groups_next_item_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_stale_security_groups_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[102], pg_102_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_stale_security_groups_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_stale_security_groups_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[102], output, err);
}

int awsc_ec2_describe_store_image_tasks_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_store_image_tasks_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[103], input, options, pager, err);
}

int awsc_ec2_describe_store_image_tasks_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_store_image_tasks_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[103], page, err);
}

static void pg_103_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_store_image_tasks_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_store_image_tasks_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_store_image_tasks_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[103], pg_103_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_store_image_tasks_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_store_image_task_result **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[103], false, item, err);
}

static void pg_103_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_store_image_tasks_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_store_image_tasks_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_store_image_tasks_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[103], pg_103_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_store_image_tasks_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_store_image_tasks_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[103], output, err);
}

int awsc_ec2_describe_subnets_paginate(struct awsc_client *client,
                                       const struct awsc_ec2_describe_subnets_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[104], input, options, pager, err);
}

int awsc_ec2_describe_subnets_next_page(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_subnets_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[104], page, err);
}

static void pg_104_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_subnets_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_subnets_next_page_async(struct awsc_pager *pager,
                                              awsc_ec2_describe_subnets_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[104], pg_104_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_subnets_next_item(struct awsc_pager *pager,
                                        const struct awsc_ec2_subnet **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[104], false, item, err);
}

static void pg_104_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_subnets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_subnets_next_item_async(struct awsc_pager *pager,
                                              awsc_ec2_describe_subnets_item_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[104], pg_104_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_subnets_collect(struct awsc_pager *pager,
                                      struct awsc_ec2_describe_subnets_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[104], output, err);
}

int awsc_ec2_describe_tags_paginate(struct awsc_client *client,
                                    const struct awsc_ec2_describe_tags_input *input,
                                    const struct awsc_page_options *options,
                                    struct awsc_pager **pager,
                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[105], input, options, pager, err);
}

int awsc_ec2_describe_tags_next_page(struct awsc_pager *pager,
                                     struct awsc_ec2_describe_tags_output **page,
                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[105], page, err);
}

static void pg_105_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_tags_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_tags_next_page_async(struct awsc_pager *pager,
                                           awsc_ec2_describe_tags_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[105], pg_105_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_tags_next_item(struct awsc_pager *pager,
                                     const struct awsc_ec2_tag_description **item,
                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[105], false, item, err);
}

static void pg_105_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_tags_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_tags_next_item_async(struct awsc_pager *pager,
                                           awsc_ec2_describe_tags_item_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[105], pg_105_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_tags_collect(struct awsc_pager *pager,
                                   struct awsc_ec2_describe_tags_output **output,
                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[105], output, err);
}

int awsc_ec2_describe_traffic_mirror_filters_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_traffic_mirror_filters_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[106], input, options, pager, err);
}

int awsc_ec2_describe_traffic_mirror_filters_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_traffic_mirror_filters_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[106], page, err);
}

static void pg_106_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_traffic_mirror_filters_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_traffic_mirror_filters_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_traffic_mirror_filters_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[106], pg_106_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_filters_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_traffic_mirror_filter **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[106], false, item, err);
}

static void pg_106_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_traffic_mirror_filters_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_traffic_mirror_filters_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_traffic_mirror_filters_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[106], pg_106_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_filters_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_traffic_mirror_filters_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[106], output, err);
}

int awsc_ec2_describe_traffic_mirror_sessions_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_describe_traffic_mirror_sessions_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[107], input, options, pager, err);
}

int awsc_ec2_describe_traffic_mirror_sessions_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_traffic_mirror_sessions_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[107], page, err);
}

static void pg_107_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_traffic_mirror_sessions_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_traffic_mirror_sessions_next_page_async(struct awsc_pager *pager,
                                                              awsc_ec2_describe_traffic_mirror_sessions_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[107], pg_107_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_sessions_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_traffic_mirror_session **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[107], false, item, err);
}

static void pg_107_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_traffic_mirror_sessions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_traffic_mirror_sessions_next_item_async(struct awsc_pager *pager,
                                                              awsc_ec2_describe_traffic_mirror_sessions_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[107], pg_107_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_sessions_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_traffic_mirror_sessions_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[107], output, err);
}

int awsc_ec2_describe_traffic_mirror_targets_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_traffic_mirror_targets_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[108], input, options, pager, err);
}

int awsc_ec2_describe_traffic_mirror_targets_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_traffic_mirror_targets_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[108], page, err);
}

static void pg_108_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_traffic_mirror_targets_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_traffic_mirror_targets_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_traffic_mirror_targets_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[108], pg_108_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_targets_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_traffic_mirror_target **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[108], false, item, err);
}

static void pg_108_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_traffic_mirror_targets_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_traffic_mirror_targets_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_traffic_mirror_targets_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[108], pg_108_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_targets_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_traffic_mirror_targets_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[108], output, err);
}

int awsc_ec2_describe_transit_gateway_attachments_paginate(struct awsc_client *client,
                                                           const struct awsc_ec2_describe_transit_gateway_attachments_input *input,
                                                           const struct awsc_page_options *options,
                                                           struct awsc_pager **pager,
                                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[109], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_attachments_next_page(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_transit_gateway_attachments_output **page,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[109], page, err);
}

static void pg_109_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_attachments_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_attachments_next_page_async(struct awsc_pager *pager,
                                                                  awsc_ec2_describe_transit_gateway_attachments_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[109], pg_109_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_attachments_next_item(struct awsc_pager *pager,
                                                            const struct awsc_ec2_transit_gateway_attachment **item,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[109], false, item, err);
}

static void pg_109_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_attachments_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_attachments_next_item_async(struct awsc_pager *pager,
                                                                  awsc_ec2_describe_transit_gateway_attachments_item_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[109], pg_109_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_attachments_collect(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_transit_gateway_attachments_output **output,
                                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[109], output, err);
}

int awsc_ec2_describe_transit_gateway_connect_peers_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_describe_transit_gateway_connect_peers_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[110], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_connect_peers_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_transit_gateway_connect_peers_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[110], page, err);
}

static void pg_110_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_connect_peers_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_connect_peers_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_transit_gateway_connect_peers_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[110], pg_110_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_connect_peers_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_transit_gateway_connect_peer **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[110], false, item, err);
}

static void pg_110_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_connect_peers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_connect_peers_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_transit_gateway_connect_peers_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[110], pg_110_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_connect_peers_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_transit_gateway_connect_peers_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[110], output, err);
}

int awsc_ec2_describe_transit_gateway_connects_paginate(struct awsc_client *client,
                                                        const struct awsc_ec2_describe_transit_gateway_connects_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[111], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_connects_next_page(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_transit_gateway_connects_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[111], page, err);
}

static void pg_111_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_connects_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_connects_next_page_async(struct awsc_pager *pager,
                                                               awsc_ec2_describe_transit_gateway_connects_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[111], pg_111_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_connects_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ec2_transit_gateway_connect **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[111], false, item, err);
}

static void pg_111_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_connects_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_connects_next_item_async(struct awsc_pager *pager,
                                                               awsc_ec2_describe_transit_gateway_connects_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[111], pg_111_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_connects_collect(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_transit_gateway_connects_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[111], output, err);
}

int awsc_ec2_describe_transit_gateway_multicast_domains_paginate(struct awsc_client *client,
                                                                 const struct awsc_ec2_describe_transit_gateway_multicast_domains_input *input,
                                                                 const struct awsc_page_options *options,
                                                                 struct awsc_pager **pager,
                                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[112], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_multicast_domains_next_page(struct awsc_pager *pager,
                                                                  struct awsc_ec2_describe_transit_gateway_multicast_domains_output **page,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[112], page, err);
}

static void pg_112_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_multicast_domains_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_multicast_domains_next_page_async(struct awsc_pager *pager,
                                                                        awsc_ec2_describe_transit_gateway_multicast_domains_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[112], pg_112_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_multicast_domains_next_item(struct awsc_pager *pager,
                                                                  const struct awsc_ec2_transit_gateway_multicast_domain **item,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[112], false, item, err);
}

static void pg_112_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_multicast_domains_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_multicast_domains_next_item_async(struct awsc_pager *pager,
                                                                        awsc_ec2_describe_transit_gateway_multicast_domains_item_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[112], pg_112_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_multicast_domains_collect(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_transit_gateway_multicast_domains_output **output,
                                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[112], output, err);
}

int awsc_ec2_describe_transit_gateway_peering_attachments_paginate(struct awsc_client *client,
                                                                   const struct awsc_ec2_describe_transit_gateway_peering_attachments_input *input,
                                                                   const struct awsc_page_options *options,
                                                                   struct awsc_pager **pager,
                                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[113], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_peering_attachments_next_page(struct awsc_pager *pager,
                                                                    struct awsc_ec2_describe_transit_gateway_peering_attachments_output **page,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[113], page, err);
}

static void pg_113_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_peering_attachments_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_peering_attachments_next_page_async(struct awsc_pager *pager,
                                                                          awsc_ec2_describe_transit_gateway_peering_attachments_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[113], pg_113_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_peering_attachments_next_item(struct awsc_pager *pager,
                                                                    const struct awsc_ec2_transit_gateway_peering_attachment **item,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[113], false, item, err);
}

static void pg_113_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_peering_attachments_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_peering_attachments_next_item_async(struct awsc_pager *pager,
                                                                          awsc_ec2_describe_transit_gateway_peering_attachments_item_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[113], pg_113_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_peering_attachments_collect(struct awsc_pager *pager,
                                                                  struct awsc_ec2_describe_transit_gateway_peering_attachments_output **output,
                                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[113], output, err);
}

int awsc_ec2_describe_transit_gateway_policy_tables_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_describe_transit_gateway_policy_tables_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[114], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_policy_tables_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_transit_gateway_policy_tables_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[114], page, err);
}

static void pg_114_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_policy_tables_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_policy_tables_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_transit_gateway_policy_tables_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[114], pg_114_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_policy_tables_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_transit_gateway_policy_table **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[114], false, item, err);
}

static void pg_114_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_policy_tables_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_policy_tables_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ec2_describe_transit_gateway_policy_tables_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[114], pg_114_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_policy_tables_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_transit_gateway_policy_tables_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[114], output, err);
}

int awsc_ec2_describe_transit_gateway_route_table_announcements_paginate(struct awsc_client *client,
                                                                         const struct awsc_ec2_describe_transit_gateway_route_table_announcements_input *input,
                                                                         const struct awsc_page_options *options,
                                                                         struct awsc_pager **pager,
                                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[115], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_route_table_announcements_next_page(struct awsc_pager *pager,
                                                                          struct awsc_ec2_describe_transit_gateway_route_table_announcements_output **page,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[115], page, err);
}

static void pg_115_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_route_table_announcements_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_route_table_announcements_next_page_async(struct awsc_pager *pager,
                                                                                awsc_ec2_describe_transit_gateway_route_table_announcements_cb *cb,
                                                                                void *user_data,
                                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[115], pg_115_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_route_table_announcements_next_item(struct awsc_pager *pager,
                                                                          const struct awsc_ec2_transit_gateway_route_table_announcement **item,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[115], false, item, err);
}

static void pg_115_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_route_table_announcements_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_route_table_announcements_next_item_async(struct awsc_pager *pager,
                                                                                awsc_ec2_describe_transit_gateway_route_table_announcements_item_cb *cb,
                                                                                void *user_data,
                                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[115], pg_115_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_route_table_announcements_collect(struct awsc_pager *pager,
                                                                        struct awsc_ec2_describe_transit_gateway_route_table_announcements_output **output,
                                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[115], output, err);
}

int awsc_ec2_describe_transit_gateway_route_tables_paginate(struct awsc_client *client,
                                                            const struct awsc_ec2_describe_transit_gateway_route_tables_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[116], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_route_tables_next_page(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_transit_gateway_route_tables_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[116], page, err);
}

static void pg_116_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_route_tables_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_route_tables_next_page_async(struct awsc_pager *pager,
                                                                   awsc_ec2_describe_transit_gateway_route_tables_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[116], pg_116_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_route_tables_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ec2_transit_gateway_route_table **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[116], false, item, err);
}

static void pg_116_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_route_tables_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_route_tables_next_item_async(struct awsc_pager *pager,
                                                                   awsc_ec2_describe_transit_gateway_route_tables_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[116], pg_116_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_route_tables_collect(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_transit_gateway_route_tables_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[116], output, err);
}

int awsc_ec2_describe_transit_gateway_vpc_attachments_paginate(struct awsc_client *client,
                                                               const struct awsc_ec2_describe_transit_gateway_vpc_attachments_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[117], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_vpc_attachments_next_page(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_transit_gateway_vpc_attachments_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[117], page, err);
}

static void pg_117_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_vpc_attachments_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateway_vpc_attachments_next_page_async(struct awsc_pager *pager,
                                                                      awsc_ec2_describe_transit_gateway_vpc_attachments_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[117], pg_117_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_vpc_attachments_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ec2_transit_gateway_vpc_attachment **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[117], false, item, err);
}

static void pg_117_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateway_vpc_attachments_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateway_vpc_attachments_next_item_async(struct awsc_pager *pager,
                                                                      awsc_ec2_describe_transit_gateway_vpc_attachments_item_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[117], pg_117_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_vpc_attachments_collect(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_transit_gateway_vpc_attachments_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[117], output, err);
}

int awsc_ec2_describe_transit_gateways_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_describe_transit_gateways_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[118], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateways_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_transit_gateways_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[118], page, err);
}

static void pg_118_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateways_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_transit_gateways_next_page_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_transit_gateways_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[118], pg_118_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateways_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_transit_gateway **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[118], false, item, err);
}

static void pg_118_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_transit_gateways_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_transit_gateways_next_item_async(struct awsc_pager *pager,
                                                       awsc_ec2_describe_transit_gateways_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[118], pg_118_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateways_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_transit_gateways_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[118], output, err);
}

int awsc_ec2_describe_trunk_interface_associations_paginate(struct awsc_client *client,
                                                            const struct awsc_ec2_describe_trunk_interface_associations_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[119], input, options, pager, err);
}

int awsc_ec2_describe_trunk_interface_associations_next_page(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_trunk_interface_associations_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[119], page, err);
}

static void pg_119_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_trunk_interface_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_trunk_interface_associations_next_page_async(struct awsc_pager *pager,
                                                                   awsc_ec2_describe_trunk_interface_associations_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[119], pg_119_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_trunk_interface_associations_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ec2_trunk_interface_association **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[119], false, item, err);
}

static void pg_119_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_trunk_interface_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_trunk_interface_associations_next_item_async(struct awsc_pager *pager,
                                                                   awsc_ec2_describe_trunk_interface_associations_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[119], pg_119_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_trunk_interface_associations_collect(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_trunk_interface_associations_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[119], output, err);
}

int awsc_ec2_describe_verified_access_endpoints_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_verified_access_endpoints_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[120], input, options, pager, err);
}

int awsc_ec2_describe_verified_access_endpoints_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_verified_access_endpoints_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[120], page, err);
}

static void pg_120_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_endpoints_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_verified_access_endpoints_next_page_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_verified_access_endpoints_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[120], pg_120_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_endpoints_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_verified_access_endpoint **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[120], false, item, err);
}

static void pg_120_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_endpoints_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_verified_access_endpoints_next_item_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_verified_access_endpoints_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[120], pg_120_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_endpoints_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_verified_access_endpoints_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[120], output, err);
}

int awsc_ec2_describe_verified_access_groups_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_verified_access_groups_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[121], input, options, pager, err);
}

int awsc_ec2_describe_verified_access_groups_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_verified_access_groups_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[121], page, err);
}

static void pg_121_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_groups_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_verified_access_groups_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_verified_access_groups_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[121], pg_121_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_groups_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_verified_access_group **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[121], false, item, err);
}

static void pg_121_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_groups_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_verified_access_groups_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_describe_verified_access_groups_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[121], pg_121_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_groups_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_verified_access_groups_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[121], output, err);
}

int awsc_ec2_describe_verified_access_instance_logging_configurations_paginate(struct awsc_client *client,
                                                                               const struct awsc_ec2_describe_verified_access_instance_logging_configurations_input *input,
                                                                               const struct awsc_page_options *options,
                                                                               struct awsc_pager **pager,
                                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[122], input, options, pager, err);
}

int awsc_ec2_describe_verified_access_instance_logging_configurations_next_page(struct awsc_pager *pager,
                                                                                struct awsc_ec2_describe_verified_access_instance_logging_configurations_output **page,
                                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[122], page, err);
}

static void pg_122_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_instance_logging_configurations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_verified_access_instance_logging_configurations_next_page_async(struct awsc_pager *pager,
                                                                                      awsc_ec2_describe_verified_access_instance_logging_configurations_cb *cb,
                                                                                      void *user_data,
                                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[122], pg_122_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_instance_logging_configurations_next_item(struct awsc_pager *pager,
                                                                                const struct awsc_ec2_verified_access_instance_logging_configuration **item,
                                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[122], false, item, err);
}

static void pg_122_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_instance_logging_configurations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_verified_access_instance_logging_configurations_next_item_async(struct awsc_pager *pager,
                                                                                      awsc_ec2_describe_verified_access_instance_logging_configurations_item_cb *cb,
                                                                                      void *user_data,
                                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[122], pg_122_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_instance_logging_configurations_collect(struct awsc_pager *pager,
                                                                              struct awsc_ec2_describe_verified_access_instance_logging_configurations_output **output,
                                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[122], output, err);
}

int awsc_ec2_describe_verified_access_instances_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_verified_access_instances_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[123], input, options, pager, err);
}

int awsc_ec2_describe_verified_access_instances_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_verified_access_instances_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[123], page, err);
}

static void pg_123_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_instances_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_verified_access_instances_next_page_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_verified_access_instances_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[123], pg_123_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_instances_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_verified_access_instance **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[123], false, item, err);
}

static void pg_123_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_instances_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_verified_access_instances_next_item_async(struct awsc_pager *pager,
                                                                awsc_ec2_describe_verified_access_instances_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[123], pg_123_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_instances_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_verified_access_instances_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[123], output, err);
}

int awsc_ec2_describe_verified_access_trust_providers_paginate(struct awsc_client *client,
                                                               const struct awsc_ec2_describe_verified_access_trust_providers_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[124], input, options, pager, err);
}

int awsc_ec2_describe_verified_access_trust_providers_next_page(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_verified_access_trust_providers_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[124], page, err);
}

static void pg_124_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_trust_providers_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_verified_access_trust_providers_next_page_async(struct awsc_pager *pager,
                                                                      awsc_ec2_describe_verified_access_trust_providers_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[124], pg_124_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_trust_providers_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ec2_verified_access_trust_provider **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[124], false, item, err);
}

static void pg_124_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_verified_access_trust_providers_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_verified_access_trust_providers_next_item_async(struct awsc_pager *pager,
                                                                      awsc_ec2_describe_verified_access_trust_providers_item_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[124], pg_124_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_trust_providers_collect(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_verified_access_trust_providers_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[124], output, err);
}

int awsc_ec2_describe_volume_status_paginate(struct awsc_client *client,
                                             const struct awsc_ec2_describe_volume_status_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[125], input, options, pager, err);
}

int awsc_ec2_describe_volume_status_next_page(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_volume_status_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[125], page, err);
}

static void pg_125_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_volume_status_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_volume_status_next_page_async(struct awsc_pager *pager,
                                                    awsc_ec2_describe_volume_status_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[125], pg_125_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volume_status_next_item(struct awsc_pager *pager,
                                              const struct awsc_ec2_volume_status_item **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[125], false, item, err);
}

static void pg_125_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_volume_status_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_volume_status_next_item_async(struct awsc_pager *pager,
                                                    awsc_ec2_describe_volume_status_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[125], pg_125_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volume_status_collect(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_volume_status_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[125], output, err);
}

int awsc_ec2_describe_volumes_paginate(struct awsc_client *client,
                                       const struct awsc_ec2_describe_volumes_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[126], input, options, pager, err);
}

int awsc_ec2_describe_volumes_next_page(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_volumes_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[126], page, err);
}

static void pg_126_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_volumes_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_volumes_next_page_async(struct awsc_pager *pager,
                                              awsc_ec2_describe_volumes_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[126], pg_126_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volumes_next_item(struct awsc_pager *pager,
                                        const struct awsc_ec2_volume **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[126], false, item, err);
}

static void pg_126_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_volumes_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_volumes_next_item_async(struct awsc_pager *pager,
                                              awsc_ec2_describe_volumes_item_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[126], pg_126_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volumes_collect(struct awsc_pager *pager,
                                      struct awsc_ec2_describe_volumes_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[126], output, err);
}

int awsc_ec2_describe_volumes_modifications_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_volumes_modifications_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[127], input, options, pager, err);
}

int awsc_ec2_describe_volumes_modifications_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_volumes_modifications_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[127], page, err);
}

static void pg_127_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_volumes_modifications_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_volumes_modifications_next_page_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_volumes_modifications_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[127], pg_127_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volumes_modifications_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_volume_modification **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[127], false, item, err);
}

static void pg_127_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_volumes_modifications_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_volumes_modifications_next_item_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_volumes_modifications_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[127], pg_127_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volumes_modifications_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_volumes_modifications_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[127], output, err);
}

int awsc_ec2_describe_vpc_classic_link_dns_support_paginate(struct awsc_client *client,
                                                            const struct awsc_ec2_describe_vpc_classic_link_dns_support_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[128], input, options, pager, err);
}

int awsc_ec2_describe_vpc_classic_link_dns_support_next_page(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_vpc_classic_link_dns_support_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[128], page, err);
}

static void pg_128_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_classic_link_dns_support_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpc_classic_link_dns_support_next_page_async(struct awsc_pager *pager,
                                                                   awsc_ec2_describe_vpc_classic_link_dns_support_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[128], pg_128_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_classic_link_dns_support_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ec2_classic_link_dns_support **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[128], false, item, err);
}

static void pg_128_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_classic_link_dns_support_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpc_classic_link_dns_support_next_item_async(struct awsc_pager *pager,
                                                                   awsc_ec2_describe_vpc_classic_link_dns_support_item_cb *cb,
                                                                   void *user_data,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[128], pg_128_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_classic_link_dns_support_collect(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_vpc_classic_link_dns_support_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[128], output, err);
}

int awsc_ec2_describe_vpc_endpoint_connection_notifications_paginate(struct awsc_client *client,
                                                                     const struct awsc_ec2_describe_vpc_endpoint_connection_notifications_input *input,
                                                                     const struct awsc_page_options *options,
                                                                     struct awsc_pager **pager,
                                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[129], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoint_connection_notifications_next_page(struct awsc_pager *pager,
                                                                      struct awsc_ec2_describe_vpc_endpoint_connection_notifications_output **page,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[129], page, err);
}

static void pg_129_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_connection_notifications_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpc_endpoint_connection_notifications_next_page_async(struct awsc_pager *pager,
                                                                            awsc_ec2_describe_vpc_endpoint_connection_notifications_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[129], pg_129_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_connection_notifications_next_item(struct awsc_pager *pager,
                                                                      const struct awsc_ec2_connection_notification **item,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[129], false, item, err);
}

static void pg_129_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_connection_notifications_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpc_endpoint_connection_notifications_next_item_async(struct awsc_pager *pager,
                                                                            awsc_ec2_describe_vpc_endpoint_connection_notifications_item_cb *cb,
                                                                            void *user_data,
                                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[129], pg_129_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_connection_notifications_collect(struct awsc_pager *pager,
                                                                    struct awsc_ec2_describe_vpc_endpoint_connection_notifications_output **output,
                                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[129], output, err);
}

int awsc_ec2_describe_vpc_endpoint_connections_paginate(struct awsc_client *client,
                                                        const struct awsc_ec2_describe_vpc_endpoint_connections_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[130], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoint_connections_next_page(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_vpc_endpoint_connections_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[130], page, err);
}

static void pg_130_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_connections_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpc_endpoint_connections_next_page_async(struct awsc_pager *pager,
                                                               awsc_ec2_describe_vpc_endpoint_connections_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[130], pg_130_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_connections_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ec2_vpc_endpoint_connection **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[130], false, item, err);
}

static void pg_130_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_connections_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpc_endpoint_connections_next_item_async(struct awsc_pager *pager,
                                                               awsc_ec2_describe_vpc_endpoint_connections_item_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[130], pg_130_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_connections_collect(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_vpc_endpoint_connections_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[130], output, err);
}

int awsc_ec2_describe_vpc_endpoint_service_configurations_paginate(struct awsc_client *client,
                                                                   const struct awsc_ec2_describe_vpc_endpoint_service_configurations_input *input,
                                                                   const struct awsc_page_options *options,
                                                                   struct awsc_pager **pager,
                                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[131], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoint_service_configurations_next_page(struct awsc_pager *pager,
                                                                    struct awsc_ec2_describe_vpc_endpoint_service_configurations_output **page,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[131], page, err);
}

static void pg_131_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_service_configurations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpc_endpoint_service_configurations_next_page_async(struct awsc_pager *pager,
                                                                          awsc_ec2_describe_vpc_endpoint_service_configurations_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[131], pg_131_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_service_configurations_next_item(struct awsc_pager *pager,
                                                                    const struct awsc_ec2_service_configuration **item,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[131], false, item, err);
}

static void pg_131_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_service_configurations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpc_endpoint_service_configurations_next_item_async(struct awsc_pager *pager,
                                                                          awsc_ec2_describe_vpc_endpoint_service_configurations_item_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[131], pg_131_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_service_configurations_collect(struct awsc_pager *pager,
                                                                  struct awsc_ec2_describe_vpc_endpoint_service_configurations_output **output,
                                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[131], output, err);
}

int awsc_ec2_describe_vpc_endpoint_service_permissions_paginate(struct awsc_client *client,
                                                                const struct awsc_ec2_describe_vpc_endpoint_service_permissions_input *input,
                                                                const struct awsc_page_options *options,
                                                                struct awsc_pager **pager,
                                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[132], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoint_service_permissions_next_page(struct awsc_pager *pager,
                                                                 struct awsc_ec2_describe_vpc_endpoint_service_permissions_output **page,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[132], page, err);
}

static void pg_132_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_service_permissions_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpc_endpoint_service_permissions_next_page_async(struct awsc_pager *pager,
                                                                       awsc_ec2_describe_vpc_endpoint_service_permissions_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[132], pg_132_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_service_permissions_next_item(struct awsc_pager *pager,
                                                                 const struct awsc_ec2_allowed_principal **item,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[132], false, item, err);
}

static void pg_132_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_service_permissions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpc_endpoint_service_permissions_next_item_async(struct awsc_pager *pager,
                                                                       awsc_ec2_describe_vpc_endpoint_service_permissions_item_cb *cb,
                                                                       void *user_data,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[132], pg_132_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_service_permissions_collect(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_vpc_endpoint_service_permissions_output **output,
                                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[132], output, err);
}

int awsc_ec2_describe_vpc_endpoint_services_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_vpc_endpoint_services_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[133], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoint_services_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_vpc_endpoint_services_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[133], page, err);
}

static void pg_133_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_services_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpc_endpoint_services_next_page_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_vpc_endpoint_services_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[133], pg_133_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_services_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_service_detail **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[133], false, item, err);
}

static void pg_133_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoint_services_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpc_endpoint_services_next_item_async(struct awsc_pager *pager,
                                                            awsc_ec2_describe_vpc_endpoint_services_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[133], pg_133_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_services_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_vpc_endpoint_services_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[133], output, err);
}

int awsc_ec2_describe_vpc_endpoints_paginate(struct awsc_client *client,
                                             const struct awsc_ec2_describe_vpc_endpoints_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[134], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoints_next_page(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_vpc_endpoints_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[134], page, err);
}

static void pg_134_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoints_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpc_endpoints_next_page_async(struct awsc_pager *pager,
                                                    awsc_ec2_describe_vpc_endpoints_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[134], pg_134_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoints_next_item(struct awsc_pager *pager,
                                              const struct awsc_ec2_vpc_endpoint **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[134], false, item, err);
}

static void pg_134_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_endpoints_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpc_endpoints_next_item_async(struct awsc_pager *pager,
                                                    awsc_ec2_describe_vpc_endpoints_item_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[134], pg_134_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoints_collect(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_vpc_endpoints_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[134], output, err);
}

int awsc_ec2_describe_vpc_peering_connections_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_describe_vpc_peering_connections_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[135], input, options, pager, err);
}

int awsc_ec2_describe_vpc_peering_connections_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_vpc_peering_connections_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[135], page, err);
}

static void pg_135_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_peering_connections_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpc_peering_connections_next_page_async(struct awsc_pager *pager,
                                                              awsc_ec2_describe_vpc_peering_connections_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[135], pg_135_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_peering_connections_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_vpc_peering_connection **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[135], false, item, err);
}

static void pg_135_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpc_peering_connections_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpc_peering_connections_next_item_async(struct awsc_pager *pager,
                                                              awsc_ec2_describe_vpc_peering_connections_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[135], pg_135_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_peering_connections_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_vpc_peering_connections_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[135], output, err);
}

int awsc_ec2_describe_vpcs_paginate(struct awsc_client *client,
                                    const struct awsc_ec2_describe_vpcs_input *input,
                                    const struct awsc_page_options *options,
                                    struct awsc_pager **pager,
                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[136], input, options, pager, err);
}

int awsc_ec2_describe_vpcs_next_page(struct awsc_pager *pager,
                                     struct awsc_ec2_describe_vpcs_output **page,
                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[136], page, err);
}

static void pg_136_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpcs_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpcs_next_page_async(struct awsc_pager *pager,
                                           awsc_ec2_describe_vpcs_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[136], pg_136_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpcs_next_item(struct awsc_pager *pager,
                                     const struct awsc_ec2_vpc **item,
                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[136], false, item, err);
}

static void pg_136_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpcs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpcs_next_item_async(struct awsc_pager *pager,
                                           awsc_ec2_describe_vpcs_item_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[136], pg_136_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpcs_collect(struct awsc_pager *pager,
                                   struct awsc_ec2_describe_vpcs_output **output,
                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[136], output, err);
}

int awsc_ec2_describe_vpn_concentrators_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_vpn_concentrators_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[137], input, options, pager, err);
}

int awsc_ec2_describe_vpn_concentrators_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_vpn_concentrators_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[137], page, err);
}

static void pg_137_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpn_concentrators_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_describe_vpn_concentrators_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_vpn_concentrators_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[137], pg_137_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpn_concentrators_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_vpn_concentrator **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[137], false, item, err);
}

static void pg_137_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_describe_vpn_concentrators_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_describe_vpn_concentrators_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_describe_vpn_concentrators_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[137], pg_137_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpn_concentrators_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_vpn_concentrators_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[137], output, err);
}

int awsc_ec2_get_associated_ipv6_pool_cidrs_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_get_associated_ipv6_pool_cidrs_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[138], input, options, pager, err);
}

int awsc_ec2_get_associated_ipv6_pool_cidrs_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_get_associated_ipv6_pool_cidrs_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[138], page, err);
}

static void pg_138_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_associated_ipv6_pool_cidrs_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_associated_ipv6_pool_cidrs_next_page_async(struct awsc_pager *pager,
                                                            awsc_ec2_get_associated_ipv6_pool_cidrs_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[138], pg_138_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_associated_ipv6_pool_cidrs_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_ipv6_cidr_association **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[138], false, item, err);
}

static void pg_138_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_associated_ipv6_pool_cidrs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_associated_ipv6_pool_cidrs_next_item_async(struct awsc_pager *pager,
                                                            awsc_ec2_get_associated_ipv6_pool_cidrs_item_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[138], pg_138_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_associated_ipv6_pool_cidrs_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_get_associated_ipv6_pool_cidrs_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[138], output, err);
}

int awsc_ec2_get_aws_network_performance_data_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_get_aws_network_performance_data_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[139], input, options, pager, err);
}

int awsc_ec2_get_aws_network_performance_data_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_get_aws_network_performance_data_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[139], page, err);
}

static void pg_139_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_aws_network_performance_data_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_aws_network_performance_data_next_page_async(struct awsc_pager *pager,
                                                              awsc_ec2_get_aws_network_performance_data_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[139], pg_139_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_aws_network_performance_data_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_data_response **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[139], false, item, err);
}

static void pg_139_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_aws_network_performance_data_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_aws_network_performance_data_next_item_async(struct awsc_pager *pager,
                                                              awsc_ec2_get_aws_network_performance_data_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[139], pg_139_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_aws_network_performance_data_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_get_aws_network_performance_data_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[139], output, err);
}

int awsc_ec2_get_capacity_manager_metric_data_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_get_capacity_manager_metric_data_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[140], input, options, pager, err);
}

int awsc_ec2_get_capacity_manager_metric_data_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_get_capacity_manager_metric_data_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[140], page, err);
}

static void pg_140_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_capacity_manager_metric_data_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_capacity_manager_metric_data_next_page_async(struct awsc_pager *pager,
                                                              awsc_ec2_get_capacity_manager_metric_data_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[140], pg_140_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_metric_data_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_metric_data_result **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[140], false, item, err);
}

static void pg_140_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_capacity_manager_metric_data_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_capacity_manager_metric_data_next_item_async(struct awsc_pager *pager,
                                                              awsc_ec2_get_capacity_manager_metric_data_item_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[140], pg_140_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_metric_data_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_get_capacity_manager_metric_data_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[140], output, err);
}

int awsc_ec2_get_capacity_manager_metric_dimensions_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_get_capacity_manager_metric_dimensions_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[141], input, options, pager, err);
}

int awsc_ec2_get_capacity_manager_metric_dimensions_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_get_capacity_manager_metric_dimensions_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[141], page, err);
}

static void pg_141_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_capacity_manager_metric_dimensions_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_capacity_manager_metric_dimensions_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ec2_get_capacity_manager_metric_dimensions_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[141], pg_141_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_metric_dimensions_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_capacity_manager_dimension **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[141], false, item, err);
}

static void pg_141_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_capacity_manager_metric_dimensions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_capacity_manager_metric_dimensions_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ec2_get_capacity_manager_metric_dimensions_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[141], pg_141_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_metric_dimensions_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_get_capacity_manager_metric_dimensions_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[141], output, err);
}

int awsc_ec2_get_capacity_manager_monitored_tag_keys_paginate(struct awsc_client *client,
                                                              const struct awsc_ec2_get_capacity_manager_monitored_tag_keys_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[142], input, options, pager, err);
}

int awsc_ec2_get_capacity_manager_monitored_tag_keys_next_page(struct awsc_pager *pager,
                                                               struct awsc_ec2_get_capacity_manager_monitored_tag_keys_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[142], page, err);
}

static void pg_142_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_capacity_manager_monitored_tag_keys_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_capacity_manager_monitored_tag_keys_next_page_async(struct awsc_pager *pager,
                                                                     awsc_ec2_get_capacity_manager_monitored_tag_keys_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[142], pg_142_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_monitored_tag_keys_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ec2_capacity_manager_monitored_tag_key **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[142], false, item, err);
}

static void pg_142_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_capacity_manager_monitored_tag_keys_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_capacity_manager_monitored_tag_keys_next_item_async(struct awsc_pager *pager,
                                                                     awsc_ec2_get_capacity_manager_monitored_tag_keys_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[142], pg_142_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_monitored_tag_keys_collect(struct awsc_pager *pager,
                                                             struct awsc_ec2_get_capacity_manager_monitored_tag_keys_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[142], output, err);
}

int awsc_ec2_get_groups_for_capacity_reservation_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_get_groups_for_capacity_reservation_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[143], input, options, pager, err);
}

int awsc_ec2_get_groups_for_capacity_reservation_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_get_groups_for_capacity_reservation_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[143], page, err);
}

static void pg_143_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_groups_for_capacity_reservation_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_groups_for_capacity_reservation_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ec2_get_groups_for_capacity_reservation_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[143], pg_143_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_groups_for_capacity_reservation_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_capacity_reservation_group **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[143], false, item, err);
}

static void pg_143_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_groups_for_capacity_reservation_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_groups_for_capacity_reservation_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ec2_get_groups_for_capacity_reservation_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[143], pg_143_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_groups_for_capacity_reservation_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_get_groups_for_capacity_reservation_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[143], output, err);
}

int awsc_ec2_get_instance_types_from_instance_requirements_paginate(struct awsc_client *client,
                                                                    const struct awsc_ec2_get_instance_types_from_instance_requirements_input *input,
                                                                    const struct awsc_page_options *options,
                                                                    struct awsc_pager **pager,
                                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[144], input, options, pager, err);
}

int awsc_ec2_get_instance_types_from_instance_requirements_next_page(struct awsc_pager *pager,
                                                                     struct awsc_ec2_get_instance_types_from_instance_requirements_output **page,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[144], page, err);
}

static void pg_144_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_instance_types_from_instance_requirements_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_instance_types_from_instance_requirements_next_page_async(struct awsc_pager *pager,
                                                                           awsc_ec2_get_instance_types_from_instance_requirements_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[144], pg_144_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_instance_types_from_instance_requirements_next_item(struct awsc_pager *pager,
                                                                     const struct awsc_ec2_instance_type_info_from_instance_requirements **item,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[144], false, item, err);
}

static void pg_144_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_instance_types_from_instance_requirements_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_instance_types_from_instance_requirements_next_item_async(struct awsc_pager *pager,
                                                                           awsc_ec2_get_instance_types_from_instance_requirements_item_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[144], pg_144_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_instance_types_from_instance_requirements_collect(struct awsc_pager *pager,
                                                                   struct awsc_ec2_get_instance_types_from_instance_requirements_output **output,
                                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[144], output, err);
}

int awsc_ec2_get_ipam_address_history_paginate(struct awsc_client *client,
                                               const struct awsc_ec2_get_ipam_address_history_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[145], input, options, pager, err);
}

int awsc_ec2_get_ipam_address_history_next_page(struct awsc_pager *pager,
                                                struct awsc_ec2_get_ipam_address_history_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[145], page, err);
}

static void pg_145_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_address_history_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_address_history_next_page_async(struct awsc_pager *pager,
                                                      awsc_ec2_get_ipam_address_history_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[145], pg_145_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_address_history_next_item(struct awsc_pager *pager,
                                                const struct awsc_ec2_ipam_address_history_record **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[145], false, item, err);
}

static void pg_145_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_address_history_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_address_history_next_item_async(struct awsc_pager *pager,
                                                      awsc_ec2_get_ipam_address_history_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[145], pg_145_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_address_history_collect(struct awsc_pager *pager,
                                              struct awsc_ec2_get_ipam_address_history_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[145], output, err);
}

int awsc_ec2_get_ipam_discovered_accounts_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_get_ipam_discovered_accounts_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[146], input, options, pager, err);
}

int awsc_ec2_get_ipam_discovered_accounts_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_get_ipam_discovered_accounts_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[146], page, err);
}

static void pg_146_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_discovered_accounts_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_discovered_accounts_next_page_async(struct awsc_pager *pager,
                                                          awsc_ec2_get_ipam_discovered_accounts_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[146], pg_146_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_discovered_accounts_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_ipam_discovered_account **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[146], false, item, err);
}

static void pg_146_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_discovered_accounts_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_discovered_accounts_next_item_async(struct awsc_pager *pager,
                                                          awsc_ec2_get_ipam_discovered_accounts_item_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[146], pg_146_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_discovered_accounts_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_get_ipam_discovered_accounts_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[146], output, err);
}

int awsc_ec2_get_ipam_discovered_resource_cidrs_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_get_ipam_discovered_resource_cidrs_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[147], input, options, pager, err);
}

int awsc_ec2_get_ipam_discovered_resource_cidrs_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_get_ipam_discovered_resource_cidrs_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[147], page, err);
}

static void pg_147_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_discovered_resource_cidrs_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_discovered_resource_cidrs_next_page_async(struct awsc_pager *pager,
                                                                awsc_ec2_get_ipam_discovered_resource_cidrs_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[147], pg_147_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_discovered_resource_cidrs_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_ipam_discovered_resource_cidr **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[147], false, item, err);
}

static void pg_147_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_discovered_resource_cidrs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_discovered_resource_cidrs_next_item_async(struct awsc_pager *pager,
                                                                awsc_ec2_get_ipam_discovered_resource_cidrs_item_cb *cb,
                                                                void *user_data,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[147], pg_147_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_discovered_resource_cidrs_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_get_ipam_discovered_resource_cidrs_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[147], output, err);
}

int awsc_ec2_get_ipam_pool_allocations_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_get_ipam_pool_allocations_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[148], input, options, pager, err);
}

int awsc_ec2_get_ipam_pool_allocations_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_get_ipam_pool_allocations_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[148], page, err);
}

static void pg_148_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_pool_allocations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_pool_allocations_next_page_async(struct awsc_pager *pager,
                                                       awsc_ec2_get_ipam_pool_allocations_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[148], pg_148_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_pool_allocations_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_ipam_pool_allocation **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[148], false, item, err);
}

static void pg_148_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_pool_allocations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_pool_allocations_next_item_async(struct awsc_pager *pager,
                                                       awsc_ec2_get_ipam_pool_allocations_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[148], pg_148_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_pool_allocations_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_get_ipam_pool_allocations_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[148], output, err);
}

int awsc_ec2_get_ipam_pool_cidrs_paginate(struct awsc_client *client,
                                          const struct awsc_ec2_get_ipam_pool_cidrs_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[149], input, options, pager, err);
}

int awsc_ec2_get_ipam_pool_cidrs_next_page(struct awsc_pager *pager,
                                           struct awsc_ec2_get_ipam_pool_cidrs_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[149], page, err);
}

static void pg_149_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_pool_cidrs_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_pool_cidrs_next_page_async(struct awsc_pager *pager,
                                                 awsc_ec2_get_ipam_pool_cidrs_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[149], pg_149_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_pool_cidrs_next_item(struct awsc_pager *pager,
                                           const struct awsc_ec2_ipam_pool_cidr **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[149], false, item, err);
}

static void pg_149_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_pool_cidrs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_pool_cidrs_next_item_async(struct awsc_pager *pager,
                                                 awsc_ec2_get_ipam_pool_cidrs_item_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[149], pg_149_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_pool_cidrs_collect(struct awsc_pager *pager,
                                         struct awsc_ec2_get_ipam_pool_cidrs_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[149], output, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_rules_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_get_ipam_prefix_list_resolver_rules_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[150], input, options, pager, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_rules_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_get_ipam_prefix_list_resolver_rules_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[150], page, err);
}

static void pg_150_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_prefix_list_resolver_rules_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_rules_next_page_async(struct awsc_pager *pager,
                                                                 awsc_ec2_get_ipam_prefix_list_resolver_rules_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[150], pg_150_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_rules_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_ipam_prefix_list_resolver_rule **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[150], false, item, err);
}

static void pg_150_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_prefix_list_resolver_rules_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_rules_next_item_async(struct awsc_pager *pager,
                                                                 awsc_ec2_get_ipam_prefix_list_resolver_rules_item_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[150], pg_150_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_rules_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_get_ipam_prefix_list_resolver_rules_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[150], output, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_version_entries_paginate(struct awsc_client *client,
                                                                    const struct awsc_ec2_get_ipam_prefix_list_resolver_version_entries_input *input,
                                                                    const struct awsc_page_options *options,
                                                                    struct awsc_pager **pager,
                                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[151], input, options, pager, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_version_entries_next_page(struct awsc_pager *pager,
                                                                     struct awsc_ec2_get_ipam_prefix_list_resolver_version_entries_output **page,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[151], page, err);
}

static void pg_151_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_prefix_list_resolver_version_entries_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_version_entries_next_page_async(struct awsc_pager *pager,
                                                                           awsc_ec2_get_ipam_prefix_list_resolver_version_entries_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[151], pg_151_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_version_entries_next_item(struct awsc_pager *pager,
                                                                     const struct awsc_ec2_ipam_prefix_list_resolver_version_entry **item,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[151], false, item, err);
}

static void pg_151_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_prefix_list_resolver_version_entries_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_version_entries_next_item_async(struct awsc_pager *pager,
                                                                           awsc_ec2_get_ipam_prefix_list_resolver_version_entries_item_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[151], pg_151_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_version_entries_collect(struct awsc_pager *pager,
                                                                   struct awsc_ec2_get_ipam_prefix_list_resolver_version_entries_output **output,
                                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[151], output, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_versions_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_get_ipam_prefix_list_resolver_versions_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[152], input, options, pager, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_versions_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_get_ipam_prefix_list_resolver_versions_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[152], page, err);
}

static void pg_152_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_prefix_list_resolver_versions_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_versions_next_page_async(struct awsc_pager *pager,
                                                                    awsc_ec2_get_ipam_prefix_list_resolver_versions_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[152], pg_152_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_versions_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_ipam_prefix_list_resolver_version **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[152], false, item, err);
}

static void pg_152_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_prefix_list_resolver_versions_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_versions_next_item_async(struct awsc_pager *pager,
                                                                    awsc_ec2_get_ipam_prefix_list_resolver_versions_item_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[152], pg_152_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_versions_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_get_ipam_prefix_list_resolver_versions_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[152], output, err);
}

int awsc_ec2_get_ipam_resource_cidrs_paginate(struct awsc_client *client,
                                              const struct awsc_ec2_get_ipam_resource_cidrs_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[153], input, options, pager, err);
}

int awsc_ec2_get_ipam_resource_cidrs_next_page(struct awsc_pager *pager,
                                               struct awsc_ec2_get_ipam_resource_cidrs_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[153], page, err);
}

static void pg_153_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_resource_cidrs_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_ipam_resource_cidrs_next_page_async(struct awsc_pager *pager,
                                                     awsc_ec2_get_ipam_resource_cidrs_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[153], pg_153_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_resource_cidrs_next_item(struct awsc_pager *pager,
                                               const struct awsc_ec2_ipam_resource_cidr **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[153], false, item, err);
}

static void pg_153_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_ipam_resource_cidrs_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_ipam_resource_cidrs_next_item_async(struct awsc_pager *pager,
                                                     awsc_ec2_get_ipam_resource_cidrs_item_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[153], pg_153_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_resource_cidrs_collect(struct awsc_pager *pager,
                                             struct awsc_ec2_get_ipam_resource_cidrs_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[153], output, err);
}

int awsc_ec2_get_managed_prefix_list_associations_paginate(struct awsc_client *client,
                                                           const struct awsc_ec2_get_managed_prefix_list_associations_input *input,
                                                           const struct awsc_page_options *options,
                                                           struct awsc_pager **pager,
                                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[154], input, options, pager, err);
}

int awsc_ec2_get_managed_prefix_list_associations_next_page(struct awsc_pager *pager,
                                                            struct awsc_ec2_get_managed_prefix_list_associations_output **page,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[154], page, err);
}

static void pg_154_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_managed_prefix_list_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_managed_prefix_list_associations_next_page_async(struct awsc_pager *pager,
                                                                  awsc_ec2_get_managed_prefix_list_associations_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[154], pg_154_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_managed_prefix_list_associations_next_item(struct awsc_pager *pager,
                                                            const struct awsc_ec2_prefix_list_association **item,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[154], false, item, err);
}

static void pg_154_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_managed_prefix_list_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_managed_prefix_list_associations_next_item_async(struct awsc_pager *pager,
                                                                  awsc_ec2_get_managed_prefix_list_associations_item_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[154], pg_154_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_managed_prefix_list_associations_collect(struct awsc_pager *pager,
                                                          struct awsc_ec2_get_managed_prefix_list_associations_output **output,
                                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[154], output, err);
}

int awsc_ec2_get_managed_prefix_list_entries_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_get_managed_prefix_list_entries_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[155], input, options, pager, err);
}

int awsc_ec2_get_managed_prefix_list_entries_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_get_managed_prefix_list_entries_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[155], page, err);
}

static void pg_155_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_managed_prefix_list_entries_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_managed_prefix_list_entries_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_get_managed_prefix_list_entries_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[155], pg_155_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_managed_prefix_list_entries_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_prefix_list_entry **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[155], false, item, err);
}

static void pg_155_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_managed_prefix_list_entries_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_managed_prefix_list_entries_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_get_managed_prefix_list_entries_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[155], pg_155_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_managed_prefix_list_entries_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_get_managed_prefix_list_entries_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[155], output, err);
}

int awsc_ec2_get_network_insights_access_scope_analysis_findings_paginate(struct awsc_client *client,
                                                                          const struct awsc_ec2_get_network_insights_access_scope_analysis_findings_input *input,
                                                                          const struct awsc_page_options *options,
                                                                          struct awsc_pager **pager,
                                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[156], input, options, pager, err);
}

int awsc_ec2_get_network_insights_access_scope_analysis_findings_next_page(struct awsc_pager *pager,
                                                                           struct awsc_ec2_get_network_insights_access_scope_analysis_findings_output **page,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[156], page, err);
}

static void pg_156_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_network_insights_access_scope_analysis_findings_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_network_insights_access_scope_analysis_findings_next_page_async(struct awsc_pager *pager,
                                                                                 awsc_ec2_get_network_insights_access_scope_analysis_findings_cb *cb,
                                                                                 void *user_data,
                                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[156], pg_156_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_network_insights_access_scope_analysis_findings_next_item(struct awsc_pager *pager,
                                                                           const struct awsc_ec2_access_scope_analysis_finding **item,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[156], false, item, err);
}

static void pg_156_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_network_insights_access_scope_analysis_findings_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_network_insights_access_scope_analysis_findings_next_item_async(struct awsc_pager *pager,
                                                                                 awsc_ec2_get_network_insights_access_scope_analysis_findings_item_cb *cb,
                                                                                 void *user_data,
                                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[156], pg_156_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_network_insights_access_scope_analysis_findings_collect(struct awsc_pager *pager,
                                                                         struct awsc_ec2_get_network_insights_access_scope_analysis_findings_output **output,
                                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[156], output, err);
}

int awsc_ec2_get_security_groups_for_vpc_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_get_security_groups_for_vpc_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[157], input, options, pager, err);
}

int awsc_ec2_get_security_groups_for_vpc_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_get_security_groups_for_vpc_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[157], page, err);
}

static void pg_157_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_security_groups_for_vpc_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_security_groups_for_vpc_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_get_security_groups_for_vpc_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[157], pg_157_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_security_groups_for_vpc_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_security_group_for_vpc **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[157], false, item, err);
}

static void pg_157_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_security_groups_for_vpc_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_security_groups_for_vpc_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_get_security_groups_for_vpc_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[157], pg_157_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_security_groups_for_vpc_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_get_security_groups_for_vpc_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[157], output, err);
}

int awsc_ec2_get_spot_placement_scores_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_get_spot_placement_scores_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[158], input, options, pager, err);
}

int awsc_ec2_get_spot_placement_scores_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_get_spot_placement_scores_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[158], page, err);
}

static void pg_158_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_spot_placement_scores_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_spot_placement_scores_next_page_async(struct awsc_pager *pager,
                                                       awsc_ec2_get_spot_placement_scores_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[158], pg_158_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_spot_placement_scores_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_spot_placement_score **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[158], false, item, err);
}

static void pg_158_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_spot_placement_scores_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_spot_placement_scores_next_item_async(struct awsc_pager *pager,
                                                       awsc_ec2_get_spot_placement_scores_item_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[158], pg_158_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_spot_placement_scores_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_get_spot_placement_scores_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[158], output, err);
}

int awsc_ec2_get_transit_gateway_attachment_propagations_paginate(struct awsc_client *client,
                                                                  const struct awsc_ec2_get_transit_gateway_attachment_propagations_input *input,
                                                                  const struct awsc_page_options *options,
                                                                  struct awsc_pager **pager,
                                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[159], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_attachment_propagations_next_page(struct awsc_pager *pager,
                                                                   struct awsc_ec2_get_transit_gateway_attachment_propagations_output **page,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[159], page, err);
}

static void pg_159_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_attachment_propagations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_transit_gateway_attachment_propagations_next_page_async(struct awsc_pager *pager,
                                                                         awsc_ec2_get_transit_gateway_attachment_propagations_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[159], pg_159_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_attachment_propagations_next_item(struct awsc_pager *pager,
                                                                   const struct awsc_ec2_transit_gateway_attachment_propagation **item,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[159], false, item, err);
}

static void pg_159_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_attachment_propagations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_transit_gateway_attachment_propagations_next_item_async(struct awsc_pager *pager,
                                                                         awsc_ec2_get_transit_gateway_attachment_propagations_item_cb *cb,
                                                                         void *user_data,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[159], pg_159_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_attachment_propagations_collect(struct awsc_pager *pager,
                                                                 struct awsc_ec2_get_transit_gateway_attachment_propagations_output **output,
                                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[159], output, err);
}

int awsc_ec2_get_transit_gateway_multicast_domain_associations_paginate(struct awsc_client *client,
                                                                        const struct awsc_ec2_get_transit_gateway_multicast_domain_associations_input *input,
                                                                        const struct awsc_page_options *options,
                                                                        struct awsc_pager **pager,
                                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[160], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_multicast_domain_associations_next_page(struct awsc_pager *pager,
                                                                         struct awsc_ec2_get_transit_gateway_multicast_domain_associations_output **page,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[160], page, err);
}

static void pg_160_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_multicast_domain_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_transit_gateway_multicast_domain_associations_next_page_async(struct awsc_pager *pager,
                                                                               awsc_ec2_get_transit_gateway_multicast_domain_associations_cb *cb,
                                                                               void *user_data,
                                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[160], pg_160_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_multicast_domain_associations_next_item(struct awsc_pager *pager,
                                                                         const struct awsc_ec2_transit_gateway_multicast_domain_association **item,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[160], false, item, err);
}

static void pg_160_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_multicast_domain_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_transit_gateway_multicast_domain_associations_next_item_async(struct awsc_pager *pager,
                                                                               awsc_ec2_get_transit_gateway_multicast_domain_associations_item_cb *cb,
                                                                               void *user_data,
                                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[160], pg_160_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_multicast_domain_associations_collect(struct awsc_pager *pager,
                                                                       struct awsc_ec2_get_transit_gateway_multicast_domain_associations_output **output,
                                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[160], output, err);
}

int awsc_ec2_get_transit_gateway_policy_table_associations_paginate(struct awsc_client *client,
                                                                    const struct awsc_ec2_get_transit_gateway_policy_table_associations_input *input,
                                                                    const struct awsc_page_options *options,
                                                                    struct awsc_pager **pager,
                                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[161], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_policy_table_associations_next_page(struct awsc_pager *pager,
                                                                     struct awsc_ec2_get_transit_gateway_policy_table_associations_output **page,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[161], page, err);
}

static void pg_161_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_policy_table_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_transit_gateway_policy_table_associations_next_page_async(struct awsc_pager *pager,
                                                                           awsc_ec2_get_transit_gateway_policy_table_associations_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[161], pg_161_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_policy_table_associations_next_item(struct awsc_pager *pager,
                                                                     const struct awsc_ec2_transit_gateway_policy_table_association **item,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[161], false, item, err);
}

static void pg_161_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_policy_table_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_transit_gateway_policy_table_associations_next_item_async(struct awsc_pager *pager,
                                                                           awsc_ec2_get_transit_gateway_policy_table_associations_item_cb *cb,
                                                                           void *user_data,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[161], pg_161_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_policy_table_associations_collect(struct awsc_pager *pager,
                                                                   struct awsc_ec2_get_transit_gateway_policy_table_associations_output **output,
                                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[161], output, err);
}

int awsc_ec2_get_transit_gateway_policy_table_entries_paginate(struct awsc_client *client,
                                                               const struct awsc_ec2_get_transit_gateway_policy_table_entries_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[162], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_policy_table_entries_next_page(struct awsc_pager *pager,
                                                                struct awsc_ec2_get_transit_gateway_policy_table_entries_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[162], page, err);
}

static void pg_162_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_policy_table_entries_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_transit_gateway_policy_table_entries_next_page_async(struct awsc_pager *pager,
                                                                      awsc_ec2_get_transit_gateway_policy_table_entries_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[162], pg_162_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_policy_table_entries_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ec2_transit_gateway_policy_table_entry **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[162], false, item, err);
}

static void pg_162_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_policy_table_entries_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_transit_gateway_policy_table_entries_next_item_async(struct awsc_pager *pager,
                                                                      awsc_ec2_get_transit_gateway_policy_table_entries_item_cb *cb,
                                                                      void *user_data,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[162], pg_162_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_policy_table_entries_collect(struct awsc_pager *pager,
                                                              struct awsc_ec2_get_transit_gateway_policy_table_entries_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[162], output, err);
}

int awsc_ec2_get_transit_gateway_prefix_list_references_paginate(struct awsc_client *client,
                                                                 const struct awsc_ec2_get_transit_gateway_prefix_list_references_input *input,
                                                                 const struct awsc_page_options *options,
                                                                 struct awsc_pager **pager,
                                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[163], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_prefix_list_references_next_page(struct awsc_pager *pager,
                                                                  struct awsc_ec2_get_transit_gateway_prefix_list_references_output **page,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[163], page, err);
}

static void pg_163_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_prefix_list_references_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_transit_gateway_prefix_list_references_next_page_async(struct awsc_pager *pager,
                                                                        awsc_ec2_get_transit_gateway_prefix_list_references_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[163], pg_163_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_prefix_list_references_next_item(struct awsc_pager *pager,
                                                                  const struct awsc_ec2_transit_gateway_prefix_list_reference **item,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[163], false, item, err);
}

static void pg_163_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_prefix_list_references_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_transit_gateway_prefix_list_references_next_item_async(struct awsc_pager *pager,
                                                                        awsc_ec2_get_transit_gateway_prefix_list_references_item_cb *cb,
                                                                        void *user_data,
                                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[163], pg_163_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_prefix_list_references_collect(struct awsc_pager *pager,
                                                                struct awsc_ec2_get_transit_gateway_prefix_list_references_output **output,
                                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[163], output, err);
}

int awsc_ec2_get_transit_gateway_route_table_associations_paginate(struct awsc_client *client,
                                                                   const struct awsc_ec2_get_transit_gateway_route_table_associations_input *input,
                                                                   const struct awsc_page_options *options,
                                                                   struct awsc_pager **pager,
                                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[164], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_route_table_associations_next_page(struct awsc_pager *pager,
                                                                    struct awsc_ec2_get_transit_gateway_route_table_associations_output **page,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[164], page, err);
}

static void pg_164_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_route_table_associations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_transit_gateway_route_table_associations_next_page_async(struct awsc_pager *pager,
                                                                          awsc_ec2_get_transit_gateway_route_table_associations_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[164], pg_164_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_route_table_associations_next_item(struct awsc_pager *pager,
                                                                    const struct awsc_ec2_transit_gateway_route_table_association **item,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[164], false, item, err);
}

static void pg_164_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_route_table_associations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_transit_gateway_route_table_associations_next_item_async(struct awsc_pager *pager,
                                                                          awsc_ec2_get_transit_gateway_route_table_associations_item_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[164], pg_164_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_route_table_associations_collect(struct awsc_pager *pager,
                                                                  struct awsc_ec2_get_transit_gateway_route_table_associations_output **output,
                                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[164], output, err);
}

int awsc_ec2_get_transit_gateway_route_table_propagations_paginate(struct awsc_client *client,
                                                                   const struct awsc_ec2_get_transit_gateway_route_table_propagations_input *input,
                                                                   const struct awsc_page_options *options,
                                                                   struct awsc_pager **pager,
                                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[165], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_route_table_propagations_next_page(struct awsc_pager *pager,
                                                                    struct awsc_ec2_get_transit_gateway_route_table_propagations_output **page,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[165], page, err);
}

static void pg_165_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_route_table_propagations_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_transit_gateway_route_table_propagations_next_page_async(struct awsc_pager *pager,
                                                                          awsc_ec2_get_transit_gateway_route_table_propagations_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[165], pg_165_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_route_table_propagations_next_item(struct awsc_pager *pager,
                                                                    const struct awsc_ec2_transit_gateway_route_table_propagation **item,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[165], false, item, err);
}

static void pg_165_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_transit_gateway_route_table_propagations_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_transit_gateway_route_table_propagations_next_item_async(struct awsc_pager *pager,
                                                                          awsc_ec2_get_transit_gateway_route_table_propagations_item_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[165], pg_165_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_route_table_propagations_collect(struct awsc_pager *pager,
                                                                  struct awsc_ec2_get_transit_gateway_route_table_propagations_output **output,
                                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[165], output, err);
}

int awsc_ec2_get_vpn_connection_device_types_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_get_vpn_connection_device_types_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[166], input, options, pager, err);
}

int awsc_ec2_get_vpn_connection_device_types_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_get_vpn_connection_device_types_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[166], page, err);
}

static void pg_166_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_get_vpn_connection_device_types_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_get_vpn_connection_device_types_next_page_async(struct awsc_pager *pager,
                                                             awsc_ec2_get_vpn_connection_device_types_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[166], pg_166_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_vpn_connection_device_types_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_vpn_connection_device_type **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[166], false, item, err);
}

static void pg_166_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_get_vpn_connection_device_types_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_get_vpn_connection_device_types_next_item_async(struct awsc_pager *pager,
                                                             awsc_ec2_get_vpn_connection_device_types_item_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[166], pg_166_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_vpn_connection_device_types_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_get_vpn_connection_device_types_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[166], output, err);
}

int awsc_ec2_list_images_in_recycle_bin_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_list_images_in_recycle_bin_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[167], input, options, pager, err);
}

int awsc_ec2_list_images_in_recycle_bin_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_list_images_in_recycle_bin_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[167], page, err);
}

static void pg_167_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_list_images_in_recycle_bin_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_list_images_in_recycle_bin_next_page_async(struct awsc_pager *pager,
                                                        awsc_ec2_list_images_in_recycle_bin_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[167], pg_167_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_list_images_in_recycle_bin_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_image_recycle_bin_info **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[167], false, item, err);
}

static void pg_167_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_list_images_in_recycle_bin_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_list_images_in_recycle_bin_next_item_async(struct awsc_pager *pager,
                                                        awsc_ec2_list_images_in_recycle_bin_item_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[167], pg_167_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_list_images_in_recycle_bin_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_list_images_in_recycle_bin_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[167], output, err);
}

int awsc_ec2_list_snapshots_in_recycle_bin_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_list_snapshots_in_recycle_bin_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[168], input, options, pager, err);
}

int awsc_ec2_list_snapshots_in_recycle_bin_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_list_snapshots_in_recycle_bin_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[168], page, err);
}

static void pg_168_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_list_snapshots_in_recycle_bin_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_list_snapshots_in_recycle_bin_next_page_async(struct awsc_pager *pager,
                                                           awsc_ec2_list_snapshots_in_recycle_bin_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[168], pg_168_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_list_snapshots_in_recycle_bin_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_snapshot_recycle_bin_info **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[168], false, item, err);
}

static void pg_168_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_list_snapshots_in_recycle_bin_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_list_snapshots_in_recycle_bin_next_item_async(struct awsc_pager *pager,
                                                           awsc_ec2_list_snapshots_in_recycle_bin_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[168], pg_168_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_list_snapshots_in_recycle_bin_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_list_snapshots_in_recycle_bin_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[168], output, err);
}

int awsc_ec2_search_local_gateway_routes_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_search_local_gateway_routes_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[169], input, options, pager, err);
}

int awsc_ec2_search_local_gateway_routes_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_search_local_gateway_routes_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[169], page, err);
}

static void pg_169_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_search_local_gateway_routes_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_search_local_gateway_routes_next_page_async(struct awsc_pager *pager,
                                                         awsc_ec2_search_local_gateway_routes_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[169], pg_169_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_local_gateway_routes_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_local_gateway_route **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[169], false, item, err);
}

static void pg_169_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_search_local_gateway_routes_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_search_local_gateway_routes_next_item_async(struct awsc_pager *pager,
                                                         awsc_ec2_search_local_gateway_routes_item_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[169], pg_169_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_local_gateway_routes_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_search_local_gateway_routes_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[169], output, err);
}

int awsc_ec2_search_transit_gateway_multicast_groups_paginate(struct awsc_client *client,
                                                              const struct awsc_ec2_search_transit_gateway_multicast_groups_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[170], input, options, pager, err);
}

int awsc_ec2_search_transit_gateway_multicast_groups_next_page(struct awsc_pager *pager,
                                                               struct awsc_ec2_search_transit_gateway_multicast_groups_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[170], page, err);
}

static void pg_170_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_search_transit_gateway_multicast_groups_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_search_transit_gateway_multicast_groups_next_page_async(struct awsc_pager *pager,
                                                                     awsc_ec2_search_transit_gateway_multicast_groups_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[170], pg_170_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_transit_gateway_multicast_groups_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ec2_transit_gateway_multicast_group **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[170], false, item, err);
}

static void pg_170_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_search_transit_gateway_multicast_groups_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_search_transit_gateway_multicast_groups_next_item_async(struct awsc_pager *pager,
                                                                     awsc_ec2_search_transit_gateway_multicast_groups_item_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[170], pg_170_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_transit_gateway_multicast_groups_collect(struct awsc_pager *pager,
                                                             struct awsc_ec2_search_transit_gateway_multicast_groups_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[170], output, err);
}

int awsc_ec2_search_transit_gateway_routes_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_search_transit_gateway_routes_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &PAGERS.paginators[171], input, options, pager, err);
}

int awsc_ec2_search_transit_gateway_routes_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_search_transit_gateway_routes_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &PAGERS.paginators[171], page, err);
}

static void pg_171_page_done(awsc_fn *cb, void *user_data, int status, void *page, struct awsc_error *err)
{
    ((awsc_ec2_search_transit_gateway_routes_cb *)cb)(user_data, status, page, err);
}

int awsc_ec2_search_transit_gateway_routes_next_page_async(struct awsc_pager *pager,
                                                           awsc_ec2_search_transit_gateway_routes_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_async_typed(pager, &PAGERS.paginators[171], pg_171_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_transit_gateway_routes_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_transit_gateway_route **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &PAGERS.paginators[171], false, item, err);
}

static void pg_171_item_done(awsc_fn *cb, void *user_data, int status, const void *item, struct awsc_error *err)
{
    ((awsc_ec2_search_transit_gateway_routes_item_cb *)cb)(user_data, status, item, err);
}

int awsc_ec2_search_transit_gateway_routes_next_item_async(struct awsc_pager *pager,
                                                           awsc_ec2_search_transit_gateway_routes_item_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_async_typed(pager, &PAGERS.paginators[171], pg_171_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_transit_gateway_routes_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_search_transit_gateway_routes_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &PAGERS.paginators[171], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

int awsc_ec2_wait_bundle_task_complete(struct awsc_client *client,
                                       const struct awsc_ec2_describe_bundle_tasks_input *input,
                                       const struct awsc_wait_options *options,
                                       struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[0], input, options, err);
}

int awsc_ec2_wait_bundle_task_complete_async(struct awsc_client *client,
                                             const struct awsc_ec2_describe_bundle_tasks_input *input,
                                             const struct awsc_wait_options *options,
                                             awsc_wait_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[0], input, options, cb, user_data, err);
}

int awsc_ec2_wait_conversion_task_cancelled(struct awsc_client *client,
                                            const struct awsc_ec2_describe_conversion_tasks_input *input,
                                            const struct awsc_wait_options *options,
                                            struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[1], input, options, err);
}

int awsc_ec2_wait_conversion_task_cancelled_async(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_conversion_tasks_input *input,
                                                  const struct awsc_wait_options *options,
                                                  awsc_wait_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[1], input, options, cb, user_data, err);
}

int awsc_ec2_wait_conversion_task_completed(struct awsc_client *client,
                                            const struct awsc_ec2_describe_conversion_tasks_input *input,
                                            const struct awsc_wait_options *options,
                                            struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[2], input, options, err);
}

int awsc_ec2_wait_conversion_task_completed_async(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_conversion_tasks_input *input,
                                                  const struct awsc_wait_options *options,
                                                  awsc_wait_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[2], input, options, cb, user_data, err);
}

int awsc_ec2_wait_conversion_task_deleted(struct awsc_client *client,
                                          const struct awsc_ec2_describe_conversion_tasks_input *input,
                                          const struct awsc_wait_options *options,
                                          struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[3], input, options, err);
}

int awsc_ec2_wait_conversion_task_deleted_async(struct awsc_client *client,
                                                const struct awsc_ec2_describe_conversion_tasks_input *input,
                                                const struct awsc_wait_options *options,
                                                awsc_wait_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[3], input, options, cb, user_data, err);
}

int awsc_ec2_wait_customer_gateway_available(struct awsc_client *client,
                                             const struct awsc_ec2_describe_customer_gateways_input *input,
                                             const struct awsc_wait_options *options,
                                             struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[4], input, options, err);
}

int awsc_ec2_wait_customer_gateway_available_async(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_customer_gateways_input *input,
                                                   const struct awsc_wait_options *options,
                                                   awsc_wait_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[4], input, options, cb, user_data, err);
}

int awsc_ec2_wait_export_task_cancelled(struct awsc_client *client,
                                        const struct awsc_ec2_describe_export_tasks_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[5], input, options, err);
}

int awsc_ec2_wait_export_task_cancelled_async(struct awsc_client *client,
                                              const struct awsc_ec2_describe_export_tasks_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[5], input, options, cb, user_data, err);
}

int awsc_ec2_wait_export_task_completed(struct awsc_client *client,
                                        const struct awsc_ec2_describe_export_tasks_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[6], input, options, err);
}

int awsc_ec2_wait_export_task_completed_async(struct awsc_client *client,
                                              const struct awsc_ec2_describe_export_tasks_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[6], input, options, cb, user_data, err);
}

int awsc_ec2_wait_image_available(struct awsc_client *client,
                                  const struct awsc_ec2_describe_images_input *input,
                                  const struct awsc_wait_options *options,
                                  struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[7], input, options, err);
}

int awsc_ec2_wait_image_available_async(struct awsc_client *client,
                                        const struct awsc_ec2_describe_images_input *input,
                                        const struct awsc_wait_options *options,
                                        awsc_wait_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[7], input, options, cb, user_data, err);
}

int awsc_ec2_wait_image_exists(struct awsc_client *client,
                               const struct awsc_ec2_describe_images_input *input,
                               const struct awsc_wait_options *options,
                               struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[8], input, options, err);
}

int awsc_ec2_wait_image_exists_async(struct awsc_client *client,
                                     const struct awsc_ec2_describe_images_input *input,
                                     const struct awsc_wait_options *options,
                                     awsc_wait_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[8], input, options, cb, user_data, err);
}

int awsc_ec2_wait_image_usage_report_available(struct awsc_client *client,
                                               const struct awsc_ec2_describe_image_usage_reports_input *input,
                                               const struct awsc_wait_options *options,
                                               struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[9], input, options, err);
}

int awsc_ec2_wait_image_usage_report_available_async(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_image_usage_reports_input *input,
                                                     const struct awsc_wait_options *options,
                                                     awsc_wait_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[9], input, options, cb, user_data, err);
}

int awsc_ec2_wait_instance_exists(struct awsc_client *client,
                                  const struct awsc_ec2_describe_instances_input *input,
                                  const struct awsc_wait_options *options,
                                  struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[10], input, options, err);
}

int awsc_ec2_wait_instance_exists_async(struct awsc_client *client,
                                        const struct awsc_ec2_describe_instances_input *input,
                                        const struct awsc_wait_options *options,
                                        awsc_wait_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[10], input, options, cb, user_data, err);
}

int awsc_ec2_wait_instance_running(struct awsc_client *client,
                                   const struct awsc_ec2_describe_instances_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[11], input, options, err);
}

int awsc_ec2_wait_instance_running_async(struct awsc_client *client,
                                         const struct awsc_ec2_describe_instances_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[11], input, options, cb, user_data, err);
}

int awsc_ec2_wait_instance_status_ok(struct awsc_client *client,
                                     const struct awsc_ec2_describe_instance_status_input *input,
                                     const struct awsc_wait_options *options,
                                     struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[12], input, options, err);
}

int awsc_ec2_wait_instance_status_ok_async(struct awsc_client *client,
                                           const struct awsc_ec2_describe_instance_status_input *input,
                                           const struct awsc_wait_options *options,
                                           awsc_wait_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[12], input, options, cb, user_data, err);
}

int awsc_ec2_wait_instance_stopped(struct awsc_client *client,
                                   const struct awsc_ec2_describe_instances_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[13], input, options, err);
}

int awsc_ec2_wait_instance_stopped_async(struct awsc_client *client,
                                         const struct awsc_ec2_describe_instances_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[13], input, options, cb, user_data, err);
}

int awsc_ec2_wait_instance_terminated(struct awsc_client *client,
                                      const struct awsc_ec2_describe_instances_input *input,
                                      const struct awsc_wait_options *options,
                                      struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[14], input, options, err);
}

int awsc_ec2_wait_instance_terminated_async(struct awsc_client *client,
                                            const struct awsc_ec2_describe_instances_input *input,
                                            const struct awsc_wait_options *options,
                                            awsc_wait_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[14], input, options, cb, user_data, err);
}

int awsc_ec2_wait_internet_gateway_exists(struct awsc_client *client,
                                          const struct awsc_ec2_describe_internet_gateways_input *input,
                                          const struct awsc_wait_options *options,
                                          struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[15], input, options, err);
}

int awsc_ec2_wait_internet_gateway_exists_async(struct awsc_client *client,
                                                const struct awsc_ec2_describe_internet_gateways_input *input,
                                                const struct awsc_wait_options *options,
                                                awsc_wait_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[15], input, options, cb, user_data, err);
}

int awsc_ec2_wait_key_pair_exists(struct awsc_client *client,
                                  const struct awsc_ec2_describe_key_pairs_input *input,
                                  const struct awsc_wait_options *options,
                                  struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[16], input, options, err);
}

int awsc_ec2_wait_key_pair_exists_async(struct awsc_client *client,
                                        const struct awsc_ec2_describe_key_pairs_input *input,
                                        const struct awsc_wait_options *options,
                                        awsc_wait_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[16], input, options, cb, user_data, err);
}

int awsc_ec2_wait_nat_gateway_available(struct awsc_client *client,
                                        const struct awsc_ec2_describe_nat_gateways_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[17], input, options, err);
}

int awsc_ec2_wait_nat_gateway_available_async(struct awsc_client *client,
                                              const struct awsc_ec2_describe_nat_gateways_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[17], input, options, cb, user_data, err);
}

int awsc_ec2_wait_nat_gateway_deleted(struct awsc_client *client,
                                      const struct awsc_ec2_describe_nat_gateways_input *input,
                                      const struct awsc_wait_options *options,
                                      struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[18], input, options, err);
}

int awsc_ec2_wait_nat_gateway_deleted_async(struct awsc_client *client,
                                            const struct awsc_ec2_describe_nat_gateways_input *input,
                                            const struct awsc_wait_options *options,
                                            awsc_wait_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[18], input, options, cb, user_data, err);
}

int awsc_ec2_wait_network_interface_available(struct awsc_client *client,
                                              const struct awsc_ec2_describe_network_interfaces_input *input,
                                              const struct awsc_wait_options *options,
                                              struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[19], input, options, err);
}

int awsc_ec2_wait_network_interface_available_async(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_network_interfaces_input *input,
                                                    const struct awsc_wait_options *options,
                                                    awsc_wait_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[19], input, options, cb, user_data, err);
}

int awsc_ec2_wait_password_data_available(struct awsc_client *client,
                                          const struct awsc_ec2_get_password_data_input *input,
                                          const struct awsc_wait_options *options,
                                          struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[20], input, options, err);
}

int awsc_ec2_wait_password_data_available_async(struct awsc_client *client,
                                                const struct awsc_ec2_get_password_data_input *input,
                                                const struct awsc_wait_options *options,
                                                awsc_wait_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[20], input, options, cb, user_data, err);
}

int awsc_ec2_wait_secondary_network_create_complete(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_secondary_networks_input *input,
                                                    const struct awsc_wait_options *options,
                                                    struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[21], input, options, err);
}

int awsc_ec2_wait_secondary_network_create_complete_async(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_secondary_networks_input *input,
                                                          const struct awsc_wait_options *options,
                                                          awsc_wait_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[21], input, options, cb, user_data, err);
}

int awsc_ec2_wait_secondary_network_delete_complete(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_secondary_networks_input *input,
                                                    const struct awsc_wait_options *options,
                                                    struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[22], input, options, err);
}

int awsc_ec2_wait_secondary_network_delete_complete_async(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_secondary_networks_input *input,
                                                          const struct awsc_wait_options *options,
                                                          awsc_wait_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[22], input, options, cb, user_data, err);
}

int awsc_ec2_wait_secondary_subnet_create_complete(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_secondary_subnets_input *input,
                                                   const struct awsc_wait_options *options,
                                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[23], input, options, err);
}

int awsc_ec2_wait_secondary_subnet_create_complete_async(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_secondary_subnets_input *input,
                                                         const struct awsc_wait_options *options,
                                                         awsc_wait_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[23], input, options, cb, user_data, err);
}

int awsc_ec2_wait_secondary_subnet_delete_complete(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_secondary_subnets_input *input,
                                                   const struct awsc_wait_options *options,
                                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[24], input, options, err);
}

int awsc_ec2_wait_secondary_subnet_delete_complete_async(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_secondary_subnets_input *input,
                                                         const struct awsc_wait_options *options,
                                                         awsc_wait_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[24], input, options, cb, user_data, err);
}

int awsc_ec2_wait_security_group_exists(struct awsc_client *client,
                                        const struct awsc_ec2_describe_security_groups_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[25], input, options, err);
}

int awsc_ec2_wait_security_group_exists_async(struct awsc_client *client,
                                              const struct awsc_ec2_describe_security_groups_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[25], input, options, cb, user_data, err);
}

int awsc_ec2_wait_security_group_vpc_association_associated(struct awsc_client *client,
                                                            const struct awsc_ec2_describe_security_group_vpc_associations_input *input,
                                                            const struct awsc_wait_options *options,
                                                            struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[26], input, options, err);
}

int awsc_ec2_wait_security_group_vpc_association_associated_async(struct awsc_client *client,
                                                                  const struct awsc_ec2_describe_security_group_vpc_associations_input *input,
                                                                  const struct awsc_wait_options *options,
                                                                  awsc_wait_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[26], input, options, cb, user_data, err);
}

int awsc_ec2_wait_security_group_vpc_association_disassociated(struct awsc_client *client,
                                                               const struct awsc_ec2_describe_security_group_vpc_associations_input *input,
                                                               const struct awsc_wait_options *options,
                                                               struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[27], input, options, err);
}

int awsc_ec2_wait_security_group_vpc_association_disassociated_async(struct awsc_client *client,
                                                                     const struct awsc_ec2_describe_security_group_vpc_associations_input *input,
                                                                     const struct awsc_wait_options *options,
                                                                     awsc_wait_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[27], input, options, cb, user_data, err);
}

int awsc_ec2_wait_snapshot_completed(struct awsc_client *client,
                                     const struct awsc_ec2_describe_snapshots_input *input,
                                     const struct awsc_wait_options *options,
                                     struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[28], input, options, err);
}

int awsc_ec2_wait_snapshot_completed_async(struct awsc_client *client,
                                           const struct awsc_ec2_describe_snapshots_input *input,
                                           const struct awsc_wait_options *options,
                                           awsc_wait_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[28], input, options, cb, user_data, err);
}

int awsc_ec2_wait_snapshot_imported(struct awsc_client *client,
                                    const struct awsc_ec2_describe_import_snapshot_tasks_input *input,
                                    const struct awsc_wait_options *options,
                                    struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[29], input, options, err);
}

int awsc_ec2_wait_snapshot_imported_async(struct awsc_client *client,
                                          const struct awsc_ec2_describe_import_snapshot_tasks_input *input,
                                          const struct awsc_wait_options *options,
                                          awsc_wait_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[29], input, options, cb, user_data, err);
}

int awsc_ec2_wait_spot_instance_request_fulfilled(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_spot_instance_requests_input *input,
                                                  const struct awsc_wait_options *options,
                                                  struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[30], input, options, err);
}

int awsc_ec2_wait_spot_instance_request_fulfilled_async(struct awsc_client *client,
                                                        const struct awsc_ec2_describe_spot_instance_requests_input *input,
                                                        const struct awsc_wait_options *options,
                                                        awsc_wait_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[30], input, options, cb, user_data, err);
}

int awsc_ec2_wait_store_image_task_complete(struct awsc_client *client,
                                            const struct awsc_ec2_describe_store_image_tasks_input *input,
                                            const struct awsc_wait_options *options,
                                            struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[31], input, options, err);
}

int awsc_ec2_wait_store_image_task_complete_async(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_store_image_tasks_input *input,
                                                  const struct awsc_wait_options *options,
                                                  awsc_wait_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[31], input, options, cb, user_data, err);
}

int awsc_ec2_wait_subnet_available(struct awsc_client *client,
                                   const struct awsc_ec2_describe_subnets_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[32], input, options, err);
}

int awsc_ec2_wait_subnet_available_async(struct awsc_client *client,
                                         const struct awsc_ec2_describe_subnets_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[32], input, options, cb, user_data, err);
}

int awsc_ec2_wait_system_status_ok(struct awsc_client *client,
                                   const struct awsc_ec2_describe_instance_status_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[33], input, options, err);
}

int awsc_ec2_wait_system_status_ok_async(struct awsc_client *client,
                                         const struct awsc_ec2_describe_instance_status_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[33], input, options, cb, user_data, err);
}

int awsc_ec2_wait_volume_available(struct awsc_client *client,
                                   const struct awsc_ec2_describe_volumes_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[34], input, options, err);
}

int awsc_ec2_wait_volume_available_async(struct awsc_client *client,
                                         const struct awsc_ec2_describe_volumes_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[34], input, options, cb, user_data, err);
}

int awsc_ec2_wait_volume_deleted(struct awsc_client *client,
                                 const struct awsc_ec2_describe_volumes_input *input,
                                 const struct awsc_wait_options *options,
                                 struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[35], input, options, err);
}

int awsc_ec2_wait_volume_deleted_async(struct awsc_client *client,
                                       const struct awsc_ec2_describe_volumes_input *input,
                                       const struct awsc_wait_options *options,
                                       awsc_wait_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[35], input, options, cb, user_data, err);
}

int awsc_ec2_wait_volume_in_use(struct awsc_client *client,
                                const struct awsc_ec2_describe_volumes_input *input,
                                const struct awsc_wait_options *options,
                                struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[36], input, options, err);
}

int awsc_ec2_wait_volume_in_use_async(struct awsc_client *client,
                                      const struct awsc_ec2_describe_volumes_input *input,
                                      const struct awsc_wait_options *options,
                                      awsc_wait_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[36], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpc_available(struct awsc_client *client,
                                const struct awsc_ec2_describe_vpcs_input *input,
                                const struct awsc_wait_options *options,
                                struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[37], input, options, err);
}

int awsc_ec2_wait_vpc_available_async(struct awsc_client *client,
                                      const struct awsc_ec2_describe_vpcs_input *input,
                                      const struct awsc_wait_options *options,
                                      awsc_wait_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[37], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpc_exists(struct awsc_client *client,
                             const struct awsc_ec2_describe_vpcs_input *input,
                             const struct awsc_wait_options *options,
                             struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[38], input, options, err);
}

int awsc_ec2_wait_vpc_exists_async(struct awsc_client *client,
                                   const struct awsc_ec2_describe_vpcs_input *input,
                                   const struct awsc_wait_options *options,
                                   awsc_wait_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[38], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpc_peering_connection_deleted(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_vpc_peering_connections_input *input,
                                                 const struct awsc_wait_options *options,
                                                 struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[39], input, options, err);
}

int awsc_ec2_wait_vpc_peering_connection_deleted_async(struct awsc_client *client,
                                                       const struct awsc_ec2_describe_vpc_peering_connections_input *input,
                                                       const struct awsc_wait_options *options,
                                                       awsc_wait_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[39], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpc_peering_connection_exists(struct awsc_client *client,
                                                const struct awsc_ec2_describe_vpc_peering_connections_input *input,
                                                const struct awsc_wait_options *options,
                                                struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[40], input, options, err);
}

int awsc_ec2_wait_vpc_peering_connection_exists_async(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_vpc_peering_connections_input *input,
                                                      const struct awsc_wait_options *options,
                                                      awsc_wait_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[40], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpn_connection_available(struct awsc_client *client,
                                           const struct awsc_ec2_describe_vpn_connections_input *input,
                                           const struct awsc_wait_options *options,
                                           struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[41], input, options, err);
}

int awsc_ec2_wait_vpn_connection_available_async(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_vpn_connections_input *input,
                                                 const struct awsc_wait_options *options,
                                                 awsc_wait_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[41], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpn_connection_deleted(struct awsc_client *client,
                                         const struct awsc_ec2_describe_vpn_connections_input *input,
                                         const struct awsc_wait_options *options,
                                         struct awsc_error *err)
{
    return awsc_wait(client, &PAGERS.waiters[42], input, options, err);
}

int awsc_ec2_wait_vpn_connection_deleted_async(struct awsc_client *client,
                                               const struct awsc_ec2_describe_vpn_connections_input *input,
                                               const struct awsc_wait_options *options,
                                               awsc_wait_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_wait_async(client, &PAGERS.waiters[42], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
