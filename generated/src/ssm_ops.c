/*
 * ssm_ops.c - operations of SSM: descriptors and the
 * typed wrappers around awsc_call() / awsc_call_async_typed().
 * Generated from the service model by awsc's generator; do not edit.
 */
#include <awsc/ssm.h>
#include <awsc/shape.h>

extern const struct awsc_shape awsc__ssm_AccessDeniedException;
extern const struct awsc_shape awsc__ssm_AddTagsToResourceRequest;
extern const struct awsc_shape awsc__ssm_AddTagsToResourceResult;
extern const struct awsc_shape awsc__ssm_AlreadyExistsException;
extern const struct awsc_shape awsc__ssm_AssociateOpsItemRelatedItemRequest;
extern const struct awsc_shape awsc__ssm_AssociateOpsItemRelatedItemResponse;
extern const struct awsc_shape awsc__ssm_AssociatedInstances;
extern const struct awsc_shape awsc__ssm_AssociationAlreadyExists;
extern const struct awsc_shape awsc__ssm_AssociationDoesNotExist;
extern const struct awsc_shape awsc__ssm_AssociationExecutionDoesNotExist;
extern const struct awsc_shape awsc__ssm_AssociationLimitExceeded;
extern const struct awsc_shape awsc__ssm_AssociationVersionLimitExceeded;
extern const struct awsc_shape awsc__ssm_AutomationDefinitionNotApprovedException;
extern const struct awsc_shape awsc__ssm_AutomationDefinitionNotFoundException;
extern const struct awsc_shape awsc__ssm_AutomationDefinitionVersionNotFoundException;
extern const struct awsc_shape awsc__ssm_AutomationExecutionLimitExceededException;
extern const struct awsc_shape awsc__ssm_AutomationExecutionNotFoundException;
extern const struct awsc_shape awsc__ssm_AutomationStepNotFoundException;
extern const struct awsc_shape awsc__ssm_CancelCommandRequest;
extern const struct awsc_shape awsc__ssm_CancelCommandResult;
extern const struct awsc_shape awsc__ssm_CancelMaintenanceWindowExecutionRequest;
extern const struct awsc_shape awsc__ssm_CancelMaintenanceWindowExecutionResult;
extern const struct awsc_shape awsc__ssm_ComplianceTypeCountLimitExceededException;
extern const struct awsc_shape awsc__ssm_ConflictException;
extern const struct awsc_shape awsc__ssm_CreateActivationRequest;
extern const struct awsc_shape awsc__ssm_CreateActivationResult;
extern const struct awsc_shape awsc__ssm_CreateAssociationBatchRequest;
extern const struct awsc_shape awsc__ssm_CreateAssociationBatchResult;
extern const struct awsc_shape awsc__ssm_CreateAssociationRequest;
extern const struct awsc_shape awsc__ssm_CreateAssociationResult;
extern const struct awsc_shape awsc__ssm_CreateCloudConnectorRequest;
extern const struct awsc_shape awsc__ssm_CreateCloudConnectorResult;
extern const struct awsc_shape awsc__ssm_CreateDocumentRequest;
extern const struct awsc_shape awsc__ssm_CreateDocumentResult;
extern const struct awsc_shape awsc__ssm_CreateMaintenanceWindowRequest;
extern const struct awsc_shape awsc__ssm_CreateMaintenanceWindowResult;
extern const struct awsc_shape awsc__ssm_CreateOpsItemRequest;
extern const struct awsc_shape awsc__ssm_CreateOpsItemResponse;
extern const struct awsc_shape awsc__ssm_CreateOpsMetadataRequest;
extern const struct awsc_shape awsc__ssm_CreateOpsMetadataResult;
extern const struct awsc_shape awsc__ssm_CreatePatchBaselineRequest;
extern const struct awsc_shape awsc__ssm_CreatePatchBaselineResult;
extern const struct awsc_shape awsc__ssm_CreateResourceDataSyncRequest;
extern const struct awsc_shape awsc__ssm_CreateResourceDataSyncResult;
extern const struct awsc_shape awsc__ssm_CustomSchemaCountLimitExceededException;
extern const struct awsc_shape awsc__ssm_DeleteActivationRequest;
extern const struct awsc_shape awsc__ssm_DeleteActivationResult;
extern const struct awsc_shape awsc__ssm_DeleteAssociationRequest;
extern const struct awsc_shape awsc__ssm_DeleteAssociationResult;
extern const struct awsc_shape awsc__ssm_DeleteCloudConnectorRequest;
extern const struct awsc_shape awsc__ssm_DeleteCloudConnectorResult;
extern const struct awsc_shape awsc__ssm_DeleteDocumentRequest;
extern const struct awsc_shape awsc__ssm_DeleteDocumentResult;
extern const struct awsc_shape awsc__ssm_DeleteInventoryRequest;
extern const struct awsc_shape awsc__ssm_DeleteInventoryResult;
extern const struct awsc_shape awsc__ssm_DeleteMaintenanceWindowRequest;
extern const struct awsc_shape awsc__ssm_DeleteMaintenanceWindowResult;
extern const struct awsc_shape awsc__ssm_DeleteOpsItemRequest;
extern const struct awsc_shape awsc__ssm_DeleteOpsItemResponse;
extern const struct awsc_shape awsc__ssm_DeleteOpsMetadataRequest;
extern const struct awsc_shape awsc__ssm_DeleteOpsMetadataResult;
extern const struct awsc_shape awsc__ssm_DeleteParameterRequest;
extern const struct awsc_shape awsc__ssm_DeleteParameterResult;
extern const struct awsc_shape awsc__ssm_DeleteParametersRequest;
extern const struct awsc_shape awsc__ssm_DeleteParametersResult;
extern const struct awsc_shape awsc__ssm_DeletePatchBaselineRequest;
extern const struct awsc_shape awsc__ssm_DeletePatchBaselineResult;
extern const struct awsc_shape awsc__ssm_DeleteResourceDataSyncRequest;
extern const struct awsc_shape awsc__ssm_DeleteResourceDataSyncResult;
extern const struct awsc_shape awsc__ssm_DeleteResourcePolicyRequest;
extern const struct awsc_shape awsc__ssm_DeleteResourcePolicyResponse;
extern const struct awsc_shape awsc__ssm_DeregisterManagedInstanceRequest;
extern const struct awsc_shape awsc__ssm_DeregisterManagedInstanceResult;
extern const struct awsc_shape awsc__ssm_DeregisterPatchBaselineForPatchGroupRequest;
extern const struct awsc_shape awsc__ssm_DeregisterPatchBaselineForPatchGroupResult;
extern const struct awsc_shape awsc__ssm_DeregisterTargetFromMaintenanceWindowRequest;
extern const struct awsc_shape awsc__ssm_DeregisterTargetFromMaintenanceWindowResult;
extern const struct awsc_shape awsc__ssm_DeregisterTaskFromMaintenanceWindowRequest;
extern const struct awsc_shape awsc__ssm_DeregisterTaskFromMaintenanceWindowResult;
extern const struct awsc_shape awsc__ssm_DescribeActivationsRequest;
extern const struct awsc_shape awsc__ssm_DescribeActivationsResult;
extern const struct awsc_shape awsc__ssm_DescribeAssociationExecutionTargetsRequest;
extern const struct awsc_shape awsc__ssm_DescribeAssociationExecutionTargetsResult;
extern const struct awsc_shape awsc__ssm_DescribeAssociationExecutionsRequest;
extern const struct awsc_shape awsc__ssm_DescribeAssociationExecutionsResult;
extern const struct awsc_shape awsc__ssm_DescribeAssociationRequest;
extern const struct awsc_shape awsc__ssm_DescribeAssociationResult;
extern const struct awsc_shape awsc__ssm_DescribeAutomationExecutionsRequest;
extern const struct awsc_shape awsc__ssm_DescribeAutomationExecutionsResult;
extern const struct awsc_shape awsc__ssm_DescribeAutomationStepExecutionsRequest;
extern const struct awsc_shape awsc__ssm_DescribeAutomationStepExecutionsResult;
extern const struct awsc_shape awsc__ssm_DescribeAvailablePatchesRequest;
extern const struct awsc_shape awsc__ssm_DescribeAvailablePatchesResult;
extern const struct awsc_shape awsc__ssm_DescribeDocumentPermissionRequest;
extern const struct awsc_shape awsc__ssm_DescribeDocumentPermissionResponse;
extern const struct awsc_shape awsc__ssm_DescribeDocumentRequest;
extern const struct awsc_shape awsc__ssm_DescribeDocumentResult;
extern const struct awsc_shape awsc__ssm_DescribeEffectiveInstanceAssociationsRequest;
extern const struct awsc_shape awsc__ssm_DescribeEffectiveInstanceAssociationsResult;
extern const struct awsc_shape awsc__ssm_DescribeEffectivePatchesForPatchBaselineRequest;
extern const struct awsc_shape awsc__ssm_DescribeEffectivePatchesForPatchBaselineResult;
extern const struct awsc_shape awsc__ssm_DescribeInstanceAssociationsStatusRequest;
extern const struct awsc_shape awsc__ssm_DescribeInstanceAssociationsStatusResult;
extern const struct awsc_shape awsc__ssm_DescribeInstanceInformationRequest;
extern const struct awsc_shape awsc__ssm_DescribeInstanceInformationResult;
extern const struct awsc_shape awsc__ssm_DescribeInstancePatchStatesForPatchGroupRequest;
extern const struct awsc_shape awsc__ssm_DescribeInstancePatchStatesForPatchGroupResult;
extern const struct awsc_shape awsc__ssm_DescribeInstancePatchStatesRequest;
extern const struct awsc_shape awsc__ssm_DescribeInstancePatchStatesResult;
extern const struct awsc_shape awsc__ssm_DescribeInstancePatchesRequest;
extern const struct awsc_shape awsc__ssm_DescribeInstancePatchesResult;
extern const struct awsc_shape awsc__ssm_DescribeInstancePropertiesRequest;
extern const struct awsc_shape awsc__ssm_DescribeInstancePropertiesResult;
extern const struct awsc_shape awsc__ssm_DescribeInventoryDeletionsRequest;
extern const struct awsc_shape awsc__ssm_DescribeInventoryDeletionsResult;
extern const struct awsc_shape awsc__ssm_DescribeMaintenanceWindowExecutionTaskInvocationsRequest;
extern const struct awsc_shape awsc__ssm_DescribeMaintenanceWindowExecutionTaskInvocationsResult;
extern const struct awsc_shape awsc__ssm_DescribeMaintenanceWindowExecutionTasksRequest;
extern const struct awsc_shape awsc__ssm_DescribeMaintenanceWindowExecutionTasksResult;
extern const struct awsc_shape awsc__ssm_DescribeMaintenanceWindowExecutionsRequest;
extern const struct awsc_shape awsc__ssm_DescribeMaintenanceWindowExecutionsResult;
extern const struct awsc_shape awsc__ssm_DescribeMaintenanceWindowScheduleRequest;
extern const struct awsc_shape awsc__ssm_DescribeMaintenanceWindowScheduleResult;
extern const struct awsc_shape awsc__ssm_DescribeMaintenanceWindowTargetsRequest;
extern const struct awsc_shape awsc__ssm_DescribeMaintenanceWindowTargetsResult;
extern const struct awsc_shape awsc__ssm_DescribeMaintenanceWindowTasksRequest;
extern const struct awsc_shape awsc__ssm_DescribeMaintenanceWindowTasksResult;
extern const struct awsc_shape awsc__ssm_DescribeMaintenanceWindowsForTargetRequest;
extern const struct awsc_shape awsc__ssm_DescribeMaintenanceWindowsForTargetResult;
extern const struct awsc_shape awsc__ssm_DescribeMaintenanceWindowsRequest;
extern const struct awsc_shape awsc__ssm_DescribeMaintenanceWindowsResult;
extern const struct awsc_shape awsc__ssm_DescribeOpsItemsRequest;
extern const struct awsc_shape awsc__ssm_DescribeOpsItemsResponse;
extern const struct awsc_shape awsc__ssm_DescribeParametersRequest;
extern const struct awsc_shape awsc__ssm_DescribeParametersResult;
extern const struct awsc_shape awsc__ssm_DescribePatchBaselinesRequest;
extern const struct awsc_shape awsc__ssm_DescribePatchBaselinesResult;
extern const struct awsc_shape awsc__ssm_DescribePatchGroupStateRequest;
extern const struct awsc_shape awsc__ssm_DescribePatchGroupStateResult;
extern const struct awsc_shape awsc__ssm_DescribePatchGroupsRequest;
extern const struct awsc_shape awsc__ssm_DescribePatchGroupsResult;
extern const struct awsc_shape awsc__ssm_DescribePatchPropertiesRequest;
extern const struct awsc_shape awsc__ssm_DescribePatchPropertiesResult;
extern const struct awsc_shape awsc__ssm_DescribeSessionsRequest;
extern const struct awsc_shape awsc__ssm_DescribeSessionsResponse;
extern const struct awsc_shape awsc__ssm_DisassociateOpsItemRelatedItemRequest;
extern const struct awsc_shape awsc__ssm_DisassociateOpsItemRelatedItemResponse;
extern const struct awsc_shape awsc__ssm_DocumentAlreadyExists;
extern const struct awsc_shape awsc__ssm_DocumentLimitExceeded;
extern const struct awsc_shape awsc__ssm_DocumentPermissionLimit;
extern const struct awsc_shape awsc__ssm_DocumentVersionLimitExceeded;
extern const struct awsc_shape awsc__ssm_DoesNotExistException;
extern const struct awsc_shape awsc__ssm_DuplicateDocumentContent;
extern const struct awsc_shape awsc__ssm_DuplicateDocumentVersionName;
extern const struct awsc_shape awsc__ssm_DuplicateInstanceId;
extern const struct awsc_shape awsc__ssm_FeatureNotAvailableException;
extern const struct awsc_shape awsc__ssm_GetAccessTokenRequest;
extern const struct awsc_shape awsc__ssm_GetAccessTokenResponse;
extern const struct awsc_shape awsc__ssm_GetAutomationExecutionRequest;
extern const struct awsc_shape awsc__ssm_GetAutomationExecutionResult;
extern const struct awsc_shape awsc__ssm_GetCalendarStateRequest;
extern const struct awsc_shape awsc__ssm_GetCalendarStateResponse;
extern const struct awsc_shape awsc__ssm_GetCloudConnectorRequest;
extern const struct awsc_shape awsc__ssm_GetCloudConnectorResult;
extern const struct awsc_shape awsc__ssm_GetCommandInvocationRequest;
extern const struct awsc_shape awsc__ssm_GetCommandInvocationResult;
extern const struct awsc_shape awsc__ssm_GetConnectionStatusRequest;
extern const struct awsc_shape awsc__ssm_GetConnectionStatusResponse;
extern const struct awsc_shape awsc__ssm_GetDefaultPatchBaselineRequest;
extern const struct awsc_shape awsc__ssm_GetDefaultPatchBaselineResult;
extern const struct awsc_shape awsc__ssm_GetDeployablePatchSnapshotForInstanceRequest;
extern const struct awsc_shape awsc__ssm_GetDeployablePatchSnapshotForInstanceResult;
extern const struct awsc_shape awsc__ssm_GetDocumentRequest;
extern const struct awsc_shape awsc__ssm_GetDocumentResult;
extern const struct awsc_shape awsc__ssm_GetExecutionPreviewRequest;
extern const struct awsc_shape awsc__ssm_GetExecutionPreviewResponse;
extern const struct awsc_shape awsc__ssm_GetInventoryRequest;
extern const struct awsc_shape awsc__ssm_GetInventoryResult;
extern const struct awsc_shape awsc__ssm_GetInventorySchemaRequest;
extern const struct awsc_shape awsc__ssm_GetInventorySchemaResult;
extern const struct awsc_shape awsc__ssm_GetMaintenanceWindowExecutionRequest;
extern const struct awsc_shape awsc__ssm_GetMaintenanceWindowExecutionResult;
extern const struct awsc_shape awsc__ssm_GetMaintenanceWindowExecutionTaskInvocationRequest;
extern const struct awsc_shape awsc__ssm_GetMaintenanceWindowExecutionTaskInvocationResult;
extern const struct awsc_shape awsc__ssm_GetMaintenanceWindowExecutionTaskRequest;
extern const struct awsc_shape awsc__ssm_GetMaintenanceWindowExecutionTaskResult;
extern const struct awsc_shape awsc__ssm_GetMaintenanceWindowRequest;
extern const struct awsc_shape awsc__ssm_GetMaintenanceWindowResult;
extern const struct awsc_shape awsc__ssm_GetMaintenanceWindowTaskRequest;
extern const struct awsc_shape awsc__ssm_GetMaintenanceWindowTaskResult;
extern const struct awsc_shape awsc__ssm_GetOpsItemRequest;
extern const struct awsc_shape awsc__ssm_GetOpsItemResponse;
extern const struct awsc_shape awsc__ssm_GetOpsMetadataRequest;
extern const struct awsc_shape awsc__ssm_GetOpsMetadataResult;
extern const struct awsc_shape awsc__ssm_GetOpsSummaryRequest;
extern const struct awsc_shape awsc__ssm_GetOpsSummaryResult;
extern const struct awsc_shape awsc__ssm_GetParameterHistoryRequest;
extern const struct awsc_shape awsc__ssm_GetParameterHistoryResult;
extern const struct awsc_shape awsc__ssm_GetParameterRequest;
extern const struct awsc_shape awsc__ssm_GetParameterResult;
extern const struct awsc_shape awsc__ssm_GetParametersByPathRequest;
extern const struct awsc_shape awsc__ssm_GetParametersByPathResult;
extern const struct awsc_shape awsc__ssm_GetParametersRequest;
extern const struct awsc_shape awsc__ssm_GetParametersResult;
extern const struct awsc_shape awsc__ssm_GetPatchBaselineForPatchGroupRequest;
extern const struct awsc_shape awsc__ssm_GetPatchBaselineForPatchGroupResult;
extern const struct awsc_shape awsc__ssm_GetPatchBaselineRequest;
extern const struct awsc_shape awsc__ssm_GetPatchBaselineResult;
extern const struct awsc_shape awsc__ssm_GetResourcePoliciesRequest;
extern const struct awsc_shape awsc__ssm_GetResourcePoliciesResponse;
extern const struct awsc_shape awsc__ssm_GetServiceSettingRequest;
extern const struct awsc_shape awsc__ssm_GetServiceSettingResult;
extern const struct awsc_shape awsc__ssm_HierarchyLevelLimitExceededException;
extern const struct awsc_shape awsc__ssm_HierarchyTypeMismatchException;
extern const struct awsc_shape awsc__ssm_IdempotentParameterMismatch;
extern const struct awsc_shape awsc__ssm_IncompatiblePolicyException;
extern const struct awsc_shape awsc__ssm_InternalServerError;
extern const struct awsc_shape awsc__ssm_InvalidActivation;
extern const struct awsc_shape awsc__ssm_InvalidActivationId;
extern const struct awsc_shape awsc__ssm_InvalidAggregatorException;
extern const struct awsc_shape awsc__ssm_InvalidAllowedPatternException;
extern const struct awsc_shape awsc__ssm_InvalidAssociation;
extern const struct awsc_shape awsc__ssm_InvalidAssociationVersion;
extern const struct awsc_shape awsc__ssm_InvalidAutomationExecutionParametersException;
extern const struct awsc_shape awsc__ssm_InvalidAutomationSignalException;
extern const struct awsc_shape awsc__ssm_InvalidAutomationStatusUpdateException;
extern const struct awsc_shape awsc__ssm_InvalidCommandId;
extern const struct awsc_shape awsc__ssm_InvalidDeleteInventoryParametersException;
extern const struct awsc_shape awsc__ssm_InvalidDeletionIdException;
extern const struct awsc_shape awsc__ssm_InvalidDocument;
extern const struct awsc_shape awsc__ssm_InvalidDocumentContent;
extern const struct awsc_shape awsc__ssm_InvalidDocumentOperation;
extern const struct awsc_shape awsc__ssm_InvalidDocumentSchemaVersion;
extern const struct awsc_shape awsc__ssm_InvalidDocumentType;
extern const struct awsc_shape awsc__ssm_InvalidDocumentVersion;
extern const struct awsc_shape awsc__ssm_InvalidFilter;
extern const struct awsc_shape awsc__ssm_InvalidFilterKey;
extern const struct awsc_shape awsc__ssm_InvalidFilterOption;
extern const struct awsc_shape awsc__ssm_InvalidFilterValue;
extern const struct awsc_shape awsc__ssm_InvalidInstanceId;
extern const struct awsc_shape awsc__ssm_InvalidInstanceInformationFilterValue;
extern const struct awsc_shape awsc__ssm_InvalidInstancePropertyFilterValue;
extern const struct awsc_shape awsc__ssm_InvalidInventoryGroupException;
extern const struct awsc_shape awsc__ssm_InvalidInventoryItemContextException;
extern const struct awsc_shape awsc__ssm_InvalidInventoryRequestException;
extern const struct awsc_shape awsc__ssm_InvalidItemContentException;
extern const struct awsc_shape awsc__ssm_InvalidKeyId;
extern const struct awsc_shape awsc__ssm_InvalidNextToken;
extern const struct awsc_shape awsc__ssm_InvalidNotificationConfig;
extern const struct awsc_shape awsc__ssm_InvalidOptionException;
extern const struct awsc_shape awsc__ssm_InvalidOutputFolder;
extern const struct awsc_shape awsc__ssm_InvalidOutputLocation;
extern const struct awsc_shape awsc__ssm_InvalidParameters;
extern const struct awsc_shape awsc__ssm_InvalidPermissionType;
extern const struct awsc_shape awsc__ssm_InvalidPluginName;
extern const struct awsc_shape awsc__ssm_InvalidPolicyAttributeException;
extern const struct awsc_shape awsc__ssm_InvalidPolicyTypeException;
extern const struct awsc_shape awsc__ssm_InvalidResourceId;
extern const struct awsc_shape awsc__ssm_InvalidResourceType;
extern const struct awsc_shape awsc__ssm_InvalidResultAttributeException;
extern const struct awsc_shape awsc__ssm_InvalidRole;
extern const struct awsc_shape awsc__ssm_InvalidSchedule;
extern const struct awsc_shape awsc__ssm_InvalidTag;
extern const struct awsc_shape awsc__ssm_InvalidTarget;
extern const struct awsc_shape awsc__ssm_InvalidTargetMaps;
extern const struct awsc_shape awsc__ssm_InvalidTypeNameException;
extern const struct awsc_shape awsc__ssm_InvalidUpdate;
extern const struct awsc_shape awsc__ssm_InvocationDoesNotExist;
extern const struct awsc_shape awsc__ssm_ItemContentMismatchException;
extern const struct awsc_shape awsc__ssm_ItemSizeLimitExceededException;
extern const struct awsc_shape awsc__ssm_LabelParameterVersionRequest;
extern const struct awsc_shape awsc__ssm_LabelParameterVersionResult;
extern const struct awsc_shape awsc__ssm_ListAssociationVersionsRequest;
extern const struct awsc_shape awsc__ssm_ListAssociationVersionsResult;
extern const struct awsc_shape awsc__ssm_ListAssociationsRequest;
extern const struct awsc_shape awsc__ssm_ListAssociationsResult;
extern const struct awsc_shape awsc__ssm_ListCloudConnectorsRequest;
extern const struct awsc_shape awsc__ssm_ListCloudConnectorsResult;
extern const struct awsc_shape awsc__ssm_ListCommandInvocationsRequest;
extern const struct awsc_shape awsc__ssm_ListCommandInvocationsResult;
extern const struct awsc_shape awsc__ssm_ListCommandsRequest;
extern const struct awsc_shape awsc__ssm_ListCommandsResult;
extern const struct awsc_shape awsc__ssm_ListComplianceItemsRequest;
extern const struct awsc_shape awsc__ssm_ListComplianceItemsResult;
extern const struct awsc_shape awsc__ssm_ListComplianceSummariesRequest;
extern const struct awsc_shape awsc__ssm_ListComplianceSummariesResult;
extern const struct awsc_shape awsc__ssm_ListDocumentMetadataHistoryRequest;
extern const struct awsc_shape awsc__ssm_ListDocumentMetadataHistoryResponse;
extern const struct awsc_shape awsc__ssm_ListDocumentVersionsRequest;
extern const struct awsc_shape awsc__ssm_ListDocumentVersionsResult;
extern const struct awsc_shape awsc__ssm_ListDocumentsRequest;
extern const struct awsc_shape awsc__ssm_ListDocumentsResult;
extern const struct awsc_shape awsc__ssm_ListInventoryEntriesRequest;
extern const struct awsc_shape awsc__ssm_ListInventoryEntriesResult;
extern const struct awsc_shape awsc__ssm_ListNodesRequest;
extern const struct awsc_shape awsc__ssm_ListNodesResult;
extern const struct awsc_shape awsc__ssm_ListNodesSummaryRequest;
extern const struct awsc_shape awsc__ssm_ListNodesSummaryResult;
extern const struct awsc_shape awsc__ssm_ListOpsItemEventsRequest;
extern const struct awsc_shape awsc__ssm_ListOpsItemEventsResponse;
extern const struct awsc_shape awsc__ssm_ListOpsItemRelatedItemsRequest;
extern const struct awsc_shape awsc__ssm_ListOpsItemRelatedItemsResponse;
extern const struct awsc_shape awsc__ssm_ListOpsMetadataRequest;
extern const struct awsc_shape awsc__ssm_ListOpsMetadataResult;
extern const struct awsc_shape awsc__ssm_ListResourceComplianceSummariesRequest;
extern const struct awsc_shape awsc__ssm_ListResourceComplianceSummariesResult;
extern const struct awsc_shape awsc__ssm_ListResourceDataSyncRequest;
extern const struct awsc_shape awsc__ssm_ListResourceDataSyncResult;
extern const struct awsc_shape awsc__ssm_ListTagsForResourceRequest;
extern const struct awsc_shape awsc__ssm_ListTagsForResourceResult;
extern const struct awsc_shape awsc__ssm_MalformedResourcePolicyDocumentException;
extern const struct awsc_shape awsc__ssm_MaxDocumentSizeExceeded;
extern const struct awsc_shape awsc__ssm_ModifyDocumentPermissionRequest;
extern const struct awsc_shape awsc__ssm_ModifyDocumentPermissionResponse;
extern const struct awsc_shape awsc__ssm_NoLongerSupportedException;
extern const struct awsc_shape awsc__ssm_OpsItemAccessDeniedException;
extern const struct awsc_shape awsc__ssm_OpsItemAlreadyExistsException;
extern const struct awsc_shape awsc__ssm_OpsItemConflictException;
extern const struct awsc_shape awsc__ssm_OpsItemInvalidParameterException;
extern const struct awsc_shape awsc__ssm_OpsItemLimitExceededException;
extern const struct awsc_shape awsc__ssm_OpsItemNotFoundException;
extern const struct awsc_shape awsc__ssm_OpsItemRelatedItemAlreadyExistsException;
extern const struct awsc_shape awsc__ssm_OpsItemRelatedItemAssociationNotFoundException;
extern const struct awsc_shape awsc__ssm_OpsMetadataAlreadyExistsException;
extern const struct awsc_shape awsc__ssm_OpsMetadataInvalidArgumentException;
extern const struct awsc_shape awsc__ssm_OpsMetadataKeyLimitExceededException;
extern const struct awsc_shape awsc__ssm_OpsMetadataLimitExceededException;
extern const struct awsc_shape awsc__ssm_OpsMetadataNotFoundException;
extern const struct awsc_shape awsc__ssm_OpsMetadataTooManyUpdatesException;
extern const struct awsc_shape awsc__ssm_ParameterAlreadyExists;
extern const struct awsc_shape awsc__ssm_ParameterLimitExceeded;
extern const struct awsc_shape awsc__ssm_ParameterMaxVersionLimitExceeded;
extern const struct awsc_shape awsc__ssm_ParameterNotFound;
extern const struct awsc_shape awsc__ssm_ParameterPatternMismatchException;
extern const struct awsc_shape awsc__ssm_ParameterVersionLabelLimitExceeded;
extern const struct awsc_shape awsc__ssm_ParameterVersionNotFound;
extern const struct awsc_shape awsc__ssm_PoliciesLimitExceededException;
extern const struct awsc_shape awsc__ssm_PutComplianceItemsRequest;
extern const struct awsc_shape awsc__ssm_PutComplianceItemsResult;
extern const struct awsc_shape awsc__ssm_PutInventoryRequest;
extern const struct awsc_shape awsc__ssm_PutInventoryResult;
extern const struct awsc_shape awsc__ssm_PutParameterRequest;
extern const struct awsc_shape awsc__ssm_PutParameterResult;
extern const struct awsc_shape awsc__ssm_PutResourcePolicyRequest;
extern const struct awsc_shape awsc__ssm_PutResourcePolicyResponse;
extern const struct awsc_shape awsc__ssm_RegisterDefaultPatchBaselineRequest;
extern const struct awsc_shape awsc__ssm_RegisterDefaultPatchBaselineResult;
extern const struct awsc_shape awsc__ssm_RegisterPatchBaselineForPatchGroupRequest;
extern const struct awsc_shape awsc__ssm_RegisterPatchBaselineForPatchGroupResult;
extern const struct awsc_shape awsc__ssm_RegisterTargetWithMaintenanceWindowRequest;
extern const struct awsc_shape awsc__ssm_RegisterTargetWithMaintenanceWindowResult;
extern const struct awsc_shape awsc__ssm_RegisterTaskWithMaintenanceWindowRequest;
extern const struct awsc_shape awsc__ssm_RegisterTaskWithMaintenanceWindowResult;
extern const struct awsc_shape awsc__ssm_RemoveTagsFromResourceRequest;
extern const struct awsc_shape awsc__ssm_RemoveTagsFromResourceResult;
extern const struct awsc_shape awsc__ssm_ResetServiceSettingRequest;
extern const struct awsc_shape awsc__ssm_ResetServiceSettingResult;
extern const struct awsc_shape awsc__ssm_ResourceDataSyncAlreadyExistsException;
extern const struct awsc_shape awsc__ssm_ResourceDataSyncConflictException;
extern const struct awsc_shape awsc__ssm_ResourceDataSyncCountExceededException;
extern const struct awsc_shape awsc__ssm_ResourceDataSyncInvalidConfigurationException;
extern const struct awsc_shape awsc__ssm_ResourceDataSyncNotFoundException;
extern const struct awsc_shape awsc__ssm_ResourceInUseException;
extern const struct awsc_shape awsc__ssm_ResourceLimitExceededException;
extern const struct awsc_shape awsc__ssm_ResourceNotFoundException;
extern const struct awsc_shape awsc__ssm_ResourcePolicyConflictException;
extern const struct awsc_shape awsc__ssm_ResourcePolicyInvalidParameterException;
extern const struct awsc_shape awsc__ssm_ResourcePolicyLimitExceededException;
extern const struct awsc_shape awsc__ssm_ResourcePolicyNotFoundException;
extern const struct awsc_shape awsc__ssm_ResumeSessionRequest;
extern const struct awsc_shape awsc__ssm_ResumeSessionResponse;
extern const struct awsc_shape awsc__ssm_SendAutomationSignalRequest;
extern const struct awsc_shape awsc__ssm_SendAutomationSignalResult;
extern const struct awsc_shape awsc__ssm_SendCommandRequest;
extern const struct awsc_shape awsc__ssm_SendCommandResult;
extern const struct awsc_shape awsc__ssm_ServiceQuotaExceededException;
extern const struct awsc_shape awsc__ssm_ServiceSettingNotFound;
extern const struct awsc_shape awsc__ssm_StartAccessRequestRequest;
extern const struct awsc_shape awsc__ssm_StartAccessRequestResponse;
extern const struct awsc_shape awsc__ssm_StartAssociationsOnceRequest;
extern const struct awsc_shape awsc__ssm_StartAssociationsOnceResult;
extern const struct awsc_shape awsc__ssm_StartAutomationExecutionRequest;
extern const struct awsc_shape awsc__ssm_StartAutomationExecutionResult;
extern const struct awsc_shape awsc__ssm_StartChangeRequestExecutionRequest;
extern const struct awsc_shape awsc__ssm_StartChangeRequestExecutionResult;
extern const struct awsc_shape awsc__ssm_StartExecutionPreviewRequest;
extern const struct awsc_shape awsc__ssm_StartExecutionPreviewResponse;
extern const struct awsc_shape awsc__ssm_StartSessionRequest;
extern const struct awsc_shape awsc__ssm_StartSessionResponse;
extern const struct awsc_shape awsc__ssm_StatusUnchanged;
extern const struct awsc_shape awsc__ssm_StopAutomationExecutionRequest;
extern const struct awsc_shape awsc__ssm_StopAutomationExecutionResult;
extern const struct awsc_shape awsc__ssm_SubTypeCountLimitExceededException;
extern const struct awsc_shape awsc__ssm_TargetInUseException;
extern const struct awsc_shape awsc__ssm_TargetNotConnected;
extern const struct awsc_shape awsc__ssm_TerminateSessionRequest;
extern const struct awsc_shape awsc__ssm_TerminateSessionResponse;
extern const struct awsc_shape awsc__ssm_ThrottlingException;
extern const struct awsc_shape awsc__ssm_TooManyTagsError;
extern const struct awsc_shape awsc__ssm_TooManyUpdates;
extern const struct awsc_shape awsc__ssm_TotalSizeLimitExceededException;
extern const struct awsc_shape awsc__ssm_UnlabelParameterVersionRequest;
extern const struct awsc_shape awsc__ssm_UnlabelParameterVersionResult;
extern const struct awsc_shape awsc__ssm_UnsupportedCalendarException;
extern const struct awsc_shape awsc__ssm_UnsupportedFeatureRequiredException;
extern const struct awsc_shape awsc__ssm_UnsupportedInventoryItemContextException;
extern const struct awsc_shape awsc__ssm_UnsupportedInventorySchemaVersionException;
extern const struct awsc_shape awsc__ssm_UnsupportedOperatingSystem;
extern const struct awsc_shape awsc__ssm_UnsupportedOperationException;
extern const struct awsc_shape awsc__ssm_UnsupportedParameterType;
extern const struct awsc_shape awsc__ssm_UnsupportedPlatformType;
extern const struct awsc_shape awsc__ssm_UpdateAssociationRequest;
extern const struct awsc_shape awsc__ssm_UpdateAssociationResult;
extern const struct awsc_shape awsc__ssm_UpdateAssociationStatusRequest;
extern const struct awsc_shape awsc__ssm_UpdateAssociationStatusResult;
extern const struct awsc_shape awsc__ssm_UpdateCloudConnectorRequest;
extern const struct awsc_shape awsc__ssm_UpdateCloudConnectorResult;
extern const struct awsc_shape awsc__ssm_UpdateDocumentDefaultVersionRequest;
extern const struct awsc_shape awsc__ssm_UpdateDocumentDefaultVersionResult;
extern const struct awsc_shape awsc__ssm_UpdateDocumentMetadataRequest;
extern const struct awsc_shape awsc__ssm_UpdateDocumentMetadataResponse;
extern const struct awsc_shape awsc__ssm_UpdateDocumentRequest;
extern const struct awsc_shape awsc__ssm_UpdateDocumentResult;
extern const struct awsc_shape awsc__ssm_UpdateMaintenanceWindowRequest;
extern const struct awsc_shape awsc__ssm_UpdateMaintenanceWindowResult;
extern const struct awsc_shape awsc__ssm_UpdateMaintenanceWindowTargetRequest;
extern const struct awsc_shape awsc__ssm_UpdateMaintenanceWindowTargetResult;
extern const struct awsc_shape awsc__ssm_UpdateMaintenanceWindowTaskRequest;
extern const struct awsc_shape awsc__ssm_UpdateMaintenanceWindowTaskResult;
extern const struct awsc_shape awsc__ssm_UpdateManagedInstanceRoleRequest;
extern const struct awsc_shape awsc__ssm_UpdateManagedInstanceRoleResult;
extern const struct awsc_shape awsc__ssm_UpdateOpsItemRequest;
extern const struct awsc_shape awsc__ssm_UpdateOpsItemResponse;
extern const struct awsc_shape awsc__ssm_UpdateOpsMetadataRequest;
extern const struct awsc_shape awsc__ssm_UpdateOpsMetadataResult;
extern const struct awsc_shape awsc__ssm_UpdatePatchBaselineRequest;
extern const struct awsc_shape awsc__ssm_UpdatePatchBaselineResult;
extern const struct awsc_shape awsc__ssm_UpdateResourceDataSyncRequest;
extern const struct awsc_shape awsc__ssm_UpdateResourceDataSyncResult;
extern const struct awsc_shape awsc__ssm_UpdateServiceSettingRequest;
extern const struct awsc_shape awsc__ssm_UpdateServiceSettingResult;
extern const struct awsc_shape awsc__ssm_ValidateCloudConnectorRequest;
extern const struct awsc_shape awsc__ssm_ValidateCloudConnectorResult;
extern const struct awsc_shape awsc__ssm_ValidationException;

