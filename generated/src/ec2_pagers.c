/*
 * ec2_pagers.c - paginators and waiters of EC2: their JMESPath
 * expressions compiled into node tables, the paginator and waiter
 * descriptors, and the typed wrappers around <awsc/paginate.h> and
 * <awsc/wait.h>. Generated from the service model by awsc's generator; do
 * not edit.
 */
#include <awsc/ec2.h>

/* The service's tables object (ec2_tables.c), whose first field is
 * the service descriptor. */
extern const struct awsc__ec2_tables awsc__ec2_tables;
#define SERVICE ((const struct awsc_service *)&awsc__ec2_tables)

/* ------------------------------------------------- JMESPath, compiled */

/* NextToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_0_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "NextToken"},
};
static const struct awsc_jmespath jp_0 = {"NextToken", jp_0_nodes, 1};
#endif

/* AddressTransfers */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_1_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "AddressTransfers"},
};
static const struct awsc_jmespath jp_1 = {"AddressTransfers", jp_1_nodes, 1};
#endif

/* Addresses */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_2_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Addresses"},
};
static const struct awsc_jmespath jp_2 = {"Addresses", jp_2_nodes, 1};
#endif

/* NextToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_3_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "NextToken"},
};
static const struct awsc_jmespath jp_3 = {"NextToken", jp_3_nodes, 1};
#endif

/* Subscriptions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_4_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Subscriptions"},
};
static const struct awsc_jmespath jp_4 = {"Subscriptions", jp_4_nodes, 1};
#endif

/* ByoipCidrs */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_5_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ByoipCidrs"},
};
static const struct awsc_jmespath jp_5 = {"ByoipCidrs", jp_5_nodes, 1};
#endif

/* CapacityBlockExtensions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_6_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "CapacityBlockExtensions"},
};
static const struct awsc_jmespath jp_6 = {"CapacityBlockExtensions", jp_6_nodes, 1};
#endif

/* CapacityBlockExtensionOfferings */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_7_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "CapacityBlockExtensionOfferings"},
};
static const struct awsc_jmespath jp_7 = {"CapacityBlockExtensionOfferings", jp_7_nodes, 1};
#endif

/* CapacityBlockOfferings */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_8_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "CapacityBlockOfferings"},
};
static const struct awsc_jmespath jp_8 = {"CapacityBlockOfferings", jp_8_nodes, 1};
#endif

/* CapacityBlockStatuses */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_9_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "CapacityBlockStatuses"},
};
static const struct awsc_jmespath jp_9 = {"CapacityBlockStatuses", jp_9_nodes, 1};
#endif

/* CapacityBlocks */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_10_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "CapacityBlocks"},
};
static const struct awsc_jmespath jp_10 = {"CapacityBlocks", jp_10_nodes, 1};
#endif

/* CapacityManagerDataExports */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_11_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "CapacityManagerDataExports"},
};
static const struct awsc_jmespath jp_11 = {"CapacityManagerDataExports", jp_11_nodes, 1};
#endif

/* CapacityReservationBillingRequests */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_12_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "CapacityReservationBillingRequests"},
};
static const struct awsc_jmespath jp_12 = {"CapacityReservationBillingRequests", jp_12_nodes, 1};
#endif

/* CapacityReservationFleets */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_13_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "CapacityReservationFleets"},
};
static const struct awsc_jmespath jp_13 = {"CapacityReservationFleets", jp_13_nodes, 1};
#endif

/* CapacityReservations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_14_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "CapacityReservations"},
};
static const struct awsc_jmespath jp_14 = {"CapacityReservations", jp_14_nodes, 1};
#endif

/* CarrierGateways */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_15_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "CarrierGateways"},
};
static const struct awsc_jmespath jp_15 = {"CarrierGateways", jp_15_nodes, 1};
#endif

/* Instances */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_16_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Instances"},
};
static const struct awsc_jmespath jp_16 = {"Instances", jp_16_nodes, 1};
#endif

/* AuthorizationRules */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_17_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "AuthorizationRules"},
};
static const struct awsc_jmespath jp_17 = {"AuthorizationRules", jp_17_nodes, 1};
#endif

/* Connections */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_18_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Connections"},
};
static const struct awsc_jmespath jp_18 = {"Connections", jp_18_nodes, 1};
#endif

/* ClientVpnEndpoints */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_19_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ClientVpnEndpoints"},
};
static const struct awsc_jmespath jp_19 = {"ClientVpnEndpoints", jp_19_nodes, 1};
#endif

/* Routes */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_20_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Routes"},
};
static const struct awsc_jmespath jp_20 = {"Routes", jp_20_nodes, 1};
#endif

/* ClientVpnTargetNetworks */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_21_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ClientVpnTargetNetworks"},
};
static const struct awsc_jmespath jp_21 = {"ClientVpnTargetNetworks", jp_21_nodes, 1};
#endif

/* CoipPools */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_22_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "CoipPools"},
};
static const struct awsc_jmespath jp_22 = {"CoipPools", jp_22_nodes, 1};
#endif

/* DhcpOptions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_23_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "DhcpOptions"},
};
static const struct awsc_jmespath jp_23 = {"DhcpOptions", jp_23_nodes, 1};
#endif

/* EgressOnlyInternetGateways */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_24_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "EgressOnlyInternetGateways"},
};
static const struct awsc_jmespath jp_24 = {"EgressOnlyInternetGateways", jp_24_nodes, 1};
#endif

/* ExportImageTasks */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_25_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ExportImageTasks"},
};
static const struct awsc_jmespath jp_25 = {"ExportImageTasks", jp_25_nodes, 1};
#endif

/* FastLaunchImages */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_26_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "FastLaunchImages"},
};
static const struct awsc_jmespath jp_26 = {"FastLaunchImages", jp_26_nodes, 1};
#endif

/* FastSnapshotRestores */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_27_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "FastSnapshotRestores"},
};
static const struct awsc_jmespath jp_27 = {"FastSnapshotRestores", jp_27_nodes, 1};
#endif

/* Fleets */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_28_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Fleets"},
};
static const struct awsc_jmespath jp_28 = {"Fleets", jp_28_nodes, 1};
#endif

/* FlowLogs */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_29_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "FlowLogs"},
};
static const struct awsc_jmespath jp_29 = {"FlowLogs", jp_29_nodes, 1};
#endif

/* FpgaImages */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_30_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "FpgaImages"},
};
static const struct awsc_jmespath jp_30 = {"FpgaImages", jp_30_nodes, 1};
#endif

/* OfferingSet */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_31_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "OfferingSet"},
};
static const struct awsc_jmespath jp_31 = {"OfferingSet", jp_31_nodes, 1};
#endif

/* HostReservationSet */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_32_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "HostReservationSet"},
};
static const struct awsc_jmespath jp_32 = {"HostReservationSet", jp_32_nodes, 1};
#endif

/* Hosts */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_33_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Hosts"},
};
static const struct awsc_jmespath jp_33 = {"Hosts", jp_33_nodes, 1};
#endif

/* IamInstanceProfileAssociations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_34_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "IamInstanceProfileAssociations"},
};
static const struct awsc_jmespath jp_34 = {"IamInstanceProfileAssociations", jp_34_nodes, 1};
#endif

/* ImageReferences */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_35_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "ImageReferences"},
};
static const struct awsc_jmespath jp_35 = {"ImageReferences", jp_35_nodes, 1};
#endif

/* ImageUsageReportEntries */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_36_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "ImageUsageReportEntries"},
};
static const struct awsc_jmespath jp_36 = {"ImageUsageReportEntries", jp_36_nodes, 1};
#endif

/* ImageUsageReports */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_37_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "ImageUsageReports"},
};
static const struct awsc_jmespath jp_37 = {"ImageUsageReports", jp_37_nodes, 1};
#endif

/* Images */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_38_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Images"},
};
static const struct awsc_jmespath jp_38 = {"Images", jp_38_nodes, 1};
#endif

/* ImportImageTasks */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_39_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ImportImageTasks"},
};
static const struct awsc_jmespath jp_39 = {"ImportImageTasks", jp_39_nodes, 1};
#endif

/* ImportSnapshotTasks */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_40_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ImportSnapshotTasks"},
};
static const struct awsc_jmespath jp_40 = {"ImportSnapshotTasks", jp_40_nodes, 1};
#endif

/* InstanceConnectEndpoints */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_41_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InstanceConnectEndpoints"},
};
static const struct awsc_jmespath jp_41 = {"InstanceConnectEndpoints", jp_41_nodes, 1};
#endif

/* InstanceCreditSpecifications */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_42_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InstanceCreditSpecifications"},
};
static const struct awsc_jmespath jp_42 = {"InstanceCreditSpecifications", jp_42_nodes, 1};
#endif

/* InstanceEventWindows */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_43_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InstanceEventWindows"},
};
static const struct awsc_jmespath jp_43 = {"InstanceEventWindows", jp_43_nodes, 1};
#endif

/* InstanceImageMetadata */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_44_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InstanceImageMetadata"},
};
static const struct awsc_jmespath jp_44 = {"InstanceImageMetadata", jp_44_nodes, 1};
#endif

/* InstanceStatuses */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_45_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InstanceStatuses"},
};
static const struct awsc_jmespath jp_45 = {"InstanceStatuses", jp_45_nodes, 1};
#endif

/* InstanceTypeOfferings */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_46_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InstanceTypeOfferings"},
};
static const struct awsc_jmespath jp_46 = {"InstanceTypeOfferings", jp_46_nodes, 1};
#endif

/* InstanceTypes */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_47_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InstanceTypes"},
};
static const struct awsc_jmespath jp_47 = {"InstanceTypes", jp_47_nodes, 1};
#endif

/* Reservations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_48_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Reservations"},
};
static const struct awsc_jmespath jp_48 = {"Reservations", jp_48_nodes, 1};
#endif

/* InternetGateways */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_49_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InternetGateways"},
};
static const struct awsc_jmespath jp_49 = {"InternetGateways", jp_49_nodes, 1};
#endif

/* IpamPoolAllocations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_50_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "IpamPoolAllocations"},
};
static const struct awsc_jmespath jp_50 = {"IpamPoolAllocations", jp_50_nodes, 1};
#endif

/* IpamPools */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_51_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "IpamPools"},
};
static const struct awsc_jmespath jp_51 = {"IpamPools", jp_51_nodes, 1};
#endif

/* IpamPrefixListResolverTargets */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_52_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "IpamPrefixListResolverTargets"},
};
static const struct awsc_jmespath jp_52 = {"IpamPrefixListResolverTargets", jp_52_nodes, 1};
#endif

/* IpamPrefixListResolvers */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_53_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "IpamPrefixListResolvers"},
};
static const struct awsc_jmespath jp_53 = {"IpamPrefixListResolvers", jp_53_nodes, 1};
#endif

/* IpamResourceDiscoveries */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_54_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "IpamResourceDiscoveries"},
};
static const struct awsc_jmespath jp_54 = {"IpamResourceDiscoveries", jp_54_nodes, 1};
#endif

/* IpamResourceDiscoveryAssociations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_55_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "IpamResourceDiscoveryAssociations"},
};
static const struct awsc_jmespath jp_55 = {"IpamResourceDiscoveryAssociations", jp_55_nodes, 1};
#endif

/* IpamScopes */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_56_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "IpamScopes"},
};
static const struct awsc_jmespath jp_56 = {"IpamScopes", jp_56_nodes, 1};
#endif

/* Ipams */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_57_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Ipams"},
};
static const struct awsc_jmespath jp_57 = {"Ipams", jp_57_nodes, 1};
#endif

/* Ipv6Pools */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_58_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Ipv6Pools"},
};
static const struct awsc_jmespath jp_58 = {"Ipv6Pools", jp_58_nodes, 1};
#endif

/* LaunchTemplateVersions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_59_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "LaunchTemplateVersions"},
};
static const struct awsc_jmespath jp_59 = {"LaunchTemplateVersions", jp_59_nodes, 1};
#endif

/* LaunchTemplates */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_60_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "LaunchTemplates"},
};
static const struct awsc_jmespath jp_60 = {"LaunchTemplates", jp_60_nodes, 1};
#endif

/* LocalGatewayRouteTableVirtualInterfaceGroupAssociations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_61_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "LocalGatewayRouteTableVirtualInterfaceGroupAssociations"},
};
static const struct awsc_jmespath jp_61 = {"LocalGatewayRouteTableVirtualInterfaceGroupAssociations", jp_61_nodes, 1};
#endif

/* LocalGatewayRouteTableVpcAssociations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_62_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "LocalGatewayRouteTableVpcAssociations"},
};
static const struct awsc_jmespath jp_62 = {"LocalGatewayRouteTableVpcAssociations", jp_62_nodes, 1};
#endif

/* LocalGatewayRouteTables */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_63_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "LocalGatewayRouteTables"},
};
static const struct awsc_jmespath jp_63 = {"LocalGatewayRouteTables", jp_63_nodes, 1};
#endif

/* LocalGatewayVirtualInterfaceGroups */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_64_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "LocalGatewayVirtualInterfaceGroups"},
};
static const struct awsc_jmespath jp_64 = {"LocalGatewayVirtualInterfaceGroups", jp_64_nodes, 1};
#endif

/* LocalGatewayVirtualInterfaces */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_65_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "LocalGatewayVirtualInterfaces"},
};
static const struct awsc_jmespath jp_65 = {"LocalGatewayVirtualInterfaces", jp_65_nodes, 1};
#endif

/* LocalGateways */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_66_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "LocalGateways"},
};
static const struct awsc_jmespath jp_66 = {"LocalGateways", jp_66_nodes, 1};
#endif

/* MacHosts */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_67_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "MacHosts"},
};
static const struct awsc_jmespath jp_67 = {"MacHosts", jp_67_nodes, 1};
#endif

/* MacModificationTasks */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_68_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "MacModificationTasks"},
};
static const struct awsc_jmespath jp_68 = {"MacModificationTasks", jp_68_nodes, 1};
#endif

/* PrefixLists */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_69_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "PrefixLists"},
};
static const struct awsc_jmespath jp_69 = {"PrefixLists", jp_69_nodes, 1};
#endif

/* MovingAddressStatuses */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_70_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "MovingAddressStatuses"},
};
static const struct awsc_jmespath jp_70 = {"MovingAddressStatuses", jp_70_nodes, 1};
#endif

/* NatGateways */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_71_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "NatGateways"},
};
static const struct awsc_jmespath jp_71 = {"NatGateways", jp_71_nodes, 1};
#endif

/* NetworkAcls */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_72_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "NetworkAcls"},
};
static const struct awsc_jmespath jp_72 = {"NetworkAcls", jp_72_nodes, 1};
#endif

/* NetworkInsightsAccessScopeAnalyses */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_73_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "NetworkInsightsAccessScopeAnalyses"},
};
static const struct awsc_jmespath jp_73 = {"NetworkInsightsAccessScopeAnalyses", jp_73_nodes, 1};
#endif

/* NetworkInsightsAccessScopes */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_74_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "NetworkInsightsAccessScopes"},
};
static const struct awsc_jmespath jp_74 = {"NetworkInsightsAccessScopes", jp_74_nodes, 1};
#endif

/* NetworkInsightsAnalyses */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_75_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "NetworkInsightsAnalyses"},
};
static const struct awsc_jmespath jp_75 = {"NetworkInsightsAnalyses", jp_75_nodes, 1};
#endif

/* NetworkInsightsPaths */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_76_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "NetworkInsightsPaths"},
};
static const struct awsc_jmespath jp_76 = {"NetworkInsightsPaths", jp_76_nodes, 1};
#endif

/* NetworkInterfacePermissions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_77_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "NetworkInterfacePermissions"},
};
static const struct awsc_jmespath jp_77 = {"NetworkInterfacePermissions", jp_77_nodes, 1};
#endif

/* NetworkInterfaces */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_78_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "NetworkInterfaces"},
};
static const struct awsc_jmespath jp_78 = {"NetworkInterfaces", jp_78_nodes, 1};
#endif

/* Principals */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_79_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Principals"},
};
static const struct awsc_jmespath jp_79 = {"Principals", jp_79_nodes, 1};
#endif

/* PublicIpv4Pools */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_80_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "PublicIpv4Pools"},
};
static const struct awsc_jmespath jp_80 = {"PublicIpv4Pools", jp_80_nodes, 1};
#endif

/* ReplaceRootVolumeTasks */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_81_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ReplaceRootVolumeTasks"},
};
static const struct awsc_jmespath jp_81 = {"ReplaceRootVolumeTasks", jp_81_nodes, 1};
#endif

/* ReservedInstancesModifications */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_82_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "ReservedInstancesModifications"},
};
static const struct awsc_jmespath jp_82 = {"ReservedInstancesModifications", jp_82_nodes, 1};
#endif

/* ReservedInstancesOfferings */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_83_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "ReservedInstancesOfferings"},
};
static const struct awsc_jmespath jp_83 = {"ReservedInstancesOfferings", jp_83_nodes, 1};
#endif

/* RouteServerEndpoints */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_84_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "RouteServerEndpoints"},
};
static const struct awsc_jmespath jp_84 = {"RouteServerEndpoints", jp_84_nodes, 1};
#endif

/* RouteServerPeers */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_85_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "RouteServerPeers"},
};
static const struct awsc_jmespath jp_85 = {"RouteServerPeers", jp_85_nodes, 1};
#endif

/* RouteServers */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_86_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "RouteServers"},
};
static const struct awsc_jmespath jp_86 = {"RouteServers", jp_86_nodes, 1};
#endif

/* RouteTables */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_87_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "RouteTables"},
};
static const struct awsc_jmespath jp_87 = {"RouteTables", jp_87_nodes, 1};
#endif

/* ScheduledInstanceAvailabilitySet */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_88_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "ScheduledInstanceAvailabilitySet"},
};
static const struct awsc_jmespath jp_88 = {"ScheduledInstanceAvailabilitySet", jp_88_nodes, 1};
#endif

/* ScheduledInstanceSet */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_89_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "ScheduledInstanceSet"},
};
static const struct awsc_jmespath jp_89 = {"ScheduledInstanceSet", jp_89_nodes, 1};
#endif

/* SecondaryInterfaces */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_90_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "SecondaryInterfaces"},
};
static const struct awsc_jmespath jp_90 = {"SecondaryInterfaces", jp_90_nodes, 1};
#endif

/* SecondaryNetworks */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_91_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "SecondaryNetworks"},
};
static const struct awsc_jmespath jp_91 = {"SecondaryNetworks", jp_91_nodes, 1};
#endif

/* SecondarySubnets */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_92_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "SecondarySubnets"},
};
static const struct awsc_jmespath jp_92 = {"SecondarySubnets", jp_92_nodes, 1};
#endif

/* SecurityGroupRules */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_93_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "SecurityGroupRules"},
};
static const struct awsc_jmespath jp_93 = {"SecurityGroupRules", jp_93_nodes, 1};
#endif

/* SecurityGroupVpcAssociations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_94_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "SecurityGroupVpcAssociations"},
};
static const struct awsc_jmespath jp_94 = {"SecurityGroupVpcAssociations", jp_94_nodes, 1};
#endif

/* SecurityGroups */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_95_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "SecurityGroups"},
};
static const struct awsc_jmespath jp_95 = {"SecurityGroups", jp_95_nodes, 1};
#endif

/* SnapshotTierStatuses */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_96_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "SnapshotTierStatuses"},
};
static const struct awsc_jmespath jp_96 = {"SnapshotTierStatuses", jp_96_nodes, 1};
#endif

/* Snapshots */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_97_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Snapshots"},
};
static const struct awsc_jmespath jp_97 = {"Snapshots", jp_97_nodes, 1};
#endif

/* ActiveInstances */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_98_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ActiveInstances"},
};
static const struct awsc_jmespath jp_98 = {"ActiveInstances", jp_98_nodes, 1};
#endif

/* SpotFleetRequestConfigs */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_99_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "SpotFleetRequestConfigs"},
};
static const struct awsc_jmespath jp_99 = {"SpotFleetRequestConfigs", jp_99_nodes, 1};
#endif

/* SpotInstanceRequests */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_100_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "SpotInstanceRequests"},
};
static const struct awsc_jmespath jp_100 = {"SpotInstanceRequests", jp_100_nodes, 1};
#endif

/* SpotPriceHistory */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_101_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "SpotPriceHistory"},
};
static const struct awsc_jmespath jp_101 = {"SpotPriceHistory", jp_101_nodes, 1};
#endif

/* StaleSecurityGroupSet */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_102_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "StaleSecurityGroupSet"},
};
static const struct awsc_jmespath jp_102 = {"StaleSecurityGroupSet", jp_102_nodes, 1};
#endif

/* StoreImageTaskResults */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_103_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "StoreImageTaskResults"},
};
static const struct awsc_jmespath jp_103 = {"StoreImageTaskResults", jp_103_nodes, 1};
#endif

/* Subnets */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_104_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Subnets"},
};
static const struct awsc_jmespath jp_104 = {"Subnets", jp_104_nodes, 1};
#endif

/* Tags */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_105_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Tags"},
};
static const struct awsc_jmespath jp_105 = {"Tags", jp_105_nodes, 1};
#endif

/* TrafficMirrorFilters */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_106_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TrafficMirrorFilters"},
};
static const struct awsc_jmespath jp_106 = {"TrafficMirrorFilters", jp_106_nodes, 1};
#endif

/* TrafficMirrorSessions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_107_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TrafficMirrorSessions"},
};
static const struct awsc_jmespath jp_107 = {"TrafficMirrorSessions", jp_107_nodes, 1};
#endif

/* TrafficMirrorTargets */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_108_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TrafficMirrorTargets"},
};
static const struct awsc_jmespath jp_108 = {"TrafficMirrorTargets", jp_108_nodes, 1};
#endif

/* TransitGatewayAttachments */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_109_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TransitGatewayAttachments"},
};
static const struct awsc_jmespath jp_109 = {"TransitGatewayAttachments", jp_109_nodes, 1};
#endif

/* TransitGatewayConnectPeers */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_110_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TransitGatewayConnectPeers"},
};
static const struct awsc_jmespath jp_110 = {"TransitGatewayConnectPeers", jp_110_nodes, 1};
#endif

/* TransitGatewayConnects */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_111_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TransitGatewayConnects"},
};
static const struct awsc_jmespath jp_111 = {"TransitGatewayConnects", jp_111_nodes, 1};
#endif

/* TransitGatewayMulticastDomains */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_112_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TransitGatewayMulticastDomains"},
};
static const struct awsc_jmespath jp_112 = {"TransitGatewayMulticastDomains", jp_112_nodes, 1};
#endif

/* TransitGatewayPeeringAttachments */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_113_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TransitGatewayPeeringAttachments"},
};
static const struct awsc_jmespath jp_113 = {"TransitGatewayPeeringAttachments", jp_113_nodes, 1};
#endif

/* TransitGatewayPolicyTables */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_114_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TransitGatewayPolicyTables"},
};
static const struct awsc_jmespath jp_114 = {"TransitGatewayPolicyTables", jp_114_nodes, 1};
#endif

/* TransitGatewayRouteTableAnnouncements */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_115_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TransitGatewayRouteTableAnnouncements"},
};
static const struct awsc_jmespath jp_115 = {"TransitGatewayRouteTableAnnouncements", jp_115_nodes, 1};
#endif

/* TransitGatewayRouteTables */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_116_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TransitGatewayRouteTables"},
};
static const struct awsc_jmespath jp_116 = {"TransitGatewayRouteTables", jp_116_nodes, 1};
#endif

/* TransitGatewayVpcAttachments */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_117_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TransitGatewayVpcAttachments"},
};
static const struct awsc_jmespath jp_117 = {"TransitGatewayVpcAttachments", jp_117_nodes, 1};
#endif

/* TransitGateways */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_118_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TransitGateways"},
};
static const struct awsc_jmespath jp_118 = {"TransitGateways", jp_118_nodes, 1};
#endif

/* InterfaceAssociations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_119_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InterfaceAssociations"},
};
static const struct awsc_jmespath jp_119 = {"InterfaceAssociations", jp_119_nodes, 1};
#endif

/* VerifiedAccessEndpoints */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_120_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "VerifiedAccessEndpoints"},
};
static const struct awsc_jmespath jp_120 = {"VerifiedAccessEndpoints", jp_120_nodes, 1};
#endif

/* VerifiedAccessGroups */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_121_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "VerifiedAccessGroups"},
};
static const struct awsc_jmespath jp_121 = {"VerifiedAccessGroups", jp_121_nodes, 1};
#endif

/* LoggingConfigurations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_122_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "LoggingConfigurations"},
};
static const struct awsc_jmespath jp_122 = {"LoggingConfigurations", jp_122_nodes, 1};
#endif

/* VerifiedAccessInstances */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_123_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "VerifiedAccessInstances"},
};
static const struct awsc_jmespath jp_123 = {"VerifiedAccessInstances", jp_123_nodes, 1};
#endif

/* VerifiedAccessTrustProviders */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_124_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "VerifiedAccessTrustProviders"},
};
static const struct awsc_jmespath jp_124 = {"VerifiedAccessTrustProviders", jp_124_nodes, 1};
#endif

/* VolumeStatuses */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_125_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "VolumeStatuses"},
};
static const struct awsc_jmespath jp_125 = {"VolumeStatuses", jp_125_nodes, 1};
#endif

/* Volumes */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_126_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Volumes"},
};
static const struct awsc_jmespath jp_126 = {"Volumes", jp_126_nodes, 1};
#endif

/* VolumesModifications */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_127_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "VolumesModifications"},
};
static const struct awsc_jmespath jp_127 = {"VolumesModifications", jp_127_nodes, 1};
#endif

/* Vpcs */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_128_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Vpcs"},
};
static const struct awsc_jmespath jp_128 = {"Vpcs", jp_128_nodes, 1};
#endif

/* ConnectionNotificationSet */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_129_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ConnectionNotificationSet"},
};
static const struct awsc_jmespath jp_129 = {"ConnectionNotificationSet", jp_129_nodes, 1};
#endif

/* VpcEndpointConnections */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_130_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "VpcEndpointConnections"},
};
static const struct awsc_jmespath jp_130 = {"VpcEndpointConnections", jp_130_nodes, 1};
#endif

/* ServiceConfigurations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_131_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ServiceConfigurations"},
};
static const struct awsc_jmespath jp_131 = {"ServiceConfigurations", jp_131_nodes, 1};
#endif

/* AllowedPrincipals */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_132_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "AllowedPrincipals"},
};
static const struct awsc_jmespath jp_132 = {"AllowedPrincipals", jp_132_nodes, 1};
#endif

/* NextToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_133_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "NextToken"},
};
static const struct awsc_jmespath jp_133 = {"NextToken", jp_133_nodes, 1};
#endif

/* ServiceDetails */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_134_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "ServiceDetails"},
};
static const struct awsc_jmespath jp_134 = {"ServiceDetails", jp_134_nodes, 1};
#endif

/* ServiceNames */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_135_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ServiceNames"},
};
static const struct awsc_jmespath jp_135 = {"ServiceNames", jp_135_nodes, 1};
#endif

/* VpcEndpoints */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_136_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "VpcEndpoints"},
};
static const struct awsc_jmespath jp_136 = {"VpcEndpoints", jp_136_nodes, 1};
#endif

/* VpcPeeringConnections */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_137_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "VpcPeeringConnections"},
};
static const struct awsc_jmespath jp_137 = {"VpcPeeringConnections", jp_137_nodes, 1};
#endif

/* VpnConcentrators */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_138_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "VpnConcentrators"},
};
static const struct awsc_jmespath jp_138 = {"VpnConcentrators", jp_138_nodes, 1};
#endif

/* Ipv6CidrAssociations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_139_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Ipv6CidrAssociations"},
};
static const struct awsc_jmespath jp_139 = {"Ipv6CidrAssociations", jp_139_nodes, 1};
#endif

/* DataResponses */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_140_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "DataResponses"},
};
static const struct awsc_jmespath jp_140 = {"DataResponses", jp_140_nodes, 1};
#endif

/* MetricDataResults */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_141_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "MetricDataResults"},
};
static const struct awsc_jmespath jp_141 = {"MetricDataResults", jp_141_nodes, 1};
#endif

/* MetricDimensionResults */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_142_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "MetricDimensionResults"},
};
static const struct awsc_jmespath jp_142 = {"MetricDimensionResults", jp_142_nodes, 1};
#endif

/* CapacityManagerTagKeys */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_143_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "CapacityManagerTagKeys"},
};
static const struct awsc_jmespath jp_143 = {"CapacityManagerTagKeys", jp_143_nodes, 1};
#endif

/* CapacityReservationGroups */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_144_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "CapacityReservationGroups"},
};
static const struct awsc_jmespath jp_144 = {"CapacityReservationGroups", jp_144_nodes, 1};
#endif

/* HistoryRecords */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_145_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "HistoryRecords"},
};
static const struct awsc_jmespath jp_145 = {"HistoryRecords", jp_145_nodes, 1};
#endif

/* IpamDiscoveredAccounts */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_146_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "IpamDiscoveredAccounts"},
};
static const struct awsc_jmespath jp_146 = {"IpamDiscoveredAccounts", jp_146_nodes, 1};
#endif

/* IpamDiscoveredResourceCidrs */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_147_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "IpamDiscoveredResourceCidrs"},
};
static const struct awsc_jmespath jp_147 = {"IpamDiscoveredResourceCidrs", jp_147_nodes, 1};
#endif

/* IpamPoolCidrs */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_148_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "IpamPoolCidrs"},
};
static const struct awsc_jmespath jp_148 = {"IpamPoolCidrs", jp_148_nodes, 1};
#endif

/* Rules */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_149_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Rules"},
};
static const struct awsc_jmespath jp_149 = {"Rules", jp_149_nodes, 1};
#endif

/* Entries */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_150_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Entries"},
};
static const struct awsc_jmespath jp_150 = {"Entries", jp_150_nodes, 1};
#endif

/* IpamPrefixListResolverVersions */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_151_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "IpamPrefixListResolverVersions"},
};
static const struct awsc_jmespath jp_151 = {"IpamPrefixListResolverVersions", jp_151_nodes, 1};
#endif

/* IpamResourceCidrs */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_152_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "IpamResourceCidrs"},
};
static const struct awsc_jmespath jp_152 = {"IpamResourceCidrs", jp_152_nodes, 1};
#endif

/* PrefixListAssociations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_153_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "PrefixListAssociations"},
};
static const struct awsc_jmespath jp_153 = {"PrefixListAssociations", jp_153_nodes, 1};
#endif

/* NextToken */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_154_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "NextToken"},
};
static const struct awsc_jmespath jp_154 = {"NextToken", jp_154_nodes, 1};
#endif

