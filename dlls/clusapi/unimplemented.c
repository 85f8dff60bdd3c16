/*
 * clusapi.dll: the exports that are not implemented yet.
 *
 * This file is a table, one line per export: the export's name and its real
 * parameter list (Windows SDK clusapi.h, written with generic types: HANDLE for
 * every cluster object, enumeration and notification handle, HKEY for cluster
 * registry keys).  Each line expands to a WINAPI function that prints a FIXME
 * and fails the way its documented return type says a failure looks.  None of
 * them crashes, none of them pretends to succeed:
 *
 *   UNIMPLEMENTED_HANDLE   H* handles, HKEY: last error, NULL
 *   UNIMPLEMENTED_BOOL     BOOL: last error, FALSE
 *   UNIMPLEMENTED_DWORD    DWORD error code: ERROR_CALL_NOT_IMPLEMENTED
 *   UNIMPLEMENTED_LONG     LONG error code (ClusterReg*): the same
 *   UNIMPLEMENTED_STATE    CLUSTER_*_STATE getters: last error, -1 (...StateUnknown)
 *   UNIMPLEMENTED_COUNT    *GetEnumCount*: last error, 0
 *   UNIMPLEMENTED_HRESULT  HRESULT, and undocumented exports whose return type is
 *                          unknown: last error, HRESULT_FROM_WIN32(ERROR_CALL_NOT_IMPLEMENTED),
 *                          a failure both as an HRESULT (< 0) and as an error code (!= 0)
 *   UNIMPLEMENTED_VOID     void: last error only (no export needs it at present)
 *
 * The parameter lists matter even though the bodies ignore them: clusapi.spec
 * lists the same arguments, and an i386 build links the stdcall symbols Name@N
 * with N computed from the spec, so both must agree in count and width
 * (ULONGLONG is int64 in the spec, a 16-byte structure passed by value int128).
 * docs/exports.md says where every signature comes from; exports without a
 * public declaration are marked as such below.
 *
 * To implement an export: delete its line here, define the function in another
 * file and keep (or correct) its line in clusapi.spec.  The implemented ones
 * are in cluster.c, node.c, group.c, groupset.c, resource.c, network.c, registry.c,
 * control.c and notify.c.
 *
 * This file must not include clusapi.h: the generic prototypes would clash.
 */

#include <stdarg.h>

#include "windef.h"
#include "winbase.h"
#include "winreg.h"
#include "winerror.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(clusapi);

#define UNIMPLEMENTED_HANDLE(name, params) \
    HANDLE WINAPI name params \
    { \
        FIXME("stub\n"); \
        SetLastError(ERROR_CALL_NOT_IMPLEMENTED); \
        return NULL; \
    }

#define UNIMPLEMENTED_BOOL(name, params) \
    BOOL WINAPI name params \
    { \
        FIXME("stub\n"); \
        SetLastError(ERROR_CALL_NOT_IMPLEMENTED); \
        return FALSE; \
    }

#define UNIMPLEMENTED_DWORD(name, params) \
    DWORD WINAPI name params \
    { \
        FIXME("stub\n"); \
        return ERROR_CALL_NOT_IMPLEMENTED; \
    }

#define UNIMPLEMENTED_LONG(name, params) \
    LONG WINAPI name params \
    { \
        FIXME("stub\n"); \
        return ERROR_CALL_NOT_IMPLEMENTED; \
    }

#define UNIMPLEMENTED_STATE(name, params) \
    int WINAPI name params \
    { \
        FIXME("stub\n"); \
        SetLastError(ERROR_CALL_NOT_IMPLEMENTED); \
        return -1; \
    }

#define UNIMPLEMENTED_COUNT(name, params) \
    DWORD WINAPI name params \
    { \
        FIXME("stub\n"); \
        SetLastError(ERROR_CALL_NOT_IMPLEMENTED); \
        return 0; \
    }

#define UNIMPLEMENTED_HRESULT(name, params) \
    HRESULT WINAPI name params \
    { \
        FIXME("stub\n"); \
        SetLastError(ERROR_CALL_NOT_IMPLEMENTED); \
        return HRESULT_FROM_WIN32(ERROR_CALL_NOT_IMPLEMENTED); \
    }