extern const struct awsc_ruleset awsc__ssm_ruleset;
static const struct awsc_shape *const op_AddTagsToResource_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidResourceId,
    &awsc__ssm_InvalidResourceType,
    &awsc__ssm_TooManyTagsError,
    &awsc__ssm_TooManyUpdates,
};

static const struct awsc_operation op_AddTagsToResource = {
    .name = "AddTagsToResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_AddTagsToResourceRequest,
    .output = &awsc__ssm_AddTagsToResourceResult,
    .errors = op_AddTagsToResource_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_add_tags_to_resource(struct awsc_client *client,
                                  const struct awsc_ssm_add_tags_to_resource_input *input,
                                  struct awsc_ssm_add_tags_to_resource_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_AddTagsToResource, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void add_tags_to_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_add_tags_to_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_add_tags_to_resource_async(struct awsc_client *client,
                                        const struct awsc_ssm_add_tags_to_resource_input *input,
                                        awsc_ssm_add_tags_to_resource_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AddTagsToResource, input, add_tags_to_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_AssociateOpsItemRelatedItem_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_OpsItemConflictException,
    &awsc__ssm_OpsItemInvalidParameterException,
    &awsc__ssm_OpsItemLimitExceededException,
    &awsc__ssm_OpsItemNotFoundException,
    &awsc__ssm_OpsItemRelatedItemAlreadyExistsException,
};

static const struct awsc_operation op_AssociateOpsItemRelatedItem = {
    .name = "AssociateOpsItemRelatedItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_AssociateOpsItemRelatedItemRequest,
    .output = &awsc__ssm_AssociateOpsItemRelatedItemResponse,
    .errors = op_AssociateOpsItemRelatedItem_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_associate_ops_item_related_item(struct awsc_client *client,
                                             const struct awsc_ssm_associate_ops_item_related_item_input *input,
                                             struct awsc_ssm_associate_ops_item_related_item_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_AssociateOpsItemRelatedItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void associate_ops_item_related_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_associate_ops_item_related_item_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_associate_ops_item_related_item_async(struct awsc_client *client,
                                                   const struct awsc_ssm_associate_ops_item_related_item_input *input,
                                                   awsc_ssm_associate_ops_item_related_item_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_AssociateOpsItemRelatedItem, input, associate_ops_item_related_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CancelCommand_errors[] = {
    &awsc__ssm_DuplicateInstanceId,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidCommandId,
    &awsc__ssm_InvalidInstanceId,
};

static const struct awsc_operation op_CancelCommand = {
    .name = "CancelCommand",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_CancelCommandRequest,
    .output = &awsc__ssm_CancelCommandResult,
    .errors = op_CancelCommand_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_cancel_command(struct awsc_client *client,
                            const struct awsc_ssm_cancel_command_input *input,
                            struct awsc_ssm_cancel_command_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CancelCommand, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void cancel_command_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_cancel_command_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_cancel_command_async(struct awsc_client *client,
                                  const struct awsc_ssm_cancel_command_input *input,
                                  awsc_ssm_cancel_command_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CancelCommand, input, cancel_command_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CancelMaintenanceWindowExecution_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_CancelMaintenanceWindowExecution = {
    .name = "CancelMaintenanceWindowExecution",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_CancelMaintenanceWindowExecutionRequest,
    .output = &awsc__ssm_CancelMaintenanceWindowExecutionResult,
    .errors = op_CancelMaintenanceWindowExecution_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_cancel_maintenance_window_execution(struct awsc_client *client,
                                                 const struct awsc_ssm_cancel_maintenance_window_execution_input *input,
                                                 struct awsc_ssm_cancel_maintenance_window_execution_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CancelMaintenanceWindowExecution, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void cancel_maintenance_window_execution_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_cancel_maintenance_window_execution_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_cancel_maintenance_window_execution_async(struct awsc_client *client,
                                                       const struct awsc_ssm_cancel_maintenance_window_execution_input *input,
                                                       awsc_ssm_cancel_maintenance_window_execution_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CancelMaintenanceWindowExecution, input, cancel_maintenance_window_execution_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateActivation_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidParameters,
};

static const struct awsc_operation op_CreateActivation = {
    .name = "CreateActivation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_CreateActivationRequest,
    .output = &awsc__ssm_CreateActivationResult,
    .errors = op_CreateActivation_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_activation(struct awsc_client *client,
                               const struct awsc_ssm_create_activation_input *input,
                               struct awsc_ssm_create_activation_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateActivation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_activation_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_activation_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_activation_async(struct awsc_client *client,
                                     const struct awsc_ssm_create_activation_input *input,
                                     awsc_ssm_create_activation_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateActivation, input, create_activation_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateAssociation_errors[] = {
    &awsc__ssm_AssociationAlreadyExists,
    &awsc__ssm_AssociationLimitExceeded,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidDocumentVersion,
    &awsc__ssm_InvalidInstanceId,
    &awsc__ssm_InvalidOutputLocation,
    &awsc__ssm_InvalidParameters,
    &awsc__ssm_InvalidSchedule,
    &awsc__ssm_InvalidTag,
    &awsc__ssm_InvalidTarget,
    &awsc__ssm_InvalidTargetMaps,
    &awsc__ssm_UnsupportedPlatformType,
};

static const struct awsc_operation op_CreateAssociation = {
    .name = "CreateAssociation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_CreateAssociationRequest,
    .output = &awsc__ssm_CreateAssociationResult,
    .errors = op_CreateAssociation_errors,
    .error_count = 13,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_association(struct awsc_client *client,
                                const struct awsc_ssm_create_association_input *input,
                                struct awsc_ssm_create_association_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateAssociation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_association_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_association_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_association_async(struct awsc_client *client,
                                      const struct awsc_ssm_create_association_input *input,
                                      awsc_ssm_create_association_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateAssociation, input, create_association_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateAssociationBatch_errors[] = {
    &awsc__ssm_AssociationLimitExceeded,
    &awsc__ssm_DuplicateInstanceId,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidDocumentVersion,
    &awsc__ssm_InvalidInstanceId,
    &awsc__ssm_InvalidOutputLocation,
    &awsc__ssm_InvalidParameters,
    &awsc__ssm_InvalidSchedule,
    &awsc__ssm_InvalidTarget,
    &awsc__ssm_InvalidTargetMaps,
    &awsc__ssm_UnsupportedPlatformType,
};

static const struct awsc_operation op_CreateAssociationBatch = {
    .name = "CreateAssociationBatch",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_CreateAssociationBatchRequest,
    .output = &awsc__ssm_CreateAssociationBatchResult,
    .errors = op_CreateAssociationBatch_errors,
    .error_count = 12,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_association_batch(struct awsc_client *client,
                                      const struct awsc_ssm_create_association_batch_input *input,
                                      struct awsc_ssm_create_association_batch_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateAssociationBatch, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_association_batch_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_association_batch_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_association_batch_async(struct awsc_client *client,
                                            const struct awsc_ssm_create_association_batch_input *input,
                                            awsc_ssm_create_association_batch_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateAssociationBatch, input, create_association_batch_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateCloudConnector_errors[] = {
    &awsc__ssm_ConflictException,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ServiceQuotaExceededException,
};

static const struct awsc_operation op_CreateCloudConnector = {
    .name = "CreateCloudConnector",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_CreateCloudConnectorRequest,
    .output = &awsc__ssm_CreateCloudConnectorResult,
    .errors = op_CreateCloudConnector_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_cloud_connector(struct awsc_client *client,
                                    const struct awsc_ssm_create_cloud_connector_input *input,
                                    struct awsc_ssm_create_cloud_connector_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateCloudConnector, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_cloud_connector_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_cloud_connector_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_cloud_connector_async(struct awsc_client *client,
                                          const struct awsc_ssm_create_cloud_connector_input *input,
                                          awsc_ssm_create_cloud_connector_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateCloudConnector, input, create_cloud_connector_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateDocument_errors[] = {
    &awsc__ssm_DocumentAlreadyExists,
    &awsc__ssm_DocumentLimitExceeded,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocumentContent,
    &awsc__ssm_InvalidDocumentSchemaVersion,
    &awsc__ssm_MaxDocumentSizeExceeded,
    &awsc__ssm_NoLongerSupportedException,
    &awsc__ssm_TooManyUpdates,
};

static const struct awsc_operation op_CreateDocument = {
    .name = "CreateDocument",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_CreateDocumentRequest,
    .output = &awsc__ssm_CreateDocumentResult,
    .errors = op_CreateDocument_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_document(struct awsc_client *client,
                             const struct awsc_ssm_create_document_input *input,
                             struct awsc_ssm_create_document_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateDocument, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_document_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_document_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_document_async(struct awsc_client *client,
                                   const struct awsc_ssm_create_document_input *input,
                                   awsc_ssm_create_document_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateDocument, input, create_document_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateMaintenanceWindow_errors[] = {
    &awsc__ssm_IdempotentParameterMismatch,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ResourceLimitExceededException,
};

static const struct awsc_operation op_CreateMaintenanceWindow = {
    .name = "CreateMaintenanceWindow",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_CreateMaintenanceWindowRequest,
    .output = &awsc__ssm_CreateMaintenanceWindowResult,
    .errors = op_CreateMaintenanceWindow_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_maintenance_window(struct awsc_client *client,
                                       const struct awsc_ssm_create_maintenance_window_input *input,
                                       struct awsc_ssm_create_maintenance_window_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateMaintenanceWindow, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_maintenance_window_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_maintenance_window_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_maintenance_window_async(struct awsc_client *client,
                                             const struct awsc_ssm_create_maintenance_window_input *input,
                                             awsc_ssm_create_maintenance_window_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateMaintenanceWindow, input, create_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateOpsItem_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_OpsItemAccessDeniedException,
    &awsc__ssm_OpsItemAlreadyExistsException,
    &awsc__ssm_OpsItemInvalidParameterException,
    &awsc__ssm_OpsItemLimitExceededException,
};

static const struct awsc_operation op_CreateOpsItem = {
    .name = "CreateOpsItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_CreateOpsItemRequest,
    .output = &awsc__ssm_CreateOpsItemResponse,
    .errors = op_CreateOpsItem_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_ops_item(struct awsc_client *client,
                             const struct awsc_ssm_create_ops_item_input *input,
                             struct awsc_ssm_create_ops_item_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateOpsItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_ops_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_ops_item_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_ops_item_async(struct awsc_client *client,
                                   const struct awsc_ssm_create_ops_item_input *input,
                                   awsc_ssm_create_ops_item_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateOpsItem, input, create_ops_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateOpsMetadata_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_OpsMetadataAlreadyExistsException,
    &awsc__ssm_OpsMetadataInvalidArgumentException,
    &awsc__ssm_OpsMetadataLimitExceededException,
    &awsc__ssm_OpsMetadataTooManyUpdatesException,
};

static const struct awsc_operation op_CreateOpsMetadata = {
    .name = "CreateOpsMetadata",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_CreateOpsMetadataRequest,
    .output = &awsc__ssm_CreateOpsMetadataResult,
    .errors = op_CreateOpsMetadata_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_ops_metadata(struct awsc_client *client,
                                 const struct awsc_ssm_create_ops_metadata_input *input,
                                 struct awsc_ssm_create_ops_metadata_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateOpsMetadata, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_ops_metadata_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_ops_metadata_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_ops_metadata_async(struct awsc_client *client,
                                       const struct awsc_ssm_create_ops_metadata_input *input,
                                       awsc_ssm_create_ops_metadata_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateOpsMetadata, input, create_ops_metadata_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreatePatchBaseline_errors[] = {
    &awsc__ssm_IdempotentParameterMismatch,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ResourceLimitExceededException,
};

static const struct awsc_operation op_CreatePatchBaseline = {
    .name = "CreatePatchBaseline",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_CreatePatchBaselineRequest,
    .output = &awsc__ssm_CreatePatchBaselineResult,
    .errors = op_CreatePatchBaseline_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_patch_baseline(struct awsc_client *client,
                                   const struct awsc_ssm_create_patch_baseline_input *input,
                                   struct awsc_ssm_create_patch_baseline_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreatePatchBaseline, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_patch_baseline_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_patch_baseline_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_patch_baseline_async(struct awsc_client *client,
                                         const struct awsc_ssm_create_patch_baseline_input *input,
                                         awsc_ssm_create_patch_baseline_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreatePatchBaseline, input, create_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_CreateResourceDataSync_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ResourceDataSyncAlreadyExistsException,
    &awsc__ssm_ResourceDataSyncCountExceededException,
    &awsc__ssm_ResourceDataSyncInvalidConfigurationException,
};

static const struct awsc_operation op_CreateResourceDataSync = {
    .name = "CreateResourceDataSync",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_CreateResourceDataSyncRequest,
    .output = &awsc__ssm_CreateResourceDataSyncResult,
    .errors = op_CreateResourceDataSync_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_create_resource_data_sync(struct awsc_client *client,
                                       const struct awsc_ssm_create_resource_data_sync_input *input,
                                       struct awsc_ssm_create_resource_data_sync_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_CreateResourceDataSync, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void create_resource_data_sync_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_create_resource_data_sync_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_create_resource_data_sync_async(struct awsc_client *client,
                                             const struct awsc_ssm_create_resource_data_sync_input *input,
                                             awsc_ssm_create_resource_data_sync_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_CreateResourceDataSync, input, create_resource_data_sync_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteActivation_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidActivation,
    &awsc__ssm_InvalidActivationId,
    &awsc__ssm_TooManyUpdates,
};

static const struct awsc_operation op_DeleteActivation = {
    .name = "DeleteActivation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DeleteActivationRequest,
    .output = &awsc__ssm_DeleteActivationResult,
    .errors = op_DeleteActivation_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_activation(struct awsc_client *client,
                               const struct awsc_ssm_delete_activation_input *input,
                               struct awsc_ssm_delete_activation_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteActivation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_activation_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_activation_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_activation_async(struct awsc_client *client,
                                     const struct awsc_ssm_delete_activation_input *input,
                                     awsc_ssm_delete_activation_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteActivation, input, delete_activation_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteAssociation_errors[] = {
    &awsc__ssm_AssociationDoesNotExist,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidInstanceId,
    &awsc__ssm_TooManyUpdates,
};

static const struct awsc_operation op_DeleteAssociation = {
    .name = "DeleteAssociation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DeleteAssociationRequest,
    .output = &awsc__ssm_DeleteAssociationResult,
    .errors = op_DeleteAssociation_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_association(struct awsc_client *client,
                                const struct awsc_ssm_delete_association_input *input,
                                struct awsc_ssm_delete_association_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteAssociation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_association_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_association_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_association_async(struct awsc_client *client,
                                      const struct awsc_ssm_delete_association_input *input,
                                      awsc_ssm_delete_association_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteAssociation, input, delete_association_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteCloudConnector_errors[] = {
    &awsc__ssm_ConflictException,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ResourceNotFoundException,
};

static const struct awsc_operation op_DeleteCloudConnector = {
    .name = "DeleteCloudConnector",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DeleteCloudConnectorRequest,
    .output = &awsc__ssm_DeleteCloudConnectorResult,
    .errors = op_DeleteCloudConnector_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_cloud_connector(struct awsc_client *client,
                                    const struct awsc_ssm_delete_cloud_connector_input *input,
                                    struct awsc_ssm_delete_cloud_connector_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteCloudConnector, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_cloud_connector_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_cloud_connector_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_cloud_connector_async(struct awsc_client *client,
                                          const struct awsc_ssm_delete_cloud_connector_input *input,
                                          awsc_ssm_delete_cloud_connector_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteCloudConnector, input, delete_cloud_connector_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteDocument_errors[] = {
    &awsc__ssm_AssociatedInstances,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidDocumentOperation,
    &awsc__ssm_TooManyUpdates,
};

static const struct awsc_operation op_DeleteDocument = {
    .name = "DeleteDocument",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DeleteDocumentRequest,
    .output = &awsc__ssm_DeleteDocumentResult,
    .errors = op_DeleteDocument_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_document(struct awsc_client *client,
                             const struct awsc_ssm_delete_document_input *input,
                             struct awsc_ssm_delete_document_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteDocument, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_document_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_document_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_document_async(struct awsc_client *client,
                                   const struct awsc_ssm_delete_document_input *input,
                                   awsc_ssm_delete_document_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteDocument, input, delete_document_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteInventory_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDeleteInventoryParametersException,
    &awsc__ssm_InvalidInventoryRequestException,
    &awsc__ssm_InvalidOptionException,
    &awsc__ssm_InvalidTypeNameException,
};

static const struct awsc_operation op_DeleteInventory = {
    .name = "DeleteInventory",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DeleteInventoryRequest,
    .output = &awsc__ssm_DeleteInventoryResult,
    .errors = op_DeleteInventory_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_inventory(struct awsc_client *client,
                              const struct awsc_ssm_delete_inventory_input *input,
                              struct awsc_ssm_delete_inventory_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteInventory, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_inventory_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_inventory_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_inventory_async(struct awsc_client *client,
                                    const struct awsc_ssm_delete_inventory_input *input,
                                    awsc_ssm_delete_inventory_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteInventory, input, delete_inventory_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteMaintenanceWindow_errors[] = {
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_DeleteMaintenanceWindow = {
    .name = "DeleteMaintenanceWindow",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DeleteMaintenanceWindowRequest,
    .output = &awsc__ssm_DeleteMaintenanceWindowResult,
    .errors = op_DeleteMaintenanceWindow_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_maintenance_window(struct awsc_client *client,
                                       const struct awsc_ssm_delete_maintenance_window_input *input,
                                       struct awsc_ssm_delete_maintenance_window_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteMaintenanceWindow, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_maintenance_window_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_maintenance_window_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_maintenance_window_async(struct awsc_client *client,
                                             const struct awsc_ssm_delete_maintenance_window_input *input,
                                             awsc_ssm_delete_maintenance_window_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteMaintenanceWindow, input, delete_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteOpsItem_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_OpsItemInvalidParameterException,
};

static const struct awsc_operation op_DeleteOpsItem = {
    .name = "DeleteOpsItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DeleteOpsItemRequest,
    .output = &awsc__ssm_DeleteOpsItemResponse,
    .errors = op_DeleteOpsItem_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_ops_item(struct awsc_client *client,
                             const struct awsc_ssm_delete_ops_item_input *input,
                             struct awsc_ssm_delete_ops_item_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteOpsItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_ops_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_ops_item_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_ops_item_async(struct awsc_client *client,
                                   const struct awsc_ssm_delete_ops_item_input *input,
                                   awsc_ssm_delete_ops_item_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteOpsItem, input, delete_ops_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteOpsMetadata_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_OpsMetadataInvalidArgumentException,
    &awsc__ssm_OpsMetadataNotFoundException,
};

static const struct awsc_operation op_DeleteOpsMetadata = {
    .name = "DeleteOpsMetadata",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DeleteOpsMetadataRequest,
    .output = &awsc__ssm_DeleteOpsMetadataResult,
    .errors = op_DeleteOpsMetadata_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_ops_metadata(struct awsc_client *client,
                                 const struct awsc_ssm_delete_ops_metadata_input *input,
                                 struct awsc_ssm_delete_ops_metadata_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteOpsMetadata, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_ops_metadata_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_ops_metadata_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_ops_metadata_async(struct awsc_client *client,
                                       const struct awsc_ssm_delete_ops_metadata_input *input,
                                       awsc_ssm_delete_ops_metadata_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteOpsMetadata, input, delete_ops_metadata_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteParameter_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ParameterNotFound,
};

static const struct awsc_operation op_DeleteParameter = {
    .name = "DeleteParameter",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DeleteParameterRequest,
    .output = &awsc__ssm_DeleteParameterResult,
    .errors = op_DeleteParameter_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_parameter(struct awsc_client *client,
                              const struct awsc_ssm_delete_parameter_input *input,
                              struct awsc_ssm_delete_parameter_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteParameter, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_parameter_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_parameter_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_parameter_async(struct awsc_client *client,
                                    const struct awsc_ssm_delete_parameter_input *input,
                                    awsc_ssm_delete_parameter_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteParameter, input, delete_parameter_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteParameters_errors[] = {
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_DeleteParameters = {
    .name = "DeleteParameters",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DeleteParametersRequest,
    .output = &awsc__ssm_DeleteParametersResult,
    .errors = op_DeleteParameters_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_parameters(struct awsc_client *client,
                               const struct awsc_ssm_delete_parameters_input *input,
                               struct awsc_ssm_delete_parameters_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteParameters, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_parameters_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_parameters_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_parameters_async(struct awsc_client *client,
                                     const struct awsc_ssm_delete_parameters_input *input,
                                     awsc_ssm_delete_parameters_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteParameters, input, delete_parameters_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeletePatchBaseline_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ResourceInUseException,
};

static const struct awsc_operation op_DeletePatchBaseline = {
    .name = "DeletePatchBaseline",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DeletePatchBaselineRequest,
    .output = &awsc__ssm_DeletePatchBaselineResult,
    .errors = op_DeletePatchBaseline_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_patch_baseline(struct awsc_client *client,
                                   const struct awsc_ssm_delete_patch_baseline_input *input,
                                   struct awsc_ssm_delete_patch_baseline_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeletePatchBaseline, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_patch_baseline_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_patch_baseline_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_patch_baseline_async(struct awsc_client *client,
                                         const struct awsc_ssm_delete_patch_baseline_input *input,
                                         awsc_ssm_delete_patch_baseline_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeletePatchBaseline, input, delete_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteResourceDataSync_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ResourceDataSyncInvalidConfigurationException,
    &awsc__ssm_ResourceDataSyncNotFoundException,
};

static const struct awsc_operation op_DeleteResourceDataSync = {
    .name = "DeleteResourceDataSync",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DeleteResourceDataSyncRequest,
    .output = &awsc__ssm_DeleteResourceDataSyncResult,
    .errors = op_DeleteResourceDataSync_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_resource_data_sync(struct awsc_client *client,
                                       const struct awsc_ssm_delete_resource_data_sync_input *input,
                                       struct awsc_ssm_delete_resource_data_sync_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteResourceDataSync, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_resource_data_sync_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_resource_data_sync_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_resource_data_sync_async(struct awsc_client *client,
                                             const struct awsc_ssm_delete_resource_data_sync_input *input,
                                             awsc_ssm_delete_resource_data_sync_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteResourceDataSync, input, delete_resource_data_sync_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeleteResourcePolicy_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_MalformedResourcePolicyDocumentException,
    &awsc__ssm_ResourceNotFoundException,
    &awsc__ssm_ResourcePolicyConflictException,
    &awsc__ssm_ResourcePolicyInvalidParameterException,
    &awsc__ssm_ResourcePolicyNotFoundException,
};

static const struct awsc_operation op_DeleteResourcePolicy = {
    .name = "DeleteResourcePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DeleteResourcePolicyRequest,
    .output = &awsc__ssm_DeleteResourcePolicyResponse,
    .errors = op_DeleteResourcePolicy_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_delete_resource_policy(struct awsc_client *client,
                                    const struct awsc_ssm_delete_resource_policy_input *input,
                                    struct awsc_ssm_delete_resource_policy_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeleteResourcePolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void delete_resource_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_delete_resource_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_delete_resource_policy_async(struct awsc_client *client,
                                          const struct awsc_ssm_delete_resource_policy_input *input,
                                          awsc_ssm_delete_resource_policy_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeleteResourcePolicy, input, delete_resource_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeregisterManagedInstance_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidInstanceId,
};

static const struct awsc_operation op_DeregisterManagedInstance = {
    .name = "DeregisterManagedInstance",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DeregisterManagedInstanceRequest,
    .output = &awsc__ssm_DeregisterManagedInstanceResult,
    .errors = op_DeregisterManagedInstance_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_deregister_managed_instance(struct awsc_client *client,
                                         const struct awsc_ssm_deregister_managed_instance_input *input,
                                         struct awsc_ssm_deregister_managed_instance_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeregisterManagedInstance, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void deregister_managed_instance_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_deregister_managed_instance_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_deregister_managed_instance_async(struct awsc_client *client,
                                               const struct awsc_ssm_deregister_managed_instance_input *input,
                                               awsc_ssm_deregister_managed_instance_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeregisterManagedInstance, input, deregister_managed_instance_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeregisterPatchBaselineForPatchGroup_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidResourceId,
};

static const struct awsc_operation op_DeregisterPatchBaselineForPatchGroup = {
    .name = "DeregisterPatchBaselineForPatchGroup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DeregisterPatchBaselineForPatchGroupRequest,
    .output = &awsc__ssm_DeregisterPatchBaselineForPatchGroupResult,
    .errors = op_DeregisterPatchBaselineForPatchGroup_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_deregister_patch_baseline_for_patch_group(struct awsc_client *client,
                                                       const struct awsc_ssm_deregister_patch_baseline_for_patch_group_input *input,
                                                       struct awsc_ssm_deregister_patch_baseline_for_patch_group_output **output,
                                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeregisterPatchBaselineForPatchGroup, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void deregister_patch_baseline_for_patch_group_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_deregister_patch_baseline_for_patch_group_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_deregister_patch_baseline_for_patch_group_async(struct awsc_client *client,
                                                             const struct awsc_ssm_deregister_patch_baseline_for_patch_group_input *input,
                                                             awsc_ssm_deregister_patch_baseline_for_patch_group_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeregisterPatchBaselineForPatchGroup, input, deregister_patch_baseline_for_patch_group_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeregisterTargetFromMaintenanceWindow_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_TargetInUseException,
};

static const struct awsc_operation op_DeregisterTargetFromMaintenanceWindow = {
    .name = "DeregisterTargetFromMaintenanceWindow",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DeregisterTargetFromMaintenanceWindowRequest,
    .output = &awsc__ssm_DeregisterTargetFromMaintenanceWindowResult,
    .errors = op_DeregisterTargetFromMaintenanceWindow_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_deregister_target_from_maintenance_window(struct awsc_client *client,
                                                       const struct awsc_ssm_deregister_target_from_maintenance_window_input *input,
                                                       struct awsc_ssm_deregister_target_from_maintenance_window_output **output,
                                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeregisterTargetFromMaintenanceWindow, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void deregister_target_from_maintenance_window_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_deregister_target_from_maintenance_window_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_deregister_target_from_maintenance_window_async(struct awsc_client *client,
                                                             const struct awsc_ssm_deregister_target_from_maintenance_window_input *input,
                                                             awsc_ssm_deregister_target_from_maintenance_window_cb *cb,
                                                             void *user_data,
                                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeregisterTargetFromMaintenanceWindow, input, deregister_target_from_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DeregisterTaskFromMaintenanceWindow_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_DeregisterTaskFromMaintenanceWindow = {
    .name = "DeregisterTaskFromMaintenanceWindow",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DeregisterTaskFromMaintenanceWindowRequest,
    .output = &awsc__ssm_DeregisterTaskFromMaintenanceWindowResult,
    .errors = op_DeregisterTaskFromMaintenanceWindow_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_deregister_task_from_maintenance_window(struct awsc_client *client,
                                                     const struct awsc_ssm_deregister_task_from_maintenance_window_input *input,
                                                     struct awsc_ssm_deregister_task_from_maintenance_window_output **output,
                                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DeregisterTaskFromMaintenanceWindow, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void deregister_task_from_maintenance_window_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_deregister_task_from_maintenance_window_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_deregister_task_from_maintenance_window_async(struct awsc_client *client,
                                                           const struct awsc_ssm_deregister_task_from_maintenance_window_input *input,
                                                           awsc_ssm_deregister_task_from_maintenance_window_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DeregisterTaskFromMaintenanceWindow, input, deregister_task_from_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeActivations_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidFilter,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_DescribeActivations = {
    .name = "DescribeActivations",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeActivationsRequest,
    .output = &awsc__ssm_DescribeActivationsResult,
    .errors = op_DescribeActivations_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_activations(struct awsc_client *client,
                                  const struct awsc_ssm_describe_activations_input *input,
                                  struct awsc_ssm_describe_activations_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeActivations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_activations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_activations_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_activations_async(struct awsc_client *client,
                                        const struct awsc_ssm_describe_activations_input *input,
                                        awsc_ssm_describe_activations_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeActivations, input, describe_activations_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeAssociation_errors[] = {
    &awsc__ssm_AssociationDoesNotExist,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidAssociationVersion,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidInstanceId,
};

static const struct awsc_operation op_DescribeAssociation = {
    .name = "DescribeAssociation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeAssociationRequest,
    .output = &awsc__ssm_DescribeAssociationResult,
    .errors = op_DescribeAssociation_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_association(struct awsc_client *client,
                                  const struct awsc_ssm_describe_association_input *input,
                                  struct awsc_ssm_describe_association_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAssociation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_association_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_association_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_association_async(struct awsc_client *client,
                                        const struct awsc_ssm_describe_association_input *input,
                                        awsc_ssm_describe_association_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeAssociation, input, describe_association_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeAssociationExecutionTargets_errors[] = {
    &awsc__ssm_AssociationDoesNotExist,
    &awsc__ssm_AssociationExecutionDoesNotExist,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_DescribeAssociationExecutionTargets = {
    .name = "DescribeAssociationExecutionTargets",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeAssociationExecutionTargetsRequest,
    .output = &awsc__ssm_DescribeAssociationExecutionTargetsResult,
    .errors = op_DescribeAssociationExecutionTargets_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_association_execution_targets(struct awsc_client *client,
                                                    const struct awsc_ssm_describe_association_execution_targets_input *input,
                                                    struct awsc_ssm_describe_association_execution_targets_output **output,
                                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAssociationExecutionTargets, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_association_execution_targets_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_association_execution_targets_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_association_execution_targets_async(struct awsc_client *client,
                                                          const struct awsc_ssm_describe_association_execution_targets_input *input,
                                                          awsc_ssm_describe_association_execution_targets_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeAssociationExecutionTargets, input, describe_association_execution_targets_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeAssociationExecutions_errors[] = {
    &awsc__ssm_AssociationDoesNotExist,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_DescribeAssociationExecutions = {
    .name = "DescribeAssociationExecutions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeAssociationExecutionsRequest,
    .output = &awsc__ssm_DescribeAssociationExecutionsResult,
    .errors = op_DescribeAssociationExecutions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_association_executions(struct awsc_client *client,
                                             const struct awsc_ssm_describe_association_executions_input *input,
                                             struct awsc_ssm_describe_association_executions_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAssociationExecutions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_association_executions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_association_executions_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_association_executions_async(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_association_executions_input *input,
                                                   awsc_ssm_describe_association_executions_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeAssociationExecutions, input, describe_association_executions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeAutomationExecutions_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidFilterKey,
    &awsc__ssm_InvalidFilterValue,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_DescribeAutomationExecutions = {
    .name = "DescribeAutomationExecutions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeAutomationExecutionsRequest,
    .output = &awsc__ssm_DescribeAutomationExecutionsResult,
    .errors = op_DescribeAutomationExecutions_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_automation_executions(struct awsc_client *client,
                                            const struct awsc_ssm_describe_automation_executions_input *input,
                                            struct awsc_ssm_describe_automation_executions_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAutomationExecutions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_automation_executions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_automation_executions_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_automation_executions_async(struct awsc_client *client,
                                                  const struct awsc_ssm_describe_automation_executions_input *input,
                                                  awsc_ssm_describe_automation_executions_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeAutomationExecutions, input, describe_automation_executions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeAutomationStepExecutions_errors[] = {
    &awsc__ssm_AutomationExecutionNotFoundException,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidFilterKey,
    &awsc__ssm_InvalidFilterValue,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_DescribeAutomationStepExecutions = {
    .name = "DescribeAutomationStepExecutions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeAutomationStepExecutionsRequest,
    .output = &awsc__ssm_DescribeAutomationStepExecutionsResult,
    .errors = op_DescribeAutomationStepExecutions_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_automation_step_executions(struct awsc_client *client,
                                                 const struct awsc_ssm_describe_automation_step_executions_input *input,
                                                 struct awsc_ssm_describe_automation_step_executions_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAutomationStepExecutions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_automation_step_executions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_automation_step_executions_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_automation_step_executions_async(struct awsc_client *client,
                                                       const struct awsc_ssm_describe_automation_step_executions_input *input,
                                                       awsc_ssm_describe_automation_step_executions_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeAutomationStepExecutions, input, describe_automation_step_executions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeAvailablePatches_errors[] = {
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_DescribeAvailablePatches = {
    .name = "DescribeAvailablePatches",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeAvailablePatchesRequest,
    .output = &awsc__ssm_DescribeAvailablePatchesResult,
    .errors = op_DescribeAvailablePatches_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_available_patches(struct awsc_client *client,
                                        const struct awsc_ssm_describe_available_patches_input *input,
                                        struct awsc_ssm_describe_available_patches_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeAvailablePatches, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_available_patches_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_available_patches_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_available_patches_async(struct awsc_client *client,
                                              const struct awsc_ssm_describe_available_patches_input *input,
                                              awsc_ssm_describe_available_patches_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeAvailablePatches, input, describe_available_patches_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeDocument_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidDocumentVersion,
};

static const struct awsc_operation op_DescribeDocument = {
    .name = "DescribeDocument",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeDocumentRequest,
    .output = &awsc__ssm_DescribeDocumentResult,
    .errors = op_DescribeDocument_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_document(struct awsc_client *client,
                               const struct awsc_ssm_describe_document_input *input,
                               struct awsc_ssm_describe_document_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeDocument, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_document_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_document_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_document_async(struct awsc_client *client,
                                     const struct awsc_ssm_describe_document_input *input,
                                     awsc_ssm_describe_document_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeDocument, input, describe_document_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeDocumentPermission_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidDocumentOperation,
    &awsc__ssm_InvalidNextToken,
    &awsc__ssm_InvalidPermissionType,
};

static const struct awsc_operation op_DescribeDocumentPermission = {
    .name = "DescribeDocumentPermission",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeDocumentPermissionRequest,
    .output = &awsc__ssm_DescribeDocumentPermissionResponse,
    .errors = op_DescribeDocumentPermission_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_document_permission(struct awsc_client *client,
                                          const struct awsc_ssm_describe_document_permission_input *input,
                                          struct awsc_ssm_describe_document_permission_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeDocumentPermission, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_document_permission_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_document_permission_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_document_permission_async(struct awsc_client *client,
                                                const struct awsc_ssm_describe_document_permission_input *input,
                                                awsc_ssm_describe_document_permission_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeDocumentPermission, input, describe_document_permission_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeEffectiveInstanceAssociations_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidInstanceId,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_DescribeEffectiveInstanceAssociations = {
    .name = "DescribeEffectiveInstanceAssociations",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeEffectiveInstanceAssociationsRequest,
    .output = &awsc__ssm_DescribeEffectiveInstanceAssociationsResult,
    .errors = op_DescribeEffectiveInstanceAssociations_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_effective_instance_associations(struct awsc_client *client,
                                                      const struct awsc_ssm_describe_effective_instance_associations_input *input,
                                                      struct awsc_ssm_describe_effective_instance_associations_output **output,
                                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeEffectiveInstanceAssociations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_effective_instance_associations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_effective_instance_associations_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_effective_instance_associations_async(struct awsc_client *client,
                                                            const struct awsc_ssm_describe_effective_instance_associations_input *input,
                                                            awsc_ssm_describe_effective_instance_associations_cb *cb,
                                                            void *user_data,
                                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeEffectiveInstanceAssociations, input, describe_effective_instance_associations_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeEffectivePatchesForPatchBaseline_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidResourceId,
    &awsc__ssm_UnsupportedOperatingSystem,
};

static const struct awsc_operation op_DescribeEffectivePatchesForPatchBaseline = {
    .name = "DescribeEffectivePatchesForPatchBaseline",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeEffectivePatchesForPatchBaselineRequest,
    .output = &awsc__ssm_DescribeEffectivePatchesForPatchBaselineResult,
    .errors = op_DescribeEffectivePatchesForPatchBaseline_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_effective_patches_for_patch_baseline(struct awsc_client *client,
                                                           const struct awsc_ssm_describe_effective_patches_for_patch_baseline_input *input,
                                                           struct awsc_ssm_describe_effective_patches_for_patch_baseline_output **output,
                                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeEffectivePatchesForPatchBaseline, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_effective_patches_for_patch_baseline_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_effective_patches_for_patch_baseline_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_effective_patches_for_patch_baseline_async(struct awsc_client *client,
                                                                 const struct awsc_ssm_describe_effective_patches_for_patch_baseline_input *input,
                                                                 awsc_ssm_describe_effective_patches_for_patch_baseline_cb *cb,
                                                                 void *user_data,
                                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeEffectivePatchesForPatchBaseline, input, describe_effective_patches_for_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeInstanceAssociationsStatus_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidInstanceId,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_DescribeInstanceAssociationsStatus = {
    .name = "DescribeInstanceAssociationsStatus",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeInstanceAssociationsStatusRequest,
    .output = &awsc__ssm_DescribeInstanceAssociationsStatusResult,
    .errors = op_DescribeInstanceAssociationsStatus_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_instance_associations_status(struct awsc_client *client,
                                                   const struct awsc_ssm_describe_instance_associations_status_input *input,
                                                   struct awsc_ssm_describe_instance_associations_status_output **output,
                                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeInstanceAssociationsStatus, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_instance_associations_status_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_associations_status_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_instance_associations_status_async(struct awsc_client *client,
                                                         const struct awsc_ssm_describe_instance_associations_status_input *input,
                                                         awsc_ssm_describe_instance_associations_status_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeInstanceAssociationsStatus, input, describe_instance_associations_status_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeInstanceInformation_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidFilterKey,
    &awsc__ssm_InvalidInstanceId,
    &awsc__ssm_InvalidInstanceInformationFilterValue,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_DescribeInstanceInformation = {
    .name = "DescribeInstanceInformation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeInstanceInformationRequest,
    .output = &awsc__ssm_DescribeInstanceInformationResult,
    .errors = op_DescribeInstanceInformation_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_instance_information(struct awsc_client *client,
                                           const struct awsc_ssm_describe_instance_information_input *input,
                                           struct awsc_ssm_describe_instance_information_output **output,
                                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeInstanceInformation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_instance_information_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_information_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_instance_information_async(struct awsc_client *client,
                                                 const struct awsc_ssm_describe_instance_information_input *input,
                                                 awsc_ssm_describe_instance_information_cb *cb,
                                                 void *user_data,
                                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeInstanceInformation, input, describe_instance_information_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeInstancePatchStates_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_DescribeInstancePatchStates = {
    .name = "DescribeInstancePatchStates",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeInstancePatchStatesRequest,
    .output = &awsc__ssm_DescribeInstancePatchStatesResult,
    .errors = op_DescribeInstancePatchStates_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_instance_patch_states(struct awsc_client *client,
                                            const struct awsc_ssm_describe_instance_patch_states_input *input,
                                            struct awsc_ssm_describe_instance_patch_states_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeInstancePatchStates, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_instance_patch_states_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patch_states_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_instance_patch_states_async(struct awsc_client *client,
                                                  const struct awsc_ssm_describe_instance_patch_states_input *input,
                                                  awsc_ssm_describe_instance_patch_states_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeInstancePatchStates, input, describe_instance_patch_states_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeInstancePatchStatesForPatchGroup_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidFilter,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_DescribeInstancePatchStatesForPatchGroup = {
    .name = "DescribeInstancePatchStatesForPatchGroup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeInstancePatchStatesForPatchGroupRequest,
    .output = &awsc__ssm_DescribeInstancePatchStatesForPatchGroupResult,
    .errors = op_DescribeInstancePatchStatesForPatchGroup_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_instance_patch_states_for_patch_group(struct awsc_client *client,
                                                            const struct awsc_ssm_describe_instance_patch_states_for_patch_group_input *input,
                                                            struct awsc_ssm_describe_instance_patch_states_for_patch_group_output **output,
                                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeInstancePatchStatesForPatchGroup, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_instance_patch_states_for_patch_group_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patch_states_for_patch_group_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_instance_patch_states_for_patch_group_async(struct awsc_client *client,
                                                                  const struct awsc_ssm_describe_instance_patch_states_for_patch_group_input *input,
                                                                  awsc_ssm_describe_instance_patch_states_for_patch_group_cb *cb,
                                                                  void *user_data,
                                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeInstancePatchStatesForPatchGroup, input, describe_instance_patch_states_for_patch_group_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeInstancePatches_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidFilter,
    &awsc__ssm_InvalidInstanceId,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_DescribeInstancePatches = {
    .name = "DescribeInstancePatches",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeInstancePatchesRequest,
    .output = &awsc__ssm_DescribeInstancePatchesResult,
    .errors = op_DescribeInstancePatches_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_instance_patches(struct awsc_client *client,
                                       const struct awsc_ssm_describe_instance_patches_input *input,
                                       struct awsc_ssm_describe_instance_patches_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeInstancePatches, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_instance_patches_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_patches_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_instance_patches_async(struct awsc_client *client,
                                             const struct awsc_ssm_describe_instance_patches_input *input,
                                             awsc_ssm_describe_instance_patches_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeInstancePatches, input, describe_instance_patches_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeInstanceProperties_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidActivationId,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidFilterKey,
    &awsc__ssm_InvalidInstanceId,
    &awsc__ssm_InvalidInstancePropertyFilterValue,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_DescribeInstanceProperties = {
    .name = "DescribeInstanceProperties",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeInstancePropertiesRequest,
    .output = &awsc__ssm_DescribeInstancePropertiesResult,
    .errors = op_DescribeInstanceProperties_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_instance_properties(struct awsc_client *client,
                                          const struct awsc_ssm_describe_instance_properties_input *input,
                                          struct awsc_ssm_describe_instance_properties_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeInstanceProperties, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_instance_properties_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_instance_properties_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_instance_properties_async(struct awsc_client *client,
                                                const struct awsc_ssm_describe_instance_properties_input *input,
                                                awsc_ssm_describe_instance_properties_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeInstanceProperties, input, describe_instance_properties_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeInventoryDeletions_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDeletionIdException,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_DescribeInventoryDeletions = {
    .name = "DescribeInventoryDeletions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeInventoryDeletionsRequest,
    .output = &awsc__ssm_DescribeInventoryDeletionsResult,
    .errors = op_DescribeInventoryDeletions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_inventory_deletions(struct awsc_client *client,
                                          const struct awsc_ssm_describe_inventory_deletions_input *input,
                                          struct awsc_ssm_describe_inventory_deletions_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeInventoryDeletions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_inventory_deletions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_inventory_deletions_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_inventory_deletions_async(struct awsc_client *client,
                                                const struct awsc_ssm_describe_inventory_deletions_input *input,
                                                awsc_ssm_describe_inventory_deletions_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeInventoryDeletions, input, describe_inventory_deletions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeMaintenanceWindowExecutionTaskInvocations_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_DescribeMaintenanceWindowExecutionTaskInvocations = {
    .name = "DescribeMaintenanceWindowExecutionTaskInvocations",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeMaintenanceWindowExecutionTaskInvocationsRequest,
    .output = &awsc__ssm_DescribeMaintenanceWindowExecutionTaskInvocationsResult,
    .errors = op_DescribeMaintenanceWindowExecutionTaskInvocations_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_maintenance_window_execution_task_invocations(struct awsc_client *client,
                                                                    const struct awsc_ssm_describe_maintenance_window_execution_task_invocations_input *input,
                                                                    struct awsc_ssm_describe_maintenance_window_execution_task_invocations_output **output,
                                                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeMaintenanceWindowExecutionTaskInvocations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_maintenance_window_execution_task_invocations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_execution_task_invocations_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_maintenance_window_execution_task_invocations_async(struct awsc_client *client,
                                                                          const struct awsc_ssm_describe_maintenance_window_execution_task_invocations_input *input,
                                                                          awsc_ssm_describe_maintenance_window_execution_task_invocations_cb *cb,
                                                                          void *user_data,
                                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeMaintenanceWindowExecutionTaskInvocations, input, describe_maintenance_window_execution_task_invocations_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeMaintenanceWindowExecutionTasks_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_DescribeMaintenanceWindowExecutionTasks = {
    .name = "DescribeMaintenanceWindowExecutionTasks",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeMaintenanceWindowExecutionTasksRequest,
    .output = &awsc__ssm_DescribeMaintenanceWindowExecutionTasksResult,
    .errors = op_DescribeMaintenanceWindowExecutionTasks_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_maintenance_window_execution_tasks(struct awsc_client *client,
                                                         const struct awsc_ssm_describe_maintenance_window_execution_tasks_input *input,
                                                         struct awsc_ssm_describe_maintenance_window_execution_tasks_output **output,
                                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeMaintenanceWindowExecutionTasks, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_maintenance_window_execution_tasks_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_execution_tasks_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_maintenance_window_execution_tasks_async(struct awsc_client *client,
                                                               const struct awsc_ssm_describe_maintenance_window_execution_tasks_input *input,
                                                               awsc_ssm_describe_maintenance_window_execution_tasks_cb *cb,
                                                               void *user_data,
                                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeMaintenanceWindowExecutionTasks, input, describe_maintenance_window_execution_tasks_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeMaintenanceWindowExecutions_errors[] = {
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_DescribeMaintenanceWindowExecutions = {
    .name = "DescribeMaintenanceWindowExecutions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeMaintenanceWindowExecutionsRequest,
    .output = &awsc__ssm_DescribeMaintenanceWindowExecutionsResult,
    .errors = op_DescribeMaintenanceWindowExecutions_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_maintenance_window_executions(struct awsc_client *client,
                                                    const struct awsc_ssm_describe_maintenance_window_executions_input *input,
                                                    struct awsc_ssm_describe_maintenance_window_executions_output **output,
                                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeMaintenanceWindowExecutions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_maintenance_window_executions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_executions_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_maintenance_window_executions_async(struct awsc_client *client,
                                                          const struct awsc_ssm_describe_maintenance_window_executions_input *input,
                                                          awsc_ssm_describe_maintenance_window_executions_cb *cb,
                                                          void *user_data,
                                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeMaintenanceWindowExecutions, input, describe_maintenance_window_executions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeMaintenanceWindowSchedule_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_DescribeMaintenanceWindowSchedule = {
    .name = "DescribeMaintenanceWindowSchedule",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeMaintenanceWindowScheduleRequest,
    .output = &awsc__ssm_DescribeMaintenanceWindowScheduleResult,
    .errors = op_DescribeMaintenanceWindowSchedule_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_maintenance_window_schedule(struct awsc_client *client,
                                                  const struct awsc_ssm_describe_maintenance_window_schedule_input *input,
                                                  struct awsc_ssm_describe_maintenance_window_schedule_output **output,
                                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeMaintenanceWindowSchedule, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_maintenance_window_schedule_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_schedule_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_maintenance_window_schedule_async(struct awsc_client *client,
                                                        const struct awsc_ssm_describe_maintenance_window_schedule_input *input,
                                                        awsc_ssm_describe_maintenance_window_schedule_cb *cb,
                                                        void *user_data,
                                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeMaintenanceWindowSchedule, input, describe_maintenance_window_schedule_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeMaintenanceWindowTargets_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_DescribeMaintenanceWindowTargets = {
    .name = "DescribeMaintenanceWindowTargets",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeMaintenanceWindowTargetsRequest,
    .output = &awsc__ssm_DescribeMaintenanceWindowTargetsResult,
    .errors = op_DescribeMaintenanceWindowTargets_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_maintenance_window_targets(struct awsc_client *client,
                                                 const struct awsc_ssm_describe_maintenance_window_targets_input *input,
                                                 struct awsc_ssm_describe_maintenance_window_targets_output **output,
                                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeMaintenanceWindowTargets, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_maintenance_window_targets_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_targets_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_maintenance_window_targets_async(struct awsc_client *client,
                                                       const struct awsc_ssm_describe_maintenance_window_targets_input *input,
                                                       awsc_ssm_describe_maintenance_window_targets_cb *cb,
                                                       void *user_data,
                                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeMaintenanceWindowTargets, input, describe_maintenance_window_targets_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeMaintenanceWindowTasks_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_DescribeMaintenanceWindowTasks = {
    .name = "DescribeMaintenanceWindowTasks",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeMaintenanceWindowTasksRequest,
    .output = &awsc__ssm_DescribeMaintenanceWindowTasksResult,
    .errors = op_DescribeMaintenanceWindowTasks_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_maintenance_window_tasks(struct awsc_client *client,
                                               const struct awsc_ssm_describe_maintenance_window_tasks_input *input,
                                               struct awsc_ssm_describe_maintenance_window_tasks_output **output,
                                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeMaintenanceWindowTasks, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_maintenance_window_tasks_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_window_tasks_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_maintenance_window_tasks_async(struct awsc_client *client,
                                                     const struct awsc_ssm_describe_maintenance_window_tasks_input *input,
                                                     awsc_ssm_describe_maintenance_window_tasks_cb *cb,
                                                     void *user_data,
                                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeMaintenanceWindowTasks, input, describe_maintenance_window_tasks_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeMaintenanceWindows_errors[] = {
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_DescribeMaintenanceWindows = {
    .name = "DescribeMaintenanceWindows",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeMaintenanceWindowsRequest,
    .output = &awsc__ssm_DescribeMaintenanceWindowsResult,
    .errors = op_DescribeMaintenanceWindows_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_maintenance_windows(struct awsc_client *client,
                                          const struct awsc_ssm_describe_maintenance_windows_input *input,
                                          struct awsc_ssm_describe_maintenance_windows_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeMaintenanceWindows, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_maintenance_windows_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_windows_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_maintenance_windows_async(struct awsc_client *client,
                                                const struct awsc_ssm_describe_maintenance_windows_input *input,
                                                awsc_ssm_describe_maintenance_windows_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeMaintenanceWindows, input, describe_maintenance_windows_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeMaintenanceWindowsForTarget_errors[] = {
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_DescribeMaintenanceWindowsForTarget = {
    .name = "DescribeMaintenanceWindowsForTarget",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeMaintenanceWindowsForTargetRequest,
    .output = &awsc__ssm_DescribeMaintenanceWindowsForTargetResult,
    .errors = op_DescribeMaintenanceWindowsForTarget_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_maintenance_windows_for_target(struct awsc_client *client,
                                                     const struct awsc_ssm_describe_maintenance_windows_for_target_input *input,
                                                     struct awsc_ssm_describe_maintenance_windows_for_target_output **output,
                                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeMaintenanceWindowsForTarget, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_maintenance_windows_for_target_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_maintenance_windows_for_target_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_maintenance_windows_for_target_async(struct awsc_client *client,
                                                           const struct awsc_ssm_describe_maintenance_windows_for_target_input *input,
                                                           awsc_ssm_describe_maintenance_windows_for_target_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeMaintenanceWindowsForTarget, input, describe_maintenance_windows_for_target_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeOpsItems_errors[] = {
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_DescribeOpsItems = {
    .name = "DescribeOpsItems",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeOpsItemsRequest,
    .output = &awsc__ssm_DescribeOpsItemsResponse,
    .errors = op_DescribeOpsItems_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_ops_items(struct awsc_client *client,
                                const struct awsc_ssm_describe_ops_items_input *input,
                                struct awsc_ssm_describe_ops_items_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeOpsItems, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_ops_items_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_ops_items_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_ops_items_async(struct awsc_client *client,
                                      const struct awsc_ssm_describe_ops_items_input *input,
                                      awsc_ssm_describe_ops_items_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeOpsItems, input, describe_ops_items_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeParameters_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidFilterKey,
    &awsc__ssm_InvalidFilterOption,
    &awsc__ssm_InvalidFilterValue,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_DescribeParameters = {
    .name = "DescribeParameters",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeParametersRequest,
    .output = &awsc__ssm_DescribeParametersResult,
    .errors = op_DescribeParameters_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_parameters(struct awsc_client *client,
                                 const struct awsc_ssm_describe_parameters_input *input,
                                 struct awsc_ssm_describe_parameters_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeParameters, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_parameters_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_parameters_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_parameters_async(struct awsc_client *client,
                                       const struct awsc_ssm_describe_parameters_input *input,
                                       awsc_ssm_describe_parameters_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeParameters, input, describe_parameters_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribePatchBaselines_errors[] = {
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_DescribePatchBaselines = {
    .name = "DescribePatchBaselines",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribePatchBaselinesRequest,
    .output = &awsc__ssm_DescribePatchBaselinesResult,
    .errors = op_DescribePatchBaselines_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_patch_baselines(struct awsc_client *client,
                                      const struct awsc_ssm_describe_patch_baselines_input *input,
                                      struct awsc_ssm_describe_patch_baselines_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribePatchBaselines, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_patch_baselines_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_baselines_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_patch_baselines_async(struct awsc_client *client,
                                            const struct awsc_ssm_describe_patch_baselines_input *input,
                                            awsc_ssm_describe_patch_baselines_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribePatchBaselines, input, describe_patch_baselines_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribePatchGroupState_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_DescribePatchGroupState = {
    .name = "DescribePatchGroupState",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribePatchGroupStateRequest,
    .output = &awsc__ssm_DescribePatchGroupStateResult,
    .errors = op_DescribePatchGroupState_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_patch_group_state(struct awsc_client *client,
                                        const struct awsc_ssm_describe_patch_group_state_input *input,
                                        struct awsc_ssm_describe_patch_group_state_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribePatchGroupState, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_patch_group_state_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_group_state_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_patch_group_state_async(struct awsc_client *client,
                                              const struct awsc_ssm_describe_patch_group_state_input *input,
                                              awsc_ssm_describe_patch_group_state_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribePatchGroupState, input, describe_patch_group_state_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribePatchGroups_errors[] = {
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_DescribePatchGroups = {
    .name = "DescribePatchGroups",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribePatchGroupsRequest,
    .output = &awsc__ssm_DescribePatchGroupsResult,
    .errors = op_DescribePatchGroups_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_patch_groups(struct awsc_client *client,
                                   const struct awsc_ssm_describe_patch_groups_input *input,
                                   struct awsc_ssm_describe_patch_groups_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribePatchGroups, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_patch_groups_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_groups_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_patch_groups_async(struct awsc_client *client,
                                         const struct awsc_ssm_describe_patch_groups_input *input,
                                         awsc_ssm_describe_patch_groups_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribePatchGroups, input, describe_patch_groups_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribePatchProperties_errors[] = {
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_DescribePatchProperties = {
    .name = "DescribePatchProperties",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribePatchPropertiesRequest,
    .output = &awsc__ssm_DescribePatchPropertiesResult,
    .errors = op_DescribePatchProperties_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_patch_properties(struct awsc_client *client,
                                       const struct awsc_ssm_describe_patch_properties_input *input,
                                       struct awsc_ssm_describe_patch_properties_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribePatchProperties, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_patch_properties_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_patch_properties_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_patch_properties_async(struct awsc_client *client,
                                             const struct awsc_ssm_describe_patch_properties_input *input,
                                             awsc_ssm_describe_patch_properties_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribePatchProperties, input, describe_patch_properties_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DescribeSessions_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidFilterKey,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_DescribeSessions = {
    .name = "DescribeSessions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DescribeSessionsRequest,
    .output = &awsc__ssm_DescribeSessionsResponse,
    .errors = op_DescribeSessions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_describe_sessions(struct awsc_client *client,
                               const struct awsc_ssm_describe_sessions_input *input,
                               struct awsc_ssm_describe_sessions_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DescribeSessions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void describe_sessions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_describe_sessions_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_describe_sessions_async(struct awsc_client *client,
                                     const struct awsc_ssm_describe_sessions_input *input,
                                     awsc_ssm_describe_sessions_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DescribeSessions, input, describe_sessions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_DisassociateOpsItemRelatedItem_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_OpsItemConflictException,
    &awsc__ssm_OpsItemInvalidParameterException,
    &awsc__ssm_OpsItemNotFoundException,
    &awsc__ssm_OpsItemRelatedItemAssociationNotFoundException,
};

static const struct awsc_operation op_DisassociateOpsItemRelatedItem = {
    .name = "DisassociateOpsItemRelatedItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_DisassociateOpsItemRelatedItemRequest,
    .output = &awsc__ssm_DisassociateOpsItemRelatedItemResponse,
    .errors = op_DisassociateOpsItemRelatedItem_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_disassociate_ops_item_related_item(struct awsc_client *client,
                                                const struct awsc_ssm_disassociate_ops_item_related_item_input *input,
                                                struct awsc_ssm_disassociate_ops_item_related_item_output **output,
                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_DisassociateOpsItemRelatedItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void disassociate_ops_item_related_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_disassociate_ops_item_related_item_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_disassociate_ops_item_related_item_async(struct awsc_client *client,
                                                      const struct awsc_ssm_disassociate_ops_item_related_item_input *input,
                                                      awsc_ssm_disassociate_ops_item_related_item_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_DisassociateOpsItemRelatedItem, input, disassociate_ops_item_related_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetAccessToken_errors[] = {
    &awsc__ssm_AccessDeniedException,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ResourceNotFoundException,
    &awsc__ssm_ThrottlingException,
    &awsc__ssm_ValidationException,
};

static const struct awsc_operation op_GetAccessToken = {
    .name = "GetAccessToken",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetAccessTokenRequest,
    .output = &awsc__ssm_GetAccessTokenResponse,
    .errors = op_GetAccessToken_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_access_token(struct awsc_client *client,
                              const struct awsc_ssm_get_access_token_input *input,
                              struct awsc_ssm_get_access_token_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetAccessToken, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_access_token_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_access_token_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_access_token_async(struct awsc_client *client,
                                    const struct awsc_ssm_get_access_token_input *input,
                                    awsc_ssm_get_access_token_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetAccessToken, input, get_access_token_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetAutomationExecution_errors[] = {
    &awsc__ssm_AutomationExecutionNotFoundException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_GetAutomationExecution = {
    .name = "GetAutomationExecution",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetAutomationExecutionRequest,
    .output = &awsc__ssm_GetAutomationExecutionResult,
    .errors = op_GetAutomationExecution_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_automation_execution(struct awsc_client *client,
                                      const struct awsc_ssm_get_automation_execution_input *input,
                                      struct awsc_ssm_get_automation_execution_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetAutomationExecution, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_automation_execution_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_automation_execution_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_automation_execution_async(struct awsc_client *client,
                                            const struct awsc_ssm_get_automation_execution_input *input,
                                            awsc_ssm_get_automation_execution_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetAutomationExecution, input, get_automation_execution_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetCalendarState_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidDocumentType,
    &awsc__ssm_UnsupportedCalendarException,
};

static const struct awsc_operation op_GetCalendarState = {
    .name = "GetCalendarState",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetCalendarStateRequest,
    .output = &awsc__ssm_GetCalendarStateResponse,
    .errors = op_GetCalendarState_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_calendar_state(struct awsc_client *client,
                                const struct awsc_ssm_get_calendar_state_input *input,
                                struct awsc_ssm_get_calendar_state_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetCalendarState, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_calendar_state_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_calendar_state_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_calendar_state_async(struct awsc_client *client,
                                      const struct awsc_ssm_get_calendar_state_input *input,
                                      awsc_ssm_get_calendar_state_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetCalendarState, input, get_calendar_state_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetCloudConnector_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ResourceNotFoundException,
};

static const struct awsc_operation op_GetCloudConnector = {
    .name = "GetCloudConnector",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetCloudConnectorRequest,
    .output = &awsc__ssm_GetCloudConnectorResult,
    .errors = op_GetCloudConnector_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_cloud_connector(struct awsc_client *client,
                                 const struct awsc_ssm_get_cloud_connector_input *input,
                                 struct awsc_ssm_get_cloud_connector_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetCloudConnector, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_cloud_connector_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_cloud_connector_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_cloud_connector_async(struct awsc_client *client,
                                       const struct awsc_ssm_get_cloud_connector_input *input,
                                       awsc_ssm_get_cloud_connector_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetCloudConnector, input, get_cloud_connector_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetCommandInvocation_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidCommandId,
    &awsc__ssm_InvalidInstanceId,
    &awsc__ssm_InvalidPluginName,
    &awsc__ssm_InvocationDoesNotExist,
};

static const struct awsc_operation op_GetCommandInvocation = {
    .name = "GetCommandInvocation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetCommandInvocationRequest,
    .output = &awsc__ssm_GetCommandInvocationResult,
    .errors = op_GetCommandInvocation_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_command_invocation(struct awsc_client *client,
                                    const struct awsc_ssm_get_command_invocation_input *input,
                                    struct awsc_ssm_get_command_invocation_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetCommandInvocation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_command_invocation_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_command_invocation_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_command_invocation_async(struct awsc_client *client,
                                          const struct awsc_ssm_get_command_invocation_input *input,
                                          awsc_ssm_get_command_invocation_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetCommandInvocation, input, get_command_invocation_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetConnectionStatus_errors[] = {
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_GetConnectionStatus = {
    .name = "GetConnectionStatus",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetConnectionStatusRequest,
    .output = &awsc__ssm_GetConnectionStatusResponse,
    .errors = op_GetConnectionStatus_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_connection_status(struct awsc_client *client,
                                   const struct awsc_ssm_get_connection_status_input *input,
                                   struct awsc_ssm_get_connection_status_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetConnectionStatus, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_connection_status_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_connection_status_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_connection_status_async(struct awsc_client *client,
                                         const struct awsc_ssm_get_connection_status_input *input,
                                         awsc_ssm_get_connection_status_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetConnectionStatus, input, get_connection_status_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDefaultPatchBaseline_errors[] = {
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_GetDefaultPatchBaseline = {
    .name = "GetDefaultPatchBaseline",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetDefaultPatchBaselineRequest,
    .output = &awsc__ssm_GetDefaultPatchBaselineResult,
    .errors = op_GetDefaultPatchBaseline_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_default_patch_baseline(struct awsc_client *client,
                                        const struct awsc_ssm_get_default_patch_baseline_input *input,
                                        struct awsc_ssm_get_default_patch_baseline_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDefaultPatchBaseline, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_default_patch_baseline_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_default_patch_baseline_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_default_patch_baseline_async(struct awsc_client *client,
                                              const struct awsc_ssm_get_default_patch_baseline_input *input,
                                              awsc_ssm_get_default_patch_baseline_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetDefaultPatchBaseline, input, get_default_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDeployablePatchSnapshotForInstance_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_UnsupportedFeatureRequiredException,
    &awsc__ssm_UnsupportedOperatingSystem,
};

static const struct awsc_operation op_GetDeployablePatchSnapshotForInstance = {
    .name = "GetDeployablePatchSnapshotForInstance",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetDeployablePatchSnapshotForInstanceRequest,
    .output = &awsc__ssm_GetDeployablePatchSnapshotForInstanceResult,
    .errors = op_GetDeployablePatchSnapshotForInstance_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_deployable_patch_snapshot_for_instance(struct awsc_client *client,
                                                        const struct awsc_ssm_get_deployable_patch_snapshot_for_instance_input *input,
                                                        struct awsc_ssm_get_deployable_patch_snapshot_for_instance_output **output,
                                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDeployablePatchSnapshotForInstance, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_deployable_patch_snapshot_for_instance_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_deployable_patch_snapshot_for_instance_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_deployable_patch_snapshot_for_instance_async(struct awsc_client *client,
                                                              const struct awsc_ssm_get_deployable_patch_snapshot_for_instance_input *input,
                                                              awsc_ssm_get_deployable_patch_snapshot_for_instance_cb *cb,
                                                              void *user_data,
                                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetDeployablePatchSnapshotForInstance, input, get_deployable_patch_snapshot_for_instance_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetDocument_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidDocumentVersion,
};

static const struct awsc_operation op_GetDocument = {
    .name = "GetDocument",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetDocumentRequest,
    .output = &awsc__ssm_GetDocumentResult,
    .errors = op_GetDocument_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_document(struct awsc_client *client,
                          const struct awsc_ssm_get_document_input *input,
                          struct awsc_ssm_get_document_output **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetDocument, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_document_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_document_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_document_async(struct awsc_client *client,
                                const struct awsc_ssm_get_document_input *input,
                                awsc_ssm_get_document_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetDocument, input, get_document_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetExecutionPreview_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ResourceNotFoundException,
};

static const struct awsc_operation op_GetExecutionPreview = {
    .name = "GetExecutionPreview",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetExecutionPreviewRequest,
    .output = &awsc__ssm_GetExecutionPreviewResponse,
    .errors = op_GetExecutionPreview_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_execution_preview(struct awsc_client *client,
                                   const struct awsc_ssm_get_execution_preview_input *input,
                                   struct awsc_ssm_get_execution_preview_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetExecutionPreview, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_execution_preview_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_execution_preview_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_execution_preview_async(struct awsc_client *client,
                                         const struct awsc_ssm_get_execution_preview_input *input,
                                         awsc_ssm_get_execution_preview_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetExecutionPreview, input, get_execution_preview_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetInventory_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidAggregatorException,
    &awsc__ssm_InvalidFilter,
    &awsc__ssm_InvalidInventoryGroupException,
    &awsc__ssm_InvalidNextToken,
    &awsc__ssm_InvalidResultAttributeException,
    &awsc__ssm_InvalidTypeNameException,
};

static const struct awsc_operation op_GetInventory = {
    .name = "GetInventory",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetInventoryRequest,
    .output = &awsc__ssm_GetInventoryResult,
    .errors = op_GetInventory_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_inventory(struct awsc_client *client,
                           const struct awsc_ssm_get_inventory_input *input,
                           struct awsc_ssm_get_inventory_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetInventory, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_inventory_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_inventory_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_inventory_async(struct awsc_client *client,
                                 const struct awsc_ssm_get_inventory_input *input,
                                 awsc_ssm_get_inventory_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetInventory, input, get_inventory_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetInventorySchema_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidNextToken,
    &awsc__ssm_InvalidTypeNameException,
};

static const struct awsc_operation op_GetInventorySchema = {
    .name = "GetInventorySchema",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetInventorySchemaRequest,
    .output = &awsc__ssm_GetInventorySchemaResult,
    .errors = op_GetInventorySchema_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_inventory_schema(struct awsc_client *client,
                                  const struct awsc_ssm_get_inventory_schema_input *input,
                                  struct awsc_ssm_get_inventory_schema_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetInventorySchema, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_inventory_schema_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_inventory_schema_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_inventory_schema_async(struct awsc_client *client,
                                        const struct awsc_ssm_get_inventory_schema_input *input,
                                        awsc_ssm_get_inventory_schema_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetInventorySchema, input, get_inventory_schema_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetMaintenanceWindow_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_GetMaintenanceWindow = {
    .name = "GetMaintenanceWindow",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetMaintenanceWindowRequest,
    .output = &awsc__ssm_GetMaintenanceWindowResult,
    .errors = op_GetMaintenanceWindow_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_maintenance_window(struct awsc_client *client,
                                    const struct awsc_ssm_get_maintenance_window_input *input,
                                    struct awsc_ssm_get_maintenance_window_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetMaintenanceWindow, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_maintenance_window_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_maintenance_window_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_maintenance_window_async(struct awsc_client *client,
                                          const struct awsc_ssm_get_maintenance_window_input *input,
                                          awsc_ssm_get_maintenance_window_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetMaintenanceWindow, input, get_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetMaintenanceWindowExecution_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_GetMaintenanceWindowExecution = {
    .name = "GetMaintenanceWindowExecution",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetMaintenanceWindowExecutionRequest,
    .output = &awsc__ssm_GetMaintenanceWindowExecutionResult,
    .errors = op_GetMaintenanceWindowExecution_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_maintenance_window_execution(struct awsc_client *client,
                                              const struct awsc_ssm_get_maintenance_window_execution_input *input,
                                              struct awsc_ssm_get_maintenance_window_execution_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetMaintenanceWindowExecution, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_maintenance_window_execution_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_maintenance_window_execution_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_maintenance_window_execution_async(struct awsc_client *client,
                                                    const struct awsc_ssm_get_maintenance_window_execution_input *input,
                                                    awsc_ssm_get_maintenance_window_execution_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetMaintenanceWindowExecution, input, get_maintenance_window_execution_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetMaintenanceWindowExecutionTask_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_GetMaintenanceWindowExecutionTask = {
    .name = "GetMaintenanceWindowExecutionTask",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetMaintenanceWindowExecutionTaskRequest,
    .output = &awsc__ssm_GetMaintenanceWindowExecutionTaskResult,
    .errors = op_GetMaintenanceWindowExecutionTask_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_maintenance_window_execution_task(struct awsc_client *client,
                                                   const struct awsc_ssm_get_maintenance_window_execution_task_input *input,
                                                   struct awsc_ssm_get_maintenance_window_execution_task_output **output,
                                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetMaintenanceWindowExecutionTask, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_maintenance_window_execution_task_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_maintenance_window_execution_task_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_maintenance_window_execution_task_async(struct awsc_client *client,
                                                         const struct awsc_ssm_get_maintenance_window_execution_task_input *input,
                                                         awsc_ssm_get_maintenance_window_execution_task_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetMaintenanceWindowExecutionTask, input, get_maintenance_window_execution_task_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetMaintenanceWindowExecutionTaskInvocation_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_GetMaintenanceWindowExecutionTaskInvocation = {
    .name = "GetMaintenanceWindowExecutionTaskInvocation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetMaintenanceWindowExecutionTaskInvocationRequest,
    .output = &awsc__ssm_GetMaintenanceWindowExecutionTaskInvocationResult,
    .errors = op_GetMaintenanceWindowExecutionTaskInvocation_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_maintenance_window_execution_task_invocation(struct awsc_client *client,
                                                              const struct awsc_ssm_get_maintenance_window_execution_task_invocation_input *input,
                                                              struct awsc_ssm_get_maintenance_window_execution_task_invocation_output **output,
                                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetMaintenanceWindowExecutionTaskInvocation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_maintenance_window_execution_task_invocation_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_maintenance_window_execution_task_invocation_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_maintenance_window_execution_task_invocation_async(struct awsc_client *client,
                                                                    const struct awsc_ssm_get_maintenance_window_execution_task_invocation_input *input,
                                                                    awsc_ssm_get_maintenance_window_execution_task_invocation_cb *cb,
                                                                    void *user_data,
                                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetMaintenanceWindowExecutionTaskInvocation, input, get_maintenance_window_execution_task_invocation_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetMaintenanceWindowTask_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_GetMaintenanceWindowTask = {
    .name = "GetMaintenanceWindowTask",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetMaintenanceWindowTaskRequest,
    .output = &awsc__ssm_GetMaintenanceWindowTaskResult,
    .errors = op_GetMaintenanceWindowTask_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_maintenance_window_task(struct awsc_client *client,
                                         const struct awsc_ssm_get_maintenance_window_task_input *input,
                                         struct awsc_ssm_get_maintenance_window_task_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetMaintenanceWindowTask, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_maintenance_window_task_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_maintenance_window_task_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_maintenance_window_task_async(struct awsc_client *client,
                                               const struct awsc_ssm_get_maintenance_window_task_input *input,
                                               awsc_ssm_get_maintenance_window_task_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetMaintenanceWindowTask, input, get_maintenance_window_task_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetOpsItem_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_OpsItemAccessDeniedException,
    &awsc__ssm_OpsItemNotFoundException,
};

static const struct awsc_operation op_GetOpsItem = {
    .name = "GetOpsItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetOpsItemRequest,
    .output = &awsc__ssm_GetOpsItemResponse,
    .errors = op_GetOpsItem_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_ops_item(struct awsc_client *client,
                          const struct awsc_ssm_get_ops_item_input *input,
                          struct awsc_ssm_get_ops_item_output **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetOpsItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_ops_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_ops_item_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_ops_item_async(struct awsc_client *client,
                                const struct awsc_ssm_get_ops_item_input *input,
                                awsc_ssm_get_ops_item_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetOpsItem, input, get_ops_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetOpsMetadata_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_OpsMetadataInvalidArgumentException,
    &awsc__ssm_OpsMetadataNotFoundException,
};

static const struct awsc_operation op_GetOpsMetadata = {
    .name = "GetOpsMetadata",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetOpsMetadataRequest,
    .output = &awsc__ssm_GetOpsMetadataResult,
    .errors = op_GetOpsMetadata_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_ops_metadata(struct awsc_client *client,
                              const struct awsc_ssm_get_ops_metadata_input *input,
                              struct awsc_ssm_get_ops_metadata_output **output,
                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetOpsMetadata, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_ops_metadata_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_ops_metadata_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_ops_metadata_async(struct awsc_client *client,
                                    const struct awsc_ssm_get_ops_metadata_input *input,
                                    awsc_ssm_get_ops_metadata_cb *cb,
                                    void *user_data,
                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetOpsMetadata, input, get_ops_metadata_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetOpsSummary_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidAggregatorException,
    &awsc__ssm_InvalidFilter,
    &awsc__ssm_InvalidNextToken,
    &awsc__ssm_InvalidTypeNameException,
    &awsc__ssm_ResourceDataSyncNotFoundException,
};

static const struct awsc_operation op_GetOpsSummary = {
    .name = "GetOpsSummary",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetOpsSummaryRequest,
    .output = &awsc__ssm_GetOpsSummaryResult,
    .errors = op_GetOpsSummary_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_ops_summary(struct awsc_client *client,
                             const struct awsc_ssm_get_ops_summary_input *input,
                             struct awsc_ssm_get_ops_summary_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetOpsSummary, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_ops_summary_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_ops_summary_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_ops_summary_async(struct awsc_client *client,
                                   const struct awsc_ssm_get_ops_summary_input *input,
                                   awsc_ssm_get_ops_summary_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetOpsSummary, input, get_ops_summary_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetParameter_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidKeyId,
    &awsc__ssm_ParameterNotFound,
    &awsc__ssm_ParameterVersionNotFound,
};

static const struct awsc_operation op_GetParameter = {
    .name = "GetParameter",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetParameterRequest,
    .output = &awsc__ssm_GetParameterResult,
    .errors = op_GetParameter_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_parameter(struct awsc_client *client,
                           const struct awsc_ssm_get_parameter_input *input,
                           struct awsc_ssm_get_parameter_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetParameter, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_parameter_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_parameter_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_parameter_async(struct awsc_client *client,
                                 const struct awsc_ssm_get_parameter_input *input,
                                 awsc_ssm_get_parameter_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetParameter, input, get_parameter_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetParameterHistory_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidKeyId,
    &awsc__ssm_InvalidNextToken,
    &awsc__ssm_ParameterNotFound,
};

static const struct awsc_operation op_GetParameterHistory = {
    .name = "GetParameterHistory",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetParameterHistoryRequest,
    .output = &awsc__ssm_GetParameterHistoryResult,
    .errors = op_GetParameterHistory_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_parameter_history(struct awsc_client *client,
                                   const struct awsc_ssm_get_parameter_history_input *input,
                                   struct awsc_ssm_get_parameter_history_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetParameterHistory, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_parameter_history_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_parameter_history_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_parameter_history_async(struct awsc_client *client,
                                         const struct awsc_ssm_get_parameter_history_input *input,
                                         awsc_ssm_get_parameter_history_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetParameterHistory, input, get_parameter_history_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetParameters_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidKeyId,
};

static const struct awsc_operation op_GetParameters = {
    .name = "GetParameters",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetParametersRequest,
    .output = &awsc__ssm_GetParametersResult,
    .errors = op_GetParameters_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_parameters(struct awsc_client *client,
                            const struct awsc_ssm_get_parameters_input *input,
                            struct awsc_ssm_get_parameters_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetParameters, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_parameters_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_parameters_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_parameters_async(struct awsc_client *client,
                                  const struct awsc_ssm_get_parameters_input *input,
                                  awsc_ssm_get_parameters_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetParameters, input, get_parameters_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetParametersByPath_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidFilterKey,
    &awsc__ssm_InvalidFilterOption,
    &awsc__ssm_InvalidFilterValue,
    &awsc__ssm_InvalidKeyId,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_GetParametersByPath = {
    .name = "GetParametersByPath",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetParametersByPathRequest,
    .output = &awsc__ssm_GetParametersByPathResult,
    .errors = op_GetParametersByPath_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_parameters_by_path(struct awsc_client *client,
                                    const struct awsc_ssm_get_parameters_by_path_input *input,
                                    struct awsc_ssm_get_parameters_by_path_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetParametersByPath, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_parameters_by_path_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_parameters_by_path_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_parameters_by_path_async(struct awsc_client *client,
                                          const struct awsc_ssm_get_parameters_by_path_input *input,
                                          awsc_ssm_get_parameters_by_path_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetParametersByPath, input, get_parameters_by_path_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetPatchBaseline_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidResourceId,
};

static const struct awsc_operation op_GetPatchBaseline = {
    .name = "GetPatchBaseline",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetPatchBaselineRequest,
    .output = &awsc__ssm_GetPatchBaselineResult,
    .errors = op_GetPatchBaseline_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_patch_baseline(struct awsc_client *client,
                                const struct awsc_ssm_get_patch_baseline_input *input,
                                struct awsc_ssm_get_patch_baseline_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetPatchBaseline, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_patch_baseline_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_patch_baseline_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_patch_baseline_async(struct awsc_client *client,
                                      const struct awsc_ssm_get_patch_baseline_input *input,
                                      awsc_ssm_get_patch_baseline_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetPatchBaseline, input, get_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetPatchBaselineForPatchGroup_errors[] = {
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_GetPatchBaselineForPatchGroup = {
    .name = "GetPatchBaselineForPatchGroup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetPatchBaselineForPatchGroupRequest,
    .output = &awsc__ssm_GetPatchBaselineForPatchGroupResult,
    .errors = op_GetPatchBaselineForPatchGroup_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_patch_baseline_for_patch_group(struct awsc_client *client,
                                                const struct awsc_ssm_get_patch_baseline_for_patch_group_input *input,
                                                struct awsc_ssm_get_patch_baseline_for_patch_group_output **output,
                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetPatchBaselineForPatchGroup, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_patch_baseline_for_patch_group_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_patch_baseline_for_patch_group_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_patch_baseline_for_patch_group_async(struct awsc_client *client,
                                                      const struct awsc_ssm_get_patch_baseline_for_patch_group_input *input,
                                                      awsc_ssm_get_patch_baseline_for_patch_group_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetPatchBaselineForPatchGroup, input, get_patch_baseline_for_patch_group_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetResourcePolicies_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ResourceNotFoundException,
    &awsc__ssm_ResourcePolicyInvalidParameterException,
};

static const struct awsc_operation op_GetResourcePolicies = {
    .name = "GetResourcePolicies",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetResourcePoliciesRequest,
    .output = &awsc__ssm_GetResourcePoliciesResponse,
    .errors = op_GetResourcePolicies_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_resource_policies(struct awsc_client *client,
                                   const struct awsc_ssm_get_resource_policies_input *input,
                                   struct awsc_ssm_get_resource_policies_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetResourcePolicies, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_resource_policies_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_resource_policies_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_resource_policies_async(struct awsc_client *client,
                                         const struct awsc_ssm_get_resource_policies_input *input,
                                         awsc_ssm_get_resource_policies_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetResourcePolicies, input, get_resource_policies_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_GetServiceSetting_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ServiceSettingNotFound,
};

static const struct awsc_operation op_GetServiceSetting = {
    .name = "GetServiceSetting",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_GetServiceSettingRequest,
    .output = &awsc__ssm_GetServiceSettingResult,
    .errors = op_GetServiceSetting_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_get_service_setting(struct awsc_client *client,
                                 const struct awsc_ssm_get_service_setting_input *input,
                                 struct awsc_ssm_get_service_setting_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_GetServiceSetting, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void get_service_setting_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_get_service_setting_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_get_service_setting_async(struct awsc_client *client,
                                       const struct awsc_ssm_get_service_setting_input *input,
                                       awsc_ssm_get_service_setting_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_GetServiceSetting, input, get_service_setting_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_LabelParameterVersion_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ParameterNotFound,
    &awsc__ssm_ParameterVersionLabelLimitExceeded,
    &awsc__ssm_ParameterVersionNotFound,
    &awsc__ssm_TooManyUpdates,
};

static const struct awsc_operation op_LabelParameterVersion = {
    .name = "LabelParameterVersion",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_LabelParameterVersionRequest,
    .output = &awsc__ssm_LabelParameterVersionResult,
    .errors = op_LabelParameterVersion_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_label_parameter_version(struct awsc_client *client,
                                     const struct awsc_ssm_label_parameter_version_input *input,
                                     struct awsc_ssm_label_parameter_version_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_LabelParameterVersion, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void label_parameter_version_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_label_parameter_version_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_label_parameter_version_async(struct awsc_client *client,
                                           const struct awsc_ssm_label_parameter_version_input *input,
                                           awsc_ssm_label_parameter_version_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_LabelParameterVersion, input, label_parameter_version_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListAssociationVersions_errors[] = {
    &awsc__ssm_AssociationDoesNotExist,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_ListAssociationVersions = {
    .name = "ListAssociationVersions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListAssociationVersionsRequest,
    .output = &awsc__ssm_ListAssociationVersionsResult,
    .errors = op_ListAssociationVersions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_association_versions(struct awsc_client *client,
                                       const struct awsc_ssm_list_association_versions_input *input,
                                       struct awsc_ssm_list_association_versions_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListAssociationVersions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_association_versions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_association_versions_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_association_versions_async(struct awsc_client *client,
                                             const struct awsc_ssm_list_association_versions_input *input,
                                             awsc_ssm_list_association_versions_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListAssociationVersions, input, list_association_versions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListAssociations_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_ListAssociations = {
    .name = "ListAssociations",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListAssociationsRequest,
    .output = &awsc__ssm_ListAssociationsResult,
    .errors = op_ListAssociations_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_associations(struct awsc_client *client,
                               const struct awsc_ssm_list_associations_input *input,
                               struct awsc_ssm_list_associations_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListAssociations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_associations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_associations_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_associations_async(struct awsc_client *client,
                                     const struct awsc_ssm_list_associations_input *input,
                                     awsc_ssm_list_associations_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListAssociations, input, list_associations_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListCloudConnectors_errors[] = {
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_ListCloudConnectors = {
    .name = "ListCloudConnectors",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListCloudConnectorsRequest,
    .output = &awsc__ssm_ListCloudConnectorsResult,
    .errors = op_ListCloudConnectors_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_cloud_connectors(struct awsc_client *client,
                                   const struct awsc_ssm_list_cloud_connectors_input *input,
                                   struct awsc_ssm_list_cloud_connectors_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListCloudConnectors, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_cloud_connectors_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_cloud_connectors_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_cloud_connectors_async(struct awsc_client *client,
                                         const struct awsc_ssm_list_cloud_connectors_input *input,
                                         awsc_ssm_list_cloud_connectors_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListCloudConnectors, input, list_cloud_connectors_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListCommandInvocations_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidCommandId,
    &awsc__ssm_InvalidFilterKey,
    &awsc__ssm_InvalidInstanceId,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_ListCommandInvocations = {
    .name = "ListCommandInvocations",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListCommandInvocationsRequest,
    .output = &awsc__ssm_ListCommandInvocationsResult,
    .errors = op_ListCommandInvocations_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_command_invocations(struct awsc_client *client,
                                      const struct awsc_ssm_list_command_invocations_input *input,
                                      struct awsc_ssm_list_command_invocations_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListCommandInvocations, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_command_invocations_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_command_invocations_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_command_invocations_async(struct awsc_client *client,
                                            const struct awsc_ssm_list_command_invocations_input *input,
                                            awsc_ssm_list_command_invocations_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListCommandInvocations, input, list_command_invocations_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListCommands_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidCommandId,
    &awsc__ssm_InvalidFilterKey,
    &awsc__ssm_InvalidInstanceId,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_ListCommands = {
    .name = "ListCommands",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListCommandsRequest,
    .output = &awsc__ssm_ListCommandsResult,
    .errors = op_ListCommands_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_commands(struct awsc_client *client,
                           const struct awsc_ssm_list_commands_input *input,
                           struct awsc_ssm_list_commands_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListCommands, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_commands_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_commands_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_commands_async(struct awsc_client *client,
                                 const struct awsc_ssm_list_commands_input *input,
                                 awsc_ssm_list_commands_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListCommands, input, list_commands_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListComplianceItems_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidFilter,
    &awsc__ssm_InvalidNextToken,
    &awsc__ssm_InvalidResourceId,
    &awsc__ssm_InvalidResourceType,
};

static const struct awsc_operation op_ListComplianceItems = {
    .name = "ListComplianceItems",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListComplianceItemsRequest,
    .output = &awsc__ssm_ListComplianceItemsResult,
    .errors = op_ListComplianceItems_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_compliance_items(struct awsc_client *client,
                                   const struct awsc_ssm_list_compliance_items_input *input,
                                   struct awsc_ssm_list_compliance_items_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListComplianceItems, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_compliance_items_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_compliance_items_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_compliance_items_async(struct awsc_client *client,
                                         const struct awsc_ssm_list_compliance_items_input *input,
                                         awsc_ssm_list_compliance_items_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListComplianceItems, input, list_compliance_items_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListComplianceSummaries_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidFilter,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_ListComplianceSummaries = {
    .name = "ListComplianceSummaries",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListComplianceSummariesRequest,
    .output = &awsc__ssm_ListComplianceSummariesResult,
    .errors = op_ListComplianceSummaries_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_compliance_summaries(struct awsc_client *client,
                                       const struct awsc_ssm_list_compliance_summaries_input *input,
                                       struct awsc_ssm_list_compliance_summaries_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListComplianceSummaries, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_compliance_summaries_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_compliance_summaries_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_compliance_summaries_async(struct awsc_client *client,
                                             const struct awsc_ssm_list_compliance_summaries_input *input,
                                             awsc_ssm_list_compliance_summaries_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListComplianceSummaries, input, list_compliance_summaries_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListDocumentMetadataHistory_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidDocumentVersion,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_ListDocumentMetadataHistory = {
    .name = "ListDocumentMetadataHistory",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListDocumentMetadataHistoryRequest,
    .output = &awsc__ssm_ListDocumentMetadataHistoryResponse,
    .errors = op_ListDocumentMetadataHistory_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_document_metadata_history(struct awsc_client *client,
                                            const struct awsc_ssm_list_document_metadata_history_input *input,
                                            struct awsc_ssm_list_document_metadata_history_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListDocumentMetadataHistory, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_document_metadata_history_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_document_metadata_history_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_document_metadata_history_async(struct awsc_client *client,
                                                  const struct awsc_ssm_list_document_metadata_history_input *input,
                                                  awsc_ssm_list_document_metadata_history_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListDocumentMetadataHistory, input, list_document_metadata_history_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListDocumentVersions_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_ListDocumentVersions = {
    .name = "ListDocumentVersions",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListDocumentVersionsRequest,
    .output = &awsc__ssm_ListDocumentVersionsResult,
    .errors = op_ListDocumentVersions_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_document_versions(struct awsc_client *client,
                                    const struct awsc_ssm_list_document_versions_input *input,
                                    struct awsc_ssm_list_document_versions_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListDocumentVersions, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_document_versions_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_document_versions_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_document_versions_async(struct awsc_client *client,
                                          const struct awsc_ssm_list_document_versions_input *input,
                                          awsc_ssm_list_document_versions_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListDocumentVersions, input, list_document_versions_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListDocuments_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidFilterKey,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_ListDocuments = {
    .name = "ListDocuments",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListDocumentsRequest,
    .output = &awsc__ssm_ListDocumentsResult,
    .errors = op_ListDocuments_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_documents(struct awsc_client *client,
                            const struct awsc_ssm_list_documents_input *input,
                            struct awsc_ssm_list_documents_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListDocuments, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_documents_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_documents_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_documents_async(struct awsc_client *client,
                                  const struct awsc_ssm_list_documents_input *input,
                                  awsc_ssm_list_documents_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListDocuments, input, list_documents_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListInventoryEntries_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidFilter,
    &awsc__ssm_InvalidInstanceId,
    &awsc__ssm_InvalidNextToken,
    &awsc__ssm_InvalidTypeNameException,
};

static const struct awsc_operation op_ListInventoryEntries = {
    .name = "ListInventoryEntries",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListInventoryEntriesRequest,
    .output = &awsc__ssm_ListInventoryEntriesResult,
    .errors = op_ListInventoryEntries_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_inventory_entries(struct awsc_client *client,
                                    const struct awsc_ssm_list_inventory_entries_input *input,
                                    struct awsc_ssm_list_inventory_entries_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListInventoryEntries, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_inventory_entries_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_inventory_entries_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_inventory_entries_async(struct awsc_client *client,
                                          const struct awsc_ssm_list_inventory_entries_input *input,
                                          awsc_ssm_list_inventory_entries_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListInventoryEntries, input, list_inventory_entries_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListNodes_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidFilter,
    &awsc__ssm_InvalidNextToken,
    &awsc__ssm_ResourceDataSyncNotFoundException,
    &awsc__ssm_UnsupportedOperationException,
};

static const struct awsc_operation op_ListNodes = {
    .name = "ListNodes",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListNodesRequest,
    .output = &awsc__ssm_ListNodesResult,
    .errors = op_ListNodes_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_nodes(struct awsc_client *client,
                        const struct awsc_ssm_list_nodes_input *input,
                        struct awsc_ssm_list_nodes_output **output,
                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListNodes, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_nodes_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_nodes_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_nodes_async(struct awsc_client *client,
                              const struct awsc_ssm_list_nodes_input *input,
                              awsc_ssm_list_nodes_cb *cb,
                              void *user_data,
                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListNodes, input, list_nodes_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListNodesSummary_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidAggregatorException,
    &awsc__ssm_InvalidFilter,
    &awsc__ssm_InvalidNextToken,
    &awsc__ssm_ResourceDataSyncNotFoundException,
    &awsc__ssm_UnsupportedOperationException,
};

static const struct awsc_operation op_ListNodesSummary = {
    .name = "ListNodesSummary",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListNodesSummaryRequest,
    .output = &awsc__ssm_ListNodesSummaryResult,
    .errors = op_ListNodesSummary_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_nodes_summary(struct awsc_client *client,
                                const struct awsc_ssm_list_nodes_summary_input *input,
                                struct awsc_ssm_list_nodes_summary_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListNodesSummary, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_nodes_summary_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_nodes_summary_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_nodes_summary_async(struct awsc_client *client,
                                      const struct awsc_ssm_list_nodes_summary_input *input,
                                      awsc_ssm_list_nodes_summary_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListNodesSummary, input, list_nodes_summary_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListOpsItemEvents_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_OpsItemInvalidParameterException,
    &awsc__ssm_OpsItemLimitExceededException,
    &awsc__ssm_OpsItemNotFoundException,
};

static const struct awsc_operation op_ListOpsItemEvents = {
    .name = "ListOpsItemEvents",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListOpsItemEventsRequest,
    .output = &awsc__ssm_ListOpsItemEventsResponse,
    .errors = op_ListOpsItemEvents_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_ops_item_events(struct awsc_client *client,
                                  const struct awsc_ssm_list_ops_item_events_input *input,
                                  struct awsc_ssm_list_ops_item_events_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListOpsItemEvents, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_ops_item_events_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_item_events_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_ops_item_events_async(struct awsc_client *client,
                                        const struct awsc_ssm_list_ops_item_events_input *input,
                                        awsc_ssm_list_ops_item_events_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListOpsItemEvents, input, list_ops_item_events_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListOpsItemRelatedItems_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_OpsItemInvalidParameterException,
};

static const struct awsc_operation op_ListOpsItemRelatedItems = {
    .name = "ListOpsItemRelatedItems",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListOpsItemRelatedItemsRequest,
    .output = &awsc__ssm_ListOpsItemRelatedItemsResponse,
    .errors = op_ListOpsItemRelatedItems_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_ops_item_related_items(struct awsc_client *client,
                                         const struct awsc_ssm_list_ops_item_related_items_input *input,
                                         struct awsc_ssm_list_ops_item_related_items_output **output,
                                         struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListOpsItemRelatedItems, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_ops_item_related_items_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_item_related_items_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_ops_item_related_items_async(struct awsc_client *client,
                                               const struct awsc_ssm_list_ops_item_related_items_input *input,
                                               awsc_ssm_list_ops_item_related_items_cb *cb,
                                               void *user_data,
                                               struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListOpsItemRelatedItems, input, list_ops_item_related_items_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListOpsMetadata_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_OpsMetadataInvalidArgumentException,
};

static const struct awsc_operation op_ListOpsMetadata = {
    .name = "ListOpsMetadata",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListOpsMetadataRequest,
    .output = &awsc__ssm_ListOpsMetadataResult,
    .errors = op_ListOpsMetadata_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_ops_metadata(struct awsc_client *client,
                               const struct awsc_ssm_list_ops_metadata_input *input,
                               struct awsc_ssm_list_ops_metadata_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListOpsMetadata, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_ops_metadata_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_ops_metadata_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_ops_metadata_async(struct awsc_client *client,
                                     const struct awsc_ssm_list_ops_metadata_input *input,
                                     awsc_ssm_list_ops_metadata_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListOpsMetadata, input, list_ops_metadata_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListResourceComplianceSummaries_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidFilter,
    &awsc__ssm_InvalidNextToken,
};

static const struct awsc_operation op_ListResourceComplianceSummaries = {
    .name = "ListResourceComplianceSummaries",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListResourceComplianceSummariesRequest,
    .output = &awsc__ssm_ListResourceComplianceSummariesResult,
    .errors = op_ListResourceComplianceSummaries_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_resource_compliance_summaries(struct awsc_client *client,
                                                const struct awsc_ssm_list_resource_compliance_summaries_input *input,
                                                struct awsc_ssm_list_resource_compliance_summaries_output **output,
                                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListResourceComplianceSummaries, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_resource_compliance_summaries_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_resource_compliance_summaries_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_resource_compliance_summaries_async(struct awsc_client *client,
                                                      const struct awsc_ssm_list_resource_compliance_summaries_input *input,
                                                      awsc_ssm_list_resource_compliance_summaries_cb *cb,
                                                      void *user_data,
                                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListResourceComplianceSummaries, input, list_resource_compliance_summaries_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListResourceDataSync_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidNextToken,
    &awsc__ssm_ResourceDataSyncInvalidConfigurationException,
};

static const struct awsc_operation op_ListResourceDataSync = {
    .name = "ListResourceDataSync",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListResourceDataSyncRequest,
    .output = &awsc__ssm_ListResourceDataSyncResult,
    .errors = op_ListResourceDataSync_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_resource_data_sync(struct awsc_client *client,
                                     const struct awsc_ssm_list_resource_data_sync_input *input,
                                     struct awsc_ssm_list_resource_data_sync_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListResourceDataSync, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_resource_data_sync_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_resource_data_sync_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_resource_data_sync_async(struct awsc_client *client,
                                           const struct awsc_ssm_list_resource_data_sync_input *input,
                                           awsc_ssm_list_resource_data_sync_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListResourceDataSync, input, list_resource_data_sync_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ListTagsForResource_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidResourceId,
    &awsc__ssm_InvalidResourceType,
};

static const struct awsc_operation op_ListTagsForResource = {
    .name = "ListTagsForResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ListTagsForResourceRequest,
    .output = &awsc__ssm_ListTagsForResourceResult,
    .errors = op_ListTagsForResource_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_list_tags_for_resource(struct awsc_client *client,
                                    const struct awsc_ssm_list_tags_for_resource_input *input,
                                    struct awsc_ssm_list_tags_for_resource_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ListTagsForResource, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void list_tags_for_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_list_tags_for_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_list_tags_for_resource_async(struct awsc_client *client,
                                          const struct awsc_ssm_list_tags_for_resource_input *input,
                                          awsc_ssm_list_tags_for_resource_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ListTagsForResource, input, list_tags_for_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ModifyDocumentPermission_errors[] = {
    &awsc__ssm_DocumentLimitExceeded,
    &awsc__ssm_DocumentPermissionLimit,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidPermissionType,
};

static const struct awsc_operation op_ModifyDocumentPermission = {
    .name = "ModifyDocumentPermission",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ModifyDocumentPermissionRequest,
    .output = &awsc__ssm_ModifyDocumentPermissionResponse,
    .errors = op_ModifyDocumentPermission_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_modify_document_permission(struct awsc_client *client,
                                        const struct awsc_ssm_modify_document_permission_input *input,
                                        struct awsc_ssm_modify_document_permission_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ModifyDocumentPermission, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void modify_document_permission_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_modify_document_permission_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_modify_document_permission_async(struct awsc_client *client,
                                              const struct awsc_ssm_modify_document_permission_input *input,
                                              awsc_ssm_modify_document_permission_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ModifyDocumentPermission, input, modify_document_permission_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutComplianceItems_errors[] = {
    &awsc__ssm_ComplianceTypeCountLimitExceededException,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidItemContentException,
    &awsc__ssm_InvalidResourceId,
    &awsc__ssm_InvalidResourceType,
    &awsc__ssm_ItemSizeLimitExceededException,
    &awsc__ssm_TotalSizeLimitExceededException,
};

static const struct awsc_operation op_PutComplianceItems = {
    .name = "PutComplianceItems",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_PutComplianceItemsRequest,
    .output = &awsc__ssm_PutComplianceItemsResult,
    .errors = op_PutComplianceItems_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_put_compliance_items(struct awsc_client *client,
                                  const struct awsc_ssm_put_compliance_items_input *input,
                                  struct awsc_ssm_put_compliance_items_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutComplianceItems, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_compliance_items_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_put_compliance_items_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_put_compliance_items_async(struct awsc_client *client,
                                        const struct awsc_ssm_put_compliance_items_input *input,
                                        awsc_ssm_put_compliance_items_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutComplianceItems, input, put_compliance_items_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutInventory_errors[] = {
    &awsc__ssm_CustomSchemaCountLimitExceededException,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidInstanceId,
    &awsc__ssm_InvalidInventoryItemContextException,
    &awsc__ssm_InvalidItemContentException,
    &awsc__ssm_InvalidTypeNameException,
    &awsc__ssm_ItemContentMismatchException,
    &awsc__ssm_ItemSizeLimitExceededException,
    &awsc__ssm_SubTypeCountLimitExceededException,
    &awsc__ssm_TotalSizeLimitExceededException,
    &awsc__ssm_UnsupportedInventoryItemContextException,
    &awsc__ssm_UnsupportedInventorySchemaVersionException,
};

static const struct awsc_operation op_PutInventory = {
    .name = "PutInventory",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_PutInventoryRequest,
    .output = &awsc__ssm_PutInventoryResult,
    .errors = op_PutInventory_errors,
    .error_count = 12,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_put_inventory(struct awsc_client *client,
                           const struct awsc_ssm_put_inventory_input *input,
                           struct awsc_ssm_put_inventory_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutInventory, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_inventory_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_put_inventory_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_put_inventory_async(struct awsc_client *client,
                                 const struct awsc_ssm_put_inventory_input *input,
                                 awsc_ssm_put_inventory_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutInventory, input, put_inventory_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutParameter_errors[] = {
    &awsc__ssm_HierarchyLevelLimitExceededException,
    &awsc__ssm_HierarchyTypeMismatchException,
    &awsc__ssm_IncompatiblePolicyException,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidAllowedPatternException,
    &awsc__ssm_InvalidKeyId,
    &awsc__ssm_InvalidPolicyAttributeException,
    &awsc__ssm_InvalidPolicyTypeException,
    &awsc__ssm_ParameterAlreadyExists,
    &awsc__ssm_ParameterLimitExceeded,
    &awsc__ssm_ParameterMaxVersionLimitExceeded,
    &awsc__ssm_ParameterPatternMismatchException,
    &awsc__ssm_PoliciesLimitExceededException,
    &awsc__ssm_TooManyUpdates,
    &awsc__ssm_UnsupportedParameterType,
};

static const struct awsc_operation op_PutParameter = {
    .name = "PutParameter",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_PutParameterRequest,
    .output = &awsc__ssm_PutParameterResult,
    .errors = op_PutParameter_errors,
    .error_count = 15,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_put_parameter(struct awsc_client *client,
                           const struct awsc_ssm_put_parameter_input *input,
                           struct awsc_ssm_put_parameter_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutParameter, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_parameter_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_put_parameter_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_put_parameter_async(struct awsc_client *client,
                                 const struct awsc_ssm_put_parameter_input *input,
                                 awsc_ssm_put_parameter_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutParameter, input, put_parameter_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_PutResourcePolicy_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_MalformedResourcePolicyDocumentException,
    &awsc__ssm_ResourceNotFoundException,
    &awsc__ssm_ResourcePolicyConflictException,
    &awsc__ssm_ResourcePolicyInvalidParameterException,
    &awsc__ssm_ResourcePolicyLimitExceededException,
    &awsc__ssm_ResourcePolicyNotFoundException,
};

static const struct awsc_operation op_PutResourcePolicy = {
    .name = "PutResourcePolicy",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_PutResourcePolicyRequest,
    .output = &awsc__ssm_PutResourcePolicyResponse,
    .errors = op_PutResourcePolicy_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_put_resource_policy(struct awsc_client *client,
                                 const struct awsc_ssm_put_resource_policy_input *input,
                                 struct awsc_ssm_put_resource_policy_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_PutResourcePolicy, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void put_resource_policy_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_put_resource_policy_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_put_resource_policy_async(struct awsc_client *client,
                                       const struct awsc_ssm_put_resource_policy_input *input,
                                       awsc_ssm_put_resource_policy_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_PutResourcePolicy, input, put_resource_policy_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RegisterDefaultPatchBaseline_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidResourceId,
};

static const struct awsc_operation op_RegisterDefaultPatchBaseline = {
    .name = "RegisterDefaultPatchBaseline",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_RegisterDefaultPatchBaselineRequest,
    .output = &awsc__ssm_RegisterDefaultPatchBaselineResult,
    .errors = op_RegisterDefaultPatchBaseline_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_register_default_patch_baseline(struct awsc_client *client,
                                             const struct awsc_ssm_register_default_patch_baseline_input *input,
                                             struct awsc_ssm_register_default_patch_baseline_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_RegisterDefaultPatchBaseline, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void register_default_patch_baseline_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_register_default_patch_baseline_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_register_default_patch_baseline_async(struct awsc_client *client,
                                                   const struct awsc_ssm_register_default_patch_baseline_input *input,
                                                   awsc_ssm_register_default_patch_baseline_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_RegisterDefaultPatchBaseline, input, register_default_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RegisterPatchBaselineForPatchGroup_errors[] = {
    &awsc__ssm_AlreadyExistsException,
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidResourceId,
    &awsc__ssm_ResourceLimitExceededException,
};

static const struct awsc_operation op_RegisterPatchBaselineForPatchGroup = {
    .name = "RegisterPatchBaselineForPatchGroup",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_RegisterPatchBaselineForPatchGroupRequest,
    .output = &awsc__ssm_RegisterPatchBaselineForPatchGroupResult,
    .errors = op_RegisterPatchBaselineForPatchGroup_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_register_patch_baseline_for_patch_group(struct awsc_client *client,
                                                     const struct awsc_ssm_register_patch_baseline_for_patch_group_input *input,
                                                     struct awsc_ssm_register_patch_baseline_for_patch_group_output **output,
                                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_RegisterPatchBaselineForPatchGroup, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void register_patch_baseline_for_patch_group_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_register_patch_baseline_for_patch_group_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_register_patch_baseline_for_patch_group_async(struct awsc_client *client,
                                                           const struct awsc_ssm_register_patch_baseline_for_patch_group_input *input,
                                                           awsc_ssm_register_patch_baseline_for_patch_group_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_RegisterPatchBaselineForPatchGroup, input, register_patch_baseline_for_patch_group_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RegisterTargetWithMaintenanceWindow_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_IdempotentParameterMismatch,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ResourceLimitExceededException,
};

static const struct awsc_operation op_RegisterTargetWithMaintenanceWindow = {
    .name = "RegisterTargetWithMaintenanceWindow",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_RegisterTargetWithMaintenanceWindowRequest,
    .output = &awsc__ssm_RegisterTargetWithMaintenanceWindowResult,
    .errors = op_RegisterTargetWithMaintenanceWindow_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_register_target_with_maintenance_window(struct awsc_client *client,
                                                     const struct awsc_ssm_register_target_with_maintenance_window_input *input,
                                                     struct awsc_ssm_register_target_with_maintenance_window_output **output,
                                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_RegisterTargetWithMaintenanceWindow, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void register_target_with_maintenance_window_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_register_target_with_maintenance_window_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_register_target_with_maintenance_window_async(struct awsc_client *client,
                                                           const struct awsc_ssm_register_target_with_maintenance_window_input *input,
                                                           awsc_ssm_register_target_with_maintenance_window_cb *cb,
                                                           void *user_data,
                                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_RegisterTargetWithMaintenanceWindow, input, register_target_with_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RegisterTaskWithMaintenanceWindow_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_FeatureNotAvailableException,
    &awsc__ssm_IdempotentParameterMismatch,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ResourceLimitExceededException,
};

static const struct awsc_operation op_RegisterTaskWithMaintenanceWindow = {
    .name = "RegisterTaskWithMaintenanceWindow",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_RegisterTaskWithMaintenanceWindowRequest,
    .output = &awsc__ssm_RegisterTaskWithMaintenanceWindowResult,
    .errors = op_RegisterTaskWithMaintenanceWindow_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_register_task_with_maintenance_window(struct awsc_client *client,
                                                   const struct awsc_ssm_register_task_with_maintenance_window_input *input,
                                                   struct awsc_ssm_register_task_with_maintenance_window_output **output,
                                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_RegisterTaskWithMaintenanceWindow, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void register_task_with_maintenance_window_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_register_task_with_maintenance_window_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_register_task_with_maintenance_window_async(struct awsc_client *client,
                                                         const struct awsc_ssm_register_task_with_maintenance_window_input *input,
                                                         awsc_ssm_register_task_with_maintenance_window_cb *cb,
                                                         void *user_data,
                                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_RegisterTaskWithMaintenanceWindow, input, register_task_with_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_RemoveTagsFromResource_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidResourceId,
    &awsc__ssm_InvalidResourceType,
    &awsc__ssm_TooManyUpdates,
};

static const struct awsc_operation op_RemoveTagsFromResource = {
    .name = "RemoveTagsFromResource",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_RemoveTagsFromResourceRequest,
    .output = &awsc__ssm_RemoveTagsFromResourceResult,
    .errors = op_RemoveTagsFromResource_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_remove_tags_from_resource(struct awsc_client *client,
                                       const struct awsc_ssm_remove_tags_from_resource_input *input,
                                       struct awsc_ssm_remove_tags_from_resource_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_RemoveTagsFromResource, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void remove_tags_from_resource_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_remove_tags_from_resource_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_remove_tags_from_resource_async(struct awsc_client *client,
                                             const struct awsc_ssm_remove_tags_from_resource_input *input,
                                             awsc_ssm_remove_tags_from_resource_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_RemoveTagsFromResource, input, remove_tags_from_resource_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ResetServiceSetting_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ServiceSettingNotFound,
    &awsc__ssm_TooManyUpdates,
};

static const struct awsc_operation op_ResetServiceSetting = {
    .name = "ResetServiceSetting",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ResetServiceSettingRequest,
    .output = &awsc__ssm_ResetServiceSettingResult,
    .errors = op_ResetServiceSetting_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_reset_service_setting(struct awsc_client *client,
                                   const struct awsc_ssm_reset_service_setting_input *input,
                                   struct awsc_ssm_reset_service_setting_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ResetServiceSetting, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void reset_service_setting_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_reset_service_setting_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_reset_service_setting_async(struct awsc_client *client,
                                         const struct awsc_ssm_reset_service_setting_input *input,
                                         awsc_ssm_reset_service_setting_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ResetServiceSetting, input, reset_service_setting_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ResumeSession_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_ResumeSession = {
    .name = "ResumeSession",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ResumeSessionRequest,
    .output = &awsc__ssm_ResumeSessionResponse,
    .errors = op_ResumeSession_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_resume_session(struct awsc_client *client,
                            const struct awsc_ssm_resume_session_input *input,
                            struct awsc_ssm_resume_session_output **output,
                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ResumeSession, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void resume_session_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_resume_session_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_resume_session_async(struct awsc_client *client,
                                  const struct awsc_ssm_resume_session_input *input,
                                  awsc_ssm_resume_session_cb *cb,
                                  void *user_data,
                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ResumeSession, input, resume_session_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SendAutomationSignal_errors[] = {
    &awsc__ssm_AutomationExecutionNotFoundException,
    &awsc__ssm_AutomationStepNotFoundException,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidAutomationSignalException,
};

static const struct awsc_operation op_SendAutomationSignal = {
    .name = "SendAutomationSignal",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_SendAutomationSignalRequest,
    .output = &awsc__ssm_SendAutomationSignalResult,
    .errors = op_SendAutomationSignal_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_send_automation_signal(struct awsc_client *client,
                                    const struct awsc_ssm_send_automation_signal_input *input,
                                    struct awsc_ssm_send_automation_signal_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_SendAutomationSignal, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void send_automation_signal_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_send_automation_signal_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_send_automation_signal_async(struct awsc_client *client,
                                          const struct awsc_ssm_send_automation_signal_input *input,
                                          awsc_ssm_send_automation_signal_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SendAutomationSignal, input, send_automation_signal_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_SendCommand_errors[] = {
    &awsc__ssm_DuplicateInstanceId,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidDocumentVersion,
    &awsc__ssm_InvalidInstanceId,
    &awsc__ssm_InvalidNotificationConfig,
    &awsc__ssm_InvalidOutputFolder,
    &awsc__ssm_InvalidParameters,
    &awsc__ssm_InvalidRole,
    &awsc__ssm_MaxDocumentSizeExceeded,
    &awsc__ssm_UnsupportedPlatformType,
};

static const struct awsc_operation op_SendCommand = {
    .name = "SendCommand",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_SendCommandRequest,
    .output = &awsc__ssm_SendCommandResult,
    .errors = op_SendCommand_errors,
    .error_count = 11,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_send_command(struct awsc_client *client,
                          const struct awsc_ssm_send_command_input *input,
                          struct awsc_ssm_send_command_output **output,
                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_SendCommand, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void send_command_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_send_command_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_send_command_async(struct awsc_client *client,
                                const struct awsc_ssm_send_command_input *input,
                                awsc_ssm_send_command_cb *cb,
                                void *user_data,
                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_SendCommand, input, send_command_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StartAccessRequest_errors[] = {
    &awsc__ssm_AccessDeniedException,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ResourceNotFoundException,
    &awsc__ssm_ServiceQuotaExceededException,
    &awsc__ssm_ThrottlingException,
    &awsc__ssm_ValidationException,
};

static const struct awsc_operation op_StartAccessRequest = {
    .name = "StartAccessRequest",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_StartAccessRequestRequest,
    .output = &awsc__ssm_StartAccessRequestResponse,
    .errors = op_StartAccessRequest_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_start_access_request(struct awsc_client *client,
                                  const struct awsc_ssm_start_access_request_input *input,
                                  struct awsc_ssm_start_access_request_output **output,
                                  struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StartAccessRequest, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void start_access_request_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_start_access_request_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_start_access_request_async(struct awsc_client *client,
                                        const struct awsc_ssm_start_access_request_input *input,
                                        awsc_ssm_start_access_request_cb *cb,
                                        void *user_data,
                                        struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_StartAccessRequest, input, start_access_request_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StartAssociationsOnce_errors[] = {
    &awsc__ssm_AssociationDoesNotExist,
    &awsc__ssm_InvalidAssociation,
};

static const struct awsc_operation op_StartAssociationsOnce = {
    .name = "StartAssociationsOnce",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_StartAssociationsOnceRequest,
    .output = &awsc__ssm_StartAssociationsOnceResult,
    .errors = op_StartAssociationsOnce_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_start_associations_once(struct awsc_client *client,
                                     const struct awsc_ssm_start_associations_once_input *input,
                                     struct awsc_ssm_start_associations_once_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StartAssociationsOnce, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void start_associations_once_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_start_associations_once_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_start_associations_once_async(struct awsc_client *client,
                                           const struct awsc_ssm_start_associations_once_input *input,
                                           awsc_ssm_start_associations_once_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_StartAssociationsOnce, input, start_associations_once_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StartAutomationExecution_errors[] = {
    &awsc__ssm_AutomationDefinitionNotFoundException,
    &awsc__ssm_AutomationDefinitionVersionNotFoundException,
    &awsc__ssm_AutomationExecutionLimitExceededException,
    &awsc__ssm_IdempotentParameterMismatch,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidAutomationExecutionParametersException,
    &awsc__ssm_InvalidTarget,
};

static const struct awsc_operation op_StartAutomationExecution = {
    .name = "StartAutomationExecution",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_StartAutomationExecutionRequest,
    .output = &awsc__ssm_StartAutomationExecutionResult,
    .errors = op_StartAutomationExecution_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_start_automation_execution(struct awsc_client *client,
                                        const struct awsc_ssm_start_automation_execution_input *input,
                                        struct awsc_ssm_start_automation_execution_output **output,
                                        struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StartAutomationExecution, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void start_automation_execution_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_start_automation_execution_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_start_automation_execution_async(struct awsc_client *client,
                                              const struct awsc_ssm_start_automation_execution_input *input,
                                              awsc_ssm_start_automation_execution_cb *cb,
                                              void *user_data,
                                              struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_StartAutomationExecution, input, start_automation_execution_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StartChangeRequestExecution_errors[] = {
    &awsc__ssm_AutomationDefinitionNotApprovedException,
    &awsc__ssm_AutomationDefinitionNotFoundException,
    &awsc__ssm_AutomationDefinitionVersionNotFoundException,
    &awsc__ssm_AutomationExecutionLimitExceededException,
    &awsc__ssm_IdempotentParameterMismatch,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidAutomationExecutionParametersException,
    &awsc__ssm_NoLongerSupportedException,
};

static const struct awsc_operation op_StartChangeRequestExecution = {
    .name = "StartChangeRequestExecution",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_StartChangeRequestExecutionRequest,
    .output = &awsc__ssm_StartChangeRequestExecutionResult,
    .errors = op_StartChangeRequestExecution_errors,
    .error_count = 8,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_start_change_request_execution(struct awsc_client *client,
                                            const struct awsc_ssm_start_change_request_execution_input *input,
                                            struct awsc_ssm_start_change_request_execution_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StartChangeRequestExecution, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void start_change_request_execution_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_start_change_request_execution_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_start_change_request_execution_async(struct awsc_client *client,
                                                  const struct awsc_ssm_start_change_request_execution_input *input,
                                                  awsc_ssm_start_change_request_execution_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_StartChangeRequestExecution, input, start_change_request_execution_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StartExecutionPreview_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ValidationException,
};

static const struct awsc_operation op_StartExecutionPreview = {
    .name = "StartExecutionPreview",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_StartExecutionPreviewRequest,
    .output = &awsc__ssm_StartExecutionPreviewResponse,
    .errors = op_StartExecutionPreview_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_start_execution_preview(struct awsc_client *client,
                                     const struct awsc_ssm_start_execution_preview_input *input,
                                     struct awsc_ssm_start_execution_preview_output **output,
                                     struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StartExecutionPreview, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void start_execution_preview_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_start_execution_preview_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_start_execution_preview_async(struct awsc_client *client,
                                           const struct awsc_ssm_start_execution_preview_input *input,
                                           awsc_ssm_start_execution_preview_cb *cb,
                                           void *user_data,
                                           struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_StartExecutionPreview, input, start_execution_preview_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StartSession_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_TargetNotConnected,
};

static const struct awsc_operation op_StartSession = {
    .name = "StartSession",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_StartSessionRequest,
    .output = &awsc__ssm_StartSessionResponse,
    .errors = op_StartSession_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_start_session(struct awsc_client *client,
                           const struct awsc_ssm_start_session_input *input,
                           struct awsc_ssm_start_session_output **output,
                           struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StartSession, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void start_session_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_start_session_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_start_session_async(struct awsc_client *client,
                                 const struct awsc_ssm_start_session_input *input,
                                 awsc_ssm_start_session_cb *cb,
                                 void *user_data,
                                 struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_StartSession, input, start_session_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_StopAutomationExecution_errors[] = {
    &awsc__ssm_AutomationExecutionNotFoundException,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidAutomationStatusUpdateException,
};

static const struct awsc_operation op_StopAutomationExecution = {
    .name = "StopAutomationExecution",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_StopAutomationExecutionRequest,
    .output = &awsc__ssm_StopAutomationExecutionResult,
    .errors = op_StopAutomationExecution_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_stop_automation_execution(struct awsc_client *client,
                                       const struct awsc_ssm_stop_automation_execution_input *input,
                                       struct awsc_ssm_stop_automation_execution_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_StopAutomationExecution, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void stop_automation_execution_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_stop_automation_execution_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_stop_automation_execution_async(struct awsc_client *client,
                                             const struct awsc_ssm_stop_automation_execution_input *input,
                                             awsc_ssm_stop_automation_execution_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_StopAutomationExecution, input, stop_automation_execution_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_TerminateSession_errors[] = {
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_TerminateSession = {
    .name = "TerminateSession",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_TerminateSessionRequest,
    .output = &awsc__ssm_TerminateSessionResponse,
    .errors = op_TerminateSession_errors,
    .error_count = 1,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_terminate_session(struct awsc_client *client,
                               const struct awsc_ssm_terminate_session_input *input,
                               struct awsc_ssm_terminate_session_output **output,
                               struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_TerminateSession, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void terminate_session_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_terminate_session_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_terminate_session_async(struct awsc_client *client,
                                     const struct awsc_ssm_terminate_session_input *input,
                                     awsc_ssm_terminate_session_cb *cb,
                                     void *user_data,
                                     struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_TerminateSession, input, terminate_session_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UnlabelParameterVersion_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ParameterNotFound,
    &awsc__ssm_ParameterVersionNotFound,
    &awsc__ssm_TooManyUpdates,
};

static const struct awsc_operation op_UnlabelParameterVersion = {
    .name = "UnlabelParameterVersion",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_UnlabelParameterVersionRequest,
    .output = &awsc__ssm_UnlabelParameterVersionResult,
    .errors = op_UnlabelParameterVersion_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_unlabel_parameter_version(struct awsc_client *client,
                                       const struct awsc_ssm_unlabel_parameter_version_input *input,
                                       struct awsc_ssm_unlabel_parameter_version_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UnlabelParameterVersion, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void unlabel_parameter_version_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_unlabel_parameter_version_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_unlabel_parameter_version_async(struct awsc_client *client,
                                             const struct awsc_ssm_unlabel_parameter_version_input *input,
                                             awsc_ssm_unlabel_parameter_version_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UnlabelParameterVersion, input, unlabel_parameter_version_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateAssociation_errors[] = {
    &awsc__ssm_AssociationDoesNotExist,
    &awsc__ssm_AssociationVersionLimitExceeded,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidAssociationVersion,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidDocumentVersion,
    &awsc__ssm_InvalidOutputLocation,
    &awsc__ssm_InvalidParameters,
    &awsc__ssm_InvalidSchedule,
    &awsc__ssm_InvalidTarget,
    &awsc__ssm_InvalidTargetMaps,
    &awsc__ssm_InvalidUpdate,
    &awsc__ssm_TooManyUpdates,
};

static const struct awsc_operation op_UpdateAssociation = {
    .name = "UpdateAssociation",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_UpdateAssociationRequest,
    .output = &awsc__ssm_UpdateAssociationResult,
    .errors = op_UpdateAssociation_errors,
    .error_count = 13,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_association(struct awsc_client *client,
                                const struct awsc_ssm_update_association_input *input,
                                struct awsc_ssm_update_association_output **output,
                                struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateAssociation, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_association_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_association_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_association_async(struct awsc_client *client,
                                      const struct awsc_ssm_update_association_input *input,
                                      awsc_ssm_update_association_cb *cb,
                                      void *user_data,
                                      struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateAssociation, input, update_association_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateAssociationStatus_errors[] = {
    &awsc__ssm_AssociationDoesNotExist,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidInstanceId,
    &awsc__ssm_StatusUnchanged,
    &awsc__ssm_TooManyUpdates,
};

static const struct awsc_operation op_UpdateAssociationStatus = {
    .name = "UpdateAssociationStatus",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_UpdateAssociationStatusRequest,
    .output = &awsc__ssm_UpdateAssociationStatusResult,
    .errors = op_UpdateAssociationStatus_errors,
    .error_count = 6,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_association_status(struct awsc_client *client,
                                       const struct awsc_ssm_update_association_status_input *input,
                                       struct awsc_ssm_update_association_status_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateAssociationStatus, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_association_status_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_association_status_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_association_status_async(struct awsc_client *client,
                                             const struct awsc_ssm_update_association_status_input *input,
                                             awsc_ssm_update_association_status_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateAssociationStatus, input, update_association_status_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateCloudConnector_errors[] = {
    &awsc__ssm_ConflictException,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ResourceNotFoundException,
};

static const struct awsc_operation op_UpdateCloudConnector = {
    .name = "UpdateCloudConnector",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_UpdateCloudConnectorRequest,
    .output = &awsc__ssm_UpdateCloudConnectorResult,
    .errors = op_UpdateCloudConnector_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_cloud_connector(struct awsc_client *client,
                                    const struct awsc_ssm_update_cloud_connector_input *input,
                                    struct awsc_ssm_update_cloud_connector_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateCloudConnector, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_cloud_connector_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_cloud_connector_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_cloud_connector_async(struct awsc_client *client,
                                          const struct awsc_ssm_update_cloud_connector_input *input,
                                          awsc_ssm_update_cloud_connector_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateCloudConnector, input, update_cloud_connector_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateDocument_errors[] = {
    &awsc__ssm_DocumentVersionLimitExceeded,
    &awsc__ssm_DuplicateDocumentContent,
    &awsc__ssm_DuplicateDocumentVersionName,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidDocumentContent,
    &awsc__ssm_InvalidDocumentOperation,
    &awsc__ssm_InvalidDocumentSchemaVersion,
    &awsc__ssm_InvalidDocumentVersion,
    &awsc__ssm_MaxDocumentSizeExceeded,
};

static const struct awsc_operation op_UpdateDocument = {
    .name = "UpdateDocument",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_UpdateDocumentRequest,
    .output = &awsc__ssm_UpdateDocumentResult,
    .errors = op_UpdateDocument_errors,
    .error_count = 10,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_document(struct awsc_client *client,
                             const struct awsc_ssm_update_document_input *input,
                             struct awsc_ssm_update_document_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateDocument, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_document_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_document_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_document_async(struct awsc_client *client,
                                   const struct awsc_ssm_update_document_input *input,
                                   awsc_ssm_update_document_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateDocument, input, update_document_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateDocumentDefaultVersion_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidDocumentSchemaVersion,
    &awsc__ssm_InvalidDocumentVersion,
};

static const struct awsc_operation op_UpdateDocumentDefaultVersion = {
    .name = "UpdateDocumentDefaultVersion",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_UpdateDocumentDefaultVersionRequest,
    .output = &awsc__ssm_UpdateDocumentDefaultVersionResult,
    .errors = op_UpdateDocumentDefaultVersion_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_document_default_version(struct awsc_client *client,
                                             const struct awsc_ssm_update_document_default_version_input *input,
                                             struct awsc_ssm_update_document_default_version_output **output,
                                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateDocumentDefaultVersion, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_document_default_version_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_document_default_version_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_document_default_version_async(struct awsc_client *client,
                                                   const struct awsc_ssm_update_document_default_version_input *input,
                                                   awsc_ssm_update_document_default_version_cb *cb,
                                                   void *user_data,
                                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateDocumentDefaultVersion, input, update_document_default_version_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateDocumentMetadata_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidDocumentOperation,
    &awsc__ssm_InvalidDocumentVersion,
    &awsc__ssm_TooManyUpdates,
};

static const struct awsc_operation op_UpdateDocumentMetadata = {
    .name = "UpdateDocumentMetadata",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_UpdateDocumentMetadataRequest,
    .output = &awsc__ssm_UpdateDocumentMetadataResponse,
    .errors = op_UpdateDocumentMetadata_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_document_metadata(struct awsc_client *client,
                                      const struct awsc_ssm_update_document_metadata_input *input,
                                      struct awsc_ssm_update_document_metadata_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateDocumentMetadata, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_document_metadata_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_document_metadata_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_document_metadata_async(struct awsc_client *client,
                                            const struct awsc_ssm_update_document_metadata_input *input,
                                            awsc_ssm_update_document_metadata_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateDocumentMetadata, input, update_document_metadata_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateMaintenanceWindow_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_UpdateMaintenanceWindow = {
    .name = "UpdateMaintenanceWindow",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_UpdateMaintenanceWindowRequest,
    .output = &awsc__ssm_UpdateMaintenanceWindowResult,
    .errors = op_UpdateMaintenanceWindow_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_maintenance_window(struct awsc_client *client,
                                       const struct awsc_ssm_update_maintenance_window_input *input,
                                       struct awsc_ssm_update_maintenance_window_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateMaintenanceWindow, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_maintenance_window_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_maintenance_window_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_maintenance_window_async(struct awsc_client *client,
                                             const struct awsc_ssm_update_maintenance_window_input *input,
                                             awsc_ssm_update_maintenance_window_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateMaintenanceWindow, input, update_maintenance_window_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateMaintenanceWindowTarget_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_UpdateMaintenanceWindowTarget = {
    .name = "UpdateMaintenanceWindowTarget",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_UpdateMaintenanceWindowTargetRequest,
    .output = &awsc__ssm_UpdateMaintenanceWindowTargetResult,
    .errors = op_UpdateMaintenanceWindowTarget_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_maintenance_window_target(struct awsc_client *client,
                                              const struct awsc_ssm_update_maintenance_window_target_input *input,
                                              struct awsc_ssm_update_maintenance_window_target_output **output,
                                              struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateMaintenanceWindowTarget, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_maintenance_window_target_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_maintenance_window_target_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_maintenance_window_target_async(struct awsc_client *client,
                                                    const struct awsc_ssm_update_maintenance_window_target_input *input,
                                                    awsc_ssm_update_maintenance_window_target_cb *cb,
                                                    void *user_data,
                                                    struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateMaintenanceWindowTarget, input, update_maintenance_window_target_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateMaintenanceWindowTask_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_UpdateMaintenanceWindowTask = {
    .name = "UpdateMaintenanceWindowTask",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_UpdateMaintenanceWindowTaskRequest,
    .output = &awsc__ssm_UpdateMaintenanceWindowTaskResult,
    .errors = op_UpdateMaintenanceWindowTask_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_maintenance_window_task(struct awsc_client *client,
                                            const struct awsc_ssm_update_maintenance_window_task_input *input,
                                            struct awsc_ssm_update_maintenance_window_task_output **output,
                                            struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateMaintenanceWindowTask, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_maintenance_window_task_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_maintenance_window_task_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_maintenance_window_task_async(struct awsc_client *client,
                                                  const struct awsc_ssm_update_maintenance_window_task_input *input,
                                                  awsc_ssm_update_maintenance_window_task_cb *cb,
                                                  void *user_data,
                                                  struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateMaintenanceWindowTask, input, update_maintenance_window_task_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateManagedInstanceRole_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidInstanceId,
};

static const struct awsc_operation op_UpdateManagedInstanceRole = {
    .name = "UpdateManagedInstanceRole",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_UpdateManagedInstanceRoleRequest,
    .output = &awsc__ssm_UpdateManagedInstanceRoleResult,
    .errors = op_UpdateManagedInstanceRole_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_managed_instance_role(struct awsc_client *client,
                                          const struct awsc_ssm_update_managed_instance_role_input *input,
                                          struct awsc_ssm_update_managed_instance_role_output **output,
                                          struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateManagedInstanceRole, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_managed_instance_role_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_managed_instance_role_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_managed_instance_role_async(struct awsc_client *client,
                                                const struct awsc_ssm_update_managed_instance_role_input *input,
                                                awsc_ssm_update_managed_instance_role_cb *cb,
                                                void *user_data,
                                                struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateManagedInstanceRole, input, update_managed_instance_role_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateOpsItem_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_OpsItemAccessDeniedException,
    &awsc__ssm_OpsItemAlreadyExistsException,
    &awsc__ssm_OpsItemConflictException,
    &awsc__ssm_OpsItemInvalidParameterException,
    &awsc__ssm_OpsItemLimitExceededException,
    &awsc__ssm_OpsItemNotFoundException,
};

static const struct awsc_operation op_UpdateOpsItem = {
    .name = "UpdateOpsItem",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_UpdateOpsItemRequest,
    .output = &awsc__ssm_UpdateOpsItemResponse,
    .errors = op_UpdateOpsItem_errors,
    .error_count = 7,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_ops_item(struct awsc_client *client,
                             const struct awsc_ssm_update_ops_item_input *input,
                             struct awsc_ssm_update_ops_item_output **output,
                             struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateOpsItem, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_ops_item_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_ops_item_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_ops_item_async(struct awsc_client *client,
                                   const struct awsc_ssm_update_ops_item_input *input,
                                   awsc_ssm_update_ops_item_cb *cb,
                                   void *user_data,
                                   struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateOpsItem, input, update_ops_item_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateOpsMetadata_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_OpsMetadataInvalidArgumentException,
    &awsc__ssm_OpsMetadataKeyLimitExceededException,
    &awsc__ssm_OpsMetadataNotFoundException,
    &awsc__ssm_OpsMetadataTooManyUpdatesException,
};

static const struct awsc_operation op_UpdateOpsMetadata = {
    .name = "UpdateOpsMetadata",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_UpdateOpsMetadataRequest,
    .output = &awsc__ssm_UpdateOpsMetadataResult,
    .errors = op_UpdateOpsMetadata_errors,
    .error_count = 5,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_ops_metadata(struct awsc_client *client,
                                 const struct awsc_ssm_update_ops_metadata_input *input,
                                 struct awsc_ssm_update_ops_metadata_output **output,
                                 struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateOpsMetadata, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_ops_metadata_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_ops_metadata_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_ops_metadata_async(struct awsc_client *client,
                                       const struct awsc_ssm_update_ops_metadata_input *input,
                                       awsc_ssm_update_ops_metadata_cb *cb,
                                       void *user_data,
                                       struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateOpsMetadata, input, update_ops_metadata_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdatePatchBaseline_errors[] = {
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_InternalServerError,
};

static const struct awsc_operation op_UpdatePatchBaseline = {
    .name = "UpdatePatchBaseline",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_UpdatePatchBaselineRequest,
    .output = &awsc__ssm_UpdatePatchBaselineResult,
    .errors = op_UpdatePatchBaseline_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_patch_baseline(struct awsc_client *client,
                                   const struct awsc_ssm_update_patch_baseline_input *input,
                                   struct awsc_ssm_update_patch_baseline_output **output,
                                   struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdatePatchBaseline, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_patch_baseline_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_patch_baseline_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_patch_baseline_async(struct awsc_client *client,
                                         const struct awsc_ssm_update_patch_baseline_input *input,
                                         awsc_ssm_update_patch_baseline_cb *cb,
                                         void *user_data,
                                         struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdatePatchBaseline, input, update_patch_baseline_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateResourceDataSync_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ResourceDataSyncConflictException,
    &awsc__ssm_ResourceDataSyncInvalidConfigurationException,
    &awsc__ssm_ResourceDataSyncNotFoundException,
};

static const struct awsc_operation op_UpdateResourceDataSync = {
    .name = "UpdateResourceDataSync",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_UpdateResourceDataSyncRequest,
    .output = &awsc__ssm_UpdateResourceDataSyncResult,
    .errors = op_UpdateResourceDataSync_errors,
    .error_count = 4,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_resource_data_sync(struct awsc_client *client,
                                       const struct awsc_ssm_update_resource_data_sync_input *input,
                                       struct awsc_ssm_update_resource_data_sync_output **output,
                                       struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateResourceDataSync, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_resource_data_sync_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_resource_data_sync_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_resource_data_sync_async(struct awsc_client *client,
                                             const struct awsc_ssm_update_resource_data_sync_input *input,
                                             awsc_ssm_update_resource_data_sync_cb *cb,
                                             void *user_data,
                                             struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateResourceDataSync, input, update_resource_data_sync_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_UpdateServiceSetting_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ServiceSettingNotFound,
    &awsc__ssm_TooManyUpdates,
};

static const struct awsc_operation op_UpdateServiceSetting = {
    .name = "UpdateServiceSetting",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_UpdateServiceSettingRequest,
    .output = &awsc__ssm_UpdateServiceSettingResult,
    .errors = op_UpdateServiceSetting_errors,
    .error_count = 3,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_update_service_setting(struct awsc_client *client,
                                    const struct awsc_ssm_update_service_setting_input *input,
                                    struct awsc_ssm_update_service_setting_output **output,
                                    struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_UpdateServiceSetting, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void update_service_setting_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_update_service_setting_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_update_service_setting_async(struct awsc_client *client,
                                          const struct awsc_ssm_update_service_setting_input *input,
                                          awsc_ssm_update_service_setting_cb *cb,
                                          void *user_data,
                                          struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_UpdateServiceSetting, input, update_service_setting_done, (awsc_fn *)cb, user_data, err);
}
static const struct awsc_shape *const op_ValidateCloudConnector_errors[] = {
    &awsc__ssm_InternalServerError,
    &awsc__ssm_ResourceNotFoundException,
};

static const struct awsc_operation op_ValidateCloudConnector = {
    .name = "ValidateCloudConnector",
    .http_method = "POST",
    .request_uri = "/",
    .input = &awsc__ssm_ValidateCloudConnectorRequest,
    .output = &awsc__ssm_ValidateCloudConnectorResult,
    .errors = op_ValidateCloudConnector_errors,
    .error_count = 2,
    .flags = 0,
    .auth = AWSC_AUTH_SIGV4,
    .service = &awsc_ssm_service,
};

int awsc_ssm_validate_cloud_connector(struct awsc_client *client,
                                      const struct awsc_ssm_validate_cloud_connector_input *input,
                                      struct awsc_ssm_validate_cloud_connector_output **output,
                                      struct awsc_error *err)
{
    void *out = NULL;
    int status = awsc_call(client, &op_ValidateCloudConnector, input, &out, err);
    if (output)
        *output = out;
    else
        awsc_output_free(out);
    return status;
}

static void validate_cloud_connector_done(awsc_fn *cb, void *user_data, int status, void *output, struct awsc_error *err)
{
    ((awsc_ssm_validate_cloud_connector_cb *)cb)(user_data, status, output, err);
}

int awsc_ssm_validate_cloud_connector_async(struct awsc_client *client,
                                            const struct awsc_ssm_validate_cloud_connector_input *input,
                                            awsc_ssm_validate_cloud_connector_cb *cb,
                                            void *user_data,
                                            struct awsc_error *err)
{
    return awsc_call_async_typed(client, &op_ValidateCloudConnector, input, validate_cloud_connector_done, (awsc_fn *)cb, user_data, err);
}

static const struct awsc_operation *const operations[] = {
    &op_AddTagsToResource,
    &op_AssociateOpsItemRelatedItem,
    &op_CancelCommand,
    &op_CancelMaintenanceWindowExecution,
    &op_CreateActivation,
    &op_CreateAssociation,
    &op_CreateAssociationBatch,
    &op_CreateCloudConnector,
    &op_CreateDocument,
    &op_CreateMaintenanceWindow,
    &op_CreateOpsItem,
    &op_CreateOpsMetadata,
    &op_CreatePatchBaseline,
    &op_CreateResourceDataSync,
    &op_DeleteActivation,
    &op_DeleteAssociation,
    &op_DeleteCloudConnector,
    &op_DeleteDocument,
    &op_DeleteInventory,
    &op_DeleteMaintenanceWindow,
    &op_DeleteOpsItem,
    &op_DeleteOpsMetadata,
    &op_DeleteParameter,
    &op_DeleteParameters,
    &op_DeletePatchBaseline,
    &op_DeleteResourceDataSync,
    &op_DeleteResourcePolicy,
    &op_DeregisterManagedInstance,
    &op_DeregisterPatchBaselineForPatchGroup,
    &op_DeregisterTargetFromMaintenanceWindow,
    &op_DeregisterTaskFromMaintenanceWindow,
    &op_DescribeActivations,
    &op_DescribeAssociation,
    &op_DescribeAssociationExecutionTargets,
    &op_DescribeAssociationExecutions,
    &op_DescribeAutomationExecutions,
    &op_DescribeAutomationStepExecutions,
    &op_DescribeAvailablePatches,
    &op_DescribeDocument,
    &op_DescribeDocumentPermission,
    &op_DescribeEffectiveInstanceAssociations,
    &op_DescribeEffectivePatchesForPatchBaseline,
    &op_DescribeInstanceAssociationsStatus,
    &op_DescribeInstanceInformation,
    &op_DescribeInstancePatchStates,
    &op_DescribeInstancePatchStatesForPatchGroup,
    &op_DescribeInstancePatches,
    &op_DescribeInstanceProperties,
    &op_DescribeInventoryDeletions,
    &op_DescribeMaintenanceWindowExecutionTaskInvocations,
    &op_DescribeMaintenanceWindowExecutionTasks,
    &op_DescribeMaintenanceWindowExecutions,
    &op_DescribeMaintenanceWindowSchedule,
    &op_DescribeMaintenanceWindowTargets,
    &op_DescribeMaintenanceWindowTasks,
    &op_DescribeMaintenanceWindows,
    &op_DescribeMaintenanceWindowsForTarget,
    &op_DescribeOpsItems,
    &op_DescribeParameters,
    &op_DescribePatchBaselines,
    &op_DescribePatchGroupState,
    &op_DescribePatchGroups,
    &op_DescribePatchProperties,
    &op_DescribeSessions,
    &op_DisassociateOpsItemRelatedItem,
    &op_GetAccessToken,
    &op_GetAutomationExecution,
    &op_GetCalendarState,
    &op_GetCloudConnector,
    &op_GetCommandInvocation,
    &op_GetConnectionStatus,
    &op_GetDefaultPatchBaseline,
    &op_GetDeployablePatchSnapshotForInstance,
    &op_GetDocument,
    &op_GetExecutionPreview,
    &op_GetInventory,
    &op_GetInventorySchema,
    &op_GetMaintenanceWindow,
    &op_GetMaintenanceWindowExecution,
    &op_GetMaintenanceWindowExecutionTask,
    &op_GetMaintenanceWindowExecutionTaskInvocation,
    &op_GetMaintenanceWindowTask,
    &op_GetOpsItem,
    &op_GetOpsMetadata,
    &op_GetOpsSummary,
    &op_GetParameter,
    &op_GetParameterHistory,
    &op_GetParameters,
    &op_GetParametersByPath,
    &op_GetPatchBaseline,
    &op_GetPatchBaselineForPatchGroup,
    &op_GetResourcePolicies,
    &op_GetServiceSetting,
    &op_LabelParameterVersion,
    &op_ListAssociationVersions,
    &op_ListAssociations,
    &op_ListCloudConnectors,
    &op_ListCommandInvocations,
    &op_ListCommands,
    &op_ListComplianceItems,
    &op_ListComplianceSummaries,
    &op_ListDocumentMetadataHistory,
    &op_ListDocumentVersions,
    &op_ListDocuments,
    &op_ListInventoryEntries,
    &op_ListNodes,
    &op_ListNodesSummary,
    &op_ListOpsItemEvents,
    &op_ListOpsItemRelatedItems,
    &op_ListOpsMetadata,
    &op_ListResourceComplianceSummaries,
    &op_ListResourceDataSync,
    &op_ListTagsForResource,
    &op_ModifyDocumentPermission,
    &op_PutComplianceItems,
    &op_PutInventory,
    &op_PutParameter,
    &op_PutResourcePolicy,
    &op_RegisterDefaultPatchBaseline,
    &op_RegisterPatchBaselineForPatchGroup,
    &op_RegisterTargetWithMaintenanceWindow,
    &op_RegisterTaskWithMaintenanceWindow,
    &op_RemoveTagsFromResource,
    &op_ResetServiceSetting,
    &op_ResumeSession,
    &op_SendAutomationSignal,
    &op_SendCommand,
    &op_StartAccessRequest,
    &op_StartAssociationsOnce,
    &op_StartAutomationExecution,
    &op_StartChangeRequestExecution,
    &op_StartExecutionPreview,
    &op_StartSession,
    &op_StopAutomationExecution,
    &op_TerminateSession,
    &op_UnlabelParameterVersion,
    &op_UpdateAssociation,
    &op_UpdateAssociationStatus,
    &op_UpdateCloudConnector,
    &op_UpdateDocument,
    &op_UpdateDocumentDefaultVersion,
    &op_UpdateDocumentMetadata,
    &op_UpdateMaintenanceWindow,
    &op_UpdateMaintenanceWindowTarget,
    &op_UpdateMaintenanceWindowTask,
    &op_UpdateManagedInstanceRole,
    &op_UpdateOpsItem,
    &op_UpdateOpsMetadata,
    &op_UpdatePatchBaseline,
    &op_UpdateResourceDataSync,
    &op_UpdateServiceSetting,
    &op_ValidateCloudConnector,
};

/* Every modeled error, sorted by its code on the wire. */
static const struct awsc_shape *const errors[] = {
    &awsc__ssm_AccessDeniedException,
    &awsc__ssm_AlreadyExistsException,
    &awsc__ssm_AssociatedInstances,
    &awsc__ssm_AssociationAlreadyExists,
    &awsc__ssm_AssociationDoesNotExist,
    &awsc__ssm_AssociationExecutionDoesNotExist,
    &awsc__ssm_AssociationLimitExceeded,
    &awsc__ssm_AssociationVersionLimitExceeded,
    &awsc__ssm_AutomationDefinitionNotApprovedException,
    &awsc__ssm_AutomationDefinitionNotFoundException,
    &awsc__ssm_AutomationDefinitionVersionNotFoundException,
    &awsc__ssm_AutomationExecutionLimitExceededException,
    &awsc__ssm_AutomationExecutionNotFoundException,
    &awsc__ssm_AutomationStepNotFoundException,
    &awsc__ssm_ComplianceTypeCountLimitExceededException,
    &awsc__ssm_ConflictException,
    &awsc__ssm_CustomSchemaCountLimitExceededException,
    &awsc__ssm_DocumentAlreadyExists,
    &awsc__ssm_DocumentLimitExceeded,
    &awsc__ssm_DocumentPermissionLimit,
    &awsc__ssm_DocumentVersionLimitExceeded,
    &awsc__ssm_DoesNotExistException,
    &awsc__ssm_DuplicateDocumentContent,
    &awsc__ssm_DuplicateDocumentVersionName,
    &awsc__ssm_DuplicateInstanceId,
    &awsc__ssm_FeatureNotAvailableException,
    &awsc__ssm_HierarchyLevelLimitExceededException,
    &awsc__ssm_HierarchyTypeMismatchException,
    &awsc__ssm_IdempotentParameterMismatch,
    &awsc__ssm_IncompatiblePolicyException,
    &awsc__ssm_InternalServerError,
    &awsc__ssm_InvalidActivation,
    &awsc__ssm_InvalidActivationId,
    &awsc__ssm_InvalidAggregatorException,
    &awsc__ssm_InvalidAllowedPatternException,
    &awsc__ssm_InvalidAssociation,
    &awsc__ssm_InvalidAssociationVersion,
    &awsc__ssm_InvalidAutomationExecutionParametersException,
    &awsc__ssm_InvalidAutomationSignalException,
    &awsc__ssm_InvalidAutomationStatusUpdateException,
    &awsc__ssm_InvalidCommandId,
    &awsc__ssm_InvalidDeleteInventoryParametersException,
    &awsc__ssm_InvalidDeletionIdException,
    &awsc__ssm_InvalidDocument,
    &awsc__ssm_InvalidDocumentContent,
    &awsc__ssm_InvalidDocumentOperation,
    &awsc__ssm_InvalidDocumentSchemaVersion,
    &awsc__ssm_InvalidDocumentType,
    &awsc__ssm_InvalidDocumentVersion,
    &awsc__ssm_InvalidFilter,
    &awsc__ssm_InvalidFilterKey,
    &awsc__ssm_InvalidFilterOption,
    &awsc__ssm_InvalidFilterValue,
    &awsc__ssm_InvalidInstanceId,
    &awsc__ssm_InvalidInstanceInformationFilterValue,
    &awsc__ssm_InvalidInstancePropertyFilterValue,
    &awsc__ssm_InvalidInventoryGroupException,
    &awsc__ssm_InvalidInventoryItemContextException,
    &awsc__ssm_InvalidInventoryRequestException,
    &awsc__ssm_InvalidItemContentException,
    &awsc__ssm_InvalidKeyId,
    &awsc__ssm_InvalidNextToken,
    &awsc__ssm_InvalidNotificationConfig,
    &awsc__ssm_InvalidOptionException,
    &awsc__ssm_InvalidOutputFolder,
    &awsc__ssm_InvalidOutputLocation,
    &awsc__ssm_InvalidParameters,
    &awsc__ssm_InvalidPermissionType,
    &awsc__ssm_InvalidPluginName,
    &awsc__ssm_InvalidPolicyAttributeException,
    &awsc__ssm_InvalidPolicyTypeException,
    &awsc__ssm_InvalidResourceId,
    &awsc__ssm_InvalidResourceType,
    &awsc__ssm_InvalidResultAttributeException,
    &awsc__ssm_InvalidRole,
    &awsc__ssm_InvalidSchedule,
    &awsc__ssm_InvalidTag,
    &awsc__ssm_InvalidTarget,
    &awsc__ssm_InvalidTargetMaps,
    &awsc__ssm_InvalidTypeNameException,
    &awsc__ssm_InvalidUpdate,
    &awsc__ssm_InvocationDoesNotExist,
    &awsc__ssm_ItemContentMismatchException,
    &awsc__ssm_ItemSizeLimitExceededException,
    &awsc__ssm_MalformedResourcePolicyDocumentException,
    &awsc__ssm_MaxDocumentSizeExceeded,
    &awsc__ssm_NoLongerSupportedException,
    &awsc__ssm_OpsItemAccessDeniedException,
    &awsc__ssm_OpsItemAlreadyExistsException,
    &awsc__ssm_OpsItemConflictException,
    &awsc__ssm_OpsItemInvalidParameterException,
    &awsc__ssm_OpsItemLimitExceededException,
    &awsc__ssm_OpsItemNotFoundException,
    &awsc__ssm_OpsItemRelatedItemAlreadyExistsException,
    &awsc__ssm_OpsItemRelatedItemAssociationNotFoundException,
    &awsc__ssm_OpsMetadataAlreadyExistsException,
    &awsc__ssm_OpsMetadataInvalidArgumentException,
    &awsc__ssm_OpsMetadataKeyLimitExceededException,
    &awsc__ssm_OpsMetadataLimitExceededException,
    &awsc__ssm_OpsMetadataNotFoundException,
    &awsc__ssm_OpsMetadataTooManyUpdatesException,
    &awsc__ssm_ParameterAlreadyExists,
    &awsc__ssm_ParameterLimitExceeded,
    &awsc__ssm_ParameterMaxVersionLimitExceeded,
    &awsc__ssm_ParameterNotFound,
    &awsc__ssm_ParameterPatternMismatchException,
    &awsc__ssm_ParameterVersionLabelLimitExceeded,
    &awsc__ssm_ParameterVersionNotFound,
    &awsc__ssm_PoliciesLimitExceededException,
    &awsc__ssm_ResourceDataSyncAlreadyExistsException,
    &awsc__ssm_ResourceDataSyncConflictException,
    &awsc__ssm_ResourceDataSyncCountExceededException,
    &awsc__ssm_ResourceDataSyncInvalidConfigurationException,
    &awsc__ssm_ResourceDataSyncNotFoundException,
    &awsc__ssm_ResourceInUseException,
    &awsc__ssm_ResourceLimitExceededException,
    &awsc__ssm_ResourceNotFoundException,
    &awsc__ssm_ResourcePolicyConflictException,
    &awsc__ssm_ResourcePolicyInvalidParameterException,
    &awsc__ssm_ResourcePolicyLimitExceededException,
    &awsc__ssm_ResourcePolicyNotFoundException,
    &awsc__ssm_ServiceQuotaExceededException,
    &awsc__ssm_ServiceSettingNotFound,
    &awsc__ssm_StatusUnchanged,
    &awsc__ssm_SubTypeCountLimitExceededException,
    &awsc__ssm_TargetInUseException,
    &awsc__ssm_TargetNotConnected,
    &awsc__ssm_ThrottlingException,
    &awsc__ssm_TooManyTagsError,
    &awsc__ssm_TooManyUpdates,
    &awsc__ssm_TotalSizeLimitExceededException,
    &awsc__ssm_UnsupportedCalendarException,
    &awsc__ssm_UnsupportedFeatureRequiredException,
    &awsc__ssm_UnsupportedInventoryItemContextException,
    &awsc__ssm_UnsupportedInventorySchemaVersionException,
    &awsc__ssm_UnsupportedOperatingSystem,
    &awsc__ssm_UnsupportedOperationException,
    &awsc__ssm_UnsupportedParameterType,
    &awsc__ssm_UnsupportedPlatformType,
    &awsc__ssm_ValidationException,
};

const struct awsc_service awsc_ssm_service = {
    .name = "ssm",
    .service_id = "SSM",
    .full_name = "Amazon Simple Systems Manager (SSM)",
    .api_version = "2014-11-06",
    .endpoint_prefix = "ssm",
    .signing_name = "ssm",
    .target_prefix = "AmazonSSM",
    .json_version = "1.1",
    .xml_namespace = NULL,
    .env_name = "SSM",
    .protocol = AWSC_PROTO_JSON,
    .operations = operations,
    .operation_count = 152,
    .errors = errors,
    .error_count = 140,
    .flags = 0,
    .ruleset = &awsc__ssm_ruleset,
#if AWSC_WITH_PAGINATORS
    .paginators = awsc_ssm_paginators,
    .paginator_count = 52,
#endif
#if AWSC_WITH_WAITERS
    .waiters = awsc_ssm_waiters,
    .waiter_count = 1,
#endif
};