/* AnalysisFindings */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_155_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "AnalysisFindings"},
};
static const struct awsc_jmespath jp_155 = {"AnalysisFindings", jp_155_nodes, 1};
#endif

/* AnalysisStatus */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_156_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "AnalysisStatus"},
};
static const struct awsc_jmespath jp_156 = {"AnalysisStatus", jp_156_nodes, 1};
#endif

/* NetworkInsightsAccessScopeAnalysisId */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_157_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "NetworkInsightsAccessScopeAnalysisId"},
};
static const struct awsc_jmespath jp_157 = {"NetworkInsightsAccessScopeAnalysisId", jp_157_nodes, 1};
#endif

/* SecurityGroupForVpcs */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_158_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "SecurityGroupForVpcs"},
};
static const struct awsc_jmespath jp_158 = {"SecurityGroupForVpcs", jp_158_nodes, 1};
#endif

/* SpotPlacementScores */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_159_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "SpotPlacementScores"},
};
static const struct awsc_jmespath jp_159 = {"SpotPlacementScores", jp_159_nodes, 1};
#endif

/* TransitGatewayAttachmentPropagations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_160_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TransitGatewayAttachmentPropagations"},
};
static const struct awsc_jmespath jp_160 = {"TransitGatewayAttachmentPropagations", jp_160_nodes, 1};
#endif

/* MulticastDomainAssociations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_161_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "MulticastDomainAssociations"},
};
static const struct awsc_jmespath jp_161 = {"MulticastDomainAssociations", jp_161_nodes, 1};
#endif

/* Associations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_162_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Associations"},
};
static const struct awsc_jmespath jp_162 = {"Associations", jp_162_nodes, 1};
#endif

/* TransitGatewayPolicyTableEntries */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_163_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TransitGatewayPolicyTableEntries"},
};
static const struct awsc_jmespath jp_163 = {"TransitGatewayPolicyTableEntries", jp_163_nodes, 1};
#endif

/* TransitGatewayPrefixListReferences */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_164_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TransitGatewayPrefixListReferences"},
};
static const struct awsc_jmespath jp_164 = {"TransitGatewayPrefixListReferences", jp_164_nodes, 1};
#endif

/* TransitGatewayRouteTablePropagations */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_165_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "TransitGatewayRouteTablePropagations"},
};
static const struct awsc_jmespath jp_165 = {"TransitGatewayRouteTablePropagations", jp_165_nodes, 1};
#endif

/* VpnConnectionDeviceTypes */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_166_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "VpnConnectionDeviceTypes"},
};
static const struct awsc_jmespath jp_166 = {"VpnConnectionDeviceTypes", jp_166_nodes, 1};
#endif

/* Images */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_167_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Images"},
};
static const struct awsc_jmespath jp_167 = {"Images", jp_167_nodes, 1};
#endif

/* Snapshots */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_168_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Snapshots"},
};
static const struct awsc_jmespath jp_168 = {"Snapshots", jp_168_nodes, 1};
#endif

/* MulticastGroups */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_169_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "MulticastGroups"},
};
static const struct awsc_jmespath jp_169 = {"MulticastGroups", jp_169_nodes, 1};
#endif

/* AdditionalRoutesAvailable */
#if AWSC_WITH_PAGINATORS
static const struct awsc_jmespath_node jp_170_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "AdditionalRoutesAvailable"},
};
static const struct awsc_jmespath jp_170 = {"AdditionalRoutesAvailable", jp_170_nodes, 1};
#endif

/* BundleTasks[].State */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_171_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "BundleTasks"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "State"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_171 = {"BundleTasks[].State", jp_171_nodes, 4};
#endif

/* ConversionTasks[].State */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_172_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ConversionTasks"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 4, .string = "State"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_172 = {"ConversionTasks[].State", jp_172_nodes, 4};
#endif

/* CustomerGateways[].State */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_173_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "CustomerGateways"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 5, .string = "State"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_173 = {"CustomerGateways[].State", jp_173_nodes, 4};
#endif

/* ExportTasks[].State */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_174_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ExportTasks"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 4, .string = "State"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_174 = {"ExportTasks[].State", jp_174_nodes, 4};
#endif

/* Images[].State */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_175_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Images"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 29, .string = "State"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_175 = {"Images[].State", jp_175_nodes, 4};
#endif

/* length(Images[]) > `0` */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_176_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Images"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_CURRENT},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
    {.op = AWSC_JP_LENGTH, .a = 3},
    {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
    {.op = AWSC_JP_GT, .a = 4, .b = 5},
};
static const struct awsc_jmespath jp_176 = {"length(Images[]) > `0`", jp_176_nodes, 7};
#endif

/* ImageUsageReports[].State */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_177_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "ImageUsageReports"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 4, .string = "State"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_177 = {"ImageUsageReports[].State", jp_177_nodes, 4};
#endif

/* length(Reservations[]) > `0` */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_178_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Reservations"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_CURRENT},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
    {.op = AWSC_JP_LENGTH, .a = 3},
    {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
    {.op = AWSC_JP_GT, .a = 4, .b = 5},
};
static const struct awsc_jmespath jp_178 = {"length(Reservations[]) > `0`", jp_178_nodes, 7};
#endif

/* Reservations[].Instances[].State.Name */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_179_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Reservations"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 4, .string = "Instances"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
    {.op = AWSC_JP_FLATTEN, .a = 3},
    {.op = AWSC_JP_MEMBER, .member = 43, .string = "State"},
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Name"},
    {.op = AWSC_JP_SUB, .a = 5, .b = 6},
    {.op = AWSC_JP_PROJECT, .a = 4, .b = 7},
};
static const struct awsc_jmespath jp_179 = {"Reservations[].Instances[].State.Name", jp_179_nodes, 9};
#endif

/* InstanceStatuses[].InstanceStatus.Status */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_180_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InstanceStatuses"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 7, .string = "InstanceStatus"},
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Status"},
    {.op = AWSC_JP_SUB, .a = 2, .b = 3},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 4},
};
static const struct awsc_jmespath jp_180 = {"InstanceStatuses[].InstanceStatus.Status", jp_180_nodes, 6};
#endif

/* length(InternetGateways[].InternetGatewayId) > `0` */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_181_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InternetGateways"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "InternetGatewayId"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
    {.op = AWSC_JP_LENGTH, .a = 3},
    {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
    {.op = AWSC_JP_GT, .a = 4, .b = 5},
};
static const struct awsc_jmespath jp_181 = {"length(InternetGateways[].InternetGatewayId) > `0`", jp_181_nodes, 7};
#endif

/* length(KeyPairs[].KeyName) > `0` */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_182_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "KeyPairs"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 5, .string = "KeyName"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
    {.op = AWSC_JP_LENGTH, .a = 3},
    {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
    {.op = AWSC_JP_GT, .a = 4, .b = 5},
};
static const struct awsc_jmespath jp_182 = {"length(KeyPairs[].KeyName) > `0`", jp_182_nodes, 7};
#endif

/* NatGateways[].State */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_183_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "NatGateways"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 7, .string = "State"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_183 = {"NatGateways[].State", jp_183_nodes, 4};
#endif

/* NetworkInterfaces[].Status */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_184_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "NetworkInterfaces"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 22, .string = "Status"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_184 = {"NetworkInterfaces[].Status", jp_184_nodes, 4};
#endif

/* length(PasswordData) > `0` */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_185_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "PasswordData"},
    {.op = AWSC_JP_LENGTH, .a = 0},
    {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
    {.op = AWSC_JP_GT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_185 = {"length(PasswordData) > `0`", jp_185_nodes, 4};
#endif

/* SecondaryNetworks[].State */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_186_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "SecondaryNetworks"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 4, .string = "State"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_186 = {"SecondaryNetworks[].State", jp_186_nodes, 4};
#endif

/* SecondarySubnets[].State */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_187_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "SecondarySubnets"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 8, .string = "State"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_187 = {"SecondarySubnets[].State", jp_187_nodes, 4};
#endif

/* length(SecurityGroups[].GroupId) > `0` */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_188_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "SecurityGroups"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "GroupId"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
    {.op = AWSC_JP_LENGTH, .a = 3},
    {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
    {.op = AWSC_JP_GT, .a = 4, .b = 5},
};
static const struct awsc_jmespath jp_188 = {"length(SecurityGroups[].GroupId) > `0`", jp_188_nodes, 7};
#endif

/* SecurityGroupVpcAssociations[].State */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_189_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "SecurityGroupVpcAssociations"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "State"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_189 = {"SecurityGroupVpcAssociations[].State", jp_189_nodes, 4};
#endif

/* length(SecurityGroupVpcAssociations[]) == `0` */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_190_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "SecurityGroupVpcAssociations"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_CURRENT},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
    {.op = AWSC_JP_LENGTH, .a = 3},
    {.op = AWSC_JP_LITERAL, .literal = {.type = AWSC_JP_NUMBER, .number = 0.0}},
    {.op = AWSC_JP_EQ, .a = 4, .b = 5},
};
static const struct awsc_jmespath jp_190 = {"length(SecurityGroupVpcAssociations[]) == `0`", jp_190_nodes, 7};
#endif

/* Snapshots[].State */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_191_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Snapshots"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 13, .string = "State"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_191 = {"Snapshots[].State", jp_191_nodes, 4};
#endif

/* ImportSnapshotTasks[].SnapshotTaskDetail.Status */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_192_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "ImportSnapshotTasks"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 2, .string = "SnapshotTaskDetail"},
    {.op = AWSC_JP_MEMBER, .member = 7, .string = "Status"},
    {.op = AWSC_JP_SUB, .a = 2, .b = 3},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 4},
};
static const struct awsc_jmespath jp_192 = {"ImportSnapshotTasks[].SnapshotTaskDetail.Status", jp_192_nodes, 6};
#endif

/* SpotInstanceRequests[].Status.Code */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_193_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "SpotInstanceRequests"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 14, .string = "Status"},
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Code"},
    {.op = AWSC_JP_SUB, .a = 2, .b = 3},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 4},
};
static const struct awsc_jmespath jp_193 = {"SpotInstanceRequests[].Status.Code", jp_193_nodes, 6};
#endif

/* StoreImageTaskResults[].StoreTaskState */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_194_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "StoreImageTaskResults"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 5, .string = "StoreTaskState"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_194 = {"StoreImageTaskResults[].StoreTaskState", jp_194_nodes, 4};
#endif

/* Subnets[].State */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_195_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Subnets"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 16, .string = "State"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_195 = {"Subnets[].State", jp_195_nodes, 4};
#endif

/* InstanceStatuses[].SystemStatus.Status */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_196_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "InstanceStatuses"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 8, .string = "SystemStatus"},
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Status"},
    {.op = AWSC_JP_SUB, .a = 2, .b = 3},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 4},
};
static const struct awsc_jmespath jp_196 = {"InstanceStatuses[].SystemStatus.Status", jp_196_nodes, 6};
#endif

/* Volumes[].State */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_197_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Volumes"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 16, .string = "State"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_197 = {"Volumes[].State", jp_197_nodes, 4};
#endif

/* Vpcs[].State */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_198_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 1, .string = "Vpcs"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 9, .string = "State"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_198 = {"Vpcs[].State", jp_198_nodes, 4};
#endif

/* VpcPeeringConnections[].Status.Code */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_199_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "VpcPeeringConnections"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 3, .string = "Status"},
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "Code"},
    {.op = AWSC_JP_SUB, .a = 2, .b = 3},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 4},
};
static const struct awsc_jmespath jp_199 = {"VpcPeeringConnections[].Status.Code", jp_199_nodes, 6};
#endif

/* VpnConnections[].State */
#if AWSC_WITH_WAITERS
static const struct awsc_jmespath_node jp_200_nodes[] = {
    {.op = AWSC_JP_MEMBER, .member = 0, .string = "VpnConnections"},
    {.op = AWSC_JP_FLATTEN, .a = 0},
    {.op = AWSC_JP_MEMBER, .member = 12, .string = "State"},
    {.op = AWSC_JP_PROJECT, .a = 1, .b = 2},
};
static const struct awsc_jmespath jp_200 = {"VpnConnections[].State", jp_200_nodes, 4};
#endif

/* ---------------------------------------------------------- paginators */
#if AWSC_WITH_PAGINATORS

/* DescribeAddressTransfers */
static const uint16_t pg_0_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_0_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_0_result_keys[] = {&jp_1};

/* DescribeAddressesAttribute */
static const uint16_t pg_1_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_1_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_1_result_keys[] = {&jp_2};

/* DescribeAwsNetworkPerformanceMetricSubscriptions */
static const uint16_t pg_2_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_2_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_2_result_keys[] = {&jp_4};

/* DescribeByoipCidrs */
static const uint16_t pg_3_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_3_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_3_result_keys[] = {&jp_5};

/* DescribeCapacityBlockExtensionHistory */
static const uint16_t pg_4_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_4_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_4_result_keys[] = {&jp_6};

/* DescribeCapacityBlockExtensionOfferings */
static const uint16_t pg_5_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_5_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_5_result_keys[] = {&jp_7};

/* DescribeCapacityBlockOfferings */
static const uint16_t pg_6_input_tokens[] = {
    6, /* NextToken */
};
static const struct awsc_jmespath *const pg_6_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_6_result_keys[] = {&jp_8};

/* DescribeCapacityBlockStatus */
static const uint16_t pg_7_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_7_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_7_result_keys[] = {&jp_9};

/* DescribeCapacityBlocks */
static const uint16_t pg_8_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_8_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_8_result_keys[] = {&jp_10};

/* DescribeCapacityManagerDataExports */
static const uint16_t pg_9_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_9_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_9_result_keys[] = {&jp_11};

/* DescribeCapacityReservationBillingRequests */
static const uint16_t pg_10_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_10_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_10_result_keys[] = {&jp_12};

/* DescribeCapacityReservationFleets */
static const uint16_t pg_11_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_11_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_11_result_keys[] = {&jp_13};

/* DescribeCapacityReservations */
static const uint16_t pg_12_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_12_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_12_result_keys[] = {&jp_14};

/* DescribeCarrierGateways */
static const uint16_t pg_13_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_13_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_13_result_keys[] = {&jp_15};

/* DescribeClassicLinkInstances */
static const uint16_t pg_14_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_14_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_14_result_keys[] = {&jp_16};

/* DescribeClientVpnAuthorizationRules */
static const uint16_t pg_15_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_15_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_15_result_keys[] = {&jp_17};

/* DescribeClientVpnConnections */
static const uint16_t pg_16_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_16_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_16_result_keys[] = {&jp_18};

/* DescribeClientVpnEndpoints */
static const uint16_t pg_17_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_17_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_17_result_keys[] = {&jp_19};

/* DescribeClientVpnRoutes */
static const uint16_t pg_18_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_18_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_18_result_keys[] = {&jp_20};

/* DescribeClientVpnTargetNetworks */
static const uint16_t pg_19_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_19_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_19_result_keys[] = {&jp_21};

/* DescribeCoipPools */
static const uint16_t pg_20_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_20_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_20_result_keys[] = {&jp_22};

/* DescribeDhcpOptions */
static const uint16_t pg_21_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_21_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_21_result_keys[] = {&jp_23};

/* DescribeEgressOnlyInternetGateways */
static const uint16_t pg_22_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_22_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_22_result_keys[] = {&jp_24};

/* DescribeExportImageTasks */
static const uint16_t pg_23_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_23_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_23_result_keys[] = {&jp_25};

/* DescribeFastLaunchImages */
static const uint16_t pg_24_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_24_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_24_result_keys[] = {&jp_26};

/* DescribeFastSnapshotRestores */
static const uint16_t pg_25_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_25_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_25_result_keys[] = {&jp_27};

/* DescribeFleets */
static const uint16_t pg_26_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_26_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_26_result_keys[] = {&jp_28};

/* DescribeFlowLogs */
static const uint16_t pg_27_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_27_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_27_result_keys[] = {&jp_29};

/* DescribeFpgaImages */
static const uint16_t pg_28_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_28_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_28_result_keys[] = {&jp_30};

/* DescribeHostReservationOfferings */
static const uint16_t pg_29_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_29_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_29_result_keys[] = {&jp_31};

/* DescribeHostReservations */
static const uint16_t pg_30_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_30_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_30_result_keys[] = {&jp_32};

/* DescribeHosts */
static const uint16_t pg_31_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_31_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_31_result_keys[] = {&jp_33};

/* DescribeIamInstanceProfileAssociations */
static const uint16_t pg_32_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_32_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_32_result_keys[] = {&jp_34};

/* DescribeImageReferences */
static const uint16_t pg_33_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_33_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_33_result_keys[] = {&jp_35};

/* DescribeImageUsageReportEntries */
static const uint16_t pg_34_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_34_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_34_result_keys[] = {&jp_36};

/* DescribeImageUsageReports */
static const uint16_t pg_35_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_35_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_35_result_keys[] = {&jp_37};

/* DescribeImages */
static const uint16_t pg_36_input_tokens[] = {
    6, /* NextToken */
};
static const struct awsc_jmespath *const pg_36_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_36_result_keys[] = {&jp_38};

/* DescribeImportImageTasks */
static const uint16_t pg_37_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_37_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_37_result_keys[] = {&jp_39};

/* DescribeImportSnapshotTasks */
static const uint16_t pg_38_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_38_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_38_result_keys[] = {&jp_40};

/* DescribeInstanceConnectEndpoints */
static const uint16_t pg_39_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_39_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_39_result_keys[] = {&jp_41};

/* DescribeInstanceCreditSpecifications */
static const uint16_t pg_40_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_40_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_40_result_keys[] = {&jp_42};

/* DescribeInstanceEventWindows */
static const uint16_t pg_41_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_41_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_41_result_keys[] = {&jp_43};

/* DescribeInstanceImageMetadata */
static const uint16_t pg_42_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_42_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_42_result_keys[] = {&jp_44};

/* DescribeInstanceStatus */
static const uint16_t pg_43_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_43_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_43_result_keys[] = {&jp_45};

/* DescribeInstanceTopology */
static const uint16_t pg_44_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_44_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_44_result_keys[] = {&jp_16};

/* DescribeInstanceTypeOfferings */
static const uint16_t pg_45_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_45_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_45_result_keys[] = {&jp_46};

/* DescribeInstanceTypes */
static const uint16_t pg_46_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_46_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_46_result_keys[] = {&jp_47};

/* DescribeInstances */
static const uint16_t pg_47_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_47_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_47_result_keys[] = {&jp_48};

/* DescribeInternetGateways */
static const uint16_t pg_48_input_tokens[] = {
    0, /* NextToken */
};
static const struct awsc_jmespath *const pg_48_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_48_result_keys[] = {&jp_49};

/* DescribeIpamPoolAllocations */
static const uint16_t pg_49_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_49_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_49_result_keys[] = {&jp_50};

/* DescribeIpamPools */
static const uint16_t pg_50_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_50_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_50_result_keys[] = {&jp_51};

/* DescribeIpamPrefixListResolverTargets */
static const uint16_t pg_51_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_51_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_51_result_keys[] = {&jp_52};

/* DescribeIpamPrefixListResolvers */
static const uint16_t pg_52_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_52_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_52_result_keys[] = {&jp_53};

/* DescribeIpamResourceDiscoveries */
static const uint16_t pg_53_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_53_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_53_result_keys[] = {&jp_54};

/* DescribeIpamResourceDiscoveryAssociations */
static const uint16_t pg_54_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_54_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_54_result_keys[] = {&jp_55};

/* DescribeIpamScopes */
static const uint16_t pg_55_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_55_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_55_result_keys[] = {&jp_56};

/* DescribeIpams */
static const uint16_t pg_56_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_56_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_56_result_keys[] = {&jp_57};

/* DescribeIpv6Pools */
static const uint16_t pg_57_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_57_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_57_result_keys[] = {&jp_58};

/* DescribeLaunchTemplateVersions */
static const uint16_t pg_58_input_tokens[] = {
    6, /* NextToken */
};
static const struct awsc_jmespath *const pg_58_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_58_result_keys[] = {&jp_59};

/* DescribeLaunchTemplates */
static const uint16_t pg_59_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_59_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_59_result_keys[] = {&jp_60};

/* DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations */
static const uint16_t pg_60_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_60_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_60_result_keys[] = {&jp_61};

/* DescribeLocalGatewayRouteTableVpcAssociations */
static const uint16_t pg_61_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_61_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_61_result_keys[] = {&jp_62};

/* DescribeLocalGatewayRouteTables */
static const uint16_t pg_62_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_62_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_62_result_keys[] = {&jp_63};

/* DescribeLocalGatewayVirtualInterfaceGroups */
static const uint16_t pg_63_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_63_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_63_result_keys[] = {&jp_64};

/* DescribeLocalGatewayVirtualInterfaces */
static const uint16_t pg_64_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_64_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_64_result_keys[] = {&jp_65};

/* DescribeLocalGateways */
static const uint16_t pg_65_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_65_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_65_result_keys[] = {&jp_66};

/* DescribeMacHosts */
static const uint16_t pg_66_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_66_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_66_result_keys[] = {&jp_67};

/* DescribeMacModificationTasks */
static const uint16_t pg_67_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_67_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_67_result_keys[] = {&jp_68};

/* DescribeManagedPrefixLists */
static const uint16_t pg_68_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_68_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_68_result_keys[] = {&jp_69};

/* DescribeMovingAddresses */
static const uint16_t pg_69_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_69_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_69_result_keys[] = {&jp_70};

/* DescribeNatGateways */
static const uint16_t pg_70_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_70_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_70_result_keys[] = {&jp_71};

/* DescribeNetworkAcls */
static const uint16_t pg_71_input_tokens[] = {
    0, /* NextToken */
};
static const struct awsc_jmespath *const pg_71_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_71_result_keys[] = {&jp_72};

/* DescribeNetworkInsightsAccessScopeAnalyses */
static const uint16_t pg_72_input_tokens[] = {
    7, /* NextToken */
};
static const struct awsc_jmespath *const pg_72_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_72_result_keys[] = {&jp_73};

/* DescribeNetworkInsightsAccessScopes */
static const uint16_t pg_73_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_73_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_73_result_keys[] = {&jp_74};

/* DescribeNetworkInsightsAnalyses */
static const uint16_t pg_74_input_tokens[] = {
    7, /* NextToken */
};
static const struct awsc_jmespath *const pg_74_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_74_result_keys[] = {&jp_75};

/* DescribeNetworkInsightsPaths */
static const uint16_t pg_75_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_75_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_75_result_keys[] = {&jp_76};

/* DescribeNetworkInterfacePermissions */
static const uint16_t pg_76_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_76_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_76_result_keys[] = {&jp_77};

/* DescribeNetworkInterfaces */
static const uint16_t pg_77_input_tokens[] = {
    0, /* NextToken */
};
static const struct awsc_jmespath *const pg_77_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_77_result_keys[] = {&jp_78};

/* DescribePrefixLists */
static const uint16_t pg_78_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_78_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_78_result_keys[] = {&jp_69};

/* DescribePrincipalIdFormat */
static const uint16_t pg_79_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_79_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_79_result_keys[] = {&jp_79};

/* DescribePublicIpv4Pools */
static const uint16_t pg_80_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_80_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_80_result_keys[] = {&jp_80};

/* DescribeReplaceRootVolumeTasks */
static const uint16_t pg_81_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_81_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_81_result_keys[] = {&jp_81};

/* DescribeReservedInstancesModifications */
static const uint16_t pg_82_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_82_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_82_result_keys[] = {&jp_82};

/* DescribeReservedInstancesOfferings */
static const uint16_t pg_83_input_tokens[] = {
    14, /* NextToken */
};
static const struct awsc_jmespath *const pg_83_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_83_result_keys[] = {&jp_83};

/* DescribeRouteServerEndpoints */
static const uint16_t pg_84_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_84_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_84_result_keys[] = {&jp_84};

/* DescribeRouteServerPeers */
static const uint16_t pg_85_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_85_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_85_result_keys[] = {&jp_85};

/* DescribeRouteServers */
static const uint16_t pg_86_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_86_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_86_result_keys[] = {&jp_86};

/* DescribeRouteTables */
static const uint16_t pg_87_input_tokens[] = {
    0, /* NextToken */
};
static const struct awsc_jmespath *const pg_87_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_87_result_keys[] = {&jp_87};

/* DescribeScheduledInstanceAvailability */
static const uint16_t pg_88_input_tokens[] = {
    6, /* NextToken */
};
static const struct awsc_jmespath *const pg_88_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_88_result_keys[] = {&jp_88};

/* DescribeScheduledInstances */
static const uint16_t pg_89_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_89_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_89_result_keys[] = {&jp_89};

/* DescribeSecondaryInterfaces */
static const uint16_t pg_90_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_90_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_90_result_keys[] = {&jp_90};

/* DescribeSecondaryNetworks */
static const uint16_t pg_91_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_91_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_91_result_keys[] = {&jp_91};

/* DescribeSecondarySubnets */
static const uint16_t pg_92_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_92_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_92_result_keys[] = {&jp_92};

/* DescribeSecurityGroupRules */
static const uint16_t pg_93_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_93_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_93_result_keys[] = {&jp_93};

/* DescribeSecurityGroupVpcAssociations */
static const uint16_t pg_94_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_94_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_94_result_keys[] = {&jp_94};

/* DescribeSecurityGroups */
static const uint16_t pg_95_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_95_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_95_result_keys[] = {&jp_95};

/* DescribeSnapshotTierStatus */
static const uint16_t pg_96_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_96_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_96_result_keys[] = {&jp_96};

/* DescribeSnapshots */
static const uint16_t pg_97_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_97_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_97_result_keys[] = {&jp_97};

/* DescribeSpotFleetInstances */
static const uint16_t pg_98_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_98_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_98_result_keys[] = {&jp_98};

/* DescribeSpotFleetRequests */
static const uint16_t pg_99_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_99_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_99_result_keys[] = {&jp_99};

/* DescribeSpotInstanceRequests */
static const uint16_t pg_100_input_tokens[] = {
    0, /* NextToken */
};
static const struct awsc_jmespath *const pg_100_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_100_result_keys[] = {&jp_100};

/* DescribeSpotPriceHistory */
static const uint16_t pg_101_input_tokens[] = {
    9, /* NextToken */
};
static const struct awsc_jmespath *const pg_101_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_101_result_keys[] = {&jp_101};

/* DescribeStaleSecurityGroups */
static const uint16_t pg_102_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_102_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_102_result_keys[] = {&jp_102};

/* DescribeStoreImageTasks */
static const uint16_t pg_103_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_103_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_103_result_keys[] = {&jp_103};

/* DescribeSubnets */
static const uint16_t pg_104_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_104_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_104_result_keys[] = {&jp_104};

/* DescribeTags */
static const uint16_t pg_105_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_105_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_105_result_keys[] = {&jp_105};

/* DescribeTrafficMirrorFilters */
static const uint16_t pg_106_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_106_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_106_result_keys[] = {&jp_106};

/* DescribeTrafficMirrorSessions */
static const uint16_t pg_107_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_107_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_107_result_keys[] = {&jp_107};

/* DescribeTrafficMirrorTargets */
static const uint16_t pg_108_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_108_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_108_result_keys[] = {&jp_108};

/* DescribeTransitGatewayAttachments */
static const uint16_t pg_109_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_109_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_109_result_keys[] = {&jp_109};

/* DescribeTransitGatewayConnectPeers */
static const uint16_t pg_110_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_110_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_110_result_keys[] = {&jp_110};

/* DescribeTransitGatewayConnects */
static const uint16_t pg_111_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_111_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_111_result_keys[] = {&jp_111};

/* DescribeTransitGatewayMulticastDomains */
static const uint16_t pg_112_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_112_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_112_result_keys[] = {&jp_112};

/* DescribeTransitGatewayPeeringAttachments */
static const uint16_t pg_113_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_113_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_113_result_keys[] = {&jp_113};

/* DescribeTransitGatewayPolicyTables */
static const uint16_t pg_114_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_114_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_114_result_keys[] = {&jp_114};

/* DescribeTransitGatewayRouteTableAnnouncements */
static const uint16_t pg_115_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_115_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_115_result_keys[] = {&jp_115};

/* DescribeTransitGatewayRouteTables */
static const uint16_t pg_116_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_116_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_116_result_keys[] = {&jp_116};

/* DescribeTransitGatewayVpcAttachments */
static const uint16_t pg_117_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_117_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_117_result_keys[] = {&jp_117};

/* DescribeTransitGateways */
static const uint16_t pg_118_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_118_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_118_result_keys[] = {&jp_118};

/* DescribeTrunkInterfaceAssociations */
static const uint16_t pg_119_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_119_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_119_result_keys[] = {&jp_119};

/* DescribeVerifiedAccessEndpoints */
static const uint16_t pg_120_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_120_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_120_result_keys[] = {&jp_120};

/* DescribeVerifiedAccessGroups */
static const uint16_t pg_121_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_121_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_121_result_keys[] = {&jp_121};

/* DescribeVerifiedAccessInstanceLoggingConfigurations */
static const uint16_t pg_122_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_122_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_122_result_keys[] = {&jp_122};

/* DescribeVerifiedAccessInstances */
static const uint16_t pg_123_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_123_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_123_result_keys[] = {&jp_123};

/* DescribeVerifiedAccessTrustProviders */
static const uint16_t pg_124_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_124_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_124_result_keys[] = {&jp_124};

/* DescribeVolumeStatus */
static const uint16_t pg_125_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_125_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_125_result_keys[] = {&jp_125};

/* DescribeVolumes */
static const uint16_t pg_126_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_126_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_126_result_keys[] = {&jp_126};

/* DescribeVolumesModifications */
static const uint16_t pg_127_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_127_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_127_result_keys[] = {&jp_127};

/* DescribeVpcClassicLinkDnsSupport */
static const uint16_t pg_128_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_128_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_128_result_keys[] = {&jp_128};

/* DescribeVpcEndpointConnectionNotifications */
static const uint16_t pg_129_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_129_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_129_result_keys[] = {&jp_129};

/* DescribeVpcEndpointConnections */
static const uint16_t pg_130_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_130_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_130_result_keys[] = {&jp_130};

/* DescribeVpcEndpointServiceConfigurations */
static const uint16_t pg_131_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_131_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_131_result_keys[] = {&jp_131};

/* DescribeVpcEndpointServicePermissions */
static const uint16_t pg_132_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_132_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_132_result_keys[] = {&jp_132};

/* DescribeVpcEndpointServices */
static const uint16_t pg_133_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_133_output_tokens[] = {&jp_133};
static const struct awsc_jmespath *const pg_133_result_keys[] = {&jp_134, &jp_135};

/* DescribeVpcEndpoints */
static const uint16_t pg_134_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_134_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_134_result_keys[] = {&jp_136};