#define UNIMPLEMENTED_VOID(name, params) \
    void WINAPI name params \
    { \
        FIXME("stub\n"); \
        SetLastError(ERROR_CALL_NOT_IMPLEMENTED); \
    }

/* ---- Cluster connection, information and cluster-wide settings ---- */
UNIMPLEMENTED_DWORD(BackupClusterDatabase, (HANDLE cluster, LPCWSTR path))
UNIMPLEMENTED_DWORD(RestoreClusterDatabase, (LPCWSTR path, BOOL force, LPCWSTR quorum_drive))
/* Windows Server 2008 and later do nothing here and answer ERROR_CALL_NOT_IMPLEMENTED
 * (SDK SetClusterNetworkPriorityOrder); the simulated cluster still serves opnum 87. */
UNIMPLEMENTED_DWORD(SetClusterNetworkPriorityOrder, (HANDLE cluster, DWORD count, HANDLE *networks))
UNIMPLEMENTED_DWORD(SetClusterServiceAccountPassword, (LPCWSTR cluster_name, LPCWSTR new_password,
                                                       DWORD flags, void *status,
                                                       DWORD *status_size))
UNIMPLEMENTED_DWORD(ClusterSetAccountAccess, (HANDLE cluster, LPCWSTR sid, DWORD access,
                                              DWORD control_type))
UNIMPLEMENTED_DWORD(ClusterUpgradeFunctionalLevel, (HANDLE cluster, BOOL perform, void *callback,
                                                    void *context))

/* ---- Cluster enumeration ---- */

/* ---- Cluster creation, destruction and setup ---- */
UNIMPLEMENTED_HANDLE(CreateCluster, (void *config, void *callback, void *context))
UNIMPLEMENTED_DWORD(DestroyCluster, (HANDLE cluster, void *callback, void *context,
                                     BOOL delete_vcos))
UNIMPLEMENTED_HANDLE(AddClusterNode, (HANDLE cluster, LPCWSTR node, void *callback, void *context))
UNIMPLEMENTED_DWORD(AddClusterStorageNode, (HANDLE cluster, LPCWSTR node, void *callback,
                                            void *context, LPCWSTR description, LPCWSTR location))
UNIMPLEMENTED_DWORD(RemoveClusterStorageNode, (HANDLE cluster, LPCWSTR enclosure, DWORD timeout,
                                               DWORD flags))
UNIMPLEMENTED_DWORD(CreateClusterNameAccount, (HANDLE cluster, void *config, void *callback,
                                               void *context))
UNIMPLEMENTED_DWORD(RemoveClusterNameAccount, (HANDLE cluster, BOOL delete_computer_objects))
UNIMPLEMENTED_DWORD(DetermineCNOResTypeFromCluster, (HANDLE cluster, void *res_type))
UNIMPLEMENTED_DWORD(DetermineCNOResTypeFromNodelist, (DWORD count, LPCWSTR *nodes, void *res_type))
UNIMPLEMENTED_DWORD(DetermineClusterCloudTypeFromCluster, (HANDLE cluster, void *cloud_type))
UNIMPLEMENTED_DWORD(DetermineClusterCloudTypeFromNodelist, (DWORD count, LPCWSTR *nodes,
                                                            void *cloud_type))
UNIMPLEMENTED_DWORD(GetNodeCloudTypeDW, (LPCWSTR node, DWORD *cloud_type))

/* ---- Undocumented, signature inferred: cluster creation ---- */
/* CreateClusterManagementPoint: SDK documents CreateClusterCNOless(PCREATE_CLUSTER_CONFIG,
 * PCLUSTER_SETUP_PROGRESS_CALLBACK, PVOID), which clusapi.dll does not export; assumed to be
 * this export */
UNIMPLEMENTED_HANDLE(CreateClusterManagementPoint, (void *config, void *callback, void *context))

/* ---- Nodes ---- */
UNIMPLEMENTED_DWORD(ClusterNodeReplacement, (HANDLE cluster, LPCWSTR current_node,
                                             LPCWSTR new_node))