/* DescribeVpcPeeringConnections */
static const uint16_t pg_135_input_tokens[] = {
    0, /* NextToken */
};
static const struct awsc_jmespath *const pg_135_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_135_result_keys[] = {&jp_137};

/* DescribeVpcs */
static const uint16_t pg_136_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_136_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_136_result_keys[] = {&jp_128};

/* DescribeVpnConcentrators */
static const uint16_t pg_137_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_137_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_137_result_keys[] = {&jp_138};

/* GetAssociatedIpv6PoolCidrs */
static const uint16_t pg_138_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_138_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_138_result_keys[] = {&jp_139};

/* GetAwsNetworkPerformanceData */
static const uint16_t pg_139_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_139_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_139_result_keys[] = {&jp_140};

/* GetCapacityManagerMetricData */
static const uint16_t pg_140_input_tokens[] = {
    7, /* NextToken */
};
static const struct awsc_jmespath *const pg_140_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_140_result_keys[] = {&jp_141};

/* GetCapacityManagerMetricDimensions */
static const uint16_t pg_141_input_tokens[] = {
    6, /* NextToken */
};
static const struct awsc_jmespath *const pg_141_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_141_result_keys[] = {&jp_142};

/* GetCapacityManagerMonitoredTagKeys */
static const uint16_t pg_142_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_142_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_142_result_keys[] = {&jp_143};

/* GetGroupsForCapacityReservation */
static const uint16_t pg_143_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_143_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_143_result_keys[] = {&jp_144};

/* GetInstanceTypesFromInstanceRequirements */
static const uint16_t pg_144_input_tokens[] = {
    5, /* NextToken */
};
static const struct awsc_jmespath *const pg_144_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_144_result_keys[] = {&jp_47};

/* GetIpamAddressHistory */
static const uint16_t pg_145_input_tokens[] = {
    7, /* NextToken */
};
static const struct awsc_jmespath *const pg_145_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_145_result_keys[] = {&jp_145};

/* GetIpamDiscoveredAccounts */
static const uint16_t pg_146_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_146_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_146_result_keys[] = {&jp_146};

/* GetIpamDiscoveredResourceCidrs */
static const uint16_t pg_147_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_147_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_147_result_keys[] = {&jp_147};

/* GetIpamPoolAllocations */
static const uint16_t pg_148_input_tokens[] = {
    5, /* NextToken */
};
static const struct awsc_jmespath *const pg_148_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_148_result_keys[] = {&jp_50};

/* GetIpamPoolCidrs */
static const uint16_t pg_149_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_149_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_149_result_keys[] = {&jp_148};

/* GetIpamPrefixListResolverRules */
static const uint16_t pg_150_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_150_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_150_result_keys[] = {&jp_149};

/* GetIpamPrefixListResolverVersionEntries */
static const uint16_t pg_151_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_151_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_151_result_keys[] = {&jp_150};

/* GetIpamPrefixListResolverVersions */
static const uint16_t pg_152_input_tokens[] = {
    5, /* NextToken */
};
static const struct awsc_jmespath *const pg_152_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_152_result_keys[] = {&jp_151};

/* GetIpamResourceCidrs */
static const uint16_t pg_153_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_153_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_153_result_keys[] = {&jp_152};

/* GetManagedPrefixListAssociations */
static const uint16_t pg_154_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_154_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_154_result_keys[] = {&jp_153};

/* GetManagedPrefixListEntries */
static const uint16_t pg_155_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_155_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_155_result_keys[] = {&jp_150};

/* GetNetworkInsightsAccessScopeAnalysisFindings */
static const uint16_t pg_156_input_tokens[] = {
    2, /* NextToken */
};
static const struct awsc_jmespath *const pg_156_output_tokens[] = {&jp_154};
static const struct awsc_jmespath *const pg_156_result_keys[] = {&jp_155};
static const struct awsc_jmespath *const pg_156_non_aggregate_keys[] = {&jp_156, &jp_157};

/* GetSecurityGroupsForVpc */
static const uint16_t pg_157_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_157_output_tokens[] = {&jp_3};
static const struct awsc_jmespath *const pg_157_result_keys[] = {&jp_158};

/* GetSpotPlacementScores */
static const uint16_t pg_158_input_tokens[] = {
    8, /* NextToken */
};
static const struct awsc_jmespath *const pg_158_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_158_result_keys[] = {&jp_159};

/* GetTransitGatewayAttachmentPropagations */
static const uint16_t pg_159_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_159_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_159_result_keys[] = {&jp_160};

/* GetTransitGatewayMulticastDomainAssociations */
static const uint16_t pg_160_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_160_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_160_result_keys[] = {&jp_161};

/* GetTransitGatewayPolicyTableAssociations */
static const uint16_t pg_161_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_161_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_161_result_keys[] = {&jp_162};

/* GetTransitGatewayPolicyTableEntries */
static const uint16_t pg_162_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_162_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_162_result_keys[] = {&jp_163};

/* GetTransitGatewayPrefixListReferences */
static const uint16_t pg_163_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_163_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_163_result_keys[] = {&jp_164};

/* GetTransitGatewayRouteTableAssociations */
static const uint16_t pg_164_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_164_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_164_result_keys[] = {&jp_162};

/* GetTransitGatewayRouteTablePropagations */
static const uint16_t pg_165_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_165_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_165_result_keys[] = {&jp_165};

/* GetVpnConnectionDeviceTypes */
static const uint16_t pg_166_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_166_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_166_result_keys[] = {&jp_166};

/* ListImagesInRecycleBin */
static const uint16_t pg_167_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_167_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_167_result_keys[] = {&jp_167};

/* ListSnapshotsInRecycleBin */
static const uint16_t pg_168_input_tokens[] = {
    1, /* NextToken */
};
static const struct awsc_jmespath *const pg_168_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_168_result_keys[] = {&jp_168};

/* SearchLocalGatewayRoutes */
static const uint16_t pg_169_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_169_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_169_result_keys[] = {&jp_20};

/* SearchTransitGatewayMulticastGroups */
static const uint16_t pg_170_input_tokens[] = {
    3, /* NextToken */
};
static const struct awsc_jmespath *const pg_170_output_tokens[] = {&jp_0};
static const struct awsc_jmespath *const pg_170_result_keys[] = {&jp_169};

/* SearchTransitGatewayRoutes */
static const uint16_t pg_171_input_tokens[] = {
    4, /* NextToken */
};
static const struct awsc_jmespath *const pg_171_output_tokens[] = {&jp_133};
static const struct awsc_jmespath *const pg_171_result_keys[] = {&jp_20};

const struct awsc_paginator awsc_ec2_paginators[172] = {
    {
        .name = "DescribeAddressTransfers",
        .service = SERVICE,
        .operation = 281, /* DescribeAddressTransfers */
        .input_tokens = pg_0_input_tokens,
        .output_tokens = pg_0_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_0_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeAddressesAttribute",
        .service = SERVICE,
        .operation = 283, /* DescribeAddressesAttribute */
        .input_tokens = pg_1_input_tokens,
        .output_tokens = pg_1_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_1_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeAwsNetworkPerformanceMetricSubscriptions",
        .service = SERVICE,
        .operation = 289, /* DescribeAwsNetworkPerformanceMetricSubscriptions */
        .input_tokens = pg_2_input_tokens,
        .output_tokens = pg_2_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 0,
        .result_keys = pg_2_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeByoipCidrs",
        .service = SERVICE,
        .operation = 291, /* DescribeByoipCidrs */
        .input_tokens = pg_3_input_tokens,
        .output_tokens = pg_3_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_3_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeCapacityBlockExtensionHistory",
        .service = SERVICE,
        .operation = 292, /* DescribeCapacityBlockExtensionHistory */
        .input_tokens = pg_4_input_tokens,
        .output_tokens = pg_4_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_4_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeCapacityBlockExtensionOfferings",
        .service = SERVICE,
        .operation = 293, /* DescribeCapacityBlockExtensionOfferings */
        .input_tokens = pg_5_input_tokens,
        .output_tokens = pg_5_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 4,
        .result_keys = pg_5_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeCapacityBlockOfferings",
        .service = SERVICE,
        .operation = 294, /* DescribeCapacityBlockOfferings */
        .input_tokens = pg_6_input_tokens,
        .output_tokens = pg_6_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 7,
        .result_keys = pg_6_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeCapacityBlockStatus",
        .service = SERVICE,
        .operation = 295, /* DescribeCapacityBlockStatus */
        .input_tokens = pg_7_input_tokens,
        .output_tokens = pg_7_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_7_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeCapacityBlocks",
        .service = SERVICE,
        .operation = 296, /* DescribeCapacityBlocks */
        .input_tokens = pg_8_input_tokens,
        .output_tokens = pg_8_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_8_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeCapacityManagerDataExports",
        .service = SERVICE,
        .operation = 297, /* DescribeCapacityManagerDataExports */
        .input_tokens = pg_9_input_tokens,
        .output_tokens = pg_9_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_9_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeCapacityReservationBillingRequests",
        .service = SERVICE,
        .operation = 298, /* DescribeCapacityReservationBillingRequests */
        .input_tokens = pg_10_input_tokens,
        .output_tokens = pg_10_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_10_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeCapacityReservationFleets",
        .service = SERVICE,
        .operation = 300, /* DescribeCapacityReservationFleets */
        .input_tokens = pg_11_input_tokens,
        .output_tokens = pg_11_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_11_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeCapacityReservations",
        .service = SERVICE,
        .operation = 302, /* DescribeCapacityReservations */
        .input_tokens = pg_12_input_tokens,
        .output_tokens = pg_12_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_12_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeCarrierGateways",
        .service = SERVICE,
        .operation = 303, /* DescribeCarrierGateways */
        .input_tokens = pg_13_input_tokens,
        .output_tokens = pg_13_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_13_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeClassicLinkInstances",
        .service = SERVICE,
        .operation = 304, /* DescribeClassicLinkInstances */
        .input_tokens = pg_14_input_tokens,
        .output_tokens = pg_14_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 4,
        .result_keys = pg_14_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeClientVpnAuthorizationRules",
        .service = SERVICE,
        .operation = 305, /* DescribeClientVpnAuthorizationRules */
        .input_tokens = pg_15_input_tokens,
        .output_tokens = pg_15_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 4,
        .result_keys = pg_15_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeClientVpnConnections",
        .service = SERVICE,
        .operation = 306, /* DescribeClientVpnConnections */
        .input_tokens = pg_16_input_tokens,
        .output_tokens = pg_16_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_16_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeClientVpnEndpoints",
        .service = SERVICE,
        .operation = 307, /* DescribeClientVpnEndpoints */
        .input_tokens = pg_17_input_tokens,
        .output_tokens = pg_17_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_17_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeClientVpnRoutes",
        .service = SERVICE,
        .operation = 308, /* DescribeClientVpnRoutes */
        .input_tokens = pg_18_input_tokens,
        .output_tokens = pg_18_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_18_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeClientVpnTargetNetworks",
        .service = SERVICE,
        .operation = 309, /* DescribeClientVpnTargetNetworks */
        .input_tokens = pg_19_input_tokens,
        .output_tokens = pg_19_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_19_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeCoipPools",
        .service = SERVICE,
        .operation = 310, /* DescribeCoipPools */
        .input_tokens = pg_20_input_tokens,
        .output_tokens = pg_20_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_20_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeDhcpOptions",
        .service = SERVICE,
        .operation = 314, /* DescribeDhcpOptions */
        .input_tokens = pg_21_input_tokens,
        .output_tokens = pg_21_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_21_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeEgressOnlyInternetGateways",
        .service = SERVICE,
        .operation = 315, /* DescribeEgressOnlyInternetGateways */
        .input_tokens = pg_22_input_tokens,
        .output_tokens = pg_22_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_22_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeExportImageTasks",
        .service = SERVICE,
        .operation = 317, /* DescribeExportImageTasks */
        .input_tokens = pg_23_input_tokens,
        .output_tokens = pg_23_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_23_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeFastLaunchImages",
        .service = SERVICE,
        .operation = 319, /* DescribeFastLaunchImages */
        .input_tokens = pg_24_input_tokens,
        .output_tokens = pg_24_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_24_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeFastSnapshotRestores",
        .service = SERVICE,
        .operation = 320, /* DescribeFastSnapshotRestores */
        .input_tokens = pg_25_input_tokens,
        .output_tokens = pg_25_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_25_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeFleets",
        .service = SERVICE,
        .operation = 323, /* DescribeFleets */
        .input_tokens = pg_26_input_tokens,
        .output_tokens = pg_26_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_26_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeFlowLogs",
        .service = SERVICE,
        .operation = 324, /* DescribeFlowLogs */
        .input_tokens = pg_27_input_tokens,
        .output_tokens = pg_27_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_27_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeFpgaImages",
        .service = SERVICE,
        .operation = 326, /* DescribeFpgaImages */
        .input_tokens = pg_28_input_tokens,
        .output_tokens = pg_28_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 5,
        .result_keys = pg_28_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeHostReservationOfferings",
        .service = SERVICE,
        .operation = 327, /* DescribeHostReservationOfferings */
        .input_tokens = pg_29_input_tokens,
        .output_tokens = pg_29_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_29_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeHostReservations",
        .service = SERVICE,
        .operation = 328, /* DescribeHostReservations */
        .input_tokens = pg_30_input_tokens,
        .output_tokens = pg_30_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_30_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeHosts",
        .service = SERVICE,
        .operation = 329, /* DescribeHosts */
        .input_tokens = pg_31_input_tokens,
        .output_tokens = pg_31_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_31_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeIamInstanceProfileAssociations",
        .service = SERVICE,
        .operation = 330, /* DescribeIamInstanceProfileAssociations */
        .input_tokens = pg_32_input_tokens,
        .output_tokens = pg_32_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_32_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeImageReferences",
        .service = SERVICE,
        .operation = 334, /* DescribeImageReferences */
        .input_tokens = pg_33_input_tokens,
        .output_tokens = pg_33_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 5,
        .result_keys = pg_33_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeImageUsageReportEntries",
        .service = SERVICE,
        .operation = 335, /* DescribeImageUsageReportEntries */
        .input_tokens = pg_34_input_tokens,
        .output_tokens = pg_34_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 5,
        .result_keys = pg_34_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeImageUsageReports",
        .service = SERVICE,
        .operation = 336, /* DescribeImageUsageReports */
        .input_tokens = pg_35_input_tokens,
        .output_tokens = pg_35_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 5,
        .result_keys = pg_35_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeImages",
        .service = SERVICE,
        .operation = 337, /* DescribeImages */
        .input_tokens = pg_36_input_tokens,
        .output_tokens = pg_36_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 5,
        .result_keys = pg_36_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeImportImageTasks",
        .service = SERVICE,
        .operation = 338, /* DescribeImportImageTasks */
        .input_tokens = pg_37_input_tokens,
        .output_tokens = pg_37_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_37_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeImportSnapshotTasks",
        .service = SERVICE,
        .operation = 339, /* DescribeImportSnapshotTasks */
        .input_tokens = pg_38_input_tokens,
        .output_tokens = pg_38_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_38_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeInstanceConnectEndpoints",
        .service = SERVICE,
        .operation = 341, /* DescribeInstanceConnectEndpoints */
        .input_tokens = pg_39_input_tokens,
        .output_tokens = pg_39_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_39_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeInstanceCreditSpecifications",
        .service = SERVICE,
        .operation = 342, /* DescribeInstanceCreditSpecifications */
        .input_tokens = pg_40_input_tokens,
        .output_tokens = pg_40_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_40_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeInstanceEventWindows",
        .service = SERVICE,
        .operation = 344, /* DescribeInstanceEventWindows */
        .input_tokens = pg_41_input_tokens,
        .output_tokens = pg_41_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_41_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeInstanceImageMetadata",
        .service = SERVICE,
        .operation = 345, /* DescribeInstanceImageMetadata */
        .input_tokens = pg_42_input_tokens,
        .output_tokens = pg_42_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_42_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeInstanceStatus",
        .service = SERVICE,
        .operation = 348, /* DescribeInstanceStatus */
        .input_tokens = pg_43_input_tokens,
        .output_tokens = pg_43_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_43_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeInstanceTopology",
        .service = SERVICE,
        .operation = 349, /* DescribeInstanceTopology */
        .input_tokens = pg_44_input_tokens,
        .output_tokens = pg_44_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_44_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeInstanceTypeOfferings",
        .service = SERVICE,
        .operation = 350, /* DescribeInstanceTypeOfferings */
        .input_tokens = pg_45_input_tokens,
        .output_tokens = pg_45_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_45_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeInstanceTypes",
        .service = SERVICE,
        .operation = 351, /* DescribeInstanceTypes */
        .input_tokens = pg_46_input_tokens,
        .output_tokens = pg_46_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_46_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeInstances",
        .service = SERVICE,
        .operation = 352, /* DescribeInstances */
        .input_tokens = pg_47_input_tokens,
        .output_tokens = pg_47_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 5,
        .result_keys = pg_47_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeInternetGateways",
        .service = SERVICE,
        .operation = 353, /* DescribeInternetGateways */
        .input_tokens = pg_48_input_tokens,
        .output_tokens = pg_48_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_48_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeIpamPoolAllocations",
        .service = SERVICE,
        .operation = 358, /* DescribeIpamPoolAllocations */
        .input_tokens = pg_49_input_tokens,
        .output_tokens = pg_49_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_49_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeIpamPools",
        .service = SERVICE,
        .operation = 359, /* DescribeIpamPools */
        .input_tokens = pg_50_input_tokens,
        .output_tokens = pg_50_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_50_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeIpamPrefixListResolverTargets",
        .service = SERVICE,
        .operation = 360, /* DescribeIpamPrefixListResolverTargets */
        .input_tokens = pg_51_input_tokens,
        .output_tokens = pg_51_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_51_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeIpamPrefixListResolvers",
        .service = SERVICE,
        .operation = 361, /* DescribeIpamPrefixListResolvers */
        .input_tokens = pg_52_input_tokens,
        .output_tokens = pg_52_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_52_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeIpamResourceDiscoveries",
        .service = SERVICE,
        .operation = 362, /* DescribeIpamResourceDiscoveries */
        .input_tokens = pg_53_input_tokens,
        .output_tokens = pg_53_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_53_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeIpamResourceDiscoveryAssociations",
        .service = SERVICE,
        .operation = 363, /* DescribeIpamResourceDiscoveryAssociations */
        .input_tokens = pg_54_input_tokens,
        .output_tokens = pg_54_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_54_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeIpamScopes",
        .service = SERVICE,
        .operation = 364, /* DescribeIpamScopes */
        .input_tokens = pg_55_input_tokens,
        .output_tokens = pg_55_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_55_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeIpams",
        .service = SERVICE,
        .operation = 365, /* DescribeIpams */
        .input_tokens = pg_56_input_tokens,
        .output_tokens = pg_56_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_56_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeIpv6Pools",
        .service = SERVICE,
        .operation = 366, /* DescribeIpv6Pools */
        .input_tokens = pg_57_input_tokens,
        .output_tokens = pg_57_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_57_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeLaunchTemplateVersions",
        .service = SERVICE,
        .operation = 368, /* DescribeLaunchTemplateVersions */
        .input_tokens = pg_58_input_tokens,
        .output_tokens = pg_58_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 7,
        .result_keys = pg_58_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeLaunchTemplates",
        .service = SERVICE,
        .operation = 369, /* DescribeLaunchTemplates */
        .input_tokens = pg_59_input_tokens,
        .output_tokens = pg_59_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 5,
        .result_keys = pg_59_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations",
        .service = SERVICE,
        .operation = 370, /* DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociations */
        .input_tokens = pg_60_input_tokens,
        .output_tokens = pg_60_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_60_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeLocalGatewayRouteTableVpcAssociations",
        .service = SERVICE,
        .operation = 371, /* DescribeLocalGatewayRouteTableVpcAssociations */
        .input_tokens = pg_61_input_tokens,
        .output_tokens = pg_61_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_61_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeLocalGatewayRouteTables",
        .service = SERVICE,
        .operation = 372, /* DescribeLocalGatewayRouteTables */
        .input_tokens = pg_62_input_tokens,
        .output_tokens = pg_62_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_62_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeLocalGatewayVirtualInterfaceGroups",
        .service = SERVICE,
        .operation = 373, /* DescribeLocalGatewayVirtualInterfaceGroups */
        .input_tokens = pg_63_input_tokens,
        .output_tokens = pg_63_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_63_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeLocalGatewayVirtualInterfaces",
        .service = SERVICE,
        .operation = 374, /* DescribeLocalGatewayVirtualInterfaces */
        .input_tokens = pg_64_input_tokens,
        .output_tokens = pg_64_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_64_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeLocalGateways",
        .service = SERVICE,
        .operation = 375, /* DescribeLocalGateways */
        .input_tokens = pg_65_input_tokens,
        .output_tokens = pg_65_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_65_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeMacHosts",
        .service = SERVICE,
        .operation = 377, /* DescribeMacHosts */
        .input_tokens = pg_66_input_tokens,
        .output_tokens = pg_66_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_66_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeMacModificationTasks",
        .service = SERVICE,
        .operation = 378, /* DescribeMacModificationTasks */
        .input_tokens = pg_67_input_tokens,
        .output_tokens = pg_67_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_67_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeManagedPrefixLists",
        .service = SERVICE,
        .operation = 379, /* DescribeManagedPrefixLists */
        .input_tokens = pg_68_input_tokens,
        .output_tokens = pg_68_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_68_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeMovingAddresses",
        .service = SERVICE,
        .operation = 380, /* DescribeMovingAddresses */
        .input_tokens = pg_69_input_tokens,
        .output_tokens = pg_69_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 4,
        .result_keys = pg_69_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeNatGateways",
        .service = SERVICE,
        .operation = 381, /* DescribeNatGateways */
        .input_tokens = pg_70_input_tokens,
        .output_tokens = pg_70_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_70_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeNetworkAcls",
        .service = SERVICE,
        .operation = 382, /* DescribeNetworkAcls */
        .input_tokens = pg_71_input_tokens,
        .output_tokens = pg_71_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_71_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeNetworkInsightsAccessScopeAnalyses",
        .service = SERVICE,
        .operation = 383, /* DescribeNetworkInsightsAccessScopeAnalyses */
        .input_tokens = pg_72_input_tokens,
        .output_tokens = pg_72_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 5,
        .result_keys = pg_72_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeNetworkInsightsAccessScopes",
        .service = SERVICE,
        .operation = 384, /* DescribeNetworkInsightsAccessScopes */
        .input_tokens = pg_73_input_tokens,
        .output_tokens = pg_73_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_73_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeNetworkInsightsAnalyses",
        .service = SERVICE,
        .operation = 385, /* DescribeNetworkInsightsAnalyses */
        .input_tokens = pg_74_input_tokens,
        .output_tokens = pg_74_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 5,
        .result_keys = pg_74_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeNetworkInsightsPaths",
        .service = SERVICE,
        .operation = 386, /* DescribeNetworkInsightsPaths */
        .input_tokens = pg_75_input_tokens,
        .output_tokens = pg_75_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_75_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeNetworkInterfacePermissions",
        .service = SERVICE,
        .operation = 388, /* DescribeNetworkInterfacePermissions */
        .input_tokens = pg_76_input_tokens,
        .output_tokens = pg_76_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_76_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeNetworkInterfaces",
        .service = SERVICE,
        .operation = 389, /* DescribeNetworkInterfaces */
        .input_tokens = pg_77_input_tokens,
        .output_tokens = pg_77_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_77_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribePrefixLists",
        .service = SERVICE,
        .operation = 392, /* DescribePrefixLists */
        .input_tokens = pg_78_input_tokens,
        .output_tokens = pg_78_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_78_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribePrincipalIdFormat",
        .service = SERVICE,
        .operation = 393, /* DescribePrincipalIdFormat */
        .input_tokens = pg_79_input_tokens,
        .output_tokens = pg_79_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_79_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribePublicIpv4Pools",
        .service = SERVICE,
        .operation = 394, /* DescribePublicIpv4Pools */
        .input_tokens = pg_80_input_tokens,
        .output_tokens = pg_80_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_80_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeReplaceRootVolumeTasks",
        .service = SERVICE,
        .operation = 396, /* DescribeReplaceRootVolumeTasks */
        .input_tokens = pg_81_input_tokens,
        .output_tokens = pg_81_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_81_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeReservedInstancesModifications",
        .service = SERVICE,
        .operation = 399, /* DescribeReservedInstancesModifications */
        .input_tokens = pg_82_input_tokens,
        .output_tokens = pg_82_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = -1,
        .result_keys = pg_82_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeReservedInstancesOfferings",
        .service = SERVICE,
        .operation = 400, /* DescribeReservedInstancesOfferings */
        .input_tokens = pg_83_input_tokens,
        .output_tokens = pg_83_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 15,
        .result_keys = pg_83_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeRouteServerEndpoints",
        .service = SERVICE,
        .operation = 401, /* DescribeRouteServerEndpoints */
        .input_tokens = pg_84_input_tokens,
        .output_tokens = pg_84_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_84_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeRouteServerPeers",
        .service = SERVICE,
        .operation = 402, /* DescribeRouteServerPeers */
        .input_tokens = pg_85_input_tokens,
        .output_tokens = pg_85_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_85_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeRouteServers",
        .service = SERVICE,
        .operation = 403, /* DescribeRouteServers */
        .input_tokens = pg_86_input_tokens,
        .output_tokens = pg_86_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_86_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeRouteTables",
        .service = SERVICE,
        .operation = 404, /* DescribeRouteTables */
        .input_tokens = pg_87_input_tokens,
        .output_tokens = pg_87_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_87_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeScheduledInstanceAvailability",
        .service = SERVICE,
        .operation = 405, /* DescribeScheduledInstanceAvailability */
        .input_tokens = pg_88_input_tokens,
        .output_tokens = pg_88_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_88_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeScheduledInstances",
        .service = SERVICE,
        .operation = 406, /* DescribeScheduledInstances */
        .input_tokens = pg_89_input_tokens,
        .output_tokens = pg_89_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_89_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeSecondaryInterfaces",
        .service = SERVICE,
        .operation = 407, /* DescribeSecondaryInterfaces */
        .input_tokens = pg_90_input_tokens,
        .output_tokens = pg_90_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_90_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeSecondaryNetworks",
        .service = SERVICE,
        .operation = 408, /* DescribeSecondaryNetworks */
        .input_tokens = pg_91_input_tokens,
        .output_tokens = pg_91_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_91_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeSecondarySubnets",
        .service = SERVICE,
        .operation = 409, /* DescribeSecondarySubnets */
        .input_tokens = pg_92_input_tokens,
        .output_tokens = pg_92_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_92_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeSecurityGroupRules",
        .service = SERVICE,
        .operation = 411, /* DescribeSecurityGroupRules */
        .input_tokens = pg_93_input_tokens,
        .output_tokens = pg_93_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 4,
        .result_keys = pg_93_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeSecurityGroupVpcAssociations",
        .service = SERVICE,
        .operation = 412, /* DescribeSecurityGroupVpcAssociations */
        .input_tokens = pg_94_input_tokens,
        .output_tokens = pg_94_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_94_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeSecurityGroups",
        .service = SERVICE,
        .operation = 413, /* DescribeSecurityGroups */
        .input_tokens = pg_95_input_tokens,
        .output_tokens = pg_95_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_95_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeSnapshotTierStatus",
        .service = SERVICE,
        .operation = 416, /* DescribeSnapshotTierStatus */
        .input_tokens = pg_96_input_tokens,
        .output_tokens = pg_96_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_96_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeSnapshots",
        .service = SERVICE,
        .operation = 417, /* DescribeSnapshots */
        .input_tokens = pg_97_input_tokens,
        .output_tokens = pg_97_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 0,
        .result_keys = pg_97_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeSpotFleetInstances",
        .service = SERVICE,
        .operation = 419, /* DescribeSpotFleetInstances */
        .input_tokens = pg_98_input_tokens,
        .output_tokens = pg_98_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_98_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeSpotFleetRequests",
        .service = SERVICE,
        .operation = 421, /* DescribeSpotFleetRequests */
        .input_tokens = pg_99_input_tokens,
        .output_tokens = pg_99_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_99_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeSpotInstanceRequests",
        .service = SERVICE,
        .operation = 422, /* DescribeSpotInstanceRequests */
        .input_tokens = pg_100_input_tokens,
        .output_tokens = pg_100_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_100_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeSpotPriceHistory",
        .service = SERVICE,
        .operation = 423, /* DescribeSpotPriceHistory */
        .input_tokens = pg_101_input_tokens,
        .output_tokens = pg_101_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 8,
        .result_keys = pg_101_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeStaleSecurityGroups",
        .service = SERVICE,
        .operation = 424, /* DescribeStaleSecurityGroups */
        .input_tokens = pg_102_input_tokens,
        .output_tokens = pg_102_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_102_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeStoreImageTasks",
        .service = SERVICE,
        .operation = 425, /* DescribeStoreImageTasks */
        .input_tokens = pg_103_input_tokens,
        .output_tokens = pg_103_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 4,
        .result_keys = pg_103_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeSubnets",
        .service = SERVICE,
        .operation = 426, /* DescribeSubnets */
        .input_tokens = pg_104_input_tokens,
        .output_tokens = pg_104_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_104_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeTags",
        .service = SERVICE,
        .operation = 427, /* DescribeTags */
        .input_tokens = pg_105_input_tokens,
        .output_tokens = pg_105_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_105_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeTrafficMirrorFilters",
        .service = SERVICE,
        .operation = 429, /* DescribeTrafficMirrorFilters */
        .input_tokens = pg_106_input_tokens,
        .output_tokens = pg_106_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_106_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeTrafficMirrorSessions",
        .service = SERVICE,
        .operation = 430, /* DescribeTrafficMirrorSessions */
        .input_tokens = pg_107_input_tokens,
        .output_tokens = pg_107_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_107_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeTrafficMirrorTargets",
        .service = SERVICE,
        .operation = 431, /* DescribeTrafficMirrorTargets */
        .input_tokens = pg_108_input_tokens,
        .output_tokens = pg_108_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_108_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeTransitGatewayAttachments",
        .service = SERVICE,
        .operation = 432, /* DescribeTransitGatewayAttachments */
        .input_tokens = pg_109_input_tokens,
        .output_tokens = pg_109_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_109_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeTransitGatewayConnectPeers",
        .service = SERVICE,
        .operation = 433, /* DescribeTransitGatewayConnectPeers */
        .input_tokens = pg_110_input_tokens,
        .output_tokens = pg_110_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_110_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeTransitGatewayConnects",
        .service = SERVICE,
        .operation = 434, /* DescribeTransitGatewayConnects */
        .input_tokens = pg_111_input_tokens,
        .output_tokens = pg_111_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_111_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeTransitGatewayMulticastDomains",
        .service = SERVICE,
        .operation = 436, /* DescribeTransitGatewayMulticastDomains */
        .input_tokens = pg_112_input_tokens,
        .output_tokens = pg_112_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_112_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeTransitGatewayPeeringAttachments",
        .service = SERVICE,
        .operation = 437, /* DescribeTransitGatewayPeeringAttachments */
        .input_tokens = pg_113_input_tokens,
        .output_tokens = pg_113_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_113_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeTransitGatewayPolicyTables",
        .service = SERVICE,
        .operation = 438, /* DescribeTransitGatewayPolicyTables */
        .input_tokens = pg_114_input_tokens,
        .output_tokens = pg_114_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_114_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeTransitGatewayRouteTableAnnouncements",
        .service = SERVICE,
        .operation = 439, /* DescribeTransitGatewayRouteTableAnnouncements */
        .input_tokens = pg_115_input_tokens,
        .output_tokens = pg_115_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_115_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeTransitGatewayRouteTables",
        .service = SERVICE,
        .operation = 440, /* DescribeTransitGatewayRouteTables */
        .input_tokens = pg_116_input_tokens,
        .output_tokens = pg_116_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_116_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeTransitGatewayVpcAttachments",
        .service = SERVICE,
        .operation = 441, /* DescribeTransitGatewayVpcAttachments */
        .input_tokens = pg_117_input_tokens,
        .output_tokens = pg_117_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_117_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeTransitGateways",
        .service = SERVICE,
        .operation = 442, /* DescribeTransitGateways */
        .input_tokens = pg_118_input_tokens,
        .output_tokens = pg_118_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_118_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeTrunkInterfaceAssociations",
        .service = SERVICE,
        .operation = 443, /* DescribeTrunkInterfaceAssociations */
        .input_tokens = pg_119_input_tokens,
        .output_tokens = pg_119_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 4,
        .result_keys = pg_119_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeVerifiedAccessEndpoints",
        .service = SERVICE,
        .operation = 444, /* DescribeVerifiedAccessEndpoints */
        .input_tokens = pg_120_input_tokens,
        .output_tokens = pg_120_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_120_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeVerifiedAccessGroups",
        .service = SERVICE,
        .operation = 445, /* DescribeVerifiedAccessGroups */
        .input_tokens = pg_121_input_tokens,
        .output_tokens = pg_121_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_121_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeVerifiedAccessInstanceLoggingConfigurations",
        .service = SERVICE,
        .operation = 446, /* DescribeVerifiedAccessInstanceLoggingConfigurations */
        .input_tokens = pg_122_input_tokens,
        .output_tokens = pg_122_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_122_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeVerifiedAccessInstances",
        .service = SERVICE,
        .operation = 447, /* DescribeVerifiedAccessInstances */
        .input_tokens = pg_123_input_tokens,
        .output_tokens = pg_123_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_123_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeVerifiedAccessTrustProviders",
        .service = SERVICE,
        .operation = 448, /* DescribeVerifiedAccessTrustProviders */
        .input_tokens = pg_124_input_tokens,
        .output_tokens = pg_124_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_124_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeVolumeStatus",
        .service = SERVICE,
        .operation = 450, /* DescribeVolumeStatus */
        .input_tokens = pg_125_input_tokens,
        .output_tokens = pg_125_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 0,
        .result_keys = pg_125_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeVolumes",
        .service = SERVICE,
        .operation = 451, /* DescribeVolumes */
        .input_tokens = pg_126_input_tokens,
        .output_tokens = pg_126_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 5,
        .result_keys = pg_126_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeVolumesModifications",
        .service = SERVICE,
        .operation = 452, /* DescribeVolumesModifications */
        .input_tokens = pg_127_input_tokens,
        .output_tokens = pg_127_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 4,
        .result_keys = pg_127_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeVpcClassicLinkDnsSupport",
        .service = SERVICE,
        .operation = 457, /* DescribeVpcClassicLinkDnsSupport */
        .input_tokens = pg_128_input_tokens,
        .output_tokens = pg_128_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_128_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeVpcEndpointConnectionNotifications",
        .service = SERVICE,
        .operation = 460, /* DescribeVpcEndpointConnectionNotifications */
        .input_tokens = pg_129_input_tokens,
        .output_tokens = pg_129_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_129_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeVpcEndpointConnections",
        .service = SERVICE,
        .operation = 461, /* DescribeVpcEndpointConnections */
        .input_tokens = pg_130_input_tokens,
        .output_tokens = pg_130_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_130_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeVpcEndpointServiceConfigurations",
        .service = SERVICE,
        .operation = 462, /* DescribeVpcEndpointServiceConfigurations */
        .input_tokens = pg_131_input_tokens,
        .output_tokens = pg_131_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_131_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeVpcEndpointServicePermissions",
        .service = SERVICE,
        .operation = 463, /* DescribeVpcEndpointServicePermissions */
        .input_tokens = pg_132_input_tokens,
        .output_tokens = pg_132_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_132_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeVpcEndpointServices",
        .service = SERVICE,
        .operation = 464, /* DescribeVpcEndpointServices */
        .input_tokens = pg_133_input_tokens,
        .output_tokens = pg_133_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_133_result_keys,
        .result_key_count = 2,
    },
    {
        .name = "DescribeVpcEndpoints",
        .service = SERVICE,
        .operation = 465, /* DescribeVpcEndpoints */
        .input_tokens = pg_134_input_tokens,
        .output_tokens = pg_134_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_134_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeVpcPeeringConnections",
        .service = SERVICE,
        .operation = 466, /* DescribeVpcPeeringConnections */
        .input_tokens = pg_135_input_tokens,
        .output_tokens = pg_135_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_135_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeVpcs",
        .service = SERVICE,
        .operation = 467, /* DescribeVpcs */
        .input_tokens = pg_136_input_tokens,
        .output_tokens = pg_136_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_136_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "DescribeVpnConcentrators",
        .service = SERVICE,
        .operation = 468, /* DescribeVpnConcentrators */
        .input_tokens = pg_137_input_tokens,
        .output_tokens = pg_137_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_137_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetAssociatedIpv6PoolCidrs",
        .service = SERVICE,
        .operation = 552, /* GetAssociatedIpv6PoolCidrs */
        .input_tokens = pg_138_input_tokens,
        .output_tokens = pg_138_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_138_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetAwsNetworkPerformanceData",
        .service = SERVICE,
        .operation = 553, /* GetAwsNetworkPerformanceData */
        .input_tokens = pg_139_input_tokens,
        .output_tokens = pg_139_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_139_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetCapacityManagerMetricData",
        .service = SERVICE,
        .operation = 555, /* GetCapacityManagerMetricData */
        .input_tokens = pg_140_input_tokens,
        .output_tokens = pg_140_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 6,
        .result_keys = pg_140_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetCapacityManagerMetricDimensions",
        .service = SERVICE,
        .operation = 556, /* GetCapacityManagerMetricDimensions */
        .input_tokens = pg_141_input_tokens,
        .output_tokens = pg_141_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 5,
        .result_keys = pg_141_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetCapacityManagerMonitoredTagKeys",
        .service = SERVICE,
        .operation = 557, /* GetCapacityManagerMonitoredTagKeys */
        .input_tokens = pg_142_input_tokens,
        .output_tokens = pg_142_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 0,
        .result_keys = pg_142_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetGroupsForCapacityReservation",
        .service = SERVICE,
        .operation = 568, /* GetGroupsForCapacityReservation */
        .input_tokens = pg_143_input_tokens,
        .output_tokens = pg_143_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_143_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetInstanceTypesFromInstanceRequirements",
        .service = SERVICE,
        .operation = 574, /* GetInstanceTypesFromInstanceRequirements */
        .input_tokens = pg_144_input_tokens,
        .output_tokens = pg_144_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 4,
        .result_keys = pg_144_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetIpamAddressHistory",
        .service = SERVICE,
        .operation = 576, /* GetIpamAddressHistory */
        .input_tokens = pg_145_input_tokens,
        .output_tokens = pg_145_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 6,
        .result_keys = pg_145_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetIpamDiscoveredAccounts",
        .service = SERVICE,
        .operation = 577, /* GetIpamDiscoveredAccounts */
        .input_tokens = pg_146_input_tokens,
        .output_tokens = pg_146_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 5,
        .result_keys = pg_146_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetIpamDiscoveredResourceCidrs",
        .service = SERVICE,
        .operation = 579, /* GetIpamDiscoveredResourceCidrs */
        .input_tokens = pg_147_input_tokens,
        .output_tokens = pg_147_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 5,
        .result_keys = pg_147_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetIpamPoolAllocations",
        .service = SERVICE,
        .operation = 585, /* GetIpamPoolAllocations */
        .input_tokens = pg_148_input_tokens,
        .output_tokens = pg_148_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 4,
        .result_keys = pg_148_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetIpamPoolCidrs",
        .service = SERVICE,
        .operation = 586, /* GetIpamPoolCidrs */
        .input_tokens = pg_149_input_tokens,
        .output_tokens = pg_149_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_149_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetIpamPrefixListResolverRules",
        .service = SERVICE,
        .operation = 587, /* GetIpamPrefixListResolverRules */
        .input_tokens = pg_150_input_tokens,
        .output_tokens = pg_150_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_150_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetIpamPrefixListResolverVersionEntries",
        .service = SERVICE,
        .operation = 588, /* GetIpamPrefixListResolverVersionEntries */
        .input_tokens = pg_151_input_tokens,
        .output_tokens = pg_151_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_151_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetIpamPrefixListResolverVersions",
        .service = SERVICE,
        .operation = 589, /* GetIpamPrefixListResolverVersions */
        .input_tokens = pg_152_input_tokens,
        .output_tokens = pg_152_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_152_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetIpamResourceCidrs",
        .service = SERVICE,
        .operation = 590, /* GetIpamResourceCidrs */
        .input_tokens = pg_153_input_tokens,
        .output_tokens = pg_153_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_153_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetManagedPrefixListAssociations",
        .service = SERVICE,
        .operation = 596, /* GetManagedPrefixListAssociations */
        .input_tokens = pg_154_input_tokens,
        .output_tokens = pg_154_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_154_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetManagedPrefixListEntries",
        .service = SERVICE,
        .operation = 597, /* GetManagedPrefixListEntries */
        .input_tokens = pg_155_input_tokens,
        .output_tokens = pg_155_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 3,
        .result_keys = pg_155_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetNetworkInsightsAccessScopeAnalysisFindings",
        .service = SERVICE,
        .operation = 599, /* GetNetworkInsightsAccessScopeAnalysisFindings */
        .input_tokens = pg_156_input_tokens,
        .output_tokens = pg_156_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 1,
        .result_keys = pg_156_result_keys,
        .result_key_count = 1,
        .non_aggregate_keys = pg_156_non_aggregate_keys,
        .non_aggregate_key_count = 2,
    },
    {
        .name = "GetSecurityGroupsForVpc",
        .service = SERVICE,
        .operation = 606, /* GetSecurityGroupsForVpc */
        .input_tokens = pg_157_input_tokens,
        .output_tokens = pg_157_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_157_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetSpotPlacementScores",
        .service = SERVICE,
        .operation = 609, /* GetSpotPlacementScores */
        .input_tokens = pg_158_input_tokens,
        .output_tokens = pg_158_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 7,
        .result_keys = pg_158_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetTransitGatewayAttachmentPropagations",
        .service = SERVICE,
        .operation = 611, /* GetTransitGatewayAttachmentPropagations */
        .input_tokens = pg_159_input_tokens,
        .output_tokens = pg_159_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_159_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetTransitGatewayMulticastDomainAssociations",
        .service = SERVICE,
        .operation = 613, /* GetTransitGatewayMulticastDomainAssociations */
        .input_tokens = pg_160_input_tokens,
        .output_tokens = pg_160_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_160_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetTransitGatewayPolicyTableAssociations",
        .service = SERVICE,
        .operation = 614, /* GetTransitGatewayPolicyTableAssociations */
        .input_tokens = pg_161_input_tokens,
        .output_tokens = pg_161_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_161_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetTransitGatewayPolicyTableEntries",
        .service = SERVICE,
        .operation = 615, /* GetTransitGatewayPolicyTableEntries */
        .input_tokens = pg_162_input_tokens,
        .output_tokens = pg_162_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_162_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetTransitGatewayPrefixListReferences",
        .service = SERVICE,
        .operation = 616, /* GetTransitGatewayPrefixListReferences */
        .input_tokens = pg_163_input_tokens,
        .output_tokens = pg_163_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_163_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetTransitGatewayRouteTableAssociations",
        .service = SERVICE,
        .operation = 617, /* GetTransitGatewayRouteTableAssociations */
        .input_tokens = pg_164_input_tokens,
        .output_tokens = pg_164_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_164_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetTransitGatewayRouteTablePropagations",
        .service = SERVICE,
        .operation = 618, /* GetTransitGatewayRouteTablePropagations */
        .input_tokens = pg_165_input_tokens,
        .output_tokens = pg_165_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_165_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "GetVpnConnectionDeviceTypes",
        .service = SERVICE,
        .operation = 624, /* GetVpnConnectionDeviceTypes */
        .input_tokens = pg_166_input_tokens,
        .output_tokens = pg_166_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 0,
        .result_keys = pg_166_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListImagesInRecycleBin",
        .service = SERVICE,
        .operation = 632, /* ListImagesInRecycleBin */
        .input_tokens = pg_167_input_tokens,
        .output_tokens = pg_167_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_167_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "ListSnapshotsInRecycleBin",
        .service = SERVICE,
        .operation = 633, /* ListSnapshotsInRecycleBin */
        .input_tokens = pg_168_input_tokens,
        .output_tokens = pg_168_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 0,
        .result_keys = pg_168_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "SearchLocalGatewayRoutes",
        .service = SERVICE,
        .operation = 777, /* SearchLocalGatewayRoutes */
        .input_tokens = pg_169_input_tokens,
        .output_tokens = pg_169_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_169_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "SearchTransitGatewayMulticastGroups",
        .service = SERVICE,
        .operation = 778, /* SearchTransitGatewayMulticastGroups */
        .input_tokens = pg_170_input_tokens,
        .output_tokens = pg_170_output_tokens,
        .token_count = 1,
        .more_results = NULL,
        .limit_key = 2,
        .result_keys = pg_170_result_keys,
        .result_key_count = 1,
    },
    {
        .name = "SearchTransitGatewayRoutes",
        .service = SERVICE,
        .operation = 779, /* SearchTransitGatewayRoutes */
        .input_tokens = pg_171_input_tokens,
        .output_tokens = pg_171_output_tokens,
        .token_count = 1,
        .more_results = &jp_170,
        .limit_key = 2,
        .result_keys = pg_171_result_keys,
        .result_key_count = 1,
    },
};

int awsc_ec2_describe_address_transfers_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_address_transfers_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[0], input, options, pager, err);
}

int awsc_ec2_describe_address_transfers_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_address_transfers_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[0], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[0], pg_0_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_address_transfers_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_address_transfer **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[0], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[0], pg_0_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_address_transfers_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_address_transfers_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[0], output, err);
}

int awsc_ec2_describe_addresses_attribute_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_addresses_attribute_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[1], input, options, pager, err);
}

int awsc_ec2_describe_addresses_attribute_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_addresses_attribute_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[1], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[1], pg_1_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_addresses_attribute_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_address_attribute **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[1], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[1], pg_1_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_addresses_attribute_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_addresses_attribute_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[1], output, err);
}

int awsc_ec2_describe_aws_network_performance_metric_subscriptions_paginate(struct awsc_client *client,
                                                                            const struct awsc_ec2_describe_aws_network_performance_metric_subscriptions_input *input,
                                                                            const struct awsc_page_options *options,
                                                                            struct awsc_pager **pager,
                                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[2], input, options, pager, err);
}

int awsc_ec2_describe_aws_network_performance_metric_subscriptions_next_page(struct awsc_pager *pager,
                                                                             struct awsc_ec2_describe_aws_network_performance_metric_subscriptions_output **page,
                                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[2], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[2], pg_2_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_aws_network_performance_metric_subscriptions_next_item(struct awsc_pager *pager,
                                                                             const struct awsc_ec2_subscription **item,
                                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[2], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[2], pg_2_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_aws_network_performance_metric_subscriptions_collect(struct awsc_pager *pager,
                                                                           struct awsc_ec2_describe_aws_network_performance_metric_subscriptions_output **output,
                                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[2], output, err);
}

int awsc_ec2_describe_byoip_cidrs_paginate(struct awsc_client *client,
                                           const struct awsc_ec2_describe_byoip_cidrs_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[3], input, options, pager, err);
}

int awsc_ec2_describe_byoip_cidrs_next_page(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_byoip_cidrs_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[3], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[3], pg_3_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_byoip_cidrs_next_item(struct awsc_pager *pager,
                                            const struct awsc_ec2_byoip_cidr **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[3], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[3], pg_3_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_byoip_cidrs_collect(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_byoip_cidrs_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[3], output, err);
}

int awsc_ec2_describe_capacity_block_extension_history_paginate(struct awsc_client *client,
                                                                const struct awsc_ec2_describe_capacity_block_extension_history_input *input,
                                                                const struct awsc_page_options *options,
                                                                struct awsc_pager **pager,
                                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[4], input, options, pager, err);
}

int awsc_ec2_describe_capacity_block_extension_history_next_page(struct awsc_pager *pager,
                                                                 struct awsc_ec2_describe_capacity_block_extension_history_output **page,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[4], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[4], pg_4_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_extension_history_next_item(struct awsc_pager *pager,
                                                                 const struct awsc_ec2_capacity_block_extension **item,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[4], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[4], pg_4_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_extension_history_collect(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_capacity_block_extension_history_output **output,
                                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[4], output, err);
}

int awsc_ec2_describe_capacity_block_extension_offerings_paginate(struct awsc_client *client,
                                                                  const struct awsc_ec2_describe_capacity_block_extension_offerings_input *input,
                                                                  const struct awsc_page_options *options,
                                                                  struct awsc_pager **pager,
                                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[5], input, options, pager, err);
}

int awsc_ec2_describe_capacity_block_extension_offerings_next_page(struct awsc_pager *pager,
                                                                   struct awsc_ec2_describe_capacity_block_extension_offerings_output **page,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[5], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[5], pg_5_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_extension_offerings_next_item(struct awsc_pager *pager,
                                                                   const struct awsc_ec2_capacity_block_extension_offering **item,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[5], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[5], pg_5_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_extension_offerings_collect(struct awsc_pager *pager,
                                                                 struct awsc_ec2_describe_capacity_block_extension_offerings_output **output,
                                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[5], output, err);
}

int awsc_ec2_describe_capacity_block_offerings_paginate(struct awsc_client *client,
                                                        const struct awsc_ec2_describe_capacity_block_offerings_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[6], input, options, pager, err);
}

int awsc_ec2_describe_capacity_block_offerings_next_page(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_capacity_block_offerings_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[6], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[6], pg_6_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_offerings_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ec2_capacity_block_offering **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[6], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[6], pg_6_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_offerings_collect(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_capacity_block_offerings_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[6], output, err);
}

int awsc_ec2_describe_capacity_block_status_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_capacity_block_status_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[7], input, options, pager, err);
}

int awsc_ec2_describe_capacity_block_status_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_capacity_block_status_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[7], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[7], pg_7_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_status_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_capacity_block_status **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[7], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[7], pg_7_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_block_status_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_capacity_block_status_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[7], output, err);
}

int awsc_ec2_describe_capacity_blocks_paginate(struct awsc_client *client,
                                               const struct awsc_ec2_describe_capacity_blocks_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[8], input, options, pager, err);
}

int awsc_ec2_describe_capacity_blocks_next_page(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_capacity_blocks_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[8], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[8], pg_8_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_blocks_next_item(struct awsc_pager *pager,
                                                const struct awsc_ec2_capacity_block **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[8], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[8], pg_8_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_blocks_collect(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_capacity_blocks_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[8], output, err);
}

int awsc_ec2_describe_capacity_manager_data_exports_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_describe_capacity_manager_data_exports_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[9], input, options, pager, err);
}

int awsc_ec2_describe_capacity_manager_data_exports_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_capacity_manager_data_exports_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[9], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[9], pg_9_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_manager_data_exports_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_capacity_manager_data_export_response **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[9], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[9], pg_9_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_manager_data_exports_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_capacity_manager_data_exports_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[9], output, err);
}

int awsc_ec2_describe_capacity_reservation_billing_requests_paginate(struct awsc_client *client,
                                                                     const struct awsc_ec2_describe_capacity_reservation_billing_requests_input *input,
                                                                     const struct awsc_page_options *options,
                                                                     struct awsc_pager **pager,
                                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[10], input, options, pager, err);
}

int awsc_ec2_describe_capacity_reservation_billing_requests_next_page(struct awsc_pager *pager,
                                                                      struct awsc_ec2_describe_capacity_reservation_billing_requests_output **page,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[10], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[10], pg_10_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservation_billing_requests_next_item(struct awsc_pager *pager,
                                                                      const struct awsc_ec2_capacity_reservation_billing_request **item,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[10], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[10], pg_10_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservation_billing_requests_collect(struct awsc_pager *pager,
                                                                    struct awsc_ec2_describe_capacity_reservation_billing_requests_output **output,
                                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[10], output, err);
}

int awsc_ec2_describe_capacity_reservation_fleets_paginate(struct awsc_client *client,
                                                           const struct awsc_ec2_describe_capacity_reservation_fleets_input *input,
                                                           const struct awsc_page_options *options,
                                                           struct awsc_pager **pager,
                                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[11], input, options, pager, err);
}

int awsc_ec2_describe_capacity_reservation_fleets_next_page(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_capacity_reservation_fleets_output **page,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[11], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[11], pg_11_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservation_fleets_next_item(struct awsc_pager *pager,
                                                            const struct awsc_ec2_capacity_reservation_fleet **item,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[11], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[11], pg_11_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservation_fleets_collect(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_capacity_reservation_fleets_output **output,
                                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[11], output, err);
}

int awsc_ec2_describe_capacity_reservations_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_capacity_reservations_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[12], input, options, pager, err);
}

int awsc_ec2_describe_capacity_reservations_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_capacity_reservations_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[12], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[12], pg_12_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservations_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_capacity_reservation **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[12], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[12], pg_12_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_capacity_reservations_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_capacity_reservations_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[12], output, err);
}

int awsc_ec2_describe_carrier_gateways_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_describe_carrier_gateways_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[13], input, options, pager, err);
}

int awsc_ec2_describe_carrier_gateways_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_carrier_gateways_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[13], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[13], pg_13_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_carrier_gateways_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_carrier_gateway **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[13], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[13], pg_13_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_carrier_gateways_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_carrier_gateways_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[13], output, err);
}

int awsc_ec2_describe_classic_link_instances_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_classic_link_instances_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[14], input, options, pager, err);
}

int awsc_ec2_describe_classic_link_instances_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_classic_link_instances_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[14], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[14], pg_14_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_classic_link_instances_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_classic_link_instance **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[14], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[14], pg_14_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_classic_link_instances_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_classic_link_instances_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[14], output, err);
}

int awsc_ec2_describe_client_vpn_authorization_rules_paginate(struct awsc_client *client,
                                                              const struct awsc_ec2_describe_client_vpn_authorization_rules_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[15], input, options, pager, err);
}

int awsc_ec2_describe_client_vpn_authorization_rules_next_page(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_client_vpn_authorization_rules_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[15], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[15], pg_15_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_authorization_rules_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ec2_authorization_rule **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[15], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[15], pg_15_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_authorization_rules_collect(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_client_vpn_authorization_rules_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[15], output, err);
}

int awsc_ec2_describe_client_vpn_connections_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_client_vpn_connections_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[16], input, options, pager, err);
}

int awsc_ec2_describe_client_vpn_connections_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_client_vpn_connections_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[16], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[16], pg_16_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_connections_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_client_vpn_connection **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[16], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[16], pg_16_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_connections_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_client_vpn_connections_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[16], output, err);
}

int awsc_ec2_describe_client_vpn_endpoints_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_client_vpn_endpoints_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[17], input, options, pager, err);
}

int awsc_ec2_describe_client_vpn_endpoints_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_client_vpn_endpoints_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[17], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[17], pg_17_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_endpoints_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_client_vpn_endpoint **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[17], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[17], pg_17_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_endpoints_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_client_vpn_endpoints_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[17], output, err);
}

int awsc_ec2_describe_client_vpn_routes_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_client_vpn_routes_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[18], input, options, pager, err);
}

int awsc_ec2_describe_client_vpn_routes_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_client_vpn_routes_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[18], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[18], pg_18_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_routes_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_client_vpn_route **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[18], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[18], pg_18_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_routes_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_client_vpn_routes_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[18], output, err);
}

int awsc_ec2_describe_client_vpn_target_networks_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_client_vpn_target_networks_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[19], input, options, pager, err);
}

int awsc_ec2_describe_client_vpn_target_networks_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_client_vpn_target_networks_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[19], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[19], pg_19_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_target_networks_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_target_network **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[19], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[19], pg_19_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_client_vpn_target_networks_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_client_vpn_target_networks_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[19], output, err);
}

int awsc_ec2_describe_coip_pools_paginate(struct awsc_client *client,
                                          const struct awsc_ec2_describe_coip_pools_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[20], input, options, pager, err);
}

int awsc_ec2_describe_coip_pools_next_page(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_coip_pools_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[20], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[20], pg_20_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_coip_pools_next_item(struct awsc_pager *pager,
                                           const struct awsc_ec2_coip_pool **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[20], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[20], pg_20_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_coip_pools_collect(struct awsc_pager *pager,
                                         struct awsc_ec2_describe_coip_pools_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[20], output, err);
}

int awsc_ec2_describe_dhcp_options_paginate(struct awsc_client *client,
                                            const struct awsc_ec2_describe_dhcp_options_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[21], input, options, pager, err);
}

int awsc_ec2_describe_dhcp_options_next_page(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_dhcp_options_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[21], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[21], pg_21_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_dhcp_options_next_item(struct awsc_pager *pager,
                                             const struct awsc_ec2_dhcp_options **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[21], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[21], pg_21_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_dhcp_options_collect(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_dhcp_options_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[21], output, err);
}

int awsc_ec2_describe_egress_only_internet_gateways_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_describe_egress_only_internet_gateways_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[22], input, options, pager, err);
}

int awsc_ec2_describe_egress_only_internet_gateways_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_egress_only_internet_gateways_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[22], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[22], pg_22_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_egress_only_internet_gateways_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_egress_only_internet_gateway **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[22], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[22], pg_22_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_egress_only_internet_gateways_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_egress_only_internet_gateways_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[22], output, err);
}

int awsc_ec2_describe_export_image_tasks_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_export_image_tasks_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[23], input, options, pager, err);
}

int awsc_ec2_describe_export_image_tasks_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_export_image_tasks_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[23], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[23], pg_23_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_export_image_tasks_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_export_image_task **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[23], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[23], pg_23_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_export_image_tasks_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_export_image_tasks_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[23], output, err);
}

int awsc_ec2_describe_fast_launch_images_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_fast_launch_images_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[24], input, options, pager, err);
}

int awsc_ec2_describe_fast_launch_images_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_fast_launch_images_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[24], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[24], pg_24_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fast_launch_images_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_describe_fast_launch_images_success_item **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[24], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[24], pg_24_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fast_launch_images_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_fast_launch_images_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[24], output, err);
}

int awsc_ec2_describe_fast_snapshot_restores_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_fast_snapshot_restores_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[25], input, options, pager, err);
}

int awsc_ec2_describe_fast_snapshot_restores_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_fast_snapshot_restores_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[25], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[25], pg_25_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fast_snapshot_restores_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_describe_fast_snapshot_restore_success_item **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[25], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[25], pg_25_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fast_snapshot_restores_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_fast_snapshot_restores_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[25], output, err);
}

int awsc_ec2_describe_fleets_paginate(struct awsc_client *client,
                                      const struct awsc_ec2_describe_fleets_input *input,
                                      const struct awsc_page_options *options,
                                      struct awsc_pager **pager,
                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[26], input, options, pager, err);
}

int awsc_ec2_describe_fleets_next_page(struct awsc_pager *pager,
                                       struct awsc_ec2_describe_fleets_output **page,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[26], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[26], pg_26_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fleets_next_item(struct awsc_pager *pager,
                                       const struct awsc_ec2_fleet_data **item,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[26], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[26], pg_26_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fleets_collect(struct awsc_pager *pager,
                                     struct awsc_ec2_describe_fleets_output **output,
                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[26], output, err);
}

int awsc_ec2_describe_flow_logs_paginate(struct awsc_client *client,
                                         const struct awsc_ec2_describe_flow_logs_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[27], input, options, pager, err);
}

int awsc_ec2_describe_flow_logs_next_page(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_flow_logs_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[27], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[27], pg_27_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_flow_logs_next_item(struct awsc_pager *pager,
                                          const struct awsc_ec2_flow_log **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[27], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[27], pg_27_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_flow_logs_collect(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_flow_logs_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[27], output, err);
}

int awsc_ec2_describe_fpga_images_paginate(struct awsc_client *client,
                                           const struct awsc_ec2_describe_fpga_images_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[28], input, options, pager, err);
}

int awsc_ec2_describe_fpga_images_next_page(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_fpga_images_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[28], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[28], pg_28_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fpga_images_next_item(struct awsc_pager *pager,
                                            const struct awsc_ec2_fpga_image **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[28], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[28], pg_28_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_fpga_images_collect(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_fpga_images_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[28], output, err);
}

int awsc_ec2_describe_host_reservation_offerings_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_host_reservation_offerings_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[29], input, options, pager, err);
}

int awsc_ec2_describe_host_reservation_offerings_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_host_reservation_offerings_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[29], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[29], pg_29_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_host_reservation_offerings_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_host_offering **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[29], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[29], pg_29_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_host_reservation_offerings_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_host_reservation_offerings_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[29], output, err);
}

int awsc_ec2_describe_host_reservations_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_host_reservations_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[30], input, options, pager, err);
}

int awsc_ec2_describe_host_reservations_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_host_reservations_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[30], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[30], pg_30_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_host_reservations_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_host_reservation **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[30], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[30], pg_30_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_host_reservations_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_host_reservations_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[30], output, err);
}

int awsc_ec2_describe_hosts_paginate(struct awsc_client *client,
                                     const struct awsc_ec2_describe_hosts_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[31], input, options, pager, err);
}