/* ---- Groups ---- */
/* MS-CMRP has no method adding one group dependency (only 175 setting the
 * whole expression and 176 removing one), nor one reading the present ones. */
UNIMPLEMENTED_DWORD(AddClusterGroupDependency, (HANDLE dependent, HANDLE provider))

/* ---- Group sets and affinity rules ---- */
UNIMPLEMENTED_HANDLE(CreateClusterAvailabilitySet, (HANDLE cluster, LPCWSTR name, void *config))
UNIMPLEMENTED_DWORD(AddCrossClusterGroupSetDependency, (HANDLE dependent, LPCWSTR remote_cluster,
                                                        LPCWSTR remote_group_set))
UNIMPLEMENTED_DWORD(RemoveCrossClusterGroupSetDependency, (HANDLE dependent, LPCWSTR remote_cluster,
                                                           LPCWSTR remote_group_set))
UNIMPLEMENTED_DWORD(ClusterCreateAffinityRule, (HANDLE cluster, LPCWSTR rule, DWORD type))
UNIMPLEMENTED_DWORD(ClusterRemoveAffinityRule, (HANDLE cluster, LPCWSTR rule))
UNIMPLEMENTED_DWORD(ClusterAddGroupToAffinityRule, (HANDLE cluster, LPCWSTR rule, HANDLE group))
UNIMPLEMENTED_DWORD(ClusterRemoveGroupFromAffinityRule, (HANDLE cluster, LPCWSTR rule,
                                                         HANDLE group))
UNIMPLEMENTED_DWORD(ClusterAffinityRuleControl, (HANDLE cluster, LPCWSTR rule, HANDLE host_node,
                                                 DWORD code, void *in, DWORD in_size, void *out,
                                                 DWORD out_size, DWORD *returned))

/* ---- Undocumented, signature inferred: resources ---- */
/* CreateClusterResourceWithId: undocumented; name suggests an HRESOURCE-returning
 * CreateClusterResource variant, parameter list unknown */
UNIMPLEMENTED_HANDLE(CreateClusterResourceWithId, (void))

/* ---- Cluster shared volumes ---- */
UNIMPLEMENTED_DWORD(AddResourceToClusterSharedVolumes, (HANDLE resource))
UNIMPLEMENTED_DWORD(RemoveResourceFromClusterSharedVolumes, (HANDLE resource))
UNIMPLEMENTED_DWORD(IsFileOnClusterSharedVolume, (LPCWSTR path, BOOL *on_csv))
/* ClusterSharedVolumeSetSnapshotState: GUID passed by value: 16 bytes on the i386 stack, by
 * reference on x86_64 (spec type int128) */
UNIMPLEMENTED_DWORD(ClusterSharedVolumeSetSnapshotState, (GUID snapshot_set, LPCWSTR volume,
                                                          DWORD state))

/* ---- Undocumented, signature inferred: cluster shared volumes ---- */
/* AddResourceToClusterSharedVolumesEx: assumed to mirror MS-CMRP ApiChangeCsvStateEx (opnum
 * 182: hResource, dwState, lpszVolumeName) */
UNIMPLEMENTED_DWORD(AddResourceToClusterSharedVolumesEx, (HANDLE resource, LPCWSTR volume))
/* ClusterSharedVolumeClearBackupState: assumed to mirror resapi
 * ClusterClearBackupStateForSharedVolume(LPCWSTR) */
UNIMPLEMENTED_DWORD(ClusterSharedVolumeClearBackupState, (LPCWSTR path))

/* ---- Networks ---- */

/* ---- Network interfaces ---- */

/* ---- Notifications ---- */

/* ---- Cluster registry ---- */
UNIMPLEMENTED_LONG(ClusterRegSyncDatabase, (HANDLE cluster, DWORD flags))

/* ---- Undocumented, signature inferred: cluster registry ---- */
/* ClusterRegQueryAllValues: assumed to mirror Samba clusapi.idl QueryAllValues (MS-CMRP opnum
 * 140: hKey, out pcbData, out ppData) */
UNIMPLEMENTED_LONG(ClusterRegQueryAllValues, (HKEY key, DWORD *data_size, BYTE **data))