int awsc_ec2_describe_hosts_next_page(struct awsc_pager *pager,
                                      struct awsc_ec2_describe_hosts_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[31], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[31], pg_31_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_hosts_next_item(struct awsc_pager *pager,
                                      const struct awsc_ec2_host **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[31], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[31], pg_31_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_hosts_collect(struct awsc_pager *pager,
                                    struct awsc_ec2_describe_hosts_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[31], output, err);
}

int awsc_ec2_describe_iam_instance_profile_associations_paginate(struct awsc_client *client,
                                                                 const struct awsc_ec2_describe_iam_instance_profile_associations_input *input,
                                                                 const struct awsc_page_options *options,
                                                                 struct awsc_pager **pager,
                                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[32], input, options, pager, err);
}

int awsc_ec2_describe_iam_instance_profile_associations_next_page(struct awsc_pager *pager,
                                                                  struct awsc_ec2_describe_iam_instance_profile_associations_output **page,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[32], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[32], pg_32_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_iam_instance_profile_associations_next_item(struct awsc_pager *pager,
                                                                  const struct awsc_ec2_iam_instance_profile_association **item,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[32], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[32], pg_32_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_iam_instance_profile_associations_collect(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_iam_instance_profile_associations_output **output,
                                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[32], output, err);
}

int awsc_ec2_describe_image_references_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_describe_image_references_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[33], input, options, pager, err);
}

int awsc_ec2_describe_image_references_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_image_references_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[33], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[33], pg_33_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_references_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_image_reference **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[33], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[33], pg_33_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_references_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_image_references_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[33], output, err);
}

int awsc_ec2_describe_image_usage_report_entries_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_image_usage_report_entries_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[34], input, options, pager, err);
}

int awsc_ec2_describe_image_usage_report_entries_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_image_usage_report_entries_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[34], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[34], pg_34_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_usage_report_entries_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_image_usage_report_entry **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[34], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[34], pg_34_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_usage_report_entries_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_image_usage_report_entries_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[34], output, err);
}

int awsc_ec2_describe_image_usage_reports_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_image_usage_reports_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[35], input, options, pager, err);
}

int awsc_ec2_describe_image_usage_reports_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_image_usage_reports_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[35], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[35], pg_35_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_usage_reports_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_image_usage_report **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[35], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[35], pg_35_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_image_usage_reports_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_image_usage_reports_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[35], output, err);
}

int awsc_ec2_describe_images_paginate(struct awsc_client *client,
                                      const struct awsc_ec2_describe_images_input *input,
                                      const struct awsc_page_options *options,
                                      struct awsc_pager **pager,
                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[36], input, options, pager, err);
}

int awsc_ec2_describe_images_next_page(struct awsc_pager *pager,
                                       struct awsc_ec2_describe_images_output **page,
                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[36], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[36], pg_36_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_images_next_item(struct awsc_pager *pager,
                                       const struct awsc_ec2_image **item,
                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[36], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[36], pg_36_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_images_collect(struct awsc_pager *pager,
                                     struct awsc_ec2_describe_images_output **output,
                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[36], output, err);
}

int awsc_ec2_describe_import_image_tasks_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_import_image_tasks_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[37], input, options, pager, err);
}

int awsc_ec2_describe_import_image_tasks_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_import_image_tasks_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[37], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[37], pg_37_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_import_image_tasks_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_import_image_task **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[37], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[37], pg_37_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_import_image_tasks_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_import_image_tasks_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[37], output, err);
}

int awsc_ec2_describe_import_snapshot_tasks_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_import_snapshot_tasks_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[38], input, options, pager, err);
}

int awsc_ec2_describe_import_snapshot_tasks_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_import_snapshot_tasks_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[38], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[38], pg_38_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_import_snapshot_tasks_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_import_snapshot_task **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[38], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[38], pg_38_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_import_snapshot_tasks_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_import_snapshot_tasks_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[38], output, err);
}

int awsc_ec2_describe_instance_connect_endpoints_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_instance_connect_endpoints_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[39], input, options, pager, err);
}

int awsc_ec2_describe_instance_connect_endpoints_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_instance_connect_endpoints_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[39], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[39], pg_39_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_connect_endpoints_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_ec2_instance_connect_endpoint **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[39], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[39], pg_39_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_connect_endpoints_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_instance_connect_endpoints_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[39], output, err);
}

int awsc_ec2_describe_instance_credit_specifications_paginate(struct awsc_client *client,
                                                              const struct awsc_ec2_describe_instance_credit_specifications_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[40], input, options, pager, err);
}

int awsc_ec2_describe_instance_credit_specifications_next_page(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_instance_credit_specifications_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[40], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[40], pg_40_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_credit_specifications_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ec2_instance_credit_specification **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[40], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[40], pg_40_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_credit_specifications_collect(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_instance_credit_specifications_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[40], output, err);
}

int awsc_ec2_describe_instance_event_windows_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_instance_event_windows_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[41], input, options, pager, err);
}

int awsc_ec2_describe_instance_event_windows_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_instance_event_windows_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[41], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[41], pg_41_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_event_windows_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_instance_event_window **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[41], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[41], pg_41_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_event_windows_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_instance_event_windows_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[41], output, err);
}

int awsc_ec2_describe_instance_image_metadata_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_describe_instance_image_metadata_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[42], input, options, pager, err);
}

int awsc_ec2_describe_instance_image_metadata_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_instance_image_metadata_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[42], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[42], pg_42_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_image_metadata_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_instance_image_metadata **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[42], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[42], pg_42_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_image_metadata_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_instance_image_metadata_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[42], output, err);
}

int awsc_ec2_describe_instance_status_paginate(struct awsc_client *client,
                                               const struct awsc_ec2_describe_instance_status_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[43], input, options, pager, err);
}

int awsc_ec2_describe_instance_status_next_page(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_instance_status_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[43], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[43], pg_43_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_status_next_item(struct awsc_pager *pager,
                                                const struct awsc_ec2_instance_status **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[43], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[43], pg_43_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_status_collect(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_instance_status_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[43], output, err);
}

int awsc_ec2_describe_instance_topology_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_instance_topology_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[44], input, options, pager, err);
}

int awsc_ec2_describe_instance_topology_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_instance_topology_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[44], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[44], pg_44_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_topology_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_instance_topology **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[44], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[44], pg_44_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_topology_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_instance_topology_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[44], output, err);
}

int awsc_ec2_describe_instance_type_offerings_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_describe_instance_type_offerings_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[45], input, options, pager, err);
}

int awsc_ec2_describe_instance_type_offerings_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_instance_type_offerings_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[45], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[45], pg_45_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_type_offerings_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_instance_type_offering **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[45], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[45], pg_45_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_type_offerings_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_instance_type_offerings_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[45], output, err);
}

int awsc_ec2_describe_instance_types_paginate(struct awsc_client *client,
                                              const struct awsc_ec2_describe_instance_types_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[46], input, options, pager, err);
}

int awsc_ec2_describe_instance_types_next_page(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_instance_types_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[46], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[46], pg_46_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_types_next_item(struct awsc_pager *pager,
                                               const struct awsc_ec2_instance_type_info **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[46], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[46], pg_46_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instance_types_collect(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_instance_types_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[46], output, err);
}

int awsc_ec2_describe_instances_paginate(struct awsc_client *client,
                                         const struct awsc_ec2_describe_instances_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[47], input, options, pager, err);
}

int awsc_ec2_describe_instances_next_page(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_instances_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[47], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[47], pg_47_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instances_next_item(struct awsc_pager *pager,
                                          const struct awsc_ec2_reservation **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[47], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[47], pg_47_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_instances_collect(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_instances_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[47], output, err);
}

int awsc_ec2_describe_internet_gateways_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_internet_gateways_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[48], input, options, pager, err);
}

int awsc_ec2_describe_internet_gateways_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_internet_gateways_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[48], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[48], pg_48_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_internet_gateways_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_internet_gateway **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[48], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[48], pg_48_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_internet_gateways_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_internet_gateways_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[48], output, err);
}

int awsc_ec2_describe_ipam_pool_allocations_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_ipam_pool_allocations_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[49], input, options, pager, err);
}

int awsc_ec2_describe_ipam_pool_allocations_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_ipam_pool_allocations_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[49], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[49], pg_49_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_pool_allocations_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_ipam_pool_allocation **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[49], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[49], pg_49_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_pool_allocations_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_ipam_pool_allocations_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[49], output, err);
}

int awsc_ec2_describe_ipam_pools_paginate(struct awsc_client *client,
                                          const struct awsc_ec2_describe_ipam_pools_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[50], input, options, pager, err);
}

int awsc_ec2_describe_ipam_pools_next_page(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_ipam_pools_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[50], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[50], pg_50_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_pools_next_item(struct awsc_pager *pager,
                                           const struct awsc_ec2_ipam_pool **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[50], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[50], pg_50_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_pools_collect(struct awsc_pager *pager,
                                         struct awsc_ec2_describe_ipam_pools_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[50], output, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolver_targets_paginate(struct awsc_client *client,
                                                                 const struct awsc_ec2_describe_ipam_prefix_list_resolver_targets_input *input,
                                                                 const struct awsc_page_options *options,
                                                                 struct awsc_pager **pager,
                                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[51], input, options, pager, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolver_targets_next_page(struct awsc_pager *pager,
                                                                  struct awsc_ec2_describe_ipam_prefix_list_resolver_targets_output **page,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[51], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[51], pg_51_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolver_targets_next_item(struct awsc_pager *pager,
                                                                  const struct awsc_ec2_ipam_prefix_list_resolver_target **item,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[51], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[51], pg_51_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolver_targets_collect(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_ipam_prefix_list_resolver_targets_output **output,
                                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[51], output, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolvers_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_ipam_prefix_list_resolvers_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[52], input, options, pager, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolvers_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_ipam_prefix_list_resolvers_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[52], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[52], pg_52_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolvers_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_ipam_prefix_list_resolver **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[52], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[52], pg_52_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_prefix_list_resolvers_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_ipam_prefix_list_resolvers_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[52], output, err);
}

int awsc_ec2_describe_ipam_resource_discoveries_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_ipam_resource_discoveries_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[53], input, options, pager, err);
}

int awsc_ec2_describe_ipam_resource_discoveries_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_ipam_resource_discoveries_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[53], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[53], pg_53_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_resource_discoveries_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_ipam_resource_discovery **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[53], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[53], pg_53_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_resource_discoveries_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_ipam_resource_discoveries_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[53], output, err);
}

int awsc_ec2_describe_ipam_resource_discovery_associations_paginate(struct awsc_client *client,
                                                                    const struct awsc_ec2_describe_ipam_resource_discovery_associations_input *input,
                                                                    const struct awsc_page_options *options,
                                                                    struct awsc_pager **pager,
                                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[54], input, options, pager, err);
}

int awsc_ec2_describe_ipam_resource_discovery_associations_next_page(struct awsc_pager *pager,
                                                                     struct awsc_ec2_describe_ipam_resource_discovery_associations_output **page,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[54], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[54], pg_54_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_resource_discovery_associations_next_item(struct awsc_pager *pager,
                                                                     const struct awsc_ec2_ipam_resource_discovery_association **item,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[54], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[54], pg_54_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_resource_discovery_associations_collect(struct awsc_pager *pager,
                                                                   struct awsc_ec2_describe_ipam_resource_discovery_associations_output **output,
                                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[54], output, err);
}

int awsc_ec2_describe_ipam_scopes_paginate(struct awsc_client *client,
                                           const struct awsc_ec2_describe_ipam_scopes_input *input,
                                           const struct awsc_page_options *options,
                                           struct awsc_pager **pager,
                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[55], input, options, pager, err);
}

int awsc_ec2_describe_ipam_scopes_next_page(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_ipam_scopes_output **page,
                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[55], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[55], pg_55_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_scopes_next_item(struct awsc_pager *pager,
                                            const struct awsc_ec2_ipam_scope **item,
                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[55], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[55], pg_55_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipam_scopes_collect(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_ipam_scopes_output **output,
                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[55], output, err);
}

int awsc_ec2_describe_ipams_paginate(struct awsc_client *client,
                                     const struct awsc_ec2_describe_ipams_input *input,
                                     const struct awsc_page_options *options,
                                     struct awsc_pager **pager,
                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[56], input, options, pager, err);
}

int awsc_ec2_describe_ipams_next_page(struct awsc_pager *pager,
                                      struct awsc_ec2_describe_ipams_output **page,
                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[56], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[56], pg_56_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipams_next_item(struct awsc_pager *pager,
                                      const struct awsc_ec2_ipam **item,
                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[56], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[56], pg_56_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipams_collect(struct awsc_pager *pager,
                                    struct awsc_ec2_describe_ipams_output **output,
                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[56], output, err);
}

int awsc_ec2_describe_ipv6_pools_paginate(struct awsc_client *client,
                                          const struct awsc_ec2_describe_ipv6_pools_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[57], input, options, pager, err);
}

int awsc_ec2_describe_ipv6_pools_next_page(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_ipv6_pools_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[57], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[57], pg_57_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipv6_pools_next_item(struct awsc_pager *pager,
                                           const struct awsc_ec2_ipv6_pool **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[57], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[57], pg_57_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_ipv6_pools_collect(struct awsc_pager *pager,
                                         struct awsc_ec2_describe_ipv6_pools_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[57], output, err);
}

int awsc_ec2_describe_launch_template_versions_paginate(struct awsc_client *client,
                                                        const struct awsc_ec2_describe_launch_template_versions_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[58], input, options, pager, err);
}

int awsc_ec2_describe_launch_template_versions_next_page(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_launch_template_versions_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[58], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[58], pg_58_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_launch_template_versions_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ec2_launch_template_version **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[58], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[58], pg_58_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_launch_template_versions_collect(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_launch_template_versions_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[58], output, err);
}

int awsc_ec2_describe_launch_templates_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_describe_launch_templates_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[59], input, options, pager, err);
}

int awsc_ec2_describe_launch_templates_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_launch_templates_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[59], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[59], pg_59_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_launch_templates_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_launch_template **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[59], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[59], pg_59_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_launch_templates_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_launch_templates_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[59], output, err);
}

int awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_paginate(struct awsc_client *client,
                                                                                              const struct awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_input *input,
                                                                                              const struct awsc_page_options *options,
                                                                                              struct awsc_pager **pager,
                                                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[60], input, options, pager, err);
}

int awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_next_page(struct awsc_pager *pager,
                                                                                               struct awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_output **page,
                                                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[60], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[60], pg_60_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_next_item(struct awsc_pager *pager,
                                                                                               const struct awsc_ec2_local_gateway_route_table_virtual_interface_group_association **item,
                                                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[60], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[60], pg_60_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_collect(struct awsc_pager *pager,
                                                                                             struct awsc_ec2_describe_local_gateway_route_table_virtual_interface_group_associations_output **output,
                                                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[60], output, err);
}

int awsc_ec2_describe_local_gateway_route_table_vpc_associations_paginate(struct awsc_client *client,
                                                                          const struct awsc_ec2_describe_local_gateway_route_table_vpc_associations_input *input,
                                                                          const struct awsc_page_options *options,
                                                                          struct awsc_pager **pager,
                                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[61], input, options, pager, err);
}

int awsc_ec2_describe_local_gateway_route_table_vpc_associations_next_page(struct awsc_pager *pager,
                                                                           struct awsc_ec2_describe_local_gateway_route_table_vpc_associations_output **page,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[61], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[61], pg_61_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_table_vpc_associations_next_item(struct awsc_pager *pager,
                                                                           const struct awsc_ec2_local_gateway_route_table_vpc_association **item,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[61], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[61], pg_61_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_table_vpc_associations_collect(struct awsc_pager *pager,
                                                                         struct awsc_ec2_describe_local_gateway_route_table_vpc_associations_output **output,
                                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[61], output, err);
}

int awsc_ec2_describe_local_gateway_route_tables_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_local_gateway_route_tables_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[62], input, options, pager, err);
}

int awsc_ec2_describe_local_gateway_route_tables_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_local_gateway_route_tables_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[62], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[62], pg_62_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_tables_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_local_gateway_route_table **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[62], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[62], pg_62_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_route_tables_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_local_gateway_route_tables_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[62], output, err);
}

int awsc_ec2_describe_local_gateway_virtual_interface_groups_paginate(struct awsc_client *client,
                                                                      const struct awsc_ec2_describe_local_gateway_virtual_interface_groups_input *input,
                                                                      const struct awsc_page_options *options,
                                                                      struct awsc_pager **pager,
                                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[63], input, options, pager, err);
}

int awsc_ec2_describe_local_gateway_virtual_interface_groups_next_page(struct awsc_pager *pager,
                                                                       struct awsc_ec2_describe_local_gateway_virtual_interface_groups_output **page,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[63], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[63], pg_63_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_virtual_interface_groups_next_item(struct awsc_pager *pager,
                                                                       const struct awsc_ec2_local_gateway_virtual_interface_group **item,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[63], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[63], pg_63_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_virtual_interface_groups_collect(struct awsc_pager *pager,
                                                                     struct awsc_ec2_describe_local_gateway_virtual_interface_groups_output **output,
                                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[63], output, err);
}

int awsc_ec2_describe_local_gateway_virtual_interfaces_paginate(struct awsc_client *client,
                                                                const struct awsc_ec2_describe_local_gateway_virtual_interfaces_input *input,
                                                                const struct awsc_page_options *options,
                                                                struct awsc_pager **pager,
                                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[64], input, options, pager, err);
}

int awsc_ec2_describe_local_gateway_virtual_interfaces_next_page(struct awsc_pager *pager,
                                                                 struct awsc_ec2_describe_local_gateway_virtual_interfaces_output **page,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[64], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[64], pg_64_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_virtual_interfaces_next_item(struct awsc_pager *pager,
                                                                 const struct awsc_ec2_local_gateway_virtual_interface **item,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[64], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[64], pg_64_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateway_virtual_interfaces_collect(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_local_gateway_virtual_interfaces_output **output,
                                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[64], output, err);
}

int awsc_ec2_describe_local_gateways_paginate(struct awsc_client *client,
                                              const struct awsc_ec2_describe_local_gateways_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[65], input, options, pager, err);
}

int awsc_ec2_describe_local_gateways_next_page(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_local_gateways_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[65], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[65], pg_65_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateways_next_item(struct awsc_pager *pager,
                                               const struct awsc_ec2_local_gateway **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[65], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[65], pg_65_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_local_gateways_collect(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_local_gateways_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[65], output, err);
}

int awsc_ec2_describe_mac_hosts_paginate(struct awsc_client *client,
                                         const struct awsc_ec2_describe_mac_hosts_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[66], input, options, pager, err);
}

int awsc_ec2_describe_mac_hosts_next_page(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_mac_hosts_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[66], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[66], pg_66_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_mac_hosts_next_item(struct awsc_pager *pager,
                                          const struct awsc_ec2_mac_host **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[66], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[66], pg_66_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_mac_hosts_collect(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_mac_hosts_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[66], output, err);
}

int awsc_ec2_describe_mac_modification_tasks_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_mac_modification_tasks_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[67], input, options, pager, err);
}

int awsc_ec2_describe_mac_modification_tasks_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_mac_modification_tasks_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[67], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[67], pg_67_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_mac_modification_tasks_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_mac_modification_task **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[67], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[67], pg_67_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_mac_modification_tasks_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_mac_modification_tasks_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[67], output, err);
}

int awsc_ec2_describe_managed_prefix_lists_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_managed_prefix_lists_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[68], input, options, pager, err);
}

int awsc_ec2_describe_managed_prefix_lists_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_managed_prefix_lists_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[68], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[68], pg_68_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_managed_prefix_lists_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_managed_prefix_list **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[68], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[68], pg_68_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_managed_prefix_lists_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_managed_prefix_lists_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[68], output, err);
}

int awsc_ec2_describe_moving_addresses_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_describe_moving_addresses_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[69], input, options, pager, err);
}

int awsc_ec2_describe_moving_addresses_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_moving_addresses_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[69], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[69], pg_69_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_moving_addresses_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_moving_address_status **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[69], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[69], pg_69_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_moving_addresses_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_moving_addresses_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[69], output, err);
}

int awsc_ec2_describe_nat_gateways_paginate(struct awsc_client *client,
                                            const struct awsc_ec2_describe_nat_gateways_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[70], input, options, pager, err);
}

int awsc_ec2_describe_nat_gateways_next_page(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_nat_gateways_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[70], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[70], pg_70_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_nat_gateways_next_item(struct awsc_pager *pager,
                                             const struct awsc_ec2_nat_gateway **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[70], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[70], pg_70_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_nat_gateways_collect(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_nat_gateways_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[70], output, err);
}

int awsc_ec2_describe_network_acls_paginate(struct awsc_client *client,
                                            const struct awsc_ec2_describe_network_acls_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[71], input, options, pager, err);
}

int awsc_ec2_describe_network_acls_next_page(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_network_acls_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[71], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[71], pg_71_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_acls_next_item(struct awsc_pager *pager,
                                             const struct awsc_ec2_network_acl **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[71], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[71], pg_71_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_acls_collect(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_network_acls_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[71], output, err);
}

int awsc_ec2_describe_network_insights_access_scope_analyses_paginate(struct awsc_client *client,
                                                                      const struct awsc_ec2_describe_network_insights_access_scope_analyses_input *input,
                                                                      const struct awsc_page_options *options,
                                                                      struct awsc_pager **pager,
                                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[72], input, options, pager, err);
}

int awsc_ec2_describe_network_insights_access_scope_analyses_next_page(struct awsc_pager *pager,
                                                                       struct awsc_ec2_describe_network_insights_access_scope_analyses_output **page,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[72], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[72], pg_72_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_access_scope_analyses_next_item(struct awsc_pager *pager,
                                                                       const struct awsc_ec2_network_insights_access_scope_analysis **item,
                                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[72], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[72], pg_72_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_access_scope_analyses_collect(struct awsc_pager *pager,
                                                                     struct awsc_ec2_describe_network_insights_access_scope_analyses_output **output,
                                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[72], output, err);
}

int awsc_ec2_describe_network_insights_access_scopes_paginate(struct awsc_client *client,
                                                              const struct awsc_ec2_describe_network_insights_access_scopes_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[73], input, options, pager, err);
}

int awsc_ec2_describe_network_insights_access_scopes_next_page(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_network_insights_access_scopes_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[73], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[73], pg_73_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_access_scopes_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ec2_network_insights_access_scope **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[73], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[73], pg_73_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_access_scopes_collect(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_network_insights_access_scopes_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[73], output, err);
}

int awsc_ec2_describe_network_insights_analyses_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_network_insights_analyses_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[74], input, options, pager, err);
}

int awsc_ec2_describe_network_insights_analyses_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_network_insights_analyses_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[74], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[74], pg_74_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_analyses_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_network_insights_analysis **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[74], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[74], pg_74_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_analyses_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_network_insights_analyses_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[74], output, err);
}

int awsc_ec2_describe_network_insights_paths_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_network_insights_paths_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[75], input, options, pager, err);
}

int awsc_ec2_describe_network_insights_paths_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_network_insights_paths_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[75], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[75], pg_75_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_paths_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_network_insights_path **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[75], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[75], pg_75_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_insights_paths_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_network_insights_paths_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[75], output, err);
}

int awsc_ec2_describe_network_interface_permissions_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_describe_network_interface_permissions_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[76], input, options, pager, err);
}

int awsc_ec2_describe_network_interface_permissions_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_network_interface_permissions_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[76], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[76], pg_76_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_interface_permissions_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_network_interface_permission **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[76], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[76], pg_76_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_interface_permissions_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_network_interface_permissions_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[76], output, err);
}

int awsc_ec2_describe_network_interfaces_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_network_interfaces_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[77], input, options, pager, err);
}

int awsc_ec2_describe_network_interfaces_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_network_interfaces_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[77], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[77], pg_77_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_interfaces_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_network_interface **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[77], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[77], pg_77_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_network_interfaces_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_network_interfaces_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[77], output, err);
}

int awsc_ec2_describe_prefix_lists_paginate(struct awsc_client *client,
                                            const struct awsc_ec2_describe_prefix_lists_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[78], input, options, pager, err);
}

int awsc_ec2_describe_prefix_lists_next_page(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_prefix_lists_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[78], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[78], pg_78_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_prefix_lists_next_item(struct awsc_pager *pager,
                                             const struct awsc_ec2_prefix_list **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[78], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[78], pg_78_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_prefix_lists_collect(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_prefix_lists_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[78], output, err);
}

int awsc_ec2_describe_principal_id_format_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_principal_id_format_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[79], input, options, pager, err);
}

int awsc_ec2_describe_principal_id_format_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_principal_id_format_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[79], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[79], pg_79_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_principal_id_format_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_principal_id_format **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[79], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[79], pg_79_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_principal_id_format_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_principal_id_format_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[79], output, err);
}

int awsc_ec2_describe_public_ipv4_pools_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_public_ipv4_pools_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[80], input, options, pager, err);
}

int awsc_ec2_describe_public_ipv4_pools_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_public_ipv4_pools_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[80], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[80], pg_80_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_public_ipv4_pools_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_public_ipv4_pool **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[80], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[80], pg_80_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_public_ipv4_pools_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_public_ipv4_pools_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[80], output, err);
}

int awsc_ec2_describe_replace_root_volume_tasks_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_replace_root_volume_tasks_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[81], input, options, pager, err);
}

int awsc_ec2_describe_replace_root_volume_tasks_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_replace_root_volume_tasks_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[81], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[81], pg_81_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_replace_root_volume_tasks_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_replace_root_volume_task **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[81], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[81], pg_81_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_replace_root_volume_tasks_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_replace_root_volume_tasks_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[81], output, err);
}

int awsc_ec2_describe_reserved_instances_modifications_paginate(struct awsc_client *client,
                                                                const struct awsc_ec2_describe_reserved_instances_modifications_input *input,
                                                                const struct awsc_page_options *options,
                                                                struct awsc_pager **pager,
                                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[82], input, options, pager, err);
}

int awsc_ec2_describe_reserved_instances_modifications_next_page(struct awsc_pager *pager,
                                                                 struct awsc_ec2_describe_reserved_instances_modifications_output **page,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[82], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[82], pg_82_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_reserved_instances_modifications_next_item(struct awsc_pager *pager,
                                                                 const struct awsc_ec2_reserved_instances_modification **item,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[82], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[82], pg_82_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_reserved_instances_modifications_collect(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_reserved_instances_modifications_output **output,
                                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[82], output, err);
}

int awsc_ec2_describe_reserved_instances_offerings_paginate(struct awsc_client *client,
                                                            const struct awsc_ec2_describe_reserved_instances_offerings_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[83], input, options, pager, err);
}

int awsc_ec2_describe_reserved_instances_offerings_next_page(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_reserved_instances_offerings_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[83], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[83], pg_83_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_reserved_instances_offerings_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ec2_reserved_instances_offering **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[83], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[83], pg_83_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_reserved_instances_offerings_collect(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_reserved_instances_offerings_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[83], output, err);
}

int awsc_ec2_describe_route_server_endpoints_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_route_server_endpoints_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[84], input, options, pager, err);
}

int awsc_ec2_describe_route_server_endpoints_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_route_server_endpoints_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[84], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[84], pg_84_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_server_endpoints_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_route_server_endpoint **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[84], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[84], pg_84_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_server_endpoints_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_route_server_endpoints_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[84], output, err);
}

int awsc_ec2_describe_route_server_peers_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_route_server_peers_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[85], input, options, pager, err);
}

int awsc_ec2_describe_route_server_peers_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_route_server_peers_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[85], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[85], pg_85_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_server_peers_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_route_server_peer **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[85], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[85], pg_85_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_server_peers_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_route_server_peers_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[85], output, err);
}

int awsc_ec2_describe_route_servers_paginate(struct awsc_client *client,
                                             const struct awsc_ec2_describe_route_servers_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[86], input, options, pager, err);
}

int awsc_ec2_describe_route_servers_next_page(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_route_servers_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[86], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[86], pg_86_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_servers_next_item(struct awsc_pager *pager,
                                              const struct awsc_ec2_route_server **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[86], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[86], pg_86_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_servers_collect(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_route_servers_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[86], output, err);
}

int awsc_ec2_describe_route_tables_paginate(struct awsc_client *client,
                                            const struct awsc_ec2_describe_route_tables_input *input,
                                            const struct awsc_page_options *options,
                                            struct awsc_pager **pager,
                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[87], input, options, pager, err);
}

int awsc_ec2_describe_route_tables_next_page(struct awsc_pager *pager,
                                             struct awsc_ec2_describe_route_tables_output **page,
                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[87], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[87], pg_87_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_tables_next_item(struct awsc_pager *pager,
                                             const struct awsc_ec2_route_table **item,
                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[87], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[87], pg_87_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_route_tables_collect(struct awsc_pager *pager,
                                           struct awsc_ec2_describe_route_tables_output **output,
                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[87], output, err);
}

int awsc_ec2_describe_scheduled_instance_availability_paginate(struct awsc_client *client,
                                                               const struct awsc_ec2_describe_scheduled_instance_availability_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[88], input, options, pager, err);
}

int awsc_ec2_describe_scheduled_instance_availability_next_page(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_scheduled_instance_availability_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[88], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[88], pg_88_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_scheduled_instance_availability_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ec2_scheduled_instance_availability **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[88], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[88], pg_88_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_scheduled_instance_availability_collect(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_scheduled_instance_availability_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[88], output, err);
}

int awsc_ec2_describe_scheduled_instances_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_scheduled_instances_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[89], input, options, pager, err);
}

int awsc_ec2_describe_scheduled_instances_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_scheduled_instances_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[89], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[89], pg_89_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_scheduled_instances_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_scheduled_instance **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[89], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[89], pg_89_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_scheduled_instances_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_scheduled_instances_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[89], output, err);
}

int awsc_ec2_describe_secondary_interfaces_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_secondary_interfaces_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[90], input, options, pager, err);
}

int awsc_ec2_describe_secondary_interfaces_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_secondary_interfaces_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[90], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[90], pg_90_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_interfaces_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_secondary_interface **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[90], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[90], pg_90_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_interfaces_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_secondary_interfaces_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[90], output, err);
}

int awsc_ec2_describe_secondary_networks_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_secondary_networks_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[91], input, options, pager, err);
}

int awsc_ec2_describe_secondary_networks_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_secondary_networks_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[91], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[91], pg_91_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_networks_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_secondary_network **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[91], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[91], pg_91_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_networks_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_secondary_networks_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[91], output, err);
}

int awsc_ec2_describe_secondary_subnets_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_secondary_subnets_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[92], input, options, pager, err);
}

int awsc_ec2_describe_secondary_subnets_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_secondary_subnets_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[92], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[92], pg_92_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_subnets_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_secondary_subnet **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[92], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[92], pg_92_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_secondary_subnets_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_secondary_subnets_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[92], output, err);
}

int awsc_ec2_describe_security_group_rules_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_security_group_rules_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[93], input, options, pager, err);
}

int awsc_ec2_describe_security_group_rules_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_security_group_rules_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[93], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[93], pg_93_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_group_rules_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_security_group_rule **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[93], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[93], pg_93_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_group_rules_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_security_group_rules_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[93], output, err);
}

int awsc_ec2_describe_security_group_vpc_associations_paginate(struct awsc_client *client,
                                                               const struct awsc_ec2_describe_security_group_vpc_associations_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[94], input, options, pager, err);
}

int awsc_ec2_describe_security_group_vpc_associations_next_page(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_security_group_vpc_associations_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[94], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[94], pg_94_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_group_vpc_associations_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ec2_security_group_vpc_association **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[94], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[94], pg_94_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_group_vpc_associations_collect(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_security_group_vpc_associations_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[94], output, err);
}

int awsc_ec2_describe_security_groups_paginate(struct awsc_client *client,
                                               const struct awsc_ec2_describe_security_groups_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[95], input, options, pager, err);
}

int awsc_ec2_describe_security_groups_next_page(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_security_groups_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[95], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[95], pg_95_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_groups_next_item(struct awsc_pager *pager,
                                                const struct awsc_ec2_security_group **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[95], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[95], pg_95_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_security_groups_collect(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_security_groups_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[95], output, err);
}

int awsc_ec2_describe_snapshot_tier_status_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_snapshot_tier_status_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[96], input, options, pager, err);
}

int awsc_ec2_describe_snapshot_tier_status_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_snapshot_tier_status_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[96], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[96], pg_96_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_snapshot_tier_status_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_snapshot_tier_status **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[96], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[96], pg_96_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_snapshot_tier_status_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_snapshot_tier_status_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[96], output, err);
}

int awsc_ec2_describe_snapshots_paginate(struct awsc_client *client,
                                         const struct awsc_ec2_describe_snapshots_input *input,
                                         const struct awsc_page_options *options,
                                         struct awsc_pager **pager,
                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[97], input, options, pager, err);
}

int awsc_ec2_describe_snapshots_next_page(struct awsc_pager *pager,
                                          struct awsc_ec2_describe_snapshots_output **page,
                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[97], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[97], pg_97_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_snapshots_next_item(struct awsc_pager *pager,
                                          const struct awsc_ec2_snapshot **item,
                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[97], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[97], pg_97_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_snapshots_collect(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_snapshots_output **output,
                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[97], output, err);
}

int awsc_ec2_describe_spot_fleet_instances_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_spot_fleet_instances_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[98], input, options, pager, err);
}

int awsc_ec2_describe_spot_fleet_instances_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_spot_fleet_instances_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[98], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[98], pg_98_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_fleet_instances_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_active_instance **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[98], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[98], pg_98_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_fleet_instances_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_spot_fleet_instances_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[98], output, err);
}

int awsc_ec2_describe_spot_fleet_requests_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_spot_fleet_requests_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[99], input, options, pager, err);
}

int awsc_ec2_describe_spot_fleet_requests_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_spot_fleet_requests_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[99], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[99], pg_99_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_fleet_requests_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_spot_fleet_request_config **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[99], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[99], pg_99_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_fleet_requests_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_spot_fleet_requests_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[99], output, err);
}

int awsc_ec2_describe_spot_instance_requests_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_spot_instance_requests_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[100], input, options, pager, err);
}

int awsc_ec2_describe_spot_instance_requests_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_spot_instance_requests_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[100], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[100], pg_100_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_instance_requests_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_spot_instance_request **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[100], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[100], pg_100_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_instance_requests_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_spot_instance_requests_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[100], output, err);
}

int awsc_ec2_describe_spot_price_history_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_spot_price_history_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[101], input, options, pager, err);
}

int awsc_ec2_describe_spot_price_history_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_describe_spot_price_history_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[101], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[101], pg_101_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_price_history_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_spot_price **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[101], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[101], pg_101_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_spot_price_history_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_spot_price_history_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[101], output, err);
}

int awsc_ec2_describe_stale_security_groups_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_stale_security_groups_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[102], input, options, pager, err);
}

int awsc_ec2_describe_stale_security_groups_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_stale_security_groups_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[102], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[102], pg_102_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_stale_security_groups_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_stale_security_group **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[102], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[102], pg_102_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_stale_security_groups_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_stale_security_groups_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[102], output, err);
}

int awsc_ec2_describe_store_image_tasks_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_store_image_tasks_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[103], input, options, pager, err);
}

int awsc_ec2_describe_store_image_tasks_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_store_image_tasks_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[103], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[103], pg_103_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_store_image_tasks_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_store_image_task_result **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[103], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[103], pg_103_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_store_image_tasks_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_store_image_tasks_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[103], output, err);
}

int awsc_ec2_describe_subnets_paginate(struct awsc_client *client,
                                       const struct awsc_ec2_describe_subnets_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[104], input, options, pager, err);
}

int awsc_ec2_describe_subnets_next_page(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_subnets_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[104], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[104], pg_104_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_subnets_next_item(struct awsc_pager *pager,
                                        const struct awsc_ec2_subnet **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[104], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[104], pg_104_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_subnets_collect(struct awsc_pager *pager,
                                      struct awsc_ec2_describe_subnets_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[104], output, err);
}

int awsc_ec2_describe_tags_paginate(struct awsc_client *client,
                                    const struct awsc_ec2_describe_tags_input *input,
                                    const struct awsc_page_options *options,
                                    struct awsc_pager **pager,
                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[105], input, options, pager, err);
}

int awsc_ec2_describe_tags_next_page(struct awsc_pager *pager,
                                     struct awsc_ec2_describe_tags_output **page,
                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[105], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[105], pg_105_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_tags_next_item(struct awsc_pager *pager,
                                     const struct awsc_ec2_tag_description **item,
                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[105], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[105], pg_105_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_tags_collect(struct awsc_pager *pager,
                                   struct awsc_ec2_describe_tags_output **output,
                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[105], output, err);
}

int awsc_ec2_describe_traffic_mirror_filters_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_traffic_mirror_filters_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[106], input, options, pager, err);
}

int awsc_ec2_describe_traffic_mirror_filters_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_traffic_mirror_filters_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[106], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[106], pg_106_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_filters_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_traffic_mirror_filter **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[106], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[106], pg_106_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_filters_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_traffic_mirror_filters_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[106], output, err);
}

int awsc_ec2_describe_traffic_mirror_sessions_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_describe_traffic_mirror_sessions_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[107], input, options, pager, err);
}

int awsc_ec2_describe_traffic_mirror_sessions_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_traffic_mirror_sessions_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[107], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[107], pg_107_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_sessions_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_traffic_mirror_session **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[107], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[107], pg_107_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_sessions_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_traffic_mirror_sessions_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[107], output, err);
}

int awsc_ec2_describe_traffic_mirror_targets_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_traffic_mirror_targets_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[108], input, options, pager, err);
}

int awsc_ec2_describe_traffic_mirror_targets_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_traffic_mirror_targets_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[108], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[108], pg_108_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_targets_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_traffic_mirror_target **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[108], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[108], pg_108_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_traffic_mirror_targets_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_traffic_mirror_targets_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[108], output, err);
}

int awsc_ec2_describe_transit_gateway_attachments_paginate(struct awsc_client *client,
                                                           const struct awsc_ec2_describe_transit_gateway_attachments_input *input,
                                                           const struct awsc_page_options *options,
                                                           struct awsc_pager **pager,
                                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[109], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_attachments_next_page(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_transit_gateway_attachments_output **page,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[109], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[109], pg_109_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_attachments_next_item(struct awsc_pager *pager,
                                                            const struct awsc_ec2_transit_gateway_attachment **item,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[109], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[109], pg_109_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_attachments_collect(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_transit_gateway_attachments_output **output,
                                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[109], output, err);
}

int awsc_ec2_describe_transit_gateway_connect_peers_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_describe_transit_gateway_connect_peers_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[110], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_connect_peers_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_transit_gateway_connect_peers_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[110], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[110], pg_110_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_connect_peers_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_transit_gateway_connect_peer **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[110], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[110], pg_110_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_connect_peers_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_transit_gateway_connect_peers_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[110], output, err);
}

int awsc_ec2_describe_transit_gateway_connects_paginate(struct awsc_client *client,
                                                        const struct awsc_ec2_describe_transit_gateway_connects_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[111], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_connects_next_page(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_transit_gateway_connects_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[111], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[111], pg_111_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_connects_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ec2_transit_gateway_connect **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[111], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[111], pg_111_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_connects_collect(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_transit_gateway_connects_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[111], output, err);
}

int awsc_ec2_describe_transit_gateway_multicast_domains_paginate(struct awsc_client *client,
                                                                 const struct awsc_ec2_describe_transit_gateway_multicast_domains_input *input,
                                                                 const struct awsc_page_options *options,
                                                                 struct awsc_pager **pager,
                                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[112], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_multicast_domains_next_page(struct awsc_pager *pager,
                                                                  struct awsc_ec2_describe_transit_gateway_multicast_domains_output **page,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[112], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[112], pg_112_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_multicast_domains_next_item(struct awsc_pager *pager,
                                                                  const struct awsc_ec2_transit_gateway_multicast_domain **item,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[112], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[112], pg_112_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_multicast_domains_collect(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_transit_gateway_multicast_domains_output **output,
                                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[112], output, err);
}

int awsc_ec2_describe_transit_gateway_peering_attachments_paginate(struct awsc_client *client,
                                                                   const struct awsc_ec2_describe_transit_gateway_peering_attachments_input *input,
                                                                   const struct awsc_page_options *options,
                                                                   struct awsc_pager **pager,
                                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[113], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_peering_attachments_next_page(struct awsc_pager *pager,
                                                                    struct awsc_ec2_describe_transit_gateway_peering_attachments_output **page,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[113], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[113], pg_113_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_peering_attachments_next_item(struct awsc_pager *pager,
                                                                    const struct awsc_ec2_transit_gateway_peering_attachment **item,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[113], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[113], pg_113_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_peering_attachments_collect(struct awsc_pager *pager,
                                                                  struct awsc_ec2_describe_transit_gateway_peering_attachments_output **output,
                                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[113], output, err);
}

int awsc_ec2_describe_transit_gateway_policy_tables_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_describe_transit_gateway_policy_tables_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[114], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_policy_tables_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_transit_gateway_policy_tables_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[114], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[114], pg_114_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_policy_tables_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_transit_gateway_policy_table **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[114], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[114], pg_114_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_policy_tables_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_describe_transit_gateway_policy_tables_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[114], output, err);
}

int awsc_ec2_describe_transit_gateway_route_table_announcements_paginate(struct awsc_client *client,
                                                                         const struct awsc_ec2_describe_transit_gateway_route_table_announcements_input *input,
                                                                         const struct awsc_page_options *options,
                                                                         struct awsc_pager **pager,
                                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[115], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_route_table_announcements_next_page(struct awsc_pager *pager,
                                                                          struct awsc_ec2_describe_transit_gateway_route_table_announcements_output **page,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[115], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[115], pg_115_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_route_table_announcements_next_item(struct awsc_pager *pager,
                                                                          const struct awsc_ec2_transit_gateway_route_table_announcement **item,
                                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[115], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[115], pg_115_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_route_table_announcements_collect(struct awsc_pager *pager,
                                                                        struct awsc_ec2_describe_transit_gateway_route_table_announcements_output **output,
                                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[115], output, err);
}

int awsc_ec2_describe_transit_gateway_route_tables_paginate(struct awsc_client *client,
                                                            const struct awsc_ec2_describe_transit_gateway_route_tables_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[116], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_route_tables_next_page(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_transit_gateway_route_tables_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[116], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[116], pg_116_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_route_tables_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ec2_transit_gateway_route_table **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[116], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[116], pg_116_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_route_tables_collect(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_transit_gateway_route_tables_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[116], output, err);
}

int awsc_ec2_describe_transit_gateway_vpc_attachments_paginate(struct awsc_client *client,
                                                               const struct awsc_ec2_describe_transit_gateway_vpc_attachments_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[117], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateway_vpc_attachments_next_page(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_transit_gateway_vpc_attachments_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[117], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[117], pg_117_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_vpc_attachments_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ec2_transit_gateway_vpc_attachment **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[117], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[117], pg_117_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateway_vpc_attachments_collect(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_transit_gateway_vpc_attachments_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[117], output, err);
}

int awsc_ec2_describe_transit_gateways_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_describe_transit_gateways_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[118], input, options, pager, err);
}

int awsc_ec2_describe_transit_gateways_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_describe_transit_gateways_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[118], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[118], pg_118_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateways_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_transit_gateway **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[118], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[118], pg_118_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_transit_gateways_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_describe_transit_gateways_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[118], output, err);
}

int awsc_ec2_describe_trunk_interface_associations_paginate(struct awsc_client *client,
                                                            const struct awsc_ec2_describe_trunk_interface_associations_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[119], input, options, pager, err);
}

int awsc_ec2_describe_trunk_interface_associations_next_page(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_trunk_interface_associations_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[119], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[119], pg_119_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_trunk_interface_associations_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ec2_trunk_interface_association **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[119], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[119], pg_119_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_trunk_interface_associations_collect(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_trunk_interface_associations_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[119], output, err);
}

int awsc_ec2_describe_verified_access_endpoints_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_verified_access_endpoints_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[120], input, options, pager, err);
}

int awsc_ec2_describe_verified_access_endpoints_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_verified_access_endpoints_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[120], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[120], pg_120_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_endpoints_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_verified_access_endpoint **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[120], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[120], pg_120_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_endpoints_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_verified_access_endpoints_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[120], output, err);
}

int awsc_ec2_describe_verified_access_groups_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_verified_access_groups_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[121], input, options, pager, err);
}

int awsc_ec2_describe_verified_access_groups_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_verified_access_groups_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[121], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[121], pg_121_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_groups_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_verified_access_group **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[121], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[121], pg_121_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_groups_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_describe_verified_access_groups_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[121], output, err);
}

int awsc_ec2_describe_verified_access_instance_logging_configurations_paginate(struct awsc_client *client,
                                                                               const struct awsc_ec2_describe_verified_access_instance_logging_configurations_input *input,
                                                                               const struct awsc_page_options *options,
                                                                               struct awsc_pager **pager,
                                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[122], input, options, pager, err);
}

int awsc_ec2_describe_verified_access_instance_logging_configurations_next_page(struct awsc_pager *pager,
                                                                                struct awsc_ec2_describe_verified_access_instance_logging_configurations_output **page,
                                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[122], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[122], pg_122_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_instance_logging_configurations_next_item(struct awsc_pager *pager,
                                                                                const struct awsc_ec2_verified_access_instance_logging_configuration **item,
                                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[122], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[122], pg_122_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_instance_logging_configurations_collect(struct awsc_pager *pager,
                                                                              struct awsc_ec2_describe_verified_access_instance_logging_configurations_output **output,
                                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[122], output, err);
}

int awsc_ec2_describe_verified_access_instances_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_verified_access_instances_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[123], input, options, pager, err);
}

int awsc_ec2_describe_verified_access_instances_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_describe_verified_access_instances_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[123], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[123], pg_123_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_instances_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_verified_access_instance **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[123], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[123], pg_123_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_instances_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_verified_access_instances_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[123], output, err);
}

int awsc_ec2_describe_verified_access_trust_providers_paginate(struct awsc_client *client,
                                                               const struct awsc_ec2_describe_verified_access_trust_providers_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[124], input, options, pager, err);
}

int awsc_ec2_describe_verified_access_trust_providers_next_page(struct awsc_pager *pager,
                                                                struct awsc_ec2_describe_verified_access_trust_providers_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[124], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[124], pg_124_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_trust_providers_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ec2_verified_access_trust_provider **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[124], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[124], pg_124_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_verified_access_trust_providers_collect(struct awsc_pager *pager,
                                                              struct awsc_ec2_describe_verified_access_trust_providers_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[124], output, err);
}

int awsc_ec2_describe_volume_status_paginate(struct awsc_client *client,
                                             const struct awsc_ec2_describe_volume_status_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[125], input, options, pager, err);
}

int awsc_ec2_describe_volume_status_next_page(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_volume_status_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[125], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[125], pg_125_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volume_status_next_item(struct awsc_pager *pager,
                                              const struct awsc_ec2_volume_status_item **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[125], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[125], pg_125_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volume_status_collect(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_volume_status_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[125], output, err);
}

int awsc_ec2_describe_volumes_paginate(struct awsc_client *client,
                                       const struct awsc_ec2_describe_volumes_input *input,
                                       const struct awsc_page_options *options,
                                       struct awsc_pager **pager,
                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[126], input, options, pager, err);
}

int awsc_ec2_describe_volumes_next_page(struct awsc_pager *pager,
                                        struct awsc_ec2_describe_volumes_output **page,
                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[126], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[126], pg_126_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volumes_next_item(struct awsc_pager *pager,
                                        const struct awsc_ec2_volume **item,
                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[126], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[126], pg_126_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volumes_collect(struct awsc_pager *pager,
                                      struct awsc_ec2_describe_volumes_output **output,
                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[126], output, err);
}

int awsc_ec2_describe_volumes_modifications_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_volumes_modifications_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[127], input, options, pager, err);
}

int awsc_ec2_describe_volumes_modifications_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_volumes_modifications_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[127], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[127], pg_127_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volumes_modifications_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_volume_modification **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[127], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[127], pg_127_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_volumes_modifications_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_volumes_modifications_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[127], output, err);
}

int awsc_ec2_describe_vpc_classic_link_dns_support_paginate(struct awsc_client *client,
                                                            const struct awsc_ec2_describe_vpc_classic_link_dns_support_input *input,
                                                            const struct awsc_page_options *options,
                                                            struct awsc_pager **pager,
                                                            struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[128], input, options, pager, err);
}

int awsc_ec2_describe_vpc_classic_link_dns_support_next_page(struct awsc_pager *pager,
                                                             struct awsc_ec2_describe_vpc_classic_link_dns_support_output **page,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[128], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[128], pg_128_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_classic_link_dns_support_next_item(struct awsc_pager *pager,
                                                             const struct awsc_ec2_classic_link_dns_support **item,
                                                             struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[128], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[128], pg_128_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_classic_link_dns_support_collect(struct awsc_pager *pager,
                                                           struct awsc_ec2_describe_vpc_classic_link_dns_support_output **output,
                                                           struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[128], output, err);
}

int awsc_ec2_describe_vpc_endpoint_connection_notifications_paginate(struct awsc_client *client,
                                                                     const struct awsc_ec2_describe_vpc_endpoint_connection_notifications_input *input,
                                                                     const struct awsc_page_options *options,
                                                                     struct awsc_pager **pager,
                                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[129], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoint_connection_notifications_next_page(struct awsc_pager *pager,
                                                                      struct awsc_ec2_describe_vpc_endpoint_connection_notifications_output **page,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[129], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[129], pg_129_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_connection_notifications_next_item(struct awsc_pager *pager,
                                                                      const struct awsc_ec2_connection_notification **item,
                                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[129], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[129], pg_129_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_connection_notifications_collect(struct awsc_pager *pager,
                                                                    struct awsc_ec2_describe_vpc_endpoint_connection_notifications_output **output,
                                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[129], output, err);
}

int awsc_ec2_describe_vpc_endpoint_connections_paginate(struct awsc_client *client,
                                                        const struct awsc_ec2_describe_vpc_endpoint_connections_input *input,
                                                        const struct awsc_page_options *options,
                                                        struct awsc_pager **pager,
                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[130], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoint_connections_next_page(struct awsc_pager *pager,
                                                         struct awsc_ec2_describe_vpc_endpoint_connections_output **page,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[130], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[130], pg_130_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_connections_next_item(struct awsc_pager *pager,
                                                         const struct awsc_ec2_vpc_endpoint_connection **item,
                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[130], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[130], pg_130_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_connections_collect(struct awsc_pager *pager,
                                                       struct awsc_ec2_describe_vpc_endpoint_connections_output **output,
                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[130], output, err);
}

int awsc_ec2_describe_vpc_endpoint_service_configurations_paginate(struct awsc_client *client,
                                                                   const struct awsc_ec2_describe_vpc_endpoint_service_configurations_input *input,
                                                                   const struct awsc_page_options *options,
                                                                   struct awsc_pager **pager,
                                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[131], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoint_service_configurations_next_page(struct awsc_pager *pager,
                                                                    struct awsc_ec2_describe_vpc_endpoint_service_configurations_output **page,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[131], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[131], pg_131_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_service_configurations_next_item(struct awsc_pager *pager,
                                                                    const struct awsc_ec2_service_configuration **item,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[131], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[131], pg_131_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_service_configurations_collect(struct awsc_pager *pager,
                                                                  struct awsc_ec2_describe_vpc_endpoint_service_configurations_output **output,
                                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[131], output, err);
}

int awsc_ec2_describe_vpc_endpoint_service_permissions_paginate(struct awsc_client *client,
                                                                const struct awsc_ec2_describe_vpc_endpoint_service_permissions_input *input,
                                                                const struct awsc_page_options *options,
                                                                struct awsc_pager **pager,
                                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[132], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoint_service_permissions_next_page(struct awsc_pager *pager,
                                                                 struct awsc_ec2_describe_vpc_endpoint_service_permissions_output **page,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[132], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[132], pg_132_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_service_permissions_next_item(struct awsc_pager *pager,
                                                                 const struct awsc_ec2_allowed_principal **item,
                                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[132], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[132], pg_132_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_service_permissions_collect(struct awsc_pager *pager,
                                                               struct awsc_ec2_describe_vpc_endpoint_service_permissions_output **output,
                                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[132], output, err);
}

int awsc_ec2_describe_vpc_endpoint_services_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_vpc_endpoint_services_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[133], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoint_services_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_vpc_endpoint_services_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[133], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[133], pg_133_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_services_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_service_detail **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[133], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[133], pg_133_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoint_services_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_describe_vpc_endpoint_services_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[133], output, err);
}

int awsc_ec2_describe_vpc_endpoints_paginate(struct awsc_client *client,
                                             const struct awsc_ec2_describe_vpc_endpoints_input *input,
                                             const struct awsc_page_options *options,
                                             struct awsc_pager **pager,
                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[134], input, options, pager, err);
}

int awsc_ec2_describe_vpc_endpoints_next_page(struct awsc_pager *pager,
                                              struct awsc_ec2_describe_vpc_endpoints_output **page,
                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[134], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[134], pg_134_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoints_next_item(struct awsc_pager *pager,
                                              const struct awsc_ec2_vpc_endpoint **item,
                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[134], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[134], pg_134_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_endpoints_collect(struct awsc_pager *pager,
                                            struct awsc_ec2_describe_vpc_endpoints_output **output,
                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[134], output, err);
}

int awsc_ec2_describe_vpc_peering_connections_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_describe_vpc_peering_connections_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[135], input, options, pager, err);
}

int awsc_ec2_describe_vpc_peering_connections_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_describe_vpc_peering_connections_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[135], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[135], pg_135_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_peering_connections_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_vpc_peering_connection **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[135], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[135], pg_135_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpc_peering_connections_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_describe_vpc_peering_connections_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[135], output, err);
}

int awsc_ec2_describe_vpcs_paginate(struct awsc_client *client,
                                    const struct awsc_ec2_describe_vpcs_input *input,
                                    const struct awsc_page_options *options,
                                    struct awsc_pager **pager,
                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[136], input, options, pager, err);
}

int awsc_ec2_describe_vpcs_next_page(struct awsc_pager *pager,
                                     struct awsc_ec2_describe_vpcs_output **page,
                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[136], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[136], pg_136_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpcs_next_item(struct awsc_pager *pager,
                                     const struct awsc_ec2_vpc **item,
                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[136], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[136], pg_136_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpcs_collect(struct awsc_pager *pager,
                                   struct awsc_ec2_describe_vpcs_output **output,
                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[136], output, err);
}

int awsc_ec2_describe_vpn_concentrators_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_vpn_concentrators_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[137], input, options, pager, err);
}

int awsc_ec2_describe_vpn_concentrators_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_describe_vpn_concentrators_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[137], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[137], pg_137_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpn_concentrators_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_vpn_concentrator **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[137], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[137], pg_137_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_describe_vpn_concentrators_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_describe_vpn_concentrators_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[137], output, err);
}

int awsc_ec2_get_associated_ipv6_pool_cidrs_paginate(struct awsc_client *client,
                                                     const struct awsc_ec2_get_associated_ipv6_pool_cidrs_input *input,
                                                     const struct awsc_page_options *options,
                                                     struct awsc_pager **pager,
                                                     struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[138], input, options, pager, err);
}

int awsc_ec2_get_associated_ipv6_pool_cidrs_next_page(struct awsc_pager *pager,
                                                      struct awsc_ec2_get_associated_ipv6_pool_cidrs_output **page,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[138], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[138], pg_138_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_associated_ipv6_pool_cidrs_next_item(struct awsc_pager *pager,
                                                      const struct awsc_ec2_ipv6_cidr_association **item,
                                                      struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[138], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[138], pg_138_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_associated_ipv6_pool_cidrs_collect(struct awsc_pager *pager,
                                                    struct awsc_ec2_get_associated_ipv6_pool_cidrs_output **output,
                                                    struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[138], output, err);
}

int awsc_ec2_get_aws_network_performance_data_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_get_aws_network_performance_data_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[139], input, options, pager, err);
}

int awsc_ec2_get_aws_network_performance_data_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_get_aws_network_performance_data_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[139], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[139], pg_139_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_aws_network_performance_data_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_data_response **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[139], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[139], pg_139_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_aws_network_performance_data_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_get_aws_network_performance_data_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[139], output, err);
}

int awsc_ec2_get_capacity_manager_metric_data_paginate(struct awsc_client *client,
                                                       const struct awsc_ec2_get_capacity_manager_metric_data_input *input,
                                                       const struct awsc_page_options *options,
                                                       struct awsc_pager **pager,
                                                       struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[140], input, options, pager, err);
}

int awsc_ec2_get_capacity_manager_metric_data_next_page(struct awsc_pager *pager,
                                                        struct awsc_ec2_get_capacity_manager_metric_data_output **page,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[140], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[140], pg_140_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_metric_data_next_item(struct awsc_pager *pager,
                                                        const struct awsc_ec2_metric_data_result **item,
                                                        struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[140], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[140], pg_140_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_metric_data_collect(struct awsc_pager *pager,
                                                      struct awsc_ec2_get_capacity_manager_metric_data_output **output,
                                                      struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[140], output, err);
}

int awsc_ec2_get_capacity_manager_metric_dimensions_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_get_capacity_manager_metric_dimensions_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[141], input, options, pager, err);
}

int awsc_ec2_get_capacity_manager_metric_dimensions_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_get_capacity_manager_metric_dimensions_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[141], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[141], pg_141_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_metric_dimensions_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_capacity_manager_dimension **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[141], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[141], pg_141_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_metric_dimensions_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_get_capacity_manager_metric_dimensions_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[141], output, err);
}

int awsc_ec2_get_capacity_manager_monitored_tag_keys_paginate(struct awsc_client *client,
                                                              const struct awsc_ec2_get_capacity_manager_monitored_tag_keys_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[142], input, options, pager, err);
}

int awsc_ec2_get_capacity_manager_monitored_tag_keys_next_page(struct awsc_pager *pager,
                                                               struct awsc_ec2_get_capacity_manager_monitored_tag_keys_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[142], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[142], pg_142_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_monitored_tag_keys_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ec2_capacity_manager_monitored_tag_key **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[142], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[142], pg_142_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_capacity_manager_monitored_tag_keys_collect(struct awsc_pager *pager,
                                                             struct awsc_ec2_get_capacity_manager_monitored_tag_keys_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[142], output, err);
}

int awsc_ec2_get_groups_for_capacity_reservation_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_get_groups_for_capacity_reservation_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[143], input, options, pager, err);
}

int awsc_ec2_get_groups_for_capacity_reservation_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_get_groups_for_capacity_reservation_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[143], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[143], pg_143_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_groups_for_capacity_reservation_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_capacity_reservation_group **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[143], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[143], pg_143_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_groups_for_capacity_reservation_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_get_groups_for_capacity_reservation_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[143], output, err);
}

int awsc_ec2_get_instance_types_from_instance_requirements_paginate(struct awsc_client *client,
                                                                    const struct awsc_ec2_get_instance_types_from_instance_requirements_input *input,
                                                                    const struct awsc_page_options *options,
                                                                    struct awsc_pager **pager,
                                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[144], input, options, pager, err);
}

int awsc_ec2_get_instance_types_from_instance_requirements_next_page(struct awsc_pager *pager,
                                                                     struct awsc_ec2_get_instance_types_from_instance_requirements_output **page,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[144], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[144], pg_144_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_instance_types_from_instance_requirements_next_item(struct awsc_pager *pager,
                                                                     const struct awsc_ec2_instance_type_info_from_instance_requirements **item,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[144], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[144], pg_144_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_instance_types_from_instance_requirements_collect(struct awsc_pager *pager,
                                                                   struct awsc_ec2_get_instance_types_from_instance_requirements_output **output,
                                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[144], output, err);
}

int awsc_ec2_get_ipam_address_history_paginate(struct awsc_client *client,
                                               const struct awsc_ec2_get_ipam_address_history_input *input,
                                               const struct awsc_page_options *options,
                                               struct awsc_pager **pager,
                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[145], input, options, pager, err);
}

int awsc_ec2_get_ipam_address_history_next_page(struct awsc_pager *pager,
                                                struct awsc_ec2_get_ipam_address_history_output **page,
                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[145], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[145], pg_145_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_address_history_next_item(struct awsc_pager *pager,
                                                const struct awsc_ec2_ipam_address_history_record **item,
                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[145], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[145], pg_145_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_address_history_collect(struct awsc_pager *pager,
                                              struct awsc_ec2_get_ipam_address_history_output **output,
                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[145], output, err);
}

int awsc_ec2_get_ipam_discovered_accounts_paginate(struct awsc_client *client,
                                                   const struct awsc_ec2_get_ipam_discovered_accounts_input *input,
                                                   const struct awsc_page_options *options,
                                                   struct awsc_pager **pager,
                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[146], input, options, pager, err);
}