/* ---- Undocumented, signature inferred: storage and multi-node requests ---- */
/* The Win32 wrappers of MS-CMRP opnums 140-142, which the spec leaves undescribed; parameters
 * follow Samba's clusapi.idl wire form.  ClusterFreeMemory and ClusterFreeMrrResponse take one
 * pointer; their return type is unknown. */
/* ClusterStmFindDisk: assumed to mirror Samba clusapi.idl StmFindDisk (opnum 141) */
UNIMPLEMENTED_DWORD(ClusterStmFindDisk, (HANDLE cluster, DWORD flags, void *disk_id,
                                         BYTE *unique_id, DWORD unique_id_size, LPWSTR *device))
/* ClusterSendReceiveMrr: assumed to mirror Samba clusapi.idl ClusterMrr (opnum 142); low
 * confidence */
UNIMPLEMENTED_DWORD(ClusterSendReceiveMrr, (HANDLE cluster, BOOL exclude_self, ULONGLONG node_set,
                                            DWORD timeout, DWORD component, DWORD code,
                                            DWORD in_size, void *in, void **response))
/* ClusterSendReceiveMrrAsUser: assumed identical to ClusterSendReceiveMrr; low confidence */
UNIMPLEMENTED_DWORD(ClusterSendReceiveMrrAsUser, (HANDLE cluster, BOOL exclude_self,
                                                  ULONGLONG node_set, DWORD timeout,
                                                  DWORD component, DWORD code, DWORD in_size,
                                                  void *in, void **response))
UNIMPLEMENTED_HRESULT(ClusterFreeMrrResponse, (void *response))
UNIMPLEMENTED_HRESULT(ClusterFreeMemory, (void *mem))

/* ---- Undocumented, signature inferred: fault-domain and storage-enclosure info helpers ---- */
/* The Initialize and Free helpers take one pointer and return a Win32 error code, like resapi's
 * documented Initialize/FreeClusterHealthFault[Array]; the three Clu* frees have an unknown
 * return type (HRESULT class, see above). */
UNIMPLEMENTED_DWORD(InitializeClusFaultDomainInfo, (void *info))
UNIMPLEMENTED_DWORD(InitializeClusFaultDomainInfoArray, (void *info))
UNIMPLEMENTED_DWORD(FreeClusFaultDomainInfo, (void *info))
UNIMPLEMENTED_DWORD(FreeClusFaultDomainInfoArray, (void *info))
UNIMPLEMENTED_DWORD(FreeClusFaultDomainXML, (void *info))
UNIMPLEMENTED_DWORD(InitializeClusStorageEnclosureInfo, (void *info))
UNIMPLEMENTED_DWORD(InitializeClusStorageEnclosureInfoArray, (void *info))
UNIMPLEMENTED_DWORD(FreeClusStorageEnclosureInfo, (void *info))
UNIMPLEMENTED_DWORD(FreeClusStorageEnclosureInfoArray, (void *info))
UNIMPLEMENTED_HRESULT(CluFreeFaultDomainInfo, (void *info))
UNIMPLEMENTED_HRESULT(CluFreeGuidArrayPtr, (void *array))
UNIMPLEMENTED_HRESULT(CluFreeStr, (WCHAR *str))

/* ---- Undocumented, signature unknown ---- */
/* No public declaration of these exists; they are exported without arguments.  Return type
 * unknown except where the name implies a handle. */
/* CCHlpAddNodeUpdateCluster: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(CCHlpAddNodeUpdateCluster, (void))
/* CCHlpConfigureNode: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(CCHlpConfigureNode, (void))
/* CCHlpCreateClusterNameCOIfNotExists: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(CCHlpCreateClusterNameCOIfNotExists, (void))
/* CCHlpCreateClusterNameInAD: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(CCHlpCreateClusterNameInAD, (void))
/* CCHlpGetClusterServiceSecret: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(CCHlpGetClusterServiceSecret, (void))
/* CCHlpGetDNSHostLabel: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(CCHlpGetDNSHostLabel, (void))
/* CCHlpRestoreClusterVirtualObjectToInitialState: undocumented; parameter list and return type
 * unknown */