int awsc_ec2_get_ipam_discovered_accounts_next_page(struct awsc_pager *pager,
                                                    struct awsc_ec2_get_ipam_discovered_accounts_output **page,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[146], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[146], pg_146_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_discovered_accounts_next_item(struct awsc_pager *pager,
                                                    const struct awsc_ec2_ipam_discovered_account **item,
                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[146], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[146], pg_146_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_discovered_accounts_collect(struct awsc_pager *pager,
                                                  struct awsc_ec2_get_ipam_discovered_accounts_output **output,
                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[146], output, err);
}

int awsc_ec2_get_ipam_discovered_resource_cidrs_paginate(struct awsc_client *client,
                                                         const struct awsc_ec2_get_ipam_discovered_resource_cidrs_input *input,
                                                         const struct awsc_page_options *options,
                                                         struct awsc_pager **pager,
                                                         struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[147], input, options, pager, err);
}

int awsc_ec2_get_ipam_discovered_resource_cidrs_next_page(struct awsc_pager *pager,
                                                          struct awsc_ec2_get_ipam_discovered_resource_cidrs_output **page,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[147], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[147], pg_147_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_discovered_resource_cidrs_next_item(struct awsc_pager *pager,
                                                          const struct awsc_ec2_ipam_discovered_resource_cidr **item,
                                                          struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[147], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[147], pg_147_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_discovered_resource_cidrs_collect(struct awsc_pager *pager,
                                                        struct awsc_ec2_get_ipam_discovered_resource_cidrs_output **output,
                                                        struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[147], output, err);
}

int awsc_ec2_get_ipam_pool_allocations_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_get_ipam_pool_allocations_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[148], input, options, pager, err);
}

int awsc_ec2_get_ipam_pool_allocations_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_get_ipam_pool_allocations_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[148], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[148], pg_148_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_pool_allocations_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_ipam_pool_allocation **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[148], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[148], pg_148_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_pool_allocations_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_get_ipam_pool_allocations_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[148], output, err);
}

int awsc_ec2_get_ipam_pool_cidrs_paginate(struct awsc_client *client,
                                          const struct awsc_ec2_get_ipam_pool_cidrs_input *input,
                                          const struct awsc_page_options *options,
                                          struct awsc_pager **pager,
                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[149], input, options, pager, err);
}

int awsc_ec2_get_ipam_pool_cidrs_next_page(struct awsc_pager *pager,
                                           struct awsc_ec2_get_ipam_pool_cidrs_output **page,
                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[149], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[149], pg_149_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_pool_cidrs_next_item(struct awsc_pager *pager,
                                           const struct awsc_ec2_ipam_pool_cidr **item,
                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[149], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[149], pg_149_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_pool_cidrs_collect(struct awsc_pager *pager,
                                         struct awsc_ec2_get_ipam_pool_cidrs_output **output,
                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[149], output, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_rules_paginate(struct awsc_client *client,
                                                          const struct awsc_ec2_get_ipam_prefix_list_resolver_rules_input *input,
                                                          const struct awsc_page_options *options,
                                                          struct awsc_pager **pager,
                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[150], input, options, pager, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_rules_next_page(struct awsc_pager *pager,
                                                           struct awsc_ec2_get_ipam_prefix_list_resolver_rules_output **page,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[150], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[150], pg_150_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_rules_next_item(struct awsc_pager *pager,
                                                           const struct awsc_ec2_ipam_prefix_list_resolver_rule **item,
                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[150], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[150], pg_150_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_rules_collect(struct awsc_pager *pager,
                                                         struct awsc_ec2_get_ipam_prefix_list_resolver_rules_output **output,
                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[150], output, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_version_entries_paginate(struct awsc_client *client,
                                                                    const struct awsc_ec2_get_ipam_prefix_list_resolver_version_entries_input *input,
                                                                    const struct awsc_page_options *options,
                                                                    struct awsc_pager **pager,
                                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[151], input, options, pager, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_version_entries_next_page(struct awsc_pager *pager,
                                                                     struct awsc_ec2_get_ipam_prefix_list_resolver_version_entries_output **page,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[151], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[151], pg_151_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_version_entries_next_item(struct awsc_pager *pager,
                                                                     const struct awsc_ec2_ipam_prefix_list_resolver_version_entry **item,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[151], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[151], pg_151_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_version_entries_collect(struct awsc_pager *pager,
                                                                   struct awsc_ec2_get_ipam_prefix_list_resolver_version_entries_output **output,
                                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[151], output, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_versions_paginate(struct awsc_client *client,
                                                             const struct awsc_ec2_get_ipam_prefix_list_resolver_versions_input *input,
                                                             const struct awsc_page_options *options,
                                                             struct awsc_pager **pager,
                                                             struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[152], input, options, pager, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_versions_next_page(struct awsc_pager *pager,
                                                              struct awsc_ec2_get_ipam_prefix_list_resolver_versions_output **page,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[152], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[152], pg_152_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_versions_next_item(struct awsc_pager *pager,
                                                              const struct awsc_ec2_ipam_prefix_list_resolver_version **item,
                                                              struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[152], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[152], pg_152_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_prefix_list_resolver_versions_collect(struct awsc_pager *pager,
                                                            struct awsc_ec2_get_ipam_prefix_list_resolver_versions_output **output,
                                                            struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[152], output, err);
}

int awsc_ec2_get_ipam_resource_cidrs_paginate(struct awsc_client *client,
                                              const struct awsc_ec2_get_ipam_resource_cidrs_input *input,
                                              const struct awsc_page_options *options,
                                              struct awsc_pager **pager,
                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[153], input, options, pager, err);
}

int awsc_ec2_get_ipam_resource_cidrs_next_page(struct awsc_pager *pager,
                                               struct awsc_ec2_get_ipam_resource_cidrs_output **page,
                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[153], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[153], pg_153_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_resource_cidrs_next_item(struct awsc_pager *pager,
                                               const struct awsc_ec2_ipam_resource_cidr **item,
                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[153], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[153], pg_153_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_ipam_resource_cidrs_collect(struct awsc_pager *pager,
                                             struct awsc_ec2_get_ipam_resource_cidrs_output **output,
                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[153], output, err);
}

int awsc_ec2_get_managed_prefix_list_associations_paginate(struct awsc_client *client,
                                                           const struct awsc_ec2_get_managed_prefix_list_associations_input *input,
                                                           const struct awsc_page_options *options,
                                                           struct awsc_pager **pager,
                                                           struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[154], input, options, pager, err);
}

int awsc_ec2_get_managed_prefix_list_associations_next_page(struct awsc_pager *pager,
                                                            struct awsc_ec2_get_managed_prefix_list_associations_output **page,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[154], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[154], pg_154_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_managed_prefix_list_associations_next_item(struct awsc_pager *pager,
                                                            const struct awsc_ec2_prefix_list_association **item,
                                                            struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[154], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[154], pg_154_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_managed_prefix_list_associations_collect(struct awsc_pager *pager,
                                                          struct awsc_ec2_get_managed_prefix_list_associations_output **output,
                                                          struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[154], output, err);
}

int awsc_ec2_get_managed_prefix_list_entries_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_get_managed_prefix_list_entries_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[155], input, options, pager, err);
}

int awsc_ec2_get_managed_prefix_list_entries_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_get_managed_prefix_list_entries_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[155], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[155], pg_155_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_managed_prefix_list_entries_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_prefix_list_entry **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[155], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[155], pg_155_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_managed_prefix_list_entries_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_get_managed_prefix_list_entries_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[155], output, err);
}

int awsc_ec2_get_network_insights_access_scope_analysis_findings_paginate(struct awsc_client *client,
                                                                          const struct awsc_ec2_get_network_insights_access_scope_analysis_findings_input *input,
                                                                          const struct awsc_page_options *options,
                                                                          struct awsc_pager **pager,
                                                                          struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[156], input, options, pager, err);
}

int awsc_ec2_get_network_insights_access_scope_analysis_findings_next_page(struct awsc_pager *pager,
                                                                           struct awsc_ec2_get_network_insights_access_scope_analysis_findings_output **page,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[156], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[156], pg_156_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_network_insights_access_scope_analysis_findings_next_item(struct awsc_pager *pager,
                                                                           const struct awsc_ec2_access_scope_analysis_finding **item,
                                                                           struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[156], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[156], pg_156_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_network_insights_access_scope_analysis_findings_collect(struct awsc_pager *pager,
                                                                         struct awsc_ec2_get_network_insights_access_scope_analysis_findings_output **output,
                                                                         struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[156], output, err);
}

int awsc_ec2_get_security_groups_for_vpc_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_get_security_groups_for_vpc_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[157], input, options, pager, err);
}

int awsc_ec2_get_security_groups_for_vpc_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_get_security_groups_for_vpc_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[157], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[157], pg_157_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_security_groups_for_vpc_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_security_group_for_vpc **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[157], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[157], pg_157_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_security_groups_for_vpc_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_get_security_groups_for_vpc_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[157], output, err);
}

int awsc_ec2_get_spot_placement_scores_paginate(struct awsc_client *client,
                                                const struct awsc_ec2_get_spot_placement_scores_input *input,
                                                const struct awsc_page_options *options,
                                                struct awsc_pager **pager,
                                                struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[158], input, options, pager, err);
}

int awsc_ec2_get_spot_placement_scores_next_page(struct awsc_pager *pager,
                                                 struct awsc_ec2_get_spot_placement_scores_output **page,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[158], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[158], pg_158_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_spot_placement_scores_next_item(struct awsc_pager *pager,
                                                 const struct awsc_ec2_spot_placement_score **item,
                                                 struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[158], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[158], pg_158_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_spot_placement_scores_collect(struct awsc_pager *pager,
                                               struct awsc_ec2_get_spot_placement_scores_output **output,
                                               struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[158], output, err);
}

int awsc_ec2_get_transit_gateway_attachment_propagations_paginate(struct awsc_client *client,
                                                                  const struct awsc_ec2_get_transit_gateway_attachment_propagations_input *input,
                                                                  const struct awsc_page_options *options,
                                                                  struct awsc_pager **pager,
                                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[159], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_attachment_propagations_next_page(struct awsc_pager *pager,
                                                                   struct awsc_ec2_get_transit_gateway_attachment_propagations_output **page,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[159], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[159], pg_159_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_attachment_propagations_next_item(struct awsc_pager *pager,
                                                                   const struct awsc_ec2_transit_gateway_attachment_propagation **item,
                                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[159], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[159], pg_159_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_attachment_propagations_collect(struct awsc_pager *pager,
                                                                 struct awsc_ec2_get_transit_gateway_attachment_propagations_output **output,
                                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[159], output, err);
}

int awsc_ec2_get_transit_gateway_multicast_domain_associations_paginate(struct awsc_client *client,
                                                                        const struct awsc_ec2_get_transit_gateway_multicast_domain_associations_input *input,
                                                                        const struct awsc_page_options *options,
                                                                        struct awsc_pager **pager,
                                                                        struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[160], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_multicast_domain_associations_next_page(struct awsc_pager *pager,
                                                                         struct awsc_ec2_get_transit_gateway_multicast_domain_associations_output **page,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[160], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[160], pg_160_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_multicast_domain_associations_next_item(struct awsc_pager *pager,
                                                                         const struct awsc_ec2_transit_gateway_multicast_domain_association **item,
                                                                         struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[160], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[160], pg_160_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_multicast_domain_associations_collect(struct awsc_pager *pager,
                                                                       struct awsc_ec2_get_transit_gateway_multicast_domain_associations_output **output,
                                                                       struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[160], output, err);
}

int awsc_ec2_get_transit_gateway_policy_table_associations_paginate(struct awsc_client *client,
                                                                    const struct awsc_ec2_get_transit_gateway_policy_table_associations_input *input,
                                                                    const struct awsc_page_options *options,
                                                                    struct awsc_pager **pager,
                                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[161], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_policy_table_associations_next_page(struct awsc_pager *pager,
                                                                     struct awsc_ec2_get_transit_gateway_policy_table_associations_output **page,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[161], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[161], pg_161_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_policy_table_associations_next_item(struct awsc_pager *pager,
                                                                     const struct awsc_ec2_transit_gateway_policy_table_association **item,
                                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[161], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[161], pg_161_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_policy_table_associations_collect(struct awsc_pager *pager,
                                                                   struct awsc_ec2_get_transit_gateway_policy_table_associations_output **output,
                                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[161], output, err);
}

int awsc_ec2_get_transit_gateway_policy_table_entries_paginate(struct awsc_client *client,
                                                               const struct awsc_ec2_get_transit_gateway_policy_table_entries_input *input,
                                                               const struct awsc_page_options *options,
                                                               struct awsc_pager **pager,
                                                               struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[162], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_policy_table_entries_next_page(struct awsc_pager *pager,
                                                                struct awsc_ec2_get_transit_gateway_policy_table_entries_output **page,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[162], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[162], pg_162_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_policy_table_entries_next_item(struct awsc_pager *pager,
                                                                const struct awsc_ec2_transit_gateway_policy_table_entry **item,
                                                                struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[162], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[162], pg_162_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_policy_table_entries_collect(struct awsc_pager *pager,
                                                              struct awsc_ec2_get_transit_gateway_policy_table_entries_output **output,
                                                              struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[162], output, err);
}

int awsc_ec2_get_transit_gateway_prefix_list_references_paginate(struct awsc_client *client,
                                                                 const struct awsc_ec2_get_transit_gateway_prefix_list_references_input *input,
                                                                 const struct awsc_page_options *options,
                                                                 struct awsc_pager **pager,
                                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[163], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_prefix_list_references_next_page(struct awsc_pager *pager,
                                                                  struct awsc_ec2_get_transit_gateway_prefix_list_references_output **page,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[163], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[163], pg_163_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_prefix_list_references_next_item(struct awsc_pager *pager,
                                                                  const struct awsc_ec2_transit_gateway_prefix_list_reference **item,
                                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[163], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[163], pg_163_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_prefix_list_references_collect(struct awsc_pager *pager,
                                                                struct awsc_ec2_get_transit_gateway_prefix_list_references_output **output,
                                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[163], output, err);
}

int awsc_ec2_get_transit_gateway_route_table_associations_paginate(struct awsc_client *client,
                                                                   const struct awsc_ec2_get_transit_gateway_route_table_associations_input *input,
                                                                   const struct awsc_page_options *options,
                                                                   struct awsc_pager **pager,
                                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[164], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_route_table_associations_next_page(struct awsc_pager *pager,
                                                                    struct awsc_ec2_get_transit_gateway_route_table_associations_output **page,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[164], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[164], pg_164_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_route_table_associations_next_item(struct awsc_pager *pager,
                                                                    const struct awsc_ec2_transit_gateway_route_table_association **item,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[164], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[164], pg_164_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_route_table_associations_collect(struct awsc_pager *pager,
                                                                  struct awsc_ec2_get_transit_gateway_route_table_associations_output **output,
                                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[164], output, err);
}

int awsc_ec2_get_transit_gateway_route_table_propagations_paginate(struct awsc_client *client,
                                                                   const struct awsc_ec2_get_transit_gateway_route_table_propagations_input *input,
                                                                   const struct awsc_page_options *options,
                                                                   struct awsc_pager **pager,
                                                                   struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[165], input, options, pager, err);
}

int awsc_ec2_get_transit_gateway_route_table_propagations_next_page(struct awsc_pager *pager,
                                                                    struct awsc_ec2_get_transit_gateway_route_table_propagations_output **page,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[165], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[165], pg_165_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_route_table_propagations_next_item(struct awsc_pager *pager,
                                                                    const struct awsc_ec2_transit_gateway_route_table_propagation **item,
                                                                    struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[165], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[165], pg_165_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_transit_gateway_route_table_propagations_collect(struct awsc_pager *pager,
                                                                  struct awsc_ec2_get_transit_gateway_route_table_propagations_output **output,
                                                                  struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[165], output, err);
}

int awsc_ec2_get_vpn_connection_device_types_paginate(struct awsc_client *client,
                                                      const struct awsc_ec2_get_vpn_connection_device_types_input *input,
                                                      const struct awsc_page_options *options,
                                                      struct awsc_pager **pager,
                                                      struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[166], input, options, pager, err);
}

int awsc_ec2_get_vpn_connection_device_types_next_page(struct awsc_pager *pager,
                                                       struct awsc_ec2_get_vpn_connection_device_types_output **page,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[166], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[166], pg_166_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_vpn_connection_device_types_next_item(struct awsc_pager *pager,
                                                       const struct awsc_ec2_vpn_connection_device_type **item,
                                                       struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[166], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[166], pg_166_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_get_vpn_connection_device_types_collect(struct awsc_pager *pager,
                                                     struct awsc_ec2_get_vpn_connection_device_types_output **output,
                                                     struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[166], output, err);
}

int awsc_ec2_list_images_in_recycle_bin_paginate(struct awsc_client *client,
                                                 const struct awsc_ec2_list_images_in_recycle_bin_input *input,
                                                 const struct awsc_page_options *options,
                                                 struct awsc_pager **pager,
                                                 struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[167], input, options, pager, err);
}

int awsc_ec2_list_images_in_recycle_bin_next_page(struct awsc_pager *pager,
                                                  struct awsc_ec2_list_images_in_recycle_bin_output **page,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[167], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[167], pg_167_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_list_images_in_recycle_bin_next_item(struct awsc_pager *pager,
                                                  const struct awsc_ec2_image_recycle_bin_info **item,
                                                  struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[167], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[167], pg_167_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_list_images_in_recycle_bin_collect(struct awsc_pager *pager,
                                                struct awsc_ec2_list_images_in_recycle_bin_output **output,
                                                struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[167], output, err);
}

int awsc_ec2_list_snapshots_in_recycle_bin_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_list_snapshots_in_recycle_bin_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[168], input, options, pager, err);
}

int awsc_ec2_list_snapshots_in_recycle_bin_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_list_snapshots_in_recycle_bin_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[168], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[168], pg_168_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_list_snapshots_in_recycle_bin_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_snapshot_recycle_bin_info **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[168], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[168], pg_168_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_list_snapshots_in_recycle_bin_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_list_snapshots_in_recycle_bin_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[168], output, err);
}

int awsc_ec2_search_local_gateway_routes_paginate(struct awsc_client *client,
                                                  const struct awsc_ec2_search_local_gateway_routes_input *input,
                                                  const struct awsc_page_options *options,
                                                  struct awsc_pager **pager,
                                                  struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[169], input, options, pager, err);
}

int awsc_ec2_search_local_gateway_routes_next_page(struct awsc_pager *pager,
                                                   struct awsc_ec2_search_local_gateway_routes_output **page,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[169], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[169], pg_169_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_local_gateway_routes_next_item(struct awsc_pager *pager,
                                                   const struct awsc_ec2_local_gateway_route **item,
                                                   struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[169], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[169], pg_169_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_local_gateway_routes_collect(struct awsc_pager *pager,
                                                 struct awsc_ec2_search_local_gateway_routes_output **output,
                                                 struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[169], output, err);
}

int awsc_ec2_search_transit_gateway_multicast_groups_paginate(struct awsc_client *client,
                                                              const struct awsc_ec2_search_transit_gateway_multicast_groups_input *input,
                                                              const struct awsc_page_options *options,
                                                              struct awsc_pager **pager,
                                                              struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[170], input, options, pager, err);
}

int awsc_ec2_search_transit_gateway_multicast_groups_next_page(struct awsc_pager *pager,
                                                               struct awsc_ec2_search_transit_gateway_multicast_groups_output **page,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[170], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[170], pg_170_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_transit_gateway_multicast_groups_next_item(struct awsc_pager *pager,
                                                               const struct awsc_ec2_transit_gateway_multicast_group **item,
                                                               struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[170], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[170], pg_170_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_transit_gateway_multicast_groups_collect(struct awsc_pager *pager,
                                                             struct awsc_ec2_search_transit_gateway_multicast_groups_output **output,
                                                             struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[170], output, err);
}

int awsc_ec2_search_transit_gateway_routes_paginate(struct awsc_client *client,
                                                    const struct awsc_ec2_search_transit_gateway_routes_input *input,
                                                    const struct awsc_page_options *options,
                                                    struct awsc_pager **pager,
                                                    struct awsc_error *err)
{
    return awsc_pager_new(client, &awsc_ec2_paginators[171], input, options, pager, err);
}

int awsc_ec2_search_transit_gateway_routes_next_page(struct awsc_pager *pager,
                                                     struct awsc_ec2_search_transit_gateway_routes_output **page,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_page_typed(pager, &awsc_ec2_paginators[171], page, err);
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
    return awsc_pager_next_page_async_typed(pager, &awsc_ec2_paginators[171], pg_171_page_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_transit_gateway_routes_next_item(struct awsc_pager *pager,
                                                     const struct awsc_ec2_transit_gateway_route **item,
                                                     struct awsc_error *err)
{
    return awsc_pager_next_item_typed(pager, &awsc_ec2_paginators[171], false, item, err);
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
    return awsc_pager_next_item_async_typed(pager, &awsc_ec2_paginators[171], pg_171_item_done, (awsc_fn *)cb, user_data, err);
}

int awsc_ec2_search_transit_gateway_routes_collect(struct awsc_pager *pager,
                                                   struct awsc_ec2_search_transit_gateway_routes_output **output,
                                                   struct awsc_error *err)
{
    return awsc_pager_collect_typed(pager, &awsc_ec2_paginators[171], output, err);
}
#endif /* AWSC_WITH_PAGINATORS */

/* ------------------------------------------------------------- waiters */
#if AWSC_WITH_WAITERS

/* BundleTaskComplete */
static const struct awsc_waiter_acceptor w_0_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_171, .expected = {.type = AWSC_JP_STRING, .string = "complete"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_171, .expected = {.type = AWSC_JP_STRING, .string = "failed"}},
};

/* ConversionTaskCancelled */
static const struct awsc_waiter_acceptor w_1_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_172, .expected = {.type = AWSC_JP_STRING, .string = "cancelled"}},
};

/* ConversionTaskCompleted */
static const struct awsc_waiter_acceptor w_2_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_172, .expected = {.type = AWSC_JP_STRING, .string = "completed"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_172, .expected = {.type = AWSC_JP_STRING, .string = "cancelled"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_172, .expected = {.type = AWSC_JP_STRING, .string = "cancelling"}},
};

/* ConversionTaskDeleted */
static const struct awsc_waiter_acceptor w_3_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_172, .expected = {.type = AWSC_JP_STRING, .string = "deleted"}},
};

/* CustomerGatewayAvailable */
static const struct awsc_waiter_acceptor w_4_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_173, .expected = {.type = AWSC_JP_STRING, .string = "available"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_173, .expected = {.type = AWSC_JP_STRING, .string = "deleted"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_173, .expected = {.type = AWSC_JP_STRING, .string = "deleting"}},
};

/* ExportTaskCancelled */
static const struct awsc_waiter_acceptor w_5_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_174, .expected = {.type = AWSC_JP_STRING, .string = "cancelled"}},
};

/* ExportTaskCompleted */
static const struct awsc_waiter_acceptor w_6_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_174, .expected = {.type = AWSC_JP_STRING, .string = "completed"}},
};

/* ImageAvailable */
static const struct awsc_waiter_acceptor w_7_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_175, .expected = {.type = AWSC_JP_STRING, .string = "available"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_175, .expected = {.type = AWSC_JP_STRING, .string = "failed"}},
};

/* ImageExists */
static const struct awsc_waiter_acceptor w_8_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_176, .expected = {.type = AWSC_JP_BOOL, .boolean = true}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "InvalidAMIID.NotFound"}},
};

/* ImageUsageReportAvailable */
static const struct awsc_waiter_acceptor w_9_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_177, .expected = {.type = AWSC_JP_STRING, .string = "available"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_177, .expected = {.type = AWSC_JP_STRING, .string = "failed"}},
};

/* InstanceExists */
static const struct awsc_waiter_acceptor w_10_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_178, .expected = {.type = AWSC_JP_BOOL, .boolean = true}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "InvalidInstanceID.NotFound"}},
};

/* InstanceRunning */
static const struct awsc_waiter_acceptor w_11_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_179, .expected = {.type = AWSC_JP_STRING, .string = "running"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_179, .expected = {.type = AWSC_JP_STRING, .string = "shutting-down"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_179, .expected = {.type = AWSC_JP_STRING, .string = "terminated"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_179, .expected = {.type = AWSC_JP_STRING, .string = "stopping"}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "InvalidInstanceID.NotFound"}},
};

/* InstanceStatusOk */
static const struct awsc_waiter_acceptor w_12_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_180, .expected = {.type = AWSC_JP_STRING, .string = "ok"}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "InvalidInstanceID.NotFound"}},
};

/* InstanceStopped */
static const struct awsc_waiter_acceptor w_13_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_179, .expected = {.type = AWSC_JP_STRING, .string = "stopped"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_179, .expected = {.type = AWSC_JP_STRING, .string = "pending"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_179, .expected = {.type = AWSC_JP_STRING, .string = "terminated"}},
};

/* InstanceTerminated */
static const struct awsc_waiter_acceptor w_14_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_179, .expected = {.type = AWSC_JP_STRING, .string = "terminated"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_179, .expected = {.type = AWSC_JP_STRING, .string = "pending"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_179, .expected = {.type = AWSC_JP_STRING, .string = "stopping"}},
};

/* InternetGatewayExists */
static const struct awsc_waiter_acceptor w_15_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_181, .expected = {.type = AWSC_JP_BOOL, .boolean = true}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "InvalidInternetGateway.NotFound"}},
};

/* KeyPairExists */
static const struct awsc_waiter_acceptor w_16_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_182, .expected = {.type = AWSC_JP_BOOL, .boolean = true}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "InvalidKeyPair.NotFound"}},
};

/* NatGatewayAvailable */
static const struct awsc_waiter_acceptor w_17_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_183, .expected = {.type = AWSC_JP_STRING, .string = "available"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_183, .expected = {.type = AWSC_JP_STRING, .string = "failed"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_183, .expected = {.type = AWSC_JP_STRING, .string = "deleting"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_183, .expected = {.type = AWSC_JP_STRING, .string = "deleted"}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "NatGatewayNotFound"}},
};

/* NatGatewayDeleted */
static const struct awsc_waiter_acceptor w_18_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_183, .expected = {.type = AWSC_JP_STRING, .string = "deleted"}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_STRING, .string = "NatGatewayNotFound"}},
};

/* NetworkInterfaceAvailable */
static const struct awsc_waiter_acceptor w_19_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_184, .expected = {.type = AWSC_JP_STRING, .string = "available"}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_FAILURE, .expected = {.type = AWSC_JP_STRING, .string = "InvalidNetworkInterfaceID.NotFound"}},
};

/* PasswordDataAvailable */
static const struct awsc_waiter_acceptor w_20_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_185, .expected = {.type = AWSC_JP_BOOL, .boolean = true}},
};

/* SecondaryNetworkCreateComplete */
static const struct awsc_waiter_acceptor w_21_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_186, .expected = {.type = AWSC_JP_STRING, .string = "create-complete"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_186, .expected = {.type = AWSC_JP_STRING, .string = "create-failed"}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "InvalidSecondaryNetworkId.NotFound"}},
};

/* SecondaryNetworkDeleteComplete */
static const struct awsc_waiter_acceptor w_22_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_186, .expected = {.type = AWSC_JP_STRING, .string = "delete-complete"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_186, .expected = {.type = AWSC_JP_STRING, .string = "delete-failed"}},
};

/* SecondarySubnetCreateComplete */
static const struct awsc_waiter_acceptor w_23_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_187, .expected = {.type = AWSC_JP_STRING, .string = "create-complete"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_187, .expected = {.type = AWSC_JP_STRING, .string = "delete-failed"}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "InvalidSecondarySubnetId.NotFound"}},
};

/* SecondarySubnetDeleteComplete */
static const struct awsc_waiter_acceptor w_24_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_187, .expected = {.type = AWSC_JP_STRING, .string = "delete-complete"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_187, .expected = {.type = AWSC_JP_STRING, .string = "delete-failed"}},
};

/* SecurityGroupExists */
static const struct awsc_waiter_acceptor w_25_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_188, .expected = {.type = AWSC_JP_BOOL, .boolean = true}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "InvalidGroup.NotFound"}},
};

/* SecurityGroupVpcAssociationAssociated */
static const struct awsc_waiter_acceptor w_26_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_189, .expected = {.type = AWSC_JP_STRING, .string = "associated"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_RETRY, .argument = &jp_189, .expected = {.type = AWSC_JP_STRING, .string = "associating"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_189, .expected = {.type = AWSC_JP_STRING, .string = "association-failed"}},
};

/* SecurityGroupVpcAssociationDisassociated */
static const struct awsc_waiter_acceptor w_27_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_189, .expected = {.type = AWSC_JP_STRING, .string = "disassociated"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_RETRY, .argument = &jp_189, .expected = {.type = AWSC_JP_STRING, .string = "disassociating"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_189, .expected = {.type = AWSC_JP_STRING, .string = "disassociation-failed"}},
    {.matcher = AWSC_WAIT_PATH, .state = AWSC_WAIT_SUCCESS, .argument = &jp_190, .expected = {.type = AWSC_JP_BOOL, .boolean = true}},
};

/* SnapshotCompleted */
static const struct awsc_waiter_acceptor w_28_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_191, .expected = {.type = AWSC_JP_STRING, .string = "completed"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_191, .expected = {.type = AWSC_JP_STRING, .string = "error"}},
};

/* SnapshotImported */
static const struct awsc_waiter_acceptor w_29_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_192, .expected = {.type = AWSC_JP_STRING, .string = "completed"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_192, .expected = {.type = AWSC_JP_STRING, .string = "error"}},
};

/* SpotInstanceRequestFulfilled */
static const struct awsc_waiter_acceptor w_30_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_193, .expected = {.type = AWSC_JP_STRING, .string = "fulfilled"}},
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_193, .expected = {.type = AWSC_JP_STRING, .string = "request-canceled-and-instance-running"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_193, .expected = {.type = AWSC_JP_STRING, .string = "schedule-expired"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_193, .expected = {.type = AWSC_JP_STRING, .string = "canceled-before-fulfillment"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_193, .expected = {.type = AWSC_JP_STRING, .string = "bad-parameters"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_193, .expected = {.type = AWSC_JP_STRING, .string = "system-error"}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "InvalidSpotInstanceRequestID.NotFound"}},
};

/* StoreImageTaskComplete */
static const struct awsc_waiter_acceptor w_31_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_194, .expected = {.type = AWSC_JP_STRING, .string = "Completed"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_194, .expected = {.type = AWSC_JP_STRING, .string = "Failed"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_RETRY, .argument = &jp_194, .expected = {.type = AWSC_JP_STRING, .string = "InProgress"}},
};

/* SubnetAvailable */
static const struct awsc_waiter_acceptor w_32_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_195, .expected = {.type = AWSC_JP_STRING, .string = "available"}},
};

/* SystemStatusOk */
static const struct awsc_waiter_acceptor w_33_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_196, .expected = {.type = AWSC_JP_STRING, .string = "ok"}},
};

/* VolumeAvailable */
static const struct awsc_waiter_acceptor w_34_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_197, .expected = {.type = AWSC_JP_STRING, .string = "available"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_197, .expected = {.type = AWSC_JP_STRING, .string = "deleted"}},
};

/* VolumeDeleted */
static const struct awsc_waiter_acceptor w_35_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_197, .expected = {.type = AWSC_JP_STRING, .string = "deleted"}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_STRING, .string = "InvalidVolume.NotFound"}},
};

/* VolumeInUse */
static const struct awsc_waiter_acceptor w_36_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_197, .expected = {.type = AWSC_JP_STRING, .string = "in-use"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_197, .expected = {.type = AWSC_JP_STRING, .string = "deleted"}},
};

/* VpcAvailable */
static const struct awsc_waiter_acceptor w_37_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_198, .expected = {.type = AWSC_JP_STRING, .string = "available"}},
};

/* VpcExists */
static const struct awsc_waiter_acceptor w_38_acceptors[] = {
    {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "InvalidVpcID.NotFound"}},
};

/* VpcPeeringConnectionDeleted */
static const struct awsc_waiter_acceptor w_39_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_199, .expected = {.type = AWSC_JP_STRING, .string = "deleted"}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_STRING, .string = "InvalidVpcPeeringConnectionID.NotFound"}},
};

/* VpcPeeringConnectionExists */
static const struct awsc_waiter_acceptor w_40_acceptors[] = {
    {.matcher = AWSC_WAIT_STATUS, .state = AWSC_WAIT_SUCCESS, .expected = {.type = AWSC_JP_NUMBER, .number = 200.0}},
    {.matcher = AWSC_WAIT_ERROR, .state = AWSC_WAIT_RETRY, .expected = {.type = AWSC_JP_STRING, .string = "InvalidVpcPeeringConnectionID.NotFound"}},
};

/* VpnConnectionAvailable */
static const struct awsc_waiter_acceptor w_41_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_200, .expected = {.type = AWSC_JP_STRING, .string = "available"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_200, .expected = {.type = AWSC_JP_STRING, .string = "deleting"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_200, .expected = {.type = AWSC_JP_STRING, .string = "deleted"}},
};

/* VpnConnectionDeleted */
static const struct awsc_waiter_acceptor w_42_acceptors[] = {
    {.matcher = AWSC_WAIT_PATH_ALL, .state = AWSC_WAIT_SUCCESS, .argument = &jp_200, .expected = {.type = AWSC_JP_STRING, .string = "deleted"}},
    {.matcher = AWSC_WAIT_PATH_ANY, .state = AWSC_WAIT_FAILURE, .argument = &jp_200, .expected = {.type = AWSC_JP_STRING, .string = "pending"}},
};

const struct awsc_waiter awsc_ec2_waiters[43] = {
    {
        .name = "BundleTaskComplete",
        .service = SERVICE,
        .operation = 290, /* DescribeBundleTasks */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_0_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "ConversionTaskCancelled",
        .service = SERVICE,
        .operation = 311, /* DescribeConversionTasks */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_1_acceptors,
        .acceptor_count = 1,
    },
    {
        .name = "ConversionTaskCompleted",
        .service = SERVICE,
        .operation = 311, /* DescribeConversionTasks */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_2_acceptors,
        .acceptor_count = 3,
    },
    {
        .name = "ConversionTaskDeleted",
        .service = SERVICE,
        .operation = 311, /* DescribeConversionTasks */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_3_acceptors,
        .acceptor_count = 1,
    },
    {
        .name = "CustomerGatewayAvailable",
        .service = SERVICE,
        .operation = 312, /* DescribeCustomerGateways */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_4_acceptors,
        .acceptor_count = 3,
    },
    {
        .name = "ExportTaskCancelled",
        .service = SERVICE,
        .operation = 318, /* DescribeExportTasks */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_5_acceptors,
        .acceptor_count = 1,
    },
    {
        .name = "ExportTaskCompleted",
        .service = SERVICE,
        .operation = 318, /* DescribeExportTasks */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_6_acceptors,
        .acceptor_count = 1,
    },
    {
        .name = "ImageAvailable",
        .service = SERVICE,
        .operation = 337, /* DescribeImages */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_7_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "ImageExists",
        .service = SERVICE,
        .operation = 337, /* DescribeImages */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_8_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "ImageUsageReportAvailable",
        .service = SERVICE,
        .operation = 336, /* DescribeImageUsageReports */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_9_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "InstanceExists",
        .service = SERVICE,
        .operation = 352, /* DescribeInstances */
        .delay = 5,
        .max_attempts = 40,
        .acceptors = w_10_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "InstanceRunning",
        .service = SERVICE,
        .operation = 352, /* DescribeInstances */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_11_acceptors,
        .acceptor_count = 5,
    },
    {
        .name = "InstanceStatusOk",
        .service = SERVICE,
        .operation = 348, /* DescribeInstanceStatus */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_12_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "InstanceStopped",
        .service = SERVICE,
        .operation = 352, /* DescribeInstances */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_13_acceptors,
        .acceptor_count = 3,
    },
    {
        .name = "InstanceTerminated",
        .service = SERVICE,
        .operation = 352, /* DescribeInstances */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_14_acceptors,
        .acceptor_count = 3,
    },
    {
        .name = "InternetGatewayExists",
        .service = SERVICE,
        .operation = 353, /* DescribeInternetGateways */
        .delay = 5,
        .max_attempts = 6,
        .acceptors = w_15_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "KeyPairExists",
        .service = SERVICE,
        .operation = 367, /* DescribeKeyPairs */
        .delay = 5,
        .max_attempts = 6,
        .acceptors = w_16_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "NatGatewayAvailable",
        .service = SERVICE,
        .operation = 381, /* DescribeNatGateways */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_17_acceptors,
        .acceptor_count = 5,
    },
    {
        .name = "NatGatewayDeleted",
        .service = SERVICE,
        .operation = 381, /* DescribeNatGateways */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_18_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "NetworkInterfaceAvailable",
        .service = SERVICE,
        .operation = 389, /* DescribeNetworkInterfaces */
        .delay = 20,
        .max_attempts = 10,
        .acceptors = w_19_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "PasswordDataAvailable",
        .service = SERVICE,
        .operation = 601, /* GetPasswordData */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_20_acceptors,
        .acceptor_count = 1,
    },
    {
        .name = "SecondaryNetworkCreateComplete",
        .service = SERVICE,
        .operation = 408, /* DescribeSecondaryNetworks */
        .delay = 10,
        .max_attempts = 30,
        .acceptors = w_21_acceptors,
        .acceptor_count = 3,
    },
    {
        .name = "SecondaryNetworkDeleteComplete",
        .service = SERVICE,
        .operation = 408, /* DescribeSecondaryNetworks */
        .delay = 10,
        .max_attempts = 30,
        .acceptors = w_22_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "SecondarySubnetCreateComplete",
        .service = SERVICE,
        .operation = 409, /* DescribeSecondarySubnets */
        .delay = 10,
        .max_attempts = 30,
        .acceptors = w_23_acceptors,
        .acceptor_count = 3,
    },
    {
        .name = "SecondarySubnetDeleteComplete",
        .service = SERVICE,
        .operation = 409, /* DescribeSecondarySubnets */
        .delay = 10,
        .max_attempts = 30,
        .acceptors = w_24_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "SecurityGroupExists",
        .service = SERVICE,
        .operation = 413, /* DescribeSecurityGroups */
        .delay = 5,
        .max_attempts = 6,
        .acceptors = w_25_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "SecurityGroupVpcAssociationAssociated",
        .service = SERVICE,
        .operation = 412, /* DescribeSecurityGroupVpcAssociations */
        .delay = 10,
        .max_attempts = 7,
        .acceptors = w_26_acceptors,
        .acceptor_count = 3,
    },
    {
        .name = "SecurityGroupVpcAssociationDisassociated",
        .service = SERVICE,
        .operation = 412, /* DescribeSecurityGroupVpcAssociations */
        .delay = 10,
        .max_attempts = 7,
        .acceptors = w_27_acceptors,
        .acceptor_count = 4,
    },
    {
        .name = "SnapshotCompleted",
        .service = SERVICE,
        .operation = 417, /* DescribeSnapshots */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_28_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "SnapshotImported",
        .service = SERVICE,
        .operation = 339, /* DescribeImportSnapshotTasks */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_29_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "SpotInstanceRequestFulfilled",
        .service = SERVICE,
        .operation = 422, /* DescribeSpotInstanceRequests */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_30_acceptors,
        .acceptor_count = 7,
    },
    {
        .name = "StoreImageTaskComplete",
        .service = SERVICE,
        .operation = 425, /* DescribeStoreImageTasks */
        .delay = 5,
        .max_attempts = 40,
        .acceptors = w_31_acceptors,
        .acceptor_count = 3,
    },
    {
        .name = "SubnetAvailable",
        .service = SERVICE,
        .operation = 426, /* DescribeSubnets */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_32_acceptors,
        .acceptor_count = 1,
    },
    {
        .name = "SystemStatusOk",
        .service = SERVICE,
        .operation = 348, /* DescribeInstanceStatus */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_33_acceptors,
        .acceptor_count = 1,
    },
    {
        .name = "VolumeAvailable",
        .service = SERVICE,
        .operation = 451, /* DescribeVolumes */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_34_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "VolumeDeleted",
        .service = SERVICE,
        .operation = 451, /* DescribeVolumes */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_35_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "VolumeInUse",
        .service = SERVICE,
        .operation = 451, /* DescribeVolumes */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_36_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "VpcAvailable",
        .service = SERVICE,
        .operation = 467, /* DescribeVpcs */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_37_acceptors,
        .acceptor_count = 1,
    },
    {
        .name = "VpcExists",
        .service = SERVICE,
        .operation = 467, /* DescribeVpcs */
        .delay = 1,
        .max_attempts = 5,
        .acceptors = w_38_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "VpcPeeringConnectionDeleted",
        .service = SERVICE,
        .operation = 466, /* DescribeVpcPeeringConnections */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_39_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "VpcPeeringConnectionExists",
        .service = SERVICE,
        .operation = 466, /* DescribeVpcPeeringConnections */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_40_acceptors,
        .acceptor_count = 2,
    },
    {
        .name = "VpnConnectionAvailable",
        .service = SERVICE,
        .operation = 469, /* DescribeVpnConnections */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_41_acceptors,
        .acceptor_count = 3,
    },
    {
        .name = "VpnConnectionDeleted",
        .service = SERVICE,
        .operation = 469, /* DescribeVpnConnections */
        .delay = 15,
        .max_attempts = 40,
        .acceptors = w_42_acceptors,
        .acceptor_count = 2,
    },
};

int awsc_ec2_wait_bundle_task_complete(struct awsc_client *client,
                                       const struct awsc_ec2_describe_bundle_tasks_input *input,
                                       const struct awsc_wait_options *options,
                                       struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[0], input, options, err);
}

int awsc_ec2_wait_bundle_task_complete_async(struct awsc_client *client,
                                             const struct awsc_ec2_describe_bundle_tasks_input *input,
                                             const struct awsc_wait_options *options,
                                             awsc_wait_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[0], input, options, cb, user_data, err);
}

int awsc_ec2_wait_conversion_task_cancelled(struct awsc_client *client,
                                            const struct awsc_ec2_describe_conversion_tasks_input *input,
                                            const struct awsc_wait_options *options,
                                            struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[1], input, options, err);
}

int awsc_ec2_wait_conversion_task_cancelled_async(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_conversion_tasks_input *input,
                                                  const struct awsc_wait_options *options,
                                                  awsc_wait_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[1], input, options, cb, user_data, err);
}

int awsc_ec2_wait_conversion_task_completed(struct awsc_client *client,
                                            const struct awsc_ec2_describe_conversion_tasks_input *input,
                                            const struct awsc_wait_options *options,
                                            struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[2], input, options, err);
}

int awsc_ec2_wait_conversion_task_completed_async(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_conversion_tasks_input *input,
                                                  const struct awsc_wait_options *options,
                                                  awsc_wait_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[2], input, options, cb, user_data, err);
}

int awsc_ec2_wait_conversion_task_deleted(struct awsc_client *client,
                                          const struct awsc_ec2_describe_conversion_tasks_input *input,
                                          const struct awsc_wait_options *options,
                                          struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[3], input, options, err);
}

int awsc_ec2_wait_conversion_task_deleted_async(struct awsc_client *client,
                                                const struct awsc_ec2_describe_conversion_tasks_input *input,
                                                const struct awsc_wait_options *options,
                                                awsc_wait_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[3], input, options, cb, user_data, err);
}

int awsc_ec2_wait_customer_gateway_available(struct awsc_client *client,
                                             const struct awsc_ec2_describe_customer_gateways_input *input,
                                             const struct awsc_wait_options *options,
                                             struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[4], input, options, err);
}

int awsc_ec2_wait_customer_gateway_available_async(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_customer_gateways_input *input,
                                                   const struct awsc_wait_options *options,
                                                   awsc_wait_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[4], input, options, cb, user_data, err);
}

int awsc_ec2_wait_export_task_cancelled(struct awsc_client *client,
                                        const struct awsc_ec2_describe_export_tasks_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[5], input, options, err);
}

int awsc_ec2_wait_export_task_cancelled_async(struct awsc_client *client,
                                              const struct awsc_ec2_describe_export_tasks_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[5], input, options, cb, user_data, err);
}

int awsc_ec2_wait_export_task_completed(struct awsc_client *client,
                                        const struct awsc_ec2_describe_export_tasks_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[6], input, options, err);
}

int awsc_ec2_wait_export_task_completed_async(struct awsc_client *client,
                                              const struct awsc_ec2_describe_export_tasks_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[6], input, options, cb, user_data, err);
}

int awsc_ec2_wait_image_available(struct awsc_client *client,
                                  const struct awsc_ec2_describe_images_input *input,
                                  const struct awsc_wait_options *options,
                                  struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[7], input, options, err);
}

int awsc_ec2_wait_image_available_async(struct awsc_client *client,
                                        const struct awsc_ec2_describe_images_input *input,
                                        const struct awsc_wait_options *options,
                                        awsc_wait_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[7], input, options, cb, user_data, err);
}

int awsc_ec2_wait_image_exists(struct awsc_client *client,
                               const struct awsc_ec2_describe_images_input *input,
                               const struct awsc_wait_options *options,
                               struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[8], input, options, err);
}

int awsc_ec2_wait_image_exists_async(struct awsc_client *client,
                                     const struct awsc_ec2_describe_images_input *input,
                                     const struct awsc_wait_options *options,
                                     awsc_wait_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[8], input, options, cb, user_data, err);
}

int awsc_ec2_wait_image_usage_report_available(struct awsc_client *client,
                                               const struct awsc_ec2_describe_image_usage_reports_input *input,
                                               const struct awsc_wait_options *options,
                                               struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[9], input, options, err);
}

int awsc_ec2_wait_image_usage_report_available_async(struct awsc_client *client,
                                                     const struct awsc_ec2_describe_image_usage_reports_input *input,
                                                     const struct awsc_wait_options *options,
                                                     awsc_wait_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[9], input, options, cb, user_data, err);
}

int awsc_ec2_wait_instance_exists(struct awsc_client *client,
                                  const struct awsc_ec2_describe_instances_input *input,
                                  const struct awsc_wait_options *options,
                                  struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[10], input, options, err);
}

int awsc_ec2_wait_instance_exists_async(struct awsc_client *client,
                                        const struct awsc_ec2_describe_instances_input *input,
                                        const struct awsc_wait_options *options,
                                        awsc_wait_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[10], input, options, cb, user_data, err);
}

int awsc_ec2_wait_instance_running(struct awsc_client *client,
                                   const struct awsc_ec2_describe_instances_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[11], input, options, err);
}

int awsc_ec2_wait_instance_running_async(struct awsc_client *client,
                                         const struct awsc_ec2_describe_instances_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[11], input, options, cb, user_data, err);
}

int awsc_ec2_wait_instance_status_ok(struct awsc_client *client,
                                     const struct awsc_ec2_describe_instance_status_input *input,
                                     const struct awsc_wait_options *options,
                                     struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[12], input, options, err);
}

int awsc_ec2_wait_instance_status_ok_async(struct awsc_client *client,
                                           const struct awsc_ec2_describe_instance_status_input *input,
                                           const struct awsc_wait_options *options,
                                           awsc_wait_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[12], input, options, cb, user_data, err);
}

int awsc_ec2_wait_instance_stopped(struct awsc_client *client,
                                   const struct awsc_ec2_describe_instances_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[13], input, options, err);
}

int awsc_ec2_wait_instance_stopped_async(struct awsc_client *client,
                                         const struct awsc_ec2_describe_instances_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[13], input, options, cb, user_data, err);
}

int awsc_ec2_wait_instance_terminated(struct awsc_client *client,
                                      const struct awsc_ec2_describe_instances_input *input,
                                      const struct awsc_wait_options *options,
                                      struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[14], input, options, err);
}

int awsc_ec2_wait_instance_terminated_async(struct awsc_client *client,
                                            const struct awsc_ec2_describe_instances_input *input,
                                            const struct awsc_wait_options *options,
                                            awsc_wait_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[14], input, options, cb, user_data, err);
}

int awsc_ec2_wait_internet_gateway_exists(struct awsc_client *client,
                                          const struct awsc_ec2_describe_internet_gateways_input *input,
                                          const struct awsc_wait_options *options,
                                          struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[15], input, options, err);
}

int awsc_ec2_wait_internet_gateway_exists_async(struct awsc_client *client,
                                                const struct awsc_ec2_describe_internet_gateways_input *input,
                                                const struct awsc_wait_options *options,
                                                awsc_wait_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[15], input, options, cb, user_data, err);
}

int awsc_ec2_wait_key_pair_exists(struct awsc_client *client,
                                  const struct awsc_ec2_describe_key_pairs_input *input,
                                  const struct awsc_wait_options *options,
                                  struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[16], input, options, err);
}

int awsc_ec2_wait_key_pair_exists_async(struct awsc_client *client,
                                        const struct awsc_ec2_describe_key_pairs_input *input,
                                        const struct awsc_wait_options *options,
                                        awsc_wait_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[16], input, options, cb, user_data, err);
}

int awsc_ec2_wait_nat_gateway_available(struct awsc_client *client,
                                        const struct awsc_ec2_describe_nat_gateways_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[17], input, options, err);
}

int awsc_ec2_wait_nat_gateway_available_async(struct awsc_client *client,
                                              const struct awsc_ec2_describe_nat_gateways_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[17], input, options, cb, user_data, err);
}

int awsc_ec2_wait_nat_gateway_deleted(struct awsc_client *client,
                                      const struct awsc_ec2_describe_nat_gateways_input *input,
                                      const struct awsc_wait_options *options,
                                      struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[18], input, options, err);
}

int awsc_ec2_wait_nat_gateway_deleted_async(struct awsc_client *client,
                                            const struct awsc_ec2_describe_nat_gateways_input *input,
                                            const struct awsc_wait_options *options,
                                            awsc_wait_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[18], input, options, cb, user_data, err);
}

int awsc_ec2_wait_network_interface_available(struct awsc_client *client,
                                              const struct awsc_ec2_describe_network_interfaces_input *input,
                                              const struct awsc_wait_options *options,
                                              struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[19], input, options, err);
}

int awsc_ec2_wait_network_interface_available_async(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_network_interfaces_input *input,
                                                    const struct awsc_wait_options *options,
                                                    awsc_wait_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[19], input, options, cb, user_data, err);
}

int awsc_ec2_wait_password_data_available(struct awsc_client *client,
                                          const struct awsc_ec2_get_password_data_input *input,
                                          const struct awsc_wait_options *options,
                                          struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[20], input, options, err);
}

int awsc_ec2_wait_password_data_available_async(struct awsc_client *client,
                                                const struct awsc_ec2_get_password_data_input *input,
                                                const struct awsc_wait_options *options,
                                                awsc_wait_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[20], input, options, cb, user_data, err);
}

int awsc_ec2_wait_secondary_network_create_complete(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_secondary_networks_input *input,
                                                    const struct awsc_wait_options *options,
                                                    struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[21], input, options, err);
}

int awsc_ec2_wait_secondary_network_create_complete_async(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_secondary_networks_input *input,
                                                          const struct awsc_wait_options *options,
                                                          awsc_wait_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[21], input, options, cb, user_data, err);
}

int awsc_ec2_wait_secondary_network_delete_complete(struct awsc_client *client,
                                                    const struct awsc_ec2_describe_secondary_networks_input *input,
                                                    const struct awsc_wait_options *options,
                                                    struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[22], input, options, err);
}

int awsc_ec2_wait_secondary_network_delete_complete_async(struct awsc_client *client,
                                                          const struct awsc_ec2_describe_secondary_networks_input *input,
                                                          const struct awsc_wait_options *options,
                                                          awsc_wait_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[22], input, options, cb, user_data, err);
}

int awsc_ec2_wait_secondary_subnet_create_complete(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_secondary_subnets_input *input,
                                                   const struct awsc_wait_options *options,
                                                   struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[23], input, options, err);
}

int awsc_ec2_wait_secondary_subnet_create_complete_async(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_secondary_subnets_input *input,
                                                         const struct awsc_wait_options *options,
                                                         awsc_wait_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[23], input, options, cb, user_data, err);
}

int awsc_ec2_wait_secondary_subnet_delete_complete(struct awsc_client *client,
                                                   const struct awsc_ec2_describe_secondary_subnets_input *input,
                                                   const struct awsc_wait_options *options,
                                                   struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[24], input, options, err);
}

int awsc_ec2_wait_secondary_subnet_delete_complete_async(struct awsc_client *client,
                                                         const struct awsc_ec2_describe_secondary_subnets_input *input,
                                                         const struct awsc_wait_options *options,
                                                         awsc_wait_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[24], input, options, cb, user_data, err);
}

int awsc_ec2_wait_security_group_exists(struct awsc_client *client,
                                        const struct awsc_ec2_describe_security_groups_input *input,
                                        const struct awsc_wait_options *options,
                                        struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[25], input, options, err);
}

int awsc_ec2_wait_security_group_exists_async(struct awsc_client *client,
                                              const struct awsc_ec2_describe_security_groups_input *input,
                                              const struct awsc_wait_options *options,
                                              awsc_wait_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[25], input, options, cb, user_data, err);
}

int awsc_ec2_wait_security_group_vpc_association_associated(struct awsc_client *client,
                                                            const struct awsc_ec2_describe_security_group_vpc_associations_input *input,
                                                            const struct awsc_wait_options *options,
                                                            struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[26], input, options, err);
}

int awsc_ec2_wait_security_group_vpc_association_associated_async(struct awsc_client *client,
                                                                  const struct awsc_ec2_describe_security_group_vpc_associations_input *input,
                                                                  const struct awsc_wait_options *options,
                                                                  awsc_wait_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[26], input, options, cb, user_data, err);
}

int awsc_ec2_wait_security_group_vpc_association_disassociated(struct awsc_client *client,
                                                               const struct awsc_ec2_describe_security_group_vpc_associations_input *input,
                                                               const struct awsc_wait_options *options,
                                                               struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[27], input, options, err);
}

int awsc_ec2_wait_security_group_vpc_association_disassociated_async(struct awsc_client *client,
                                                                     const struct awsc_ec2_describe_security_group_vpc_associations_input *input,
                                                                     const struct awsc_wait_options *options,
                                                                     awsc_wait_cb *cb,
                                                                     void *user_data,
                                                                     struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[27], input, options, cb, user_data, err);
}

int awsc_ec2_wait_snapshot_completed(struct awsc_client *client,
                                     const struct awsc_ec2_describe_snapshots_input *input,
                                     const struct awsc_wait_options *options,
                                     struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[28], input, options, err);
}

int awsc_ec2_wait_snapshot_completed_async(struct awsc_client *client,
                                           const struct awsc_ec2_describe_snapshots_input *input,
                                           const struct awsc_wait_options *options,
                                           awsc_wait_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[28], input, options, cb, user_data, err);
}

int awsc_ec2_wait_snapshot_imported(struct awsc_client *client,
                                    const struct awsc_ec2_describe_import_snapshot_tasks_input *input,
                                    const struct awsc_wait_options *options,
                                    struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[29], input, options, err);
}

int awsc_ec2_wait_snapshot_imported_async(struct awsc_client *client,
                                          const struct awsc_ec2_describe_import_snapshot_tasks_input *input,
                                          const struct awsc_wait_options *options,
                                          awsc_wait_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[29], input, options, cb, user_data, err);
}

int awsc_ec2_wait_spot_instance_request_fulfilled(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_spot_instance_requests_input *input,
                                                  const struct awsc_wait_options *options,
                                                  struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[30], input, options, err);
}

int awsc_ec2_wait_spot_instance_request_fulfilled_async(struct awsc_client *client,
                                                        const struct awsc_ec2_describe_spot_instance_requests_input *input,
                                                        const struct awsc_wait_options *options,
                                                        awsc_wait_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[30], input, options, cb, user_data, err);
}

int awsc_ec2_wait_store_image_task_complete(struct awsc_client *client,
                                            const struct awsc_ec2_describe_store_image_tasks_input *input,
                                            const struct awsc_wait_options *options,
                                            struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[31], input, options, err);
}

int awsc_ec2_wait_store_image_task_complete_async(struct awsc_client *client,
                                                  const struct awsc_ec2_describe_store_image_tasks_input *input,
                                                  const struct awsc_wait_options *options,
                                                  awsc_wait_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[31], input, options, cb, user_data, err);
}

int awsc_ec2_wait_subnet_available(struct awsc_client *client,
                                   const struct awsc_ec2_describe_subnets_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[32], input, options, err);
}

int awsc_ec2_wait_subnet_available_async(struct awsc_client *client,
                                         const struct awsc_ec2_describe_subnets_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[32], input, options, cb, user_data, err);
}

int awsc_ec2_wait_system_status_ok(struct awsc_client *client,
                                   const struct awsc_ec2_describe_instance_status_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[33], input, options, err);
}

int awsc_ec2_wait_system_status_ok_async(struct awsc_client *client,
                                         const struct awsc_ec2_describe_instance_status_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[33], input, options, cb, user_data, err);
}

int awsc_ec2_wait_volume_available(struct awsc_client *client,
                                   const struct awsc_ec2_describe_volumes_input *input,
                                   const struct awsc_wait_options *options,
                                   struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[34], input, options, err);
}

int awsc_ec2_wait_volume_available_async(struct awsc_client *client,
                                         const struct awsc_ec2_describe_volumes_input *input,
                                         const struct awsc_wait_options *options,
                                         awsc_wait_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[34], input, options, cb, user_data, err);
}

int awsc_ec2_wait_volume_deleted(struct awsc_client *client,
                                 const struct awsc_ec2_describe_volumes_input *input,
                                 const struct awsc_wait_options *options,
                                 struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[35], input, options, err);
}

int awsc_ec2_wait_volume_deleted_async(struct awsc_client *client,
                                       const struct awsc_ec2_describe_volumes_input *input,
                                       const struct awsc_wait_options *options,
                                       awsc_wait_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[35], input, options, cb, user_data, err);
}

int awsc_ec2_wait_volume_in_use(struct awsc_client *client,
                                const struct awsc_ec2_describe_volumes_input *input,
                                const struct awsc_wait_options *options,
                                struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[36], input, options, err);
}

int awsc_ec2_wait_volume_in_use_async(struct awsc_client *client,
                                      const struct awsc_ec2_describe_volumes_input *input,
                                      const struct awsc_wait_options *options,
                                      awsc_wait_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[36], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpc_available(struct awsc_client *client,
                                const struct awsc_ec2_describe_vpcs_input *input,
                                const struct awsc_wait_options *options,
                                struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[37], input, options, err);
}

int awsc_ec2_wait_vpc_available_async(struct awsc_client *client,
                                      const struct awsc_ec2_describe_vpcs_input *input,
                                      const struct awsc_wait_options *options,
                                      awsc_wait_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[37], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpc_exists(struct awsc_client *client,
                             const struct awsc_ec2_describe_vpcs_input *input,
                             const struct awsc_wait_options *options,
                             struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[38], input, options, err);
}

int awsc_ec2_wait_vpc_exists_async(struct awsc_client *client,
                                   const struct awsc_ec2_describe_vpcs_input *input,
                                   const struct awsc_wait_options *options,
                                   awsc_wait_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[38], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpc_peering_connection_deleted(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_vpc_peering_connections_input *input,
                                                 const struct awsc_wait_options *options,
                                                 struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[39], input, options, err);
}

int awsc_ec2_wait_vpc_peering_connection_deleted_async(struct awsc_client *client,
                                                       const struct awsc_ec2_describe_vpc_peering_connections_input *input,
                                                       const struct awsc_wait_options *options,
                                                       awsc_wait_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[39], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpc_peering_connection_exists(struct awsc_client *client,
                                                const struct awsc_ec2_describe_vpc_peering_connections_input *input,
                                                const struct awsc_wait_options *options,
                                                struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[40], input, options, err);
}

int awsc_ec2_wait_vpc_peering_connection_exists_async(struct awsc_client *client,
                                                      const struct awsc_ec2_describe_vpc_peering_connections_input *input,
                                                      const struct awsc_wait_options *options,
                                                      awsc_wait_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[40], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpn_connection_available(struct awsc_client *client,
                                           const struct awsc_ec2_describe_vpn_connections_input *input,
                                           const struct awsc_wait_options *options,
                                           struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[41], input, options, err);
}

int awsc_ec2_wait_vpn_connection_available_async(struct awsc_client *client,
                                                 const struct awsc_ec2_describe_vpn_connections_input *input,
                                                 const struct awsc_wait_options *options,
                                                 awsc_wait_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[41], input, options, cb, user_data, err);
}

int awsc_ec2_wait_vpn_connection_deleted(struct awsc_client *client,
                                         const struct awsc_ec2_describe_vpn_connections_input *input,
                                         const struct awsc_wait_options *options,
                                         struct awsc_error *err)
{
    return awsc_wait(client, &awsc_ec2_waiters[42], input, options, err);
}

int awsc_ec2_wait_vpn_connection_deleted_async(struct awsc_client *client,
                                               const struct awsc_ec2_describe_vpn_connections_input *input,
                                               const struct awsc_wait_options *options,
                                               awsc_wait_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_wait_async(client, &awsc_ec2_waiters[42], input, options, cb, user_data, err);
}
#endif /* AWSC_WITH_WAITERS */
#undef SERVICE