UNIMPLEMENTED_HRESULT(CCHlpRestoreClusterVirtualObjectToInitialState, (void))
/* CluGetDriveInfo: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(CluGetDriveInfo, (void))
/* CluGetFaultDomainObject: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(CluGetFaultDomainObject, (void))
/* CluGetFaultDomainObjects: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(CluGetFaultDomainObjects, (void))
/* CluRemoveFaultDomainObject: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(CluRemoveFaultDomainObject, (void))
/* ClusterGetDriveInfo: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterGetDriveInfo, (void))
/* ClusterCreateFaultDomain: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterCreateFaultDomain, (void))
/* ClusterCreateFaultDomainFromXML: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterCreateFaultDomainFromXML, (void))
/* ClusterGetFaultDomainObject: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterGetFaultDomainObject, (void))
/* ClusterGetFaultDomainObjects: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterGetFaultDomainObjects, (void))
/* ClusterGetFaultDomainState: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterGetFaultDomainState, (void))
/* ClusterGetFaultDomainXML: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterGetFaultDomainXML, (void))
/* ClusterRemoveFaultDomain: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterRemoveFaultDomain, (void))
/* ClusterSetFaultDomain: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterSetFaultDomain, (void))
/* ClusterSetNodeFaultDomain: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterSetNodeFaultDomain, (void))
/* ClusterCreateClusterStorageEnclosure: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterCreateClusterStorageEnclosure, (void))
/* ClusterGetClusterStorageEnclosureObject: undocumented; parameter list and return type unknown
 */
UNIMPLEMENTED_HRESULT(ClusterGetClusterStorageEnclosureObject, (void))
/* ClusterGetClusterStorageEnclosureObjects: undocumented; parameter list and return type
 * unknown */
UNIMPLEMENTED_HRESULT(ClusterGetClusterStorageEnclosureObjects, (void))
/* ClusterRemoveClusterStorageEnclosure: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterRemoveClusterStorageEnclosure, (void))
/* ClusterSetClusterStorageEnclosure: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterSetClusterStorageEnclosure, (void))
/* ClusterCreateVMReservation: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterCreateVMReservation, (void))
/* ClusterCreateVMReservationWithDomains: undocumented; parameter list and return type unknown
 */
UNIMPLEMENTED_HRESULT(ClusterCreateVMReservationWithDomains, (void))
/* ClusterFreeVMReservation: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterFreeVMReservation, (void))
/* ClusterChangeVMSettings: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterChangeVMSettings, (void))
/* ClusterGetPlacementScore: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterGetPlacementScore, (void))
/* ClusterCaptureLiveDump: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterCaptureLiveDump, (void))
/* ClusterNetworkHealthGetInterfaceConnections: undocumented; parameter list and return type
 * unknown */
UNIMPLEMENTED_HRESULT(ClusterNetworkHealthGetInterfaceConnections, (void))
/* ClusterNetworkHealthGetNodeConnections: undocumented; parameter list and return type unknown
 */
UNIMPLEMENTED_HRESULT(ClusterNetworkHealthGetNodeConnections, (void))
/* ClusterNetworkHealthFreeInterfaceConnections: undocumented; parameter list and return type
 * unknown */
UNIMPLEMENTED_HRESULT(ClusterNetworkHealthFreeInterfaceConnections, (void))
/* ClusterNetworkHealthFreeNodeConnections: undocumented; parameter list and return type unknown
 */
UNIMPLEMENTED_HRESULT(ClusterNetworkHealthFreeNodeConnections, (void))
/* ClusterUpgradeFunctionalLevelEx: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(ClusterUpgradeFunctionalLevelEx, (void))
/* GetClusterSharedVolumeNameForFile: undocumented; parameter list and return type unknown */
UNIMPLEMENTED_HRESULT(GetClusterSharedVolumeNameForFile, (void))
/* OpenClusterEx2: undocumented; name suggests an HCLUSTER-returning OpenClusterEx variant,
 * parameter list unknown */
UNIMPLEMENTED_HANDLE(OpenClusterEx2, (void))
