/*
 * Failover Cluster API (clusapi.dll)
 *
 * Written for wine-clusapi from the Windows SDK documentation of clusapi.h
 * (MicrosoftDocs/sdk-api, sdk-api-src/content/clusapi), Microsoft's published
 * Win32 API metadata for the same header, and [MS-CMRP] (values that travel on
 * the wire).  It declares the API of the 290 exports of clusapi.dll 10.0.19041
 * (see docs/exports.md and docs/headers.md).
 *
 * Unlike mingw-w64's clusapi.h it compiles at every _WIN32_WINNT, in C and C++,
 * with mingw-w64 and with Wine's headers, in any order with windows.h.  The
 * include guard is the SDK's, so a later #include of another clusapi.h is a
 * no-op.
 *
 * Knobs:
 *   CLUSAPI_VERSION                 defaults to CLUSAPI_VERSION_WINTHRESHOLD, the
 *                                   level of the DLL this project implements.
 *   CLUSAPI_UNDOCUMENTED_EXPORTS    also declares the exports that have no
 *                                   public declaration (signatures inferred or
 *                                   unknown; see docs/exports.md).  Off by default.
 */
#ifndef _CLUSTER_API_
#define _CLUSTER_API_

#include <windef.h>
#include <winbase.h>
#include <winreg.h>
#include <guiddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------
 * Versions
 * ------------------------------------------------------------------------ */

#define CLUSAPI_VERSION_SERVER2008   0x00000600
#define CLUSAPI_VERSION_SERVER2008R2 0x00000700
#define CLUSAPI_VERSION_WINDOWS8     0x00000701
#define CLUSAPI_VERSION_WINDOWSBLUE  0x00000702
#define CLUSAPI_VERSION_WINTHRESHOLD 0x00000703
#define CLUSAPI_VERSION_RS3          0x00000a00
#define CLUSAPI_VERSION_NI           0x00000a0c
#define CLUSAPI_VERSION_CU           0x00000c03
#define CLUSAPI_VERSION_ZN           0x00000c04
#define CLUSAPI_VERSION_GA           0x00000c05
#define CLUSAPI_VERSION_GE           0x00000c06
#define CLUSAPI_VERSION_DT           0x00000c07
#ifndef CLUSAPI_VERSION
#define CLUSAPI_VERSION CLUSAPI_VERSION_WINTHRESHOLD
#endif

#define CREATE_CLUSTER_VERSION            CLUSAPI_VERSION_SERVER2008
#define CREATE_CLUSTER_MAJOR_VERSION_MASK 0xffffff00

/* ---------------------------------------------------------------------------
 * Handles (opaque)
 * ------------------------------------------------------------------------ */

typedef struct _HCLUSTER *HCLUSTER;
typedef struct _HNODE *HNODE;
typedef struct _HRESOURCE *HRESOURCE;
typedef struct _HGROUP *HGROUP;
typedef struct _HGROUPSET *HGROUPSET;
typedef struct _HNETWORK *HNETWORK;
typedef struct _HNETINTERFACE *HNETINTERFACE;
typedef struct _HCHANGE *HCHANGE;
typedef struct _HCLUSENUM *HCLUSENUM;
typedef struct _HCLUSENUMEX *HCLUSENUMEX;
typedef struct _HGROUPENUM *HGROUPENUM;
typedef struct _HGROUPENUMEX *HGROUPENUMEX;
typedef struct _HGROUPSETENUM *HGROUPSETENUM;
typedef struct _HRESENUM *HRESENUM;
typedef struct _HRESENUMEX *HRESENUMEX;
typedef struct _HNETWORKENUM *HNETWORKENUM;
typedef struct _HNODEENUM *HNODEENUM;
typedef struct _HNODEENUMEX *HNODEENUMEX;
typedef struct _HNETINTERFACEENUM *HNETINTERFACEENUM;
typedef struct _HRESTYPEENUM *HRESTYPEENUM;
typedef struct _HREGBATCH *HREGBATCH;
typedef struct _HREGBATCHPORT *HREGBATCHPORT;
typedef struct _HREGBATCHNOTIFICATION *HREGBATCHNOTIFICATION;
typedef struct _HREGREADBATCH *HREGREADBATCH;
typedef struct _HREGREADBATCHREPLY *HREGREADBATCHREPLY;

/* ---------------------------------------------------------------------------
 * Limits, access rights, node state
 * ------------------------------------------------------------------------ */

#define MAX_CLUSTERNAME_LENGTH    63  /* DNS_MAX_LABEL_LENGTH */
#define MAX_CO_PASSWORD_LENGTH    16
#define MAX_CO_PASSWORD_LENGTHEX  127
#define MAX_CO_PASSWORD_STORAGEEX 128
#define MAX_CREATINGDC_LENGTH     256
#define MAX_OBJECTID              64

/* OpenClusterEx and the Open*Ex functions */
#define CLUSAPI_READ_ACCESS   0x00000001L
#define CLUSAPI_CHANGE_ACCESS 0x00000002L
#define CLUSAPI_NO_ACCESS     0x00000004L
#define CLUSAPI_ALL_ACCESS    (CLUSAPI_READ_ACCESS | CLUSAPI_CHANGE_ACCESS)

/* ClusterSetAccountAccess */
#define CLUSTER_SET_ACCESS_TYPE_ALLOWED      0
#define CLUSTER_SET_ACCESS_TYPE_DENIED       1
#define CLUSTER_DELETE_ACCESS_CONTROL_ENTRY  2

/* GetNodeClusterState */
#define CLUSTER_INSTALLED  0x00000001
#define CLUSTER_CONFIGURED 0x00000002
#define CLUSTER_RUNNING    0x00000010

typedef enum NODE_CLUSTER_STATE
{
    ClusterStateNotInstalled  = 0x00000000,
    ClusterStateNotConfigured = CLUSTER_INSTALLED,
    ClusterStateNotRunning    = CLUSTER_INSTALLED | CLUSTER_CONFIGURED,
    ClusterStateRunning       = CLUSTER_INSTALLED | CLUSTER_CONFIGURED | CLUSTER_RUNNING
} NODE_CLUSTER_STATE;

/* ---------------------------------------------------------------------------
 * GetClusterInformation
 * ------------------------------------------------------------------------ */

#define CLUSTER_VERSION_FLAG_MIXED_MODE 0x00000001
#define CLUSTER_VERSION_UNKNOWN         0xFFFFFFFF

#define NT4_MAJOR_VERSION      1
#define NT4SP4_MAJOR_VERSION   2
#define NT5_MAJOR_VERSION      3
#define NT51_MAJOR_VERSION     4
#define NT6_MAJOR_VERSION      5
#define NT7_MAJOR_VERSION      6
#define NT8_MAJOR_VERSION      7
#define NT9_MAJOR_VERSION      8
#define NT10_MAJOR_VERSION     9
#define NT11_MAJOR_VERSION    10
#define NT12_MAJOR_VERSION    11
#define NT13_MAJOR_VERSION    12
#define NT14_MAJOR_VERSION    14

#define CLUSTER_GET_MAJOR_VERSION(version) ((version) >> 16)
#define CLUSTER_GET_MINOR_VERSION(version) ((version) & 0x0000FFFF)
#define CLUSTER_MAKE_VERSION(major, minor) (((major) << 16) | (minor))

typedef struct CLUSTERVERSIONINFO_NT4
{
    DWORD dwVersionInfoSize;
    WORD  MajorVersion;
    WORD  MinorVersion;
    WORD  BuildNumber;
    WCHAR szVendorId[64];
    WCHAR szCSDVersion[64];
} CLUSTERVERSIONINFO_NT4, *PCLUSTERVERSIONINFO_NT4;

typedef struct CLUSTERVERSIONINFO
{
    DWORD dwVersionInfoSize;
    WORD  MajorVersion;
    WORD  MinorVersion;
    WORD  BuildNumber;
    WCHAR szVendorId[64];
    WCHAR szCSDVersion[64];
    DWORD dwClusterHighestVersion;
    DWORD dwClusterLowestVersion;
    DWORD dwFlags;
    DWORD dwReserved;
} CLUSTERVERSIONINFO, *LPCLUSTERVERSIONINFO, *PCLUSTERVERSIONINFO;

/* ---------------------------------------------------------------------------
 * Quorum
 * ------------------------------------------------------------------------ */

typedef enum CLUSTER_QUORUM_TYPE
{
    OperationalQuorum = 0,
    ModifyQuorum      = 1
} CLUSTER_QUORUM_TYPE;

typedef enum CLUSTER_QUORUM_VALUE
{
    CLUSTER_QUORUM_MAINTAINED = 0,
    CLUSTER_QUORUM_LOST       = 1
} CLUSTER_QUORUM_VALUE;

#define CLUS_HYBRID_QUORUM        1024
#define CLUS_NODE_MAJORITY_QUORUM 0
#define CLUS_LEGACY_QUORUM        (4 * 1024 * 1024)

/* ---------------------------------------------------------------------------
 * Notifications, version 1 (CreateClusterNotifyPort, GetClusterNotify)
 * ------------------------------------------------------------------------ */

typedef enum CLUSTER_CHANGE
{
    CLUSTER_CHANGE_NODE_STATE             = 0x00000001,
    CLUSTER_CHANGE_NODE_DELETED           = 0x00000002,
    CLUSTER_CHANGE_NODE_ADDED             = 0x00000004,
    CLUSTER_CHANGE_NODE_PROPERTY          = 0x00000008,
    CLUSTER_CHANGE_REGISTRY_NAME          = 0x00000010,
    CLUSTER_CHANGE_REGISTRY_ATTRIBUTES    = 0x00000020,
    CLUSTER_CHANGE_REGISTRY_VALUE         = 0x00000040,
    CLUSTER_CHANGE_REGISTRY_SUBTREE       = 0x00000080,
    CLUSTER_CHANGE_RESOURCE_STATE         = 0x00000100,
    CLUSTER_CHANGE_RESOURCE_DELETED       = 0x00000200,
    CLUSTER_CHANGE_RESOURCE_ADDED         = 0x00000400,
    CLUSTER_CHANGE_RESOURCE_PROPERTY      = 0x00000800,
    CLUSTER_CHANGE_GROUP_STATE            = 0x00001000,
    CLUSTER_CHANGE_GROUP_DELETED          = 0x00002000,
    CLUSTER_CHANGE_GROUP_ADDED            = 0x00004000,
    CLUSTER_CHANGE_GROUP_PROPERTY         = 0x00008000,
    CLUSTER_CHANGE_RESOURCE_TYPE_DELETED  = 0x00010000,
    CLUSTER_CHANGE_RESOURCE_TYPE_ADDED    = 0x00020000,
    CLUSTER_CHANGE_RESOURCE_TYPE_PROPERTY = 0x00040000,
    CLUSTER_CHANGE_CLUSTER_RECONNECT      = 0x00080000,
    CLUSTER_CHANGE_NETWORK_STATE          = 0x00100000,
    CLUSTER_CHANGE_NETWORK_DELETED        = 0x00200000,
    CLUSTER_CHANGE_NETWORK_ADDED          = 0x00400000,
    CLUSTER_CHANGE_NETWORK_PROPERTY       = 0x00800000,
    CLUSTER_CHANGE_NETINTERFACE_STATE     = 0x01000000,
    CLUSTER_CHANGE_NETINTERFACE_DELETED   = 0x02000000,
    CLUSTER_CHANGE_NETINTERFACE_ADDED     = 0x04000000,
    CLUSTER_CHANGE_NETINTERFACE_PROPERTY  = 0x08000000,
    CLUSTER_CHANGE_QUORUM_STATE           = 0x10000000,
    CLUSTER_CHANGE_CLUSTER_STATE          = 0x20000000,
    CLUSTER_CHANGE_CLUSTER_PROPERTY       = 0x40000000,
    CLUSTER_CHANGE_HANDLE_CLOSE           = 0x80000000,
    CLUSTER_CHANGE_ALL                    = 0xFFFFFFFF
} CLUSTER_CHANGE;

/* ---------------------------------------------------------------------------
 * Notifications, version 2 (CreateClusterNotifyPortV2, GetClusterNotifyV2)
 * ------------------------------------------------------------------------ */

typedef enum CLUSTER_NOTIFICATIONS_VERSION
{
    CLUSTER_NOTIFICATIONS_V1 = 0x00000001,
    CLUSTER_NOTIFICATIONS_V2 = 0x00000002
} CLUSTER_NOTIFICATIONS_VERSION;

#define CLUSTER_NOTIFICATIONS_VERSION_CURRENT CLUSTER_NOTIFICATIONS_V2

typedef enum CLUSTER_OBJECT_TYPE
{
    CLUSTER_OBJECT_TYPE_NONE              = 0x00000000,
    CLUSTER_OBJECT_TYPE_CLUSTER           = 0x00000001,
    CLUSTER_OBJECT_TYPE_GROUP             = 0x00000002,
    CLUSTER_OBJECT_TYPE_RESOURCE          = 0x00000003,
    CLUSTER_OBJECT_TYPE_RESOURCE_TYPE     = 0x00000004,
    CLUSTER_OBJECT_TYPE_NETWORK_INTERFACE = 0x00000005,
    CLUSTER_OBJECT_TYPE_NETWORK           = 0x00000006,
    CLUSTER_OBJECT_TYPE_NODE              = 0x00000007,
    CLUSTER_OBJECT_TYPE_REGISTRY          = 0x00000008,
    CLUSTER_OBJECT_TYPE_QUORUM            = 0x00000009,
    CLUSTER_OBJECT_TYPE_SHARED_VOLUME     = 0x0000000a,
    CLUSTER_OBJECT_TYPE_GROUPSET          = 0x0000000d,
    CLUSTER_OBJECT_TYPE_AFFINITYRULE      = 0x00000010,
    CLUSTER_OBJECT_TYPE_FAULTDOMAIN       = 0x00000011
} CLUSTER_OBJECT_TYPE;

typedef enum CLUSTERSET_OBJECT_TYPE
{
    CLUSTERSET_OBJECT_TYPE_NONE     = 0,
    CLUSTERSET_OBJECT_TYPE_MEMBER   = 1,
    CLUSTERSET_OBJECT_TYPE_WORKLOAD = 2,
    CLUSTERSET_OBJECT_TYPE_DATABASE = 3
} CLUSTERSET_OBJECT_TYPE;

typedef enum CLUSTER_CHANGE_CLUSTER_V2
{
    CLUSTER_CHANGE_CLUSTER_RECONNECT_V2           = 0x00000001,
    CLUSTER_CHANGE_CLUSTER_STATE_V2               = 0x00000002,
    CLUSTER_CHANGE_CLUSTER_GROUP_ADDED_V2         = 0x00000004,
    CLUSTER_CHANGE_CLUSTER_HANDLE_CLOSE_V2        = 0x00000008,
    CLUSTER_CHANGE_CLUSTER_NETWORK_ADDED_V2       = 0x00000010,
    CLUSTER_CHANGE_CLUSTER_NODE_ADDED_V2          = 0x00000020,
    CLUSTER_CHANGE_CLUSTER_RESOURCE_TYPE_ADDED_V2 = 0x00000040,
    CLUSTER_CHANGE_CLUSTER_COMMON_PROPERTY_V2     = 0x00000080,
    CLUSTER_CHANGE_CLUSTER_PRIVATE_PROPERTY_V2    = 0x00000100,
    CLUSTER_CHANGE_CLUSTER_LOST_NOTIFICATIONS_V2  = 0x00000200,
    CLUSTER_CHANGE_CLUSTER_RENAME_V2              = 0x00000400,
    CLUSTER_CHANGE_CLUSTER_MEMBERSHIP_V2          = 0x00000800,
    CLUSTER_CHANGE_CLUSTER_UPGRADED_V2            = 0x00001000,
    CLUSTER_CHANGE_CLUSTER_ALL_V2                 = 0x00001fff
} CLUSTER_CHANGE_CLUSTER_V2;

typedef enum CLUSTER_CHANGE_GROUP_V2
{
    CLUSTER_CHANGE_GROUP_DELETED_V2          = 0x00000001,
    CLUSTER_CHANGE_GROUP_COMMON_PROPERTY_V2  = 0x00000002,
    CLUSTER_CHANGE_GROUP_PRIVATE_PROPERTY_V2 = 0x00000004,
    CLUSTER_CHANGE_GROUP_STATE_V2            = 0x00000008,
    CLUSTER_CHANGE_GROUP_OWNER_NODE_V2       = 0x00000010,
    CLUSTER_CHANGE_GROUP_PREFERRED_OWNERS_V2 = 0x00000020,
    CLUSTER_CHANGE_GROUP_RESOURCE_ADDED_V2   = 0x00000040,
    CLUSTER_CHANGE_GROUP_RESOURCE_GAINED_V2  = 0x00000080,
    CLUSTER_CHANGE_GROUP_RESOURCE_LOST_V2    = 0x00000100,
    CLUSTER_CHANGE_GROUP_HANDLE_CLOSE_V2     = 0x00000200,
    CLUSTER_CHANGE_GROUP_ALL_V2              = 0x000003ff
} CLUSTER_CHANGE_GROUP_V2;

typedef enum CLUSTER_CHANGE_GROUPSET_V2
{
    CLUSTER_CHANGE_GROUPSET_DELETED_v2          = 0x00000001,
    CLUSTER_CHANGE_GROUPSET_COMMON_PROPERTY_V2  = 0x00000002,
    CLUSTER_CHANGE_GROUPSET_PRIVATE_PROPERTY_V2 = 0x00000004,
    CLUSTER_CHANGE_GROUPSET_STATE_V2            = 0x00000008,
    CLUSTER_CHANGE_GROUPSET_GROUP_ADDED         = 0x00000010,
    CLUSTER_CHANGE_GROUPSET_GROUP_REMOVED       = 0x00000020,
    CLUSTER_CHANGE_GROUPSET_DEPENDENCIES_V2     = 0x00000040,
    CLUSTER_CHANGE_GROUPSET_DEPENDENTS_V2       = 0x00000080,
    CLUSTER_CHANGE_GROUPSET_HANDLE_CLOSE_v2     = 0x00000100,
    CLUSTER_CHANGE_GROUPSET_ALL_V2              = 0x000001ff
} CLUSTER_CHANGE_GROUPSET_V2;

typedef enum CLUSTER_CHANGE_RESOURCE_V2
{
    CLUSTER_CHANGE_RESOURCE_COMMON_PROPERTY_V2  = 0x00000001,
    CLUSTER_CHANGE_RESOURCE_PRIVATE_PROPERTY_V2 = 0x00000002,
    CLUSTER_CHANGE_RESOURCE_STATE_V2            = 0x00000004,
    CLUSTER_CHANGE_RESOURCE_OWNER_GROUP_V2      = 0x00000008,
    CLUSTER_CHANGE_RESOURCE_DEPENDENCIES_V2     = 0x00000010,
    CLUSTER_CHANGE_RESOURCE_DEPENDENTS_V2       = 0x00000020,
    CLUSTER_CHANGE_RESOURCE_POSSIBLE_OWNERS_V2  = 0x00000040,
    CLUSTER_CHANGE_RESOURCE_DELETED_V2          = 0x00000080,
    CLUSTER_CHANGE_RESOURCE_DLL_UPGRADED_V2     = 0x00000100,
    CLUSTER_CHANGE_RESOURCE_HANDLE_CLOSE_V2     = 0x00000200,
    CLUSTER_CHANGE_RESOURCE_TERMINAL_STATE_V2   = 0x00000400,
    CLUSTER_CHANGE_RESOURCE_ALL_V2              = 0x000007ff
} CLUSTER_CHANGE_RESOURCE_V2;

typedef enum CLUSTER_CHANGE_RESOURCE_TYPE_V2
{
    CLUSTER_CHANGE_RESOURCE_TYPE_DELETED_V2          = 0x00000001,
    CLUSTER_CHANGE_RESOURCE_TYPE_COMMON_PROPERTY_V2  = 0x00000002,
    CLUSTER_CHANGE_RESOURCE_TYPE_PRIVATE_PROPERTY_V2 = 0x00000004,
    CLUSTER_CHANGE_RESOURCE_TYPE_POSSIBLE_OWNERS_V2  = 0x00000008,
    CLUSTER_CHANGE_RESOURCE_TYPE_DLL_UPGRADED_V2     = 0x00000010,
    CLUSTER_RESOURCE_TYPE_SPECIFIC_V2                = 0x00000020,
    CLUSTER_CHANGE_RESOURCE_TYPE_ALL_V2              = 0x0000003f
} CLUSTER_CHANGE_RESOURCE_TYPE_V2;

typedef enum CLUSTER_CHANGE_NETINTERFACE_V2
{
    CLUSTER_CHANGE_NETINTERFACE_DELETED_V2          = 0x00000001,
    CLUSTER_CHANGE_NETINTERFACE_COMMON_PROPERTY_V2  = 0x00000002,
    CLUSTER_CHANGE_NETINTERFACE_PRIVATE_PROPERTY_V2 = 0x00000004,
    CLUSTER_CHANGE_NETINTERFACE_STATE_V2            = 0x00000008,
    CLUSTER_CHANGE_NETINTERFACE_HANDLE_CLOSE_V2     = 0x00000010,
    CLUSTER_CHANGE_NETINTERFACE_ALL_V2              = 0x0000001f
} CLUSTER_CHANGE_NETINTERFACE_V2;

typedef enum CLUSTER_CHANGE_NETWORK_V2
{
    CLUSTER_CHANGE_NETWORK_DELETED_V2          = 0x00000001,
    CLUSTER_CHANGE_NETWORK_COMMON_PROPERTY_V2  = 0x00000002,
    CLUSTER_CHANGE_NETWORK_PRIVATE_PROPERTY_V2 = 0x00000004,
    CLUSTER_CHANGE_NETWORK_STATE_V2            = 0x00000008,
    CLUSTER_CHANGE_NETWORK_HANDLE_CLOSE_V2     = 0x00000010,
    CLUSTER_CHANGE_NETWORK_ALL_V2              = 0x0000001f
} CLUSTER_CHANGE_NETWORK_V2;

typedef enum CLUSTER_CHANGE_NODE_V2
{
    CLUSTER_CHANGE_NODE_NETINTERFACE_ADDED_V2 = 0x00000001,
    CLUSTER_CHANGE_NODE_DELETED_V2            = 0x00000002,
    CLUSTER_CHANGE_NODE_COMMON_PROPERTY_V2    = 0x00000004,
    CLUSTER_CHANGE_NODE_PRIVATE_PROPERTY_V2   = 0x00000008,
    CLUSTER_CHANGE_NODE_STATE_V2              = 0x00000010,
    CLUSTER_CHANGE_NODE_GROUP_GAINED_V2       = 0x00000020,
    CLUSTER_CHANGE_NODE_GROUP_LOST_V2         = 0x00000040,
    CLUSTER_CHANGE_NODE_HANDLE_CLOSE_V2       = 0x00000080,
    CLUSTER_CHANGE_NODE_ALL_V2                = 0x000000ff
} CLUSTER_CHANGE_NODE_V2;

typedef enum CLUSTER_CHANGE_REGISTRY_V2
{
    CLUSTER_CHANGE_REGISTRY_ATTRIBUTES_V2   = 0x00000001,
    CLUSTER_CHANGE_REGISTRY_NAME_V2         = 0x00000002,
    CLUSTER_CHANGE_REGISTRY_SUBTREE_V2      = 0x00000004,
    CLUSTER_CHANGE_REGISTRY_VALUE_V2        = 0x00000008,
    CLUSTER_CHANGE_REGISTRY_HANDLE_CLOSE_V2 = 0x00000010,
    CLUSTER_CHANGE_REGISTRY_ALL_V2          = 0x0000001f
} CLUSTER_CHANGE_REGISTRY_V2;

typedef enum CLUSTER_CHANGE_QUORUM_V2
{
    CLUSTER_CHANGE_QUORUM_STATE_V2 = 0x00000001,
    CLUSTER_CHANGE_QUORUM_ALL_V2   = CLUSTER_CHANGE_QUORUM_STATE_V2
} CLUSTER_CHANGE_QUORUM_V2;

typedef enum CLUSTER_CHANGE_SHARED_VOLUME_V2
{
    CLUSTER_CHANGE_SHARED_VOLUME_STATE_V2   = 0x00000001,
    CLUSTER_CHANGE_SHARED_VOLUME_ADDED_V2   = 0x00000002,
    CLUSTER_CHANGE_SHARED_VOLUME_REMOVED_V2 = 0x00000004,
    CLUSTER_CHANGE_SHARED_VOLUME_ALL_V2     = 0x00000007
} CLUSTER_CHANGE_SHARED_VOLUME_V2;

typedef enum CLUSTER_CHANGE_SPACEPORT_V2
{
    CLUSTER_CHANGE_SPACEPORT_CUSTOM_PNP_V2 = 0x00000001
} CLUSTER_CHANGE_SPACEPORT_V2;

typedef enum CLUSTER_CHANGE_NODE_UPGRADE_PHASE_V2
{
    CLUSTER_CHANGE_UPGRADE_NODE_PREPARE    = 0x00000001,
    CLUSTER_CHANGE_UPGRADE_NODE_COMMIT     = 0x00000002,
    CLUSTER_CHANGE_UPGRADE_NODE_POSTCOMMIT = 0x00000004,
    CLUSTER_CHANGE_UPGRADE_ALL             = 0x00000007
} CLUSTER_CHANGE_NODE_UPGRADE_PHASE_V2;

typedef struct _NOTIFY_FILTER_AND_TYPE
{
    DWORD    dwObjectType;
    LONGLONG FilterFlags;
} NOTIFY_FILTER_AND_TYPE, *PNOTIFY_FILTER_AND_TYPE;

/* ---------------------------------------------------------------------------
 * Enumerations (Cluster*OpenEnum dwType values)
 * ------------------------------------------------------------------------ */

typedef enum CLUSTER_ENUM
{
    CLUSTER_ENUM_NODE                   = 0x00000001,
    CLUSTER_ENUM_RESTYPE                = 0x00000002,
    CLUSTER_ENUM_RESOURCE               = 0x00000004,
    CLUSTER_ENUM_GROUP                  = 0x00000008,
    CLUSTER_ENUM_NETWORK                = 0x00000010,
    CLUSTER_ENUM_NETINTERFACE           = 0x00000020,
    CLUSTER_ENUM_SHARED_VOLUME_GROUP    = 0x20000000,
    CLUSTER_ENUM_SHARED_VOLUME_RESOURCE = 0x40000000,
    CLUSTER_ENUM_INTERNAL_NETWORK       = 0x80000000,
    CLUSTER_ENUM_ALL                    = CLUSTER_ENUM_NODE | CLUSTER_ENUM_RESTYPE | CLUSTER_ENUM_RESOURCE |
                                          CLUSTER_ENUM_GROUP | CLUSTER_ENUM_NETWORK | CLUSTER_ENUM_NETINTERFACE
} CLUSTER_ENUM;

typedef enum CLUSTER_NODE_ENUM
{
    CLUSTER_NODE_ENUM_NETINTERFACES    = 0x00000001,
    CLUSTER_NODE_ENUM_GROUPS           = 0x00000002,
    CLUSTER_NODE_ENUM_PREFERRED_GROUPS = 0x00000004,
    CLUSTER_NODE_ENUM_ALL              = CLUSTER_NODE_ENUM_NETINTERFACES | CLUSTER_NODE_ENUM_GROUPS
} CLUSTER_NODE_ENUM;

typedef enum CLUSTER_GROUP_ENUM
{
    CLUSTER_GROUP_ENUM_CONTAINS = 0x00000001,
    CLUSTER_GROUP_ENUM_NODES    = 0x00000002,
    CLUSTER_GROUP_ENUM_ALL      = CLUSTER_GROUP_ENUM_CONTAINS | CLUSTER_GROUP_ENUM_NODES
} CLUSTER_GROUP_ENUM;

typedef enum CLUSTER_RESOURCE_ENUM
{
    CLUSTER_RESOURCE_ENUM_DEPENDS  = 0x00000001,
    CLUSTER_RESOURCE_ENUM_PROVIDES = 0x00000002,
    CLUSTER_RESOURCE_ENUM_NODES    = 0x00000004,
    CLUSTER_RESOURCE_ENUM_ALL      = CLUSTER_RESOURCE_ENUM_DEPENDS | CLUSTER_RESOURCE_ENUM_PROVIDES |
                                     CLUSTER_RESOURCE_ENUM_NODES
} CLUSTER_RESOURCE_ENUM;

typedef enum CLUSTER_RESOURCE_TYPE_ENUM
{
    CLUSTER_RESOURCE_TYPE_ENUM_NODES     = 0x00000001,
    CLUSTER_RESOURCE_TYPE_ENUM_RESOURCES = 0x00000002,
    CLUSTER_RESOURCE_TYPE_ENUM_ALL       = CLUSTER_RESOURCE_TYPE_ENUM_NODES | CLUSTER_RESOURCE_TYPE_ENUM_RESOURCES
} CLUSTER_RESOURCE_TYPE_ENUM;

typedef enum CLUSTER_NETWORK_ENUM
{
    CLUSTER_NETWORK_ENUM_NETINTERFACES = 0x00000001,
    CLUSTER_NETWORK_ENUM_ALL           = CLUSTER_NETWORK_ENUM_NETINTERFACES
} CLUSTER_NETWORK_ENUM;

/* ClusterEnumEx, ClusterGroupEnumEx, ClusterResourceEnumEx */
#define CLUSTER_ENUM_ITEM_VERSION_1          1
#define CLUSTER_ENUM_ITEM_VERSION            CLUSTER_ENUM_ITEM_VERSION_1
#define CLUSTER_GROUP_ENUM_ITEM_VERSION_1    1
#define CLUSTER_GROUP_ENUM_ITEM_VERSION      CLUSTER_GROUP_ENUM_ITEM_VERSION_1
#define CLUSTER_RESOURCE_ENUM_ITEM_VERSION_1 1
#define CLUSTER_RESOURCE_ENUM_ITEM_VERSION   CLUSTER_RESOURCE_ENUM_ITEM_VERSION_1

/* ---------------------------------------------------------------------------
 * Object states and settings
 * ------------------------------------------------------------------------ */

typedef enum CLUSTER_NODE_STATE
{
    ClusterNodeStateUnknown = -1,
    ClusterNodeUp           = 0,
    ClusterNodeDown         = 1,
    ClusterNodePaused       = 2,
    ClusterNodeJoining      = 3
} CLUSTER_NODE_STATE;

typedef enum CLUSTER_STORAGENODE_STATE
{
    ClusterStorageNodeStateUnknown = 0,
    ClusterStorageNodeUp           = 1,
    ClusterStorageNodeDown         = 2,
    ClusterStorageNodePaused       = 3,
    ClusterStorageNodeStarting     = 4,
    ClusterStorageNodeStopping     = 5
} CLUSTER_STORAGENODE_STATE;

typedef enum CLUSTER_NODE_DRAIN_STATUS
{
    NodeDrainStatusNotInitiated = 0,
    NodeDrainStatusInProgress   = 1,
    NodeDrainStatusCompleted    = 2,
    NodeDrainStatusFailed       = 3,
    ClusterNodeDrainStatusCount = 4
} CLUSTER_NODE_DRAIN_STATUS;

typedef enum CLUSTER_NODE_FAILBACK_STATUS
{
    NodeFailbackStatusNotInitiated = 0,
    NodeFailbackStatusInProgress   = 1,
    NodeFailbackStatusCompleted    = 2,
    NodeFailbackStatusFailed       = 3,
    ClusterNodeFailbackStatusCount = 4
} CLUSTER_NODE_FAILBACK_STATUS;

typedef enum CLUSTER_NODE_STATUS
{
    NodeStatusNormal           = 0x00,
    NodeStatusIsolated         = 0x01,
    NodeStatusQuarantined      = 0x02,
    NodeStatusDrainInProgress  = 0x04,
    NodeStatusDrainCompleted   = 0x08,
    NodeStatusDrainFailed      = 0x10,
    NodeStatusAvoidPlacement   = 0x20,
    NodeStatusMax              = NodeStatusIsolated | NodeStatusQuarantined | NodeStatusDrainFailed |
                                 NodeStatusAvoidPlacement
} CLUSTER_NODE_STATUS;

typedef enum CLUSTER_NODE_RESUME_FAILBACK_TYPE
{
    DoNotFailbackGroups                = 0,
    FailbackGroupsImmediately          = 1,
    FailbackGroupsPerPolicy            = 2,
    ClusterNodeResumeFailbackTypeCount = 3
} CLUSTER_NODE_RESUME_FAILBACK_TYPE;

typedef enum CLUSTER_GROUP_STATE
{
    ClusterGroupStateUnknown  = -1,
    ClusterGroupOnline        = 0,
    ClusterGroupOffline       = 1,
    ClusterGroupFailed        = 2,
    ClusterGroupPartialOnline = 3,
    ClusterGroupPending       = 4
} CLUSTER_GROUP_STATE;

typedef enum CLUSTER_GROUP_PRIORITY
{
    PriorityDisabled = 0,
    PriorityLow      = 1000,
    PriorityMedium   = 2000,
    PriorityHigh     = 3000
} CLUSTER_GROUP_PRIORITY;

typedef enum CLUSTER_GROUP_AUTOFAILBACK_TYPE
{
    ClusterGroupPreventFailback   = 0,
    ClusterGroupAllowFailback     = 1,
    ClusterGroupFailbackTypeCount = 2
} CLUSTER_GROUP_AUTOFAILBACK_TYPE, CGAFT;

typedef enum CLUS_GROUP_START_SETTING
{
    CLUS_GROUP_START_ALWAYS  = 0,
    CLUS_GROUP_DO_NOT_START  = 1,
    CLUS_GROUP_START_ALLOWED = 2
} CLUS_GROUP_START_SETTING;

typedef enum CLUSGROUP_TYPE
{
    ClusGroupTypeCoreCluster              = 1,
    ClusGroupTypeAvailableStorage         = 2,
    ClusGroupTypeTemporary                = 3,
    ClusGroupTypeSharedVolume             = 4,
    ClusGroupTypeStoragePool              = 5,
    ClusGroupTypeFileServer               = 100,
    ClusGroupTypePrintServer              = 101,
    ClusGroupTypeDhcpServer               = 102,
    ClusGroupTypeDtc                      = 103,
    ClusGroupTypeMsmq                     = 104,
    ClusGroupTypeWins                     = 105,
    ClusGroupTypeStandAloneDfs            = 106,
    ClusGroupTypeGenericApplication       = 107,
    ClusGroupTypeGenericService           = 108,
    ClusGroupTypeGenericScript            = 109,
    ClusGroupTypeIScsiNameService         = 110,
    ClusGroupTypeVirtualMachine           = 111,
    ClusGroupTypeTsSessionBroker          = 112,
    ClusGroupTypeIScsiTarget              = 113,
    ClusGroupTypeScaleoutFileServer       = 114,
    ClusGroupTypeVMReplicaBroker          = 115,
    ClusGroupTypeTaskScheduler            = 116,
    ClusGroupTypeClusterUpdateAgent       = 117,
    ClusGroupTypeScaleoutCluster          = 118,
    ClusGroupTypeStorageReplica           = 119,
    ClusGroupTypeVMReplicaCoordinator     = 120,
    ClusGroupTypeCrossClusterOrchestrator = 121,
    ClusGroupTypeInfrastructureFileServer = 122,
    ClusGroupTypeCoreSddc                 = 123,
    ClusGroupTypeUserManager              = 124,
    ClusGroupTypeKeyValueStoreManager     = 125,
    ClusGroupTypeHcsVirtualMachine        = 126,
    ClusGroupTypeMetaVirtualMachine       = 127,
    ClusGroupTypeUnknown                  = 9999
} CLUSGROUP_TYPE, *PCLUSGROUP_TYPE;

typedef struct _CLUSTER_CREATE_GROUP_INFO
{
    DWORD          dwVersion;
    CLUSGROUP_TYPE groupType;
} CLUSTER_CREATE_GROUP_INFO, *PCLUSTER_CREATE_GROUP_INFO;

#define CLUSTER_CREATE_GROUP_INFO_VERSION_1 0x00000001
#define CLUSTER_CREATE_GROUP_INFO_VERSION   CLUSTER_CREATE_GROUP_INFO_VERSION_1

/* group StatusInformation bits */
#define CLUSGRP_STATUS_LOCKED_MODE                        0x0000000000000001
#define CLUSGRP_STATUS_PREEMPTED                          0x0000000000000002
#define CLUSGRP_STATUS_WAITING_IN_QUEUE_FOR_MOVE          0x0000000000000004
#define CLUSGRP_STATUS_PHYSICAL_RESOURCES_LACKING         0x0000000000000008
#define CLUSGRP_STATUS_WAITING_TO_START                   0x0000000000000010
#define CLUSGRP_STATUS_EMBEDDED_FAILURE                   0x0000000000000020
#define CLUSGRP_STATUS_OFFLINE_DUE_TO_ANTIAFFINITY_CONFLICT 0x0000000000000040
#define CLUSGRP_STATUS_NETWORK_FAILURE                    0x0000000000000080
#define CLUSGRP_STATUS_UNMONITORED                        0x0000000000000100
#define CLUSGRP_STATUS_OS_HEARTBEAT                       0x0000000000000200
#define CLUSGRP_STATUS_APPLICATION_READY                  0x0000000000000400
#define CLUSGRP_STATUS_OFFLINE_NOT_LOCAL_DISK_OWNER       0x0000000000000800
#define CLUSGRP_STATUS_WAITING_FOR_DEPENDENCIES           0x0000000000001000

/* resource StatusInformation bits */
#define CLUSRES_STATUS_LOCKED_MODE                         0x0000000000000001
#define CLUSRES_STATUS_EMBEDDED_FAILURE                    0x0000000000000002
#define CLUSRES_STATUS_FAILED_DUE_TO_INSUFFICIENT_CPU      0x0000000000000004
#define CLUSRES_STATUS_FAILED_DUE_TO_INSUFFICIENT_MEMORY   0x0000000000000008
#define CLUSRES_STATUS_FAILED_DUE_TO_INSUFFICIENT_GENERIC_RESOURCES 0x0000000000000010
#define CLUSRES_STATUS_NETWORK_FAILURE                     0x0000000000000020
#define CLUSRES_STATUS_UNMONITORED                         0x0000000000000040
#define CLUSRES_STATUS_OS_HEARTBEAT                        0x0000000000000080
#define CLUSRES_STATUS_APPLICATION_READY                   0x0000000000000100
#define CLUSRES_STATUS_OFFLINE_NOT_LOCAL_DISK_OWNER        0x0000000000000200

/* group set StatusInformation bits and ready settings */
#define CLUSGROUPSET_STATUS_GROUPS_PENDING      0x0000000000000001
#define CLUSGROUPSET_STATUS_GROUPS_ONLINE       0x0000000000000002
#define CLUSGROUPSET_STATUS_OS_HEARTBEAT        0x0000000000000004
#define CLUSGROUPSET_STATUS_APPLICATION_READY   0x0000000000000008
#define GROUPSET_READY_SETTING_DELAY             1
#define GROUPSET_READY_SETTING_ONLINE            2
#define GROUPSET_READY_SETTING_OS_HEARTBEAT      3
#define GROUPSET_READY_SETTING_APPLICATION_READY 4

#define CLUS_GRP_MOVE_ALLOWED 0
#define CLUS_GRP_MOVE_LOCKED  1

typedef enum CLUS_AFFINITY_RULE_TYPE
{
    CLUS_AFFINITY_RULE_NONE                  = 0,
    CLUS_AFFINITY_RULE_SAME_FAULT_DOMAIN     = 1,
    CLUS_AFFINITY_RULE_SAME_NODE             = 2,
    CLUS_AFFINITY_RULE_DIFFERENT_FAULT_DOMAIN = 3,
    CLUS_AFFINITY_RULE_DIFFERENT_NODE        = 4,
    CLUS_AFFINITY_RULE_MIN                   = CLUS_AFFINITY_RULE_NONE,
    CLUS_AFFINITY_RULE_MAX                   = CLUS_AFFINITY_RULE_DIFFERENT_NODE
} CLUS_AFFINITY_RULE_TYPE;

typedef struct _CLUSTER_AVAILABILITY_SET_CONFIG
{
    DWORD dwVersion;
    DWORD dwUpdateDomains;
    DWORD dwFaultDomains;
    BOOL  bReserveSpareNode;
} CLUSTER_AVAILABILITY_SET_CONFIG, *PCLUSTER_AVAILABILITY_SET_CONFIG;

#define CLUSTER_AVAILABILITY_SET_CONFIG_V1 0x00000001

typedef enum CLUSTER_RESOURCE_STATE
{
    ClusterResourceStateUnknown   = -1,
    ClusterResourceInherited      = 0,
    ClusterResourceInitializing   = 1,
    ClusterResourceOnline         = 2,
    ClusterResourceOffline        = 3,
    ClusterResourceFailed         = 4,
    ClusterResourcePending        = 128,
    ClusterResourceOnlinePending  = 129,
    ClusterResourceOfflinePending = 130
} CLUSTER_RESOURCE_STATE;

typedef enum CLUSTER_RESOURCE_RESTART_ACTION
{
    ClusterResourceDontRestart        = 0,
    ClusterResourceRestartNoNotify    = 1,
    ClusterResourceRestartNotify      = 2,
    ClusterResourceRestartActionCount = 3
} CLUSTER_RESOURCE_RESTART_ACTION, CRRA;

typedef enum CLUSTER_RESOURCE_EMBEDDED_FAILURE_ACTION
{
    ClusterResourceEmbeddedFailureActionNone    = 0,
    ClusterResourceEmbeddedFailureActionLogOnly = 1,
    ClusterResourceEmbeddedFailureActionRecover = 2
} CLUSTER_RESOURCE_EMBEDDED_FAILURE_ACTION;

typedef enum CLUSTER_RESOURCE_CREATE_FLAGS
{
    CLUSTER_RESOURCE_DEFAULT_MONITOR  = 0,
    CLUSTER_RESOURCE_SEPARATE_MONITOR = 1,
    CLUSTER_RESOURCE_VALID_FLAGS      = CLUSTER_RESOURCE_SEPARATE_MONITOR
} CLUSTER_RESOURCE_CREATE_FLAGS;

typedef enum CLUSTER_RESOURCE_STATE_CHANGE_REASON
{
    eResourceStateChangeReasonUnknown    = 0,
    eResourceStateChangeReasonMove       = 1,
    eResourceStateChangeReasonFailover   = 2,
    eResourceStateChangeReasonFailedMove = 3,
    eResourceStateChangeReasonShutdown   = 4,
    eResourceStateChangeReasonRundown    = 5
} CLUSTER_RESOURCE_STATE_CHANGE_REASON;

typedef enum CLUSTER_NETWORK_STATE
{
    ClusterNetworkStateUnknown = -1,
    ClusterNetworkUnavailable  = 0,
    ClusterNetworkDown         = 1,
    ClusterNetworkPartitioned  = 2,
    ClusterNetworkUp           = 3
} CLUSTER_NETWORK_STATE;

typedef enum CLUSTER_NETWORK_ROLE
{
    ClusterNetworkRoleNone              = 0,
    ClusterNetworkRoleInternalUse       = 1,
    ClusterNetworkRoleClientAccess      = 2,
    ClusterNetworkRoleInternalAndClient = 3
} CLUSTER_NETWORK_ROLE;

/* Win32 values; note that [MS-CMRP] numbers the first three differently on
 * the wire (docs/headers.md). */
typedef enum CLUSTER_NETINTERFACE_STATE
{
    ClusterNetInterfaceStateUnknown = -1,
    ClusterNetInterfaceUnavailable  = 0,
    ClusterNetInterfaceFailed       = 1,
    ClusterNetInterfaceUnreachable  = 2,
    ClusterNetInterfaceUp           = 3
} CLUSTER_NETINTERFACE_STATE;

/* Online/Offline/Move/Change*Ex flags */
#define CLUSAPI_GROUP_ONLINE_IGNORE_RESOURCE_STATUS          0x00000001
#define CLUSAPI_GROUP_ONLINE_SYNCHRONOUS                     0x00000002
#define CLUSAPI_GROUP_ONLINE_BEST_POSSIBLE_NODE              0x00000004
#define CLUSAPI_GROUP_ONLINE_IGNORE_AFFINITY_RULE            0x00000008
#define CLUSAPI_GROUP_OFFLINE_IGNORE_RESOURCE_STATUS         0x00000001
#define CLUSAPI_RESOURCE_ONLINE_IGNORE_RESOURCE_STATUS       0x00000001
#define CLUSAPI_RESOURCE_ONLINE_DO_NOT_UPDATE_PERSISTENT_STATE 0x00000002
#define CLUSAPI_RESOURCE_ONLINE_NECESSARY_FOR_QUORUM         0x00000004
#define CLUSAPI_RESOURCE_ONLINE_BEST_POSSIBLE_NODE           0x00000008
#define CLUSAPI_RESOURCE_ONLINE_IGNORE_AFFINITY_RULE         0x00000020
#define CLUSAPI_RESOURCE_OFFLINE_IGNORE_RESOURCE_STATUS      0x00000001
#define CLUSAPI_RESOURCE_OFFLINE_FORCE_WITH_TERMINATION      0x00000002
#define CLUSAPI_RESOURCE_OFFLINE_DO_NOT_UPDATE_PERSISTENT_STATE 0x00000004
#define CLUSAPI_RESOURCE_OFFLINE_REASON_NONE                 0x00000000
#define CLUSAPI_RESOURCE_OFFLINE_REASON_UNKNOWN              0x00000001
#define CLUSAPI_RESOURCE_OFFLINE_REASON_MOVING               0x00000002
#define CLUSAPI_RESOURCE_OFFLINE_REASON_USER_REQUESTED       0x00000004
#define CLUSAPI_RESOURCE_OFFLINE_REASON_BEING_DELETED        0x00000008
#define CLUSAPI_RESOURCE_OFFLINE_REASON_BEING_RESTARTED      0x00000010
#define CLUSAPI_RESOURCE_OFFLINE_REASON_PREEMPTED            0x00000020
#define CLUSAPI_RESOURCE_OFFLINE_REASON_SHUTTING_DOWN        0x00000040
#define CLUSAPI_GROUP_MOVE_IGNORE_RESOURCE_STATUS            0x00000001
#define CLUSAPI_GROUP_MOVE_RETURN_TO_SOURCE_NODE_ON_ERROR    0x00000002
#define CLUSAPI_GROUP_MOVE_QUEUE_ENABLED                     0x00000004
#define CLUSAPI_GROUP_MOVE_HIGH_PRIORITY_START               0x00000008
#define CLUSAPI_GROUP_MOVE_FAILBACK                          0x00000010
#define CLUSAPI_GROUP_MOVE_IGNORE_AFFINITY_RULE              0x00000020
#define CLUSAPI_CHANGE_RESOURCE_GROUP_FORCE_MOVE_TO_CSV      0x0000000000000001
#define CLUSAPI_VALID_CHANGE_RESOURCE_GROUP_FLAGS            CLUSAPI_CHANGE_RESOURCE_GROUP_FORCE_MOVE_TO_CSV
#define CLUSAPI_NODE_PAUSE_REMAIN_ON_PAUSED_NODE_ON_MOVE_ERROR 0x00000001
#define CLUSAPI_NODE_AVOID_PLACEMENT                         0x00000002
#define CLUSAPI_NODE_PAUSE_RETRY_DRAIN_ON_FAILURE            0x00000004
#define CLUSAPI_NODE_RESUME_FAILBACK_STORAGE                 0x00000001
#define CLUSAPI_NODE_RESUME_FAILBACK_VMS                     0x00000002
#define CLUSAPI_NODE_RESUME_FAILBACK_PINNED_VMS_ONLY         0x00000004
#define CLUSAPI_NODE_RESUME_FAILBACK_VMS_FORCEFULLY          0x00000008

/* ClusterRegSyncDatabase flags */
#define CLUSREG_DATABASE_SYNC_WRITE_TO_ALL_NODES 1
#define CLUSREG_DATABASE_ISOLATE_READ            2

/* ---------------------------------------------------------------------------
 * Cluster creation and setup
 * ------------------------------------------------------------------------ */

typedef enum _CLUSTER_SETUP_PHASE
{
    ClusterSetupPhaseInitialize                 = 1,
    ClusterSetupPhaseValidateNodeState          = 100,
    ClusterSetupPhaseValidateNetft              = 102,
    ClusterSetupPhaseValidateClusDisk           = 103,
    ClusterSetupPhaseConfigureClusSvc           = 104,
    ClusterSetupPhaseStartingClusSvc            = 105,
    ClusterSetupPhaseQueryClusterNameAccount    = 106,
    ClusterSetupPhaseValidateClusterNameAccount = 107,
    ClusterSetupPhaseCreateClusterAccount       = 108,
    ClusterSetupPhaseConfigureClusterAccount    = 109,
    ClusterSetupPhaseFormingCluster             = 200,
    ClusterSetupPhaseAddClusterProperties       = 201,
    ClusterSetupPhaseCreateResourceTypes        = 202,
    ClusterSetupPhaseCreateGroups               = 203,
    ClusterSetupPhaseCreateIPAddressResources   = 204,
    ClusterSetupPhaseCreateNetworkName          = 205,
    ClusterSetupPhaseClusterGroupOnline         = 206,
    ClusterSetupPhaseGettingCurrentMembership   = 300,
    ClusterSetupPhaseAddNodeToCluster           = 301,
    ClusterSetupPhaseNodeUp                     = 302,
    ClusterSetupPhaseApplyNetworkATCIntents     = 303,
    ClusterSetupPhaseMoveGroup                  = 400,
    ClusterSetupPhaseDeleteGroup                = 401,
    ClusterSetupPhaseCleanupCOs                 = 402,
    ClusterSetupPhaseOfflineGroup               = 403,
    ClusterSetupPhaseEvictNode                  = 404,
    ClusterSetupPhaseCleanupNode                = 405,
    ClusterSetupPhaseCoreGroupCleanup           = 406,
    ClusterSetupPhaseRepairCNOAccount           = 500,
    ClusterSetupPhaseRepairDNSPermissions       = 501,
    ClusterSetupPhaseFailureCleanup             = 999
} CLUSTER_SETUP_PHASE;

typedef enum _CLUSTER_SETUP_PHASE_TYPE
{
    ClusterSetupPhaseStart    = 1,
    ClusterSetupPhaseContinue = 2,
    ClusterSetupPhaseEnd      = 3,
    ClusterSetupPhaseReport   = 4
} CLUSTER_SETUP_PHASE_TYPE;

typedef enum _CLUSTER_SETUP_PHASE_SEVERITY
{
    ClusterSetupPhaseInformational = 1,
    ClusterSetupPhaseWarning       = 2,
    ClusterSetupPhaseFatal         = 3
} CLUSTER_SETUP_PHASE_SEVERITY;

typedef enum _CLUSTER_UPGRADE_PHASE
{
    ClusterUpgradePhaseInitialize               = 1,
    ClusterUpgradePhaseValidatingUpgrade        = 2,
    ClusterUpgradePhaseUpgradingComponents      = 3,
    ClusterUpgradePhaseInstallingNewComponents  = 4,
    ClusterUpgradePhaseUpgradeComplete          = 5
} CLUSTER_UPGRADE_PHASE;

typedef enum CLUSTER_MGMT_POINT_TYPE
{
    CLUSTER_MGMT_POINT_TYPE_NONE     = 0,
    CLUSTER_MGMT_POINT_TYPE_CNO      = 1,
    CLUSTER_MGMT_POINT_TYPE_DNS_ONLY = 2,
    CLUSTER_MGMT_POINT_TYPE_CNO_ONLY = 3
} CLUSTER_MGMT_POINT_TYPE;

typedef enum CLUSTER_MGMT_POINT_RESTYPE
{
    CLUSTER_MGMT_POINT_RESTYPE_AUTO = 0,
    CLUSTER_MGMT_POINT_RESTYPE_SNN  = 1,
    CLUSTER_MGMT_POINT_RESTYPE_DNN  = 2
} CLUSTER_MGMT_POINT_RESTYPE, *PCLUSTER_MGMT_POINT_RESTYPE;

typedef enum CLUSTER_CLOUD_TYPE
{
    CLUSTER_CLOUD_TYPE_NONE    = 0,
    CLUSTER_CLOUD_TYPE_AZURE   = 1,
    CLUSTER_CLOUD_TYPE_MIXED   = 128,
    CLUSTER_CLOUD_TYPE_UNKNOWN = -1
} CLUSTER_CLOUD_TYPE, *PCLUSTER_CLOUD_TYPE;

typedef BOOL (WINAPI *PCLUSTER_SETUP_PROGRESS_CALLBACK)(PVOID pvCallbackArg, CLUSTER_SETUP_PHASE eSetupPhase,
        CLUSTER_SETUP_PHASE_TYPE ePhaseType, CLUSTER_SETUP_PHASE_SEVERITY ePhaseSeverity,
        DWORD dwPercentComplete, PCWSTR lpszObjectName, DWORD dwStatus);

typedef BOOL (WINAPI *PCLUSTER_UPGRADE_PROGRESS_CALLBACK)(PVOID pvCallbackArg, CLUSTER_UPGRADE_PHASE eUpgradePhase);

typedef struct _CLUSTER_IP_ENTRY
{
    PCWSTR lpszIpAddress;
    DWORD  dwPrefixLength;
} CLUSTER_IP_ENTRY, *PCLUSTER_IP_ENTRY;

typedef struct _CREATE_CLUSTER_CONFIG
{
    DWORD                      dwVersion;
    PCWSTR                     lpszClusterName;
    DWORD                      cNodes;
    PCWSTR                    *ppszNodeNames;
    DWORD                      cIpEntries;
    PCLUSTER_IP_ENTRY          pIpEntries;
    BOOLEAN                    fEmptyCluster;
    CLUSTER_MGMT_POINT_TYPE    managementPointType;
    CLUSTER_MGMT_POINT_RESTYPE managementPointResType;
    PCWSTR                     pszUserName;
    PCWSTR                     pszPassword;
    PCWSTR                     pszDomain;
} CREATE_CLUSTER_CONFIG, *PCREATE_CLUSTER_CONFIG;

typedef struct _CREATE_CLUSTER_NAME_ACCOUNT
{
    DWORD                      dwVersion;
    PCWSTR                     lpszClusterName;
    DWORD                      dwFlags;
    PCWSTR                     pszUserName;
    PCWSTR                     pszPassword;
    PCWSTR                     pszDomain;
    CLUSTER_MGMT_POINT_TYPE    managementPointType;
    CLUSTER_MGMT_POINT_RESTYPE managementPointResType;
    BOOLEAN                    bUpgradeVCOs;
} CREATE_CLUSTER_NAME_ACCOUNT, *PCREATE_CLUSTER_NAME_ACCOUNT;

typedef struct CLUSTER_SET_PASSWORD_STATUS
{
    DWORD   NodeId;
    BOOLEAN SetAttempted;
    DWORD   ReturnStatus;
} CLUSTER_SET_PASSWORD_STATUS, *PCLUSTER_SET_PASSWORD_STATUS;

#define CLUSTER_SET_PASSWORD_IGNORE_DOWN_NODES 0x00000001

/* ---------------------------------------------------------------------------
 * Cluster registry batches (ClusterRegCreateBatch and friends)
 * ------------------------------------------------------------------------ */

typedef enum _CLUSTER_REG_COMMAND
{
    CLUSREG_COMMAND_NONE             = 0,
    CLUSREG_SET_VALUE                = 1,
    CLUSREG_CREATE_KEY               = 2,
    CLUSREG_DELETE_KEY               = 3,
    CLUSREG_DELETE_VALUE             = 4,
    CLUSREG_SET_KEY_SECURITY         = 5,
    CLUSREG_VALUE_DELETED            = 6,
    CLUSREG_READ_KEY                 = 7,
    CLUSREG_READ_VALUE               = 8,
    CLUSREG_READ_ERROR               = 9,
    CLUSREG_CONTROL_COMMAND          = 10,
    CLUSREG_CONDITION_EXISTS         = 11,
    CLUSREG_CONDITION_NOT_EXISTS     = 12,
    CLUSREG_CONDITION_IS_EQUAL       = 13,
    CLUSREG_CONDITION_IS_NOT_EQUAL   = 14,
    CLUSREG_CONDITION_IS_GREATER_THAN = 15,
    CLUSREG_CONDITION_IS_LESS_THAN   = 16,
    CLUSREG_CONDITION_KEY_EXISTS     = 17,
    CLUSREG_CONDITION_KEY_NOT_EXISTS = 18,
    CLUSREG_LAST_COMMAND             = 19
} CLUSTER_REG_COMMAND;

typedef struct _CLUSTER_BATCH_COMMAND
{
    CLUSTER_REG_COMMAND Command;
    DWORD               dwOptions;
    LPCWSTR             wzName;
    const BYTE         *lpData;
    DWORD               cbData;
} CLUSTER_BATCH_COMMAND;

typedef struct _CLUSTER_READ_BATCH_COMMAND
{
    CLUSTER_REG_COMMAND Command;
    DWORD               dwOptions;
    LPCWSTR             wzSubkeyName;
    LPCWSTR             wzValueName;
    const BYTE         *lpData;
    DWORD               cbData;
} CLUSTER_READ_BATCH_COMMAND;

/* ---------------------------------------------------------------------------
 * Cluster shared volumes
 * ------------------------------------------------------------------------ */

typedef enum CLUSTER_SHARED_VOLUME_SNAPSHOT_STATE
{
    ClusterSharedVolumeSnapshotStateUnknown = 0,
    ClusterSharedVolumePrepareForHWSnapshot = 1,
    ClusterSharedVolumeHWSnapshotCompleted  = 2,
    ClusterSharedVolumePrepareForFreeze     = 3
} CLUSTER_SHARED_VOLUME_SNAPSHOT_STATE;

typedef enum _CLUSTER_SHARED_VOLUME_BACKUP_STATE
{
    VolumeBackupNone       = 0,
    VolumeBackupInProgress = 1
} CLUSTER_SHARED_VOLUME_BACKUP_STATE, *PCLUSTER_SHARED_VOLUME_BACKUP_STATE;

typedef enum _CLUSTER_SHARED_VOLUME_STATE
{
    SharedVolumeStateUnavailable            = 0,
    SharedVolumeStatePaused                 = 1,
    SharedVolumeStateActive                 = 2,
    SharedVolumeStateActiveRedirected       = 3,
    SharedVolumeStateActiveVolumeRedirected = 4
} CLUSTER_SHARED_VOLUME_STATE, *PCLUSTER_SHARED_VOLUME_STATE;

typedef enum _CLUSTER_CSV_VOLUME_FAULT_STATE
{
    VolumeStateNoFaults      = 0x00000000,
    VolumeStateNoDirectIO    = 0x00000001,
    VolumeStateNoAccess      = 0x00000002,
    VolumeStateInMaintenance = 0x00000004,
    VolumeStateDismounted    = 0x00000008
} CLUSTER_CSV_VOLUME_FAULT_STATE, *PCLUSTER_CSV_VOLUME_FAULT_STATE;

typedef enum _CLUSTER_SHARED_VOLUME_RENAME_INPUT_TYPE
{
    ClusterSharedVolumeRenameInputTypeNone         = 0,
    ClusterSharedVolumeRenameInputTypeVolumeOffset = 1,
    ClusterSharedVolumeRenameInputTypeVolumeId     = 2,
    ClusterSharedVolumeRenameInputTypeVolumeName   = 3,
    ClusterSharedVolumeRenameInputTypeVolumeGuid   = 4
} CLUSTER_SHARED_VOLUME_RENAME_INPUT_TYPE, *PCLUSTER_SHARED_VOLUME_RENAME_INPUT_TYPE;

#define RedirectedIOReasonUserRequest            0x0000000000000001
#define RedirectedIOReasonUnsafeFileSystemFilter 0x0000000000000002
#define RedirectedIOReasonUnsafeVolumeFilter     0x0000000000000004
#define RedirectedIOReasonFileSystemTiering      0x0000000000000008
#define RedirectedIOReasonBitLockerInitializing  0x0000000000000010
#define RedirectedIOReasonReFs                   0x0000000000000020
#define RedirectedIOReasonMax                    0x8000000000000000
#define VolumeRedirectedIOReasonNoDiskConnectivity        0x0000000000000001
#define VolumeRedirectedIOReasonStorageSpaceNotAttached   0x0000000000000002
#define VolumeRedirectedIOReasonVolumeReplicationEnabled  0x0000000000000004
#define VolumeRedirectedIOReasonMax                       0x8000000000000000

typedef struct _CLUSTER_SHARED_VOLUME_STATE_INFO
{
    WCHAR                       szVolumeName[MAX_PATH];
    WCHAR                       szNodeName[MAX_PATH];
    CLUSTER_SHARED_VOLUME_STATE VolumeState;
} CLUSTER_SHARED_VOLUME_STATE_INFO, *PCLUSTER_SHARED_VOLUME_STATE_INFO;

typedef struct _CLUSTER_SHARED_VOLUME_STATE_INFO_EX
{
    WCHAR                       szVolumeName[MAX_PATH];
    WCHAR                       szNodeName[MAX_PATH];
    CLUSTER_SHARED_VOLUME_STATE VolumeState;
    WCHAR                       szVolumeFriendlyName[MAX_PATH];
    ULONGLONG                   RedirectedIOReason;
    ULONGLONG                   VolumeRedirectedIOReason;
} CLUSTER_SHARED_VOLUME_STATE_INFO_EX, *PCLUSTER_SHARED_VOLUME_STATE_INFO_EX;

typedef struct _CLUSTER_SHARED_VOLUME_RENAME_INPUT_VOLUME
{
    CLUSTER_SHARED_VOLUME_RENAME_INPUT_TYPE InputType;
    union
    {
        ULONGLONG VolumeOffset;
        WCHAR     VolumeId[MAX_PATH];
        WCHAR     VolumeName[MAX_PATH];
        WCHAR     VolumeGuid[50];
    } DUMMYUNIONNAME;
} CLUSTER_SHARED_VOLUME_RENAME_INPUT_VOLUME, *PCLUSTER_SHARED_VOLUME_RENAME_INPUT_VOLUME;

typedef struct _CLUSTER_SHARED_VOLUME_RENAME_INPUT_NAME
{
    WCHAR NewVolumeName[MAX_PATH];
} CLUSTER_SHARED_VOLUME_RENAME_INPUT_NAME, *PCLUSTER_SHARED_VOLUME_RENAME_INPUT_NAME;

typedef struct _CLUSTER_SHARED_VOLUME_RENAME_INPUT_GUID_NAME
{
    WCHAR NewVolumeName[MAX_PATH];
    WCHAR NewVolumeGuid[50];
} CLUSTER_SHARED_VOLUME_RENAME_INPUT_GUID_NAME, *PCLUSTER_SHARED_VOLUME_RENAME_INPUT_GUID_NAME;

typedef struct _CLUSTER_SHARED_VOLUME_RENAME_INPUT
{
    CLUSTER_SHARED_VOLUME_RENAME_INPUT_VOLUME Volume;
    CLUSTER_SHARED_VOLUME_RENAME_INPUT_NAME   Name;
} CLUSTER_SHARED_VOLUME_RENAME_INPUT, *PCLUSTER_SHARED_VOLUME_RENAME_INPUT;

typedef struct _CLUSTER_SHARED_VOLUME_RENAME_GUID_INPUT
{
    CLUSTER_SHARED_VOLUME_RENAME_INPUT_VOLUME    Volume;
    CLUSTER_SHARED_VOLUME_RENAME_INPUT_GUID_NAME Name;
} CLUSTER_SHARED_VOLUME_RENAME_GUID_INPUT, *PCLUSTER_SHARED_VOLUME_RENAME_GUID_INPUT;

/* ---------------------------------------------------------------------------
 * Enumeration items (the *EnumEx functions)
 * ------------------------------------------------------------------------ */

typedef struct _CLUSTER_ENUM_ITEM
{
    DWORD  dwVersion;
    DWORD  dwType;
    DWORD  cbId;
    LPWSTR lpszId;
    DWORD  cbName;
    LPWSTR lpszName;
} CLUSTER_ENUM_ITEM, *PCLUSTER_ENUM_ITEM;

typedef struct _CLUSTER_GROUP_ENUM_ITEM
{
    DWORD               dwVersion;
    DWORD               cbId;
    LPWSTR              lpszId;
    DWORD               cbName;
    LPWSTR              lpszName;
    CLUSTER_GROUP_STATE state;
    DWORD               cbOwnerNode;
    LPWSTR              lpszOwnerNode;
    DWORD               dwFlags;
    DWORD               cbProperties;
    PVOID               pProperties;
    DWORD               cbRoProperties;
    PVOID               pRoProperties;
} CLUSTER_GROUP_ENUM_ITEM, *PCLUSTER_GROUP_ENUM_ITEM;

typedef struct _CLUSTER_RESOURCE_ENUM_ITEM
{
    DWORD  dwVersion;
    DWORD  cbId;
    LPWSTR lpszId;
    DWORD  cbName;
    LPWSTR lpszName;
    DWORD  cbOwnerGroupName;
    LPWSTR lpszOwnerGroupName;
    DWORD  cbOwnerGroupId;
    LPWSTR lpszOwnerGroupId;
    DWORD  cbProperties;
    PVOID  pProperties;
    DWORD  cbRoProperties;
    PVOID  pRoProperties;
} CLUSTER_RESOURCE_ENUM_ITEM, *PCLUSTER_RESOURCE_ENUM_ITEM;

typedef struct _CLUSTER_MEMBERSHIP_INFO
{
    BOOL  HasQuorum;
    DWORD UpnodesSize;
    BYTE  Upnodes[1];
} CLUSTER_MEMBERSHIP_INFO, *PCLUSTER_MEMBERSHIP_INFO;

/* ---------------------------------------------------------------------------
 * Control codes: layout and helper macros
 *
 *  31..24 object | 23 global | 22 modify | 21 user | 20 internal |
 *  19..2 function | 1..0 access
 * ------------------------------------------------------------------------ */

typedef enum CLUSTER_CONTROL_OBJECT
{
    CLUS_OBJECT_INVALID       = 0,
    CLUS_OBJECT_RESOURCE      = 1,
    CLUS_OBJECT_RESOURCE_TYPE = 2,
    CLUS_OBJECT_GROUP         = 3,
    CLUS_OBJECT_NODE          = 4,
    CLUS_OBJECT_NETWORK       = 5,
    CLUS_OBJECT_NETINTERFACE  = 6,
    CLUS_OBJECT_CLUSTER       = 7,
    CLUS_OBJECT_GROUPSET      = 8,
    CLUS_OBJECT_AFFINITYRULE  = 9,
    CLUS_OBJECT_USER          = 128
} CLUSTER_CONTROL_OBJECT;

#define CLUS_ACCESS_ANY   0
#define CLUS_ACCESS_READ  0x01
#define CLUS_ACCESS_WRITE 0x02
#define CLUS_NO_MODIFY    0
#define CLUS_MODIFY       1
#define CLUS_NOT_GLOBAL   0
#define CLUS_GLOBAL       1

#define CLUSCTL_ACCESS_SHIFT      0
#define CLUSCTL_FUNCTION_SHIFT    2
#define CLCTL_INTERNAL_SHIFT      20
#define CLCTL_USER_SHIFT          21
#define CLCTL_MODIFY_SHIFT        22
#define CLCTL_GLOBAL_SHIFT        23
#define CLUSCTL_OBJECT_SHIFT      24

#define CLCTL_INTERNAL_MASK       (1 << CLCTL_INTERNAL_SHIFT)
#define CLCTL_USER_MASK           (1 << CLCTL_USER_SHIFT)
#define CLCTL_MODIFY_MASK         (1 << CLCTL_MODIFY_SHIFT)
#define CLCTL_GLOBAL_MASK         (1 << CLCTL_GLOBAL_SHIFT)
#define CLUSCTL_CONTROL_CODE_MASK 0x003FFFFF
#define CLUSCTL_OBJECT_MASK       0xFF
#define CLUSCTL_ACCESS_MODE_MASK  0x00000003

#define CLCTL_CLUSTER_BASE 0
#define CLCTL_USER_BASE    (1 << CLCTL_USER_SHIFT)

#define CLCTL_EXTERNAL_CODE(Function, Access, Modify) \
    (((Access) << CLUSCTL_ACCESS_SHIFT) | \
     ((CLCTL_CLUSTER_BASE + (Function)) << CLUSCTL_FUNCTION_SHIFT) | \
     ((Modify) << CLCTL_MODIFY_SHIFT))
#define CLCTL_INTERNAL_CODE(Function, Access, Modify) \
    (((Access) << CLUSCTL_ACCESS_SHIFT) | CLCTL_INTERNAL_MASK | \
     ((CLCTL_CLUSTER_BASE + (Function)) << CLUSCTL_FUNCTION_SHIFT) | \
     ((Modify) << CLCTL_MODIFY_SHIFT))

/* The casts keep C++ from combining two different enumeration types. */
#define CLUSCTL_OBJECT_CODE_(Object, Function) \
    ((int)(((DWORD)(Object) << CLUSCTL_OBJECT_SHIFT) | (DWORD)(Function)))
#define CLUSCTL_RESOURCE_CODE(Function)      CLUSCTL_OBJECT_CODE_(CLUS_OBJECT_RESOURCE, Function)
#define CLUSCTL_RESOURCE_TYPE_CODE(Function) CLUSCTL_OBJECT_CODE_(CLUS_OBJECT_RESOURCE_TYPE, Function)
#define CLUSCTL_GROUP_CODE(Function)         CLUSCTL_OBJECT_CODE_(CLUS_OBJECT_GROUP, Function)
#define CLUSCTL_NODE_CODE(Function)          CLUSCTL_OBJECT_CODE_(CLUS_OBJECT_NODE, Function)
#define CLUSCTL_NETWORK_CODE(Function)       CLUSCTL_OBJECT_CODE_(CLUS_OBJECT_NETWORK, Function)
#define CLUSCTL_NETINTERFACE_CODE(Function)  CLUSCTL_OBJECT_CODE_(CLUS_OBJECT_NETINTERFACE, Function)
#define CLUSCTL_CLUSTER_CODE(Function)       CLUSCTL_OBJECT_CODE_(CLUS_OBJECT_CLUSTER, Function)
#define CLUSCTL_GROUPSET_CODE(Function)      CLUSCTL_OBJECT_CODE_(CLUS_OBJECT_GROUPSET, Function)
#define CLUSCTL_AFFINITYRULE_CODE(Function)  CLUSCTL_OBJECT_CODE_(CLUS_OBJECT_AFFINITYRULE, Function)
#define CLUSCTL_USER_CODE(Code, Object) \
    ((DWORD)(Code) | (DWORD)CLCTL_USER_BASE | ((DWORD)(Object) << CLUSCTL_OBJECT_SHIFT))

#define CLUSCTL_GET_CONTROL_FUNCTION(ControlCode) \
    (((DWORD)(ControlCode) >> CLUSCTL_ACCESS_SHIFT) & CLUSCTL_CONTROL_CODE_MASK)
#define CLUSCTL_GET_ACCESS_MODE(ControlCode) \
    (((DWORD)(ControlCode) >> CLUSCTL_ACCESS_SHIFT) & CLUSCTL_ACCESS_MODE_MASK)
#define CLUSCTL_GET_CONTROL_OBJECT(ControlCode) \
    (((DWORD)(ControlCode) >> CLUSCTL_OBJECT_SHIFT) & CLUSCTL_OBJECT_MASK)
#define CLUSCTL_GET_USER(ControlCode) \
    (((DWORD)(ControlCode) & CLCTL_USER_MASK) >> CLCTL_USER_SHIFT)

/* Control-code operations.  The comment after each is its value, which
 * [MS-CMRP] 3.1.4.x lists for the codes that travel to the server. */
typedef enum CLCTL_CODES
{
    CLCTL_UNKNOWN = CLCTL_EXTERNAL_CODE(0, CLUS_ACCESS_ANY, CLUS_NO_MODIFY), /* 0x00000000 */
    CLCTL_GET_CHARACTERISTICS = CLCTL_EXTERNAL_CODE(1, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000005 */
    CLCTL_GET_FLAGS = CLCTL_EXTERNAL_CODE(2, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000009 */
    CLCTL_GET_CLASS_INFO = CLCTL_EXTERNAL_CODE(3, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x0000000d */
    CLCTL_GET_REQUIRED_DEPENDENCIES = CLCTL_EXTERNAL_CODE(4, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000011 */
    CLCTL_GET_ARB_TIMEOUT = CLCTL_EXTERNAL_CODE(5, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000015 */
    CLCTL_GET_FAILURE_INFO = CLCTL_EXTERNAL_CODE(6, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000019 */
    CLCTL_GET_NAME = CLCTL_EXTERNAL_CODE(10, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000029 */
    CLCTL_GET_RESOURCE_TYPE = CLCTL_EXTERNAL_CODE(11, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x0000002d */
    CLCTL_GET_NODE = CLCTL_EXTERNAL_CODE(12, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000031 */
    CLCTL_GET_NETWORK = CLCTL_EXTERNAL_CODE(13, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000035 */
    CLCTL_GET_ID = CLCTL_EXTERNAL_CODE(14, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000039 */
    CLCTL_GET_FQDN = CLCTL_EXTERNAL_CODE(15, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x0000003d */
    CLCTL_GET_CLUSTER_SERVICE_ACCOUNT_NAME = CLCTL_EXTERNAL_CODE(16, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000041 */
    CLCTL_CHECK_VOTER_EVICT = CLCTL_EXTERNAL_CODE(17, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000045 */
    CLCTL_CHECK_VOTER_DOWN = CLCTL_EXTERNAL_CODE(18, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000049 */
    CLCTL_SHUTDOWN = CLCTL_EXTERNAL_CODE(19, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x0000004d */
    CLCTL_ENUM_COMMON_PROPERTIES = CLCTL_EXTERNAL_CODE(20, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000051 */
    CLCTL_GET_RO_COMMON_PROPERTIES = CLCTL_EXTERNAL_CODE(21, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000055 */
    CLCTL_GET_COMMON_PROPERTIES = CLCTL_EXTERNAL_CODE(22, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000059 */
    CLCTL_SET_COMMON_PROPERTIES = CLCTL_EXTERNAL_CODE(23, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0040005e */
    CLCTL_VALIDATE_COMMON_PROPERTIES = CLCTL_EXTERNAL_CODE(24, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000061 */
    CLCTL_GET_COMMON_PROPERTY_FMTS = CLCTL_EXTERNAL_CODE(25, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000065 */
    CLCTL_GET_COMMON_RESOURCE_PROPERTY_FMTS = CLCTL_EXTERNAL_CODE(26, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000069 */
    CLCTL_CHECK_VOTER_EVICT_WITNESS = CLCTL_EXTERNAL_CODE(27, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x0000006d */
    CLCTL_CHECK_VOTER_DOWN_WITNESS = CLCTL_EXTERNAL_CODE(28, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000071 */
    CLCTL_ENUM_PRIVATE_PROPERTIES = CLCTL_EXTERNAL_CODE(30, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000079 */
    CLCTL_GET_RO_PRIVATE_PROPERTIES = CLCTL_EXTERNAL_CODE(31, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x0000007d */
    CLCTL_GET_PRIVATE_PROPERTIES = CLCTL_EXTERNAL_CODE(32, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000081 */
    CLCTL_SET_PRIVATE_PROPERTIES = CLCTL_EXTERNAL_CODE(33, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00400086 */
    CLCTL_VALIDATE_PRIVATE_PROPERTIES = CLCTL_EXTERNAL_CODE(34, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000089 */
    CLCTL_GET_PRIVATE_PROPERTY_FMTS = CLCTL_EXTERNAL_CODE(35, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x0000008d */
    CLCTL_GET_PRIVATE_RESOURCE_PROPERTY_FMTS = CLCTL_EXTERNAL_CODE(36, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000091 */
    CLCTL_ADD_REGISTRY_CHECKPOINT = CLCTL_EXTERNAL_CODE(40, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004000a2 */
    CLCTL_DELETE_REGISTRY_CHECKPOINT = CLCTL_EXTERNAL_CODE(41, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004000a6 */
    CLCTL_GET_REGISTRY_CHECKPOINTS = CLCTL_EXTERNAL_CODE(42, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000000a9 */
    CLCTL_ADD_CRYPTO_CHECKPOINT = CLCTL_EXTERNAL_CODE(43, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004000ae */
    CLCTL_DELETE_CRYPTO_CHECKPOINT = CLCTL_EXTERNAL_CODE(44, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004000b2 */
    CLCTL_GET_CRYPTO_CHECKPOINTS = CLCTL_EXTERNAL_CODE(45, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000000b5 */
    CLCTL_RESOURCE_UPGRADE_DLL = CLCTL_EXTERNAL_CODE(46, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004000ba */
    CLCTL_ADD_REGISTRY_CHECKPOINT_64BIT = CLCTL_EXTERNAL_CODE(47, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004000be */
    CLCTL_ADD_REGISTRY_CHECKPOINT_32BIT = CLCTL_EXTERNAL_CODE(48, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004000c2 */
    CLCTL_GET_LOADBAL_PROCESS_LIST = CLCTL_EXTERNAL_CODE(50, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000000c9 */
    CLCTL_SET_ACCOUNT_ACCESS = CLCTL_EXTERNAL_CODE(60, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004000f2 */
    CLCTL_GET_NETWORK_NAME = CLCTL_EXTERNAL_CODE(90, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000169 */
    CLCTL_NETNAME_GET_VIRTUAL_SERVER_TOKEN = CLCTL_EXTERNAL_CODE(91, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x0000016d */
    CLCTL_NETNAME_REGISTER_DNS_RECORDS = CLCTL_EXTERNAL_CODE(92, CLUS_ACCESS_WRITE, CLUS_NO_MODIFY), /* 0x00000172 */
    CLCTL_GET_DNS_NAME = CLCTL_EXTERNAL_CODE(93, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000175 */
    CLCTL_NETNAME_SET_PWD_INFO = CLCTL_EXTERNAL_CODE(94, CLUS_ACCESS_WRITE, CLUS_NO_MODIFY), /* 0x0000017a */
    CLCTL_NETNAME_DELETE_CO = CLCTL_EXTERNAL_CODE(95, CLUS_ACCESS_WRITE, CLUS_NO_MODIFY), /* 0x0000017e */
    CLCTL_NETNAME_VALIDATE_VCO = CLCTL_EXTERNAL_CODE(96, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000181 */
    CLCTL_NETNAME_RESET_VCO = CLCTL_EXTERNAL_CODE(97, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000185 */
    CLCTL_NETNAME_REPAIR_VCO = CLCTL_EXTERNAL_CODE(99, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x0000018d */
    CLCTL_STORAGE_GET_DISK_INFO = CLCTL_EXTERNAL_CODE(100, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000191 */
    CLCTL_STORAGE_GET_AVAILABLE_DISKS = CLCTL_EXTERNAL_CODE(101, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000195 */
    CLCTL_STORAGE_IS_PATH_VALID = CLCTL_EXTERNAL_CODE(102, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000199 */
    CLCTL_STORAGE_SYNC_CLUSDISK_DB = CLCTL_EXTERNAL_CODE(103, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0040019e */
    CLCTL_STORAGE_GET_DISK_NUMBER_INFO = CLCTL_EXTERNAL_CODE(104, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000001a1 */
    CLCTL_QUERY_DELETE = CLCTL_EXTERNAL_CODE(110, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000001b9 */
    CLCTL_IPADDRESS_RENEW_LEASE = CLCTL_EXTERNAL_CODE(111, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004001be */
    CLCTL_IPADDRESS_RELEASE_LEASE = CLCTL_EXTERNAL_CODE(112, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004001c2 */
    CLCTL_QUERY_MAINTENANCE_MODE = CLCTL_EXTERNAL_CODE(120, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000001e1 */
    CLCTL_SET_MAINTENANCE_MODE = CLCTL_EXTERNAL_CODE(121, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004001e6 */
    CLCTL_STORAGE_SET_DRIVELETTER = CLCTL_EXTERNAL_CODE(122, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004001ea */
    CLCTL_STORAGE_GET_DRIVELETTERS = CLCTL_EXTERNAL_CODE(123, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000001ed */
    CLCTL_STORAGE_GET_DISK_INFO_EX = CLCTL_EXTERNAL_CODE(124, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000001f1 */
    CLCTL_STORAGE_GET_AVAILABLE_DISKS_EX = CLCTL_EXTERNAL_CODE(125, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000001f5 */
    CLCTL_STORAGE_GET_DISK_INFO_EX2 = CLCTL_EXTERNAL_CODE(126, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000001f9 */
    CLCTL_STORAGE_GET_CLUSPORT_DISK_COUNT = CLCTL_EXTERNAL_CODE(127, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000001fd */
    CLCTL_STORAGE_REMAP_DRIVELETTER = CLCTL_EXTERNAL_CODE(128, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000201 */
    CLCTL_STORAGE_GET_DISKID = CLCTL_EXTERNAL_CODE(129, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000205 */
    CLCTL_STORAGE_IS_CLUSTERABLE = CLCTL_EXTERNAL_CODE(130, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000209 */
    CLCTL_STORAGE_REMOVE_VM_OWNERSHIP = CLCTL_EXTERNAL_CODE(131, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0040020e */
    CLCTL_STORAGE_GET_MOUNTPOINTS = CLCTL_EXTERNAL_CODE(132, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000211 */
    CLCTL_STORAGE_GET_DIRTY = CLCTL_EXTERNAL_CODE(134, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000219 */
    CLCTL_STORAGE_GET_SHARED_VOLUME_INFO = CLCTL_EXTERNAL_CODE(137, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000225 */
    CLCTL_STORAGE_IS_CSV_FILE = CLCTL_EXTERNAL_CODE(138, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000229 */
    CLCTL_STORAGE_GET_RESOURCEID = CLCTL_EXTERNAL_CODE(139, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x0000022d */
    CLCTL_VALIDATE_PATH = CLCTL_EXTERNAL_CODE(140, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000231 */
    CLCTL_VALIDATE_NETNAME = CLCTL_EXTERNAL_CODE(141, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000235 */
    CLCTL_VALIDATE_DIRECTORY = CLCTL_EXTERNAL_CODE(142, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000239 */
    CLCTL_BATCH_BLOCK_KEY = CLCTL_EXTERNAL_CODE(143, CLUS_ACCESS_WRITE, CLUS_NO_MODIFY), /* 0x0000023e */
    CLCTL_BATCH_UNBLOCK_KEY = CLCTL_EXTERNAL_CODE(144, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000241 */
    CLCTL_FILESERVER_SHARE_ADD = CLCTL_EXTERNAL_CODE(145, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00400246 */
    CLCTL_FILESERVER_SHARE_DEL = CLCTL_EXTERNAL_CODE(146, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0040024a */
    CLCTL_FILESERVER_SHARE_MODIFY = CLCTL_EXTERNAL_CODE(147, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0040024e */
    CLCTL_FILESERVER_SHARE_REPORT = CLCTL_EXTERNAL_CODE(148, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000251 */
    CLCTL_NETNAME_GET_OU_FOR_VCO = CLCTL_EXTERNAL_CODE(155, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0040026e */
    CLCTL_ENABLE_SHARED_VOLUME_DIRECTIO = CLCTL_EXTERNAL_CODE(162, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0040028a */
    CLCTL_DISABLE_SHARED_VOLUME_DIRECTIO = CLCTL_EXTERNAL_CODE(163, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0040028e */
    CLCTL_GET_SHARED_VOLUME_ID = CLCTL_EXTERNAL_CODE(164, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000291 */
    CLCTL_SET_CSV_MAINTENANCE_MODE = CLCTL_EXTERNAL_CODE(165, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00400296 */
    CLCTL_SET_SHARED_VOLUME_BACKUP_MODE = CLCTL_EXTERNAL_CODE(166, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0040029a */
    CLCTL_STORAGE_GET_SHARED_VOLUME_PARTITION_NAMES = CLCTL_EXTERNAL_CODE(167, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x0000029d */
    CLCTL_STORAGE_GET_SHARED_VOLUME_STATES = CLCTL_EXTERNAL_CODE(168, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004002a2 */
    CLCTL_STORAGE_IS_SHARED_VOLUME = CLCTL_EXTERNAL_CODE(169, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002a5 */
    CLCTL_GET_CLUSDB_TIMESTAMP = CLCTL_EXTERNAL_CODE(170, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002a9 */
    CLCTL_RW_MODIFY_NOOP = CLCTL_EXTERNAL_CODE(171, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004002ae */
    CLCTL_IS_QUORUM_BLOCKED = CLCTL_EXTERNAL_CODE(172, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002b1 */
    CLCTL_POOL_GET_DRIVE_INFO = CLCTL_EXTERNAL_CODE(173, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002b5 */
    CLCTL_GET_GUM_LOCK_OWNER = CLCTL_EXTERNAL_CODE(174, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002b9 */
    CLCTL_GET_STUCK_NODES = CLCTL_EXTERNAL_CODE(175, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002bd */
    CLCTL_INJECT_GEM_FAULT = CLCTL_EXTERNAL_CODE(176, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002c1 */
    CLCTL_INTRODUCE_GEM_REPAIR_DELAY = CLCTL_EXTERNAL_CODE(177, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002c5 */
    CLCTL_SEND_DUMMY_GEM_MESSAGES = CLCTL_EXTERNAL_CODE(178, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002c9 */
    CLCTL_BLOCK_GEM_SEND_RECV = CLCTL_EXTERNAL_CODE(179, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002cd */
    CLCTL_GET_GEMID_VECTOR = CLCTL_EXTERNAL_CODE(180, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002d1 */
    CLCTL_ADD_CRYPTO_CHECKPOINT_EX = CLCTL_EXTERNAL_CODE(181, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004002d6 */
    CLCTL_GROUP_GET_LAST_MOVE_TIME = CLCTL_EXTERNAL_CODE(182, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002d9 */
    CLCTL_SET_STORAGE_CONFIGURATION = CLCTL_EXTERNAL_CODE(184, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004002e2 */
    CLCTL_GET_STORAGE_CONFIGURATION = CLCTL_EXTERNAL_CODE(185, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002e5 */
    CLCTL_GET_STORAGE_CONFIG_ATTRIBUTES = CLCTL_EXTERNAL_CODE(186, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002e9 */
    CLCTL_REMOVE_NODE = CLCTL_EXTERNAL_CODE(187, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004002ee */
    CLCTL_IS_FEATURE_INSTALLED = CLCTL_EXTERNAL_CODE(188, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002f1 */
    CLCTL_IS_S2D_FEATURE_SUPPORTED = CLCTL_EXTERNAL_CODE(189, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002f5 */
    CLCTL_STORAGE_GET_PHYSICAL_DISK_INFO = CLCTL_EXTERNAL_CODE(190, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002f9 */
    CLCTL_STORAGE_GET_CLUSBFLT_PATHS = CLCTL_EXTERNAL_CODE(191, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000002fd */
    CLCTL_STORAGE_GET_CLUSBFLT_PATHINFO = CLCTL_EXTERNAL_CODE(192, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000301 */
    CLCTL_CLEAR_NODE_CONNECTION_INFO = CLCTL_EXTERNAL_CODE(193, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00400306 */
    CLCTL_SET_DNS_DOMAIN = CLCTL_EXTERNAL_CODE(194, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0040030a */
    CTCTL_GET_ROUTESTATUS_BASIC = CLCTL_EXTERNAL_CODE(195, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x0000030d */
    CTCTL_GET_ROUTESTATUS_EXTENDED = CLCTL_EXTERNAL_CODE(196, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000311 */
    CTCTL_GET_FAULT_DOMAIN_STATE = CLCTL_EXTERNAL_CODE(197, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00000315 */
    CLCTL_NETNAME_SET_PWD_INFOEX = CLCTL_EXTERNAL_CODE(198, CLUS_ACCESS_WRITE, CLUS_NO_MODIFY), /* 0x0000031a */
    CLCTL_GET_NODE_NETWORK_CONNECTIVITY = CLCTL_EXTERNAL_CODE(199, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x0000031d */
    CLCTL_RLUA_GET_PWD = CLCTL_EXTERNAL_CODE(200, CLUS_ACCESS_WRITE, CLUS_NO_MODIFY), /* 0x00000322 */
    CLCTL_STORAGE_GET_AVAILABLE_DISKS_EX2_INT = CLCTL_EXTERNAL_CODE(2040, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00001fe1 */
    CLCTL_CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS = CLCTL_EXTERNAL_CODE(2104, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000020e1 */
    CLCTL_CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS_WITH_KEY = CLCTL_EXTERNAL_CODE(2108, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x000020f1 */
    CLCTL_CLOUD_WITNESS_RESOURCE_UPDATE_TOKEN = CLCTL_EXTERNAL_CODE(2105, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004020e6 */
    CLCTL_RESOURCE_PREPARE_UPGRADE = CLCTL_EXTERNAL_CODE(2106, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004020ea */
    CLCTL_RESOURCE_UPGRADE_COMPLETED = CLCTL_EXTERNAL_CODE(2107, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004020ee */
    CLCTL_CLOUD_WITNESS_RESOURCE_UPDATE_KEY = CLCTL_EXTERNAL_CODE(2109, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x004020f6 */
    CLCTL_REPLICATION_ADD_REPLICATION_GROUP = CLCTL_EXTERNAL_CODE(2128, CLUS_ACCESS_WRITE, CLUS_NO_MODIFY), /* 0x00002142 */
    CLCTL_REPLICATION_GET_LOG_INFO = CLCTL_EXTERNAL_CODE(2129, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00002145 */
    CLCTL_REPLICATION_GET_ELIGIBLE_LOGDISKS = CLCTL_EXTERNAL_CODE(2130, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00002149 */
    CLCTL_REPLICATION_GET_ELIGIBLE_TARGET_DATADISKS = CLCTL_EXTERNAL_CODE(2131, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x0000214d */
    CLCTL_REPLICATION_GET_ELIGIBLE_SOURCE_DATADISKS = CLCTL_EXTERNAL_CODE(2132, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00002151 */
    CLCTL_REPLICATION_GET_REPLICATED_DISKS = CLCTL_EXTERNAL_CODE(2133, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00002155 */
    CLCTL_REPLICATION_GET_REPLICA_VOLUMES = CLCTL_EXTERNAL_CODE(2134, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00002159 */
    CLCTL_REPLICATION_GET_LOG_VOLUME = CLCTL_EXTERNAL_CODE(2135, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x0000215d */
    CLCTL_REPLICATION_GET_RESOURCE_GROUP = CLCTL_EXTERNAL_CODE(2136, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00002161 */
    CLCTL_REPLICATION_GET_REPLICATED_PARTITION_INFO = CLCTL_EXTERNAL_CODE(2137, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00002165 */
    CLCTL_GET_STATE_CHANGE_TIME = CLCTL_EXTERNAL_CODE(2903, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00002d5d */
    CLCTL_SET_CLUSTER_S2D_ENABLED = CLCTL_EXTERNAL_CODE(2904, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00402d62 */
    CLCTL_SET_CLUSTER_S2D_CACHE_METADATA_RESERVE_BYTES = CLCTL_EXTERNAL_CODE(2907, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00402d6e */
    CLCTL_GROUPSET_GET_GROUPS = CLCTL_EXTERNAL_CODE(2908, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00002d71 */
    CLCTL_GROUPSET_GET_PROVIDER_GROUPS = CLCTL_EXTERNAL_CODE(2909, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00002d75 */
    CLCTL_GROUPSET_GET_PROVIDER_GROUPSETS = CLCTL_EXTERNAL_CODE(2910, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00002d79 */
    CLCTL_GROUP_GET_PROVIDER_GROUPS = CLCTL_EXTERNAL_CODE(2911, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00002d7d */
    CLCTL_GROUP_GET_PROVIDER_GROUPSETS = CLCTL_EXTERNAL_CODE(2912, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00002d81 */
    CLCTL_GROUP_SET_CCF_FROM_MASTER = CLCTL_EXTERNAL_CODE(2913, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00402d86 */
    CLCTL_GET_INFRASTRUCTURE_SOFS_BUFFER = CLCTL_EXTERNAL_CODE(2914, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00002d89 */
    CLCTL_SET_INFRASTRUCTURE_SOFS_BUFFER = CLCTL_EXTERNAL_CODE(2915, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00402d8e */
    CLCTL_NOTIFY_INFRASTRUCTURE_SOFS_CHANGED = CLCTL_EXTERNAL_CODE(2916, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00402d92 */
    CLCTL_SCALEOUT_COMMAND = CLCTL_EXTERNAL_CODE(2917, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00402d96 */
    CLCTL_SCALEOUT_CONTROL = CLCTL_EXTERNAL_CODE(2918, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00402d9a */
    CLCTL_SCALEOUT_GET_CLUSTERS = CLCTL_EXTERNAL_CODE(2919, CLUS_ACCESS_READ, CLUS_MODIFY), /* 0x00402d9d */
    CLCTL_RELOAD_AUTOLOGGER_CONFIG = CLCTL_EXTERNAL_CODE(2932, CLUS_ACCESS_WRITE, CLUS_NO_MODIFY), /* 0x00002dd2 */
    CLCTL_STORAGE_RENAME_SHARED_VOLUME = CLCTL_EXTERNAL_CODE(2933, CLUS_ACCESS_WRITE, CLUS_NO_MODIFY), /* 0x00002dd6 */
    CLCTL_STORAGE_RENAME_SHARED_VOLUME_GUID = CLCTL_EXTERNAL_CODE(2934, CLUS_ACCESS_WRITE, CLUS_NO_MODIFY), /* 0x00002dda */
    CLCTL_ENUM_AFFINITY_RULE_NAMES = CLCTL_EXTERNAL_CODE(2935, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00002ddd */
    CLCTL_GET_NODES_IN_FD = CLCTL_EXTERNAL_CODE(2936, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00002de1 */
    CLCTL_FORCE_DB_FLUSH = CLCTL_EXTERNAL_CODE(2937, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00402de6 */
    CLCTL_DELETE = CLCTL_INTERNAL_CODE(1, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00500006 */
    CLCTL_INSTALL_NODE = CLCTL_INTERNAL_CODE(2, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0050000a */
    CLCTL_EVICT_NODE = CLCTL_INTERNAL_CODE(3, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0050000e */
    CLCTL_ADD_DEPENDENCY = CLCTL_INTERNAL_CODE(4, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00500012 */
    CLCTL_REMOVE_DEPENDENCY = CLCTL_INTERNAL_CODE(5, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00500016 */
    CLCTL_ADD_OWNER = CLCTL_INTERNAL_CODE(6, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0050001a */
    CLCTL_REMOVE_OWNER = CLCTL_INTERNAL_CODE(7, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0050001e */
    CLCTL_SET_NAME = CLCTL_INTERNAL_CODE(9, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00500026 */
    CLCTL_CLUSTER_NAME_CHANGED = CLCTL_INTERNAL_CODE(10, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0050002a */
    CLCTL_CLUSTER_VERSION_CHANGED = CLCTL_INTERNAL_CODE(11, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0050002e */
    CLCTL_FIXUP_ON_UPGRADE = CLCTL_INTERNAL_CODE(12, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00500032 */
    CLCTL_STARTING_PHASE1 = CLCTL_INTERNAL_CODE(13, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00500036 */
    CLCTL_STARTING_PHASE2 = CLCTL_INTERNAL_CODE(14, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0050003a */
    CLCTL_HOLD_IO = CLCTL_INTERNAL_CODE(15, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0050003e */
    CLCTL_RESUME_IO = CLCTL_INTERNAL_CODE(16, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00500042 */
    CLCTL_FORCE_QUORUM = CLCTL_INTERNAL_CODE(17, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00500046 */
    CLCTL_INITIALIZE = CLCTL_INTERNAL_CODE(18, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0050004a */
    CLCTL_STATE_CHANGE_REASON = CLCTL_INTERNAL_CODE(19, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0050004e */
    CLCTL_PROVIDER_STATE_CHANGE = CLCTL_INTERNAL_CODE(20, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00500052 */
    CLCTL_LEAVING_GROUP = CLCTL_INTERNAL_CODE(21, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00500056 */
    CLCTL_JOINING_GROUP = CLCTL_INTERNAL_CODE(22, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0050005a */
    CLCTL_FSWITNESS_GET_EPOCH_INFO = CLCTL_INTERNAL_CODE(23, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x0010005d */
    CLCTL_FSWITNESS_SET_EPOCH_INFO = CLCTL_INTERNAL_CODE(24, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00500062 */
    CLCTL_FSWITNESS_RELEASE_LOCK = CLCTL_INTERNAL_CODE(25, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00500066 */
    CLCTL_NETNAME_CREDS_NOTIFYCAM = CLCTL_INTERNAL_CODE(26, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0050006a */
    CLCTL_NOTIFY_QUORUM_STATUS = CLCTL_INTERNAL_CODE(31, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x0050007e */
    CLCTL_NOTIFY_MONITOR_SHUTTING_DOWN = CLCTL_INTERNAL_CODE(32, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00100081 */
    CLCTL_UNDELETE = CLCTL_INTERNAL_CODE(33, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00500086 */
    CLCTL_GET_OPERATION_CONTEXT = CLCTL_INTERNAL_CODE(2106, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x001020e9 */
    CLCTL_NOTIFY_OWNER_CHANGE = CLCTL_INTERNAL_CODE(2120, CLUS_ACCESS_WRITE, CLUS_MODIFY), /* 0x00502122 */
    CLCTL_VALIDATE_CHANGE_GROUP = CLCTL_INTERNAL_CODE(2121, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x00102125 */
    CLCTL_CHECK_DRAIN_VETO = CLCTL_INTERNAL_CODE(2123, CLUS_ACCESS_READ, CLUS_NO_MODIFY), /* 0x0010212d */
    CLCTL_NOTIFY_DRAIN_COMPLETE = CLCTL_INTERNAL_CODE(2124, CLUS_ACCESS_READ, CLUS_NO_MODIFY)  /* 0x00102131 */
} CLCTL_CODES;

typedef enum CLUSCTL_RESOURCE_TYPE_CODES
{
    CLUSCTL_CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS), /* 0x020020e1 */
    CLUSCTL_CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS_WITH_KEY = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_CLOUD_WITNESS_RESOURCE_TYPE_VALIDATE_CREDENTIALS_WITH_KEY), /* 0x020020f1 */
    CLUSCTL_RESOURCE_TYPE_CHECK_DRAIN_VETO = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_CHECK_DRAIN_VETO), /* 0x0210212d */
    CLUSCTL_RESOURCE_TYPE_CLUSTER_VERSION_CHANGED = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_CLUSTER_VERSION_CHANGED), /* 0x0250002e */
    CLUSCTL_RESOURCE_TYPE_ENUM_COMMON_PROPERTIES = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_ENUM_COMMON_PROPERTIES), /* 0x02000051 */
    CLUSCTL_RESOURCE_TYPE_ENUM_PRIVATE_PROPERTIES = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_ENUM_PRIVATE_PROPERTIES), /* 0x02000079 */
    CLUSCTL_RESOURCE_TYPE_EVICT_NODE = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_EVICT_NODE), /* 0x0250000e */
    CLUSCTL_RESOURCE_TYPE_FIXUP_ON_UPGRADE = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_FIXUP_ON_UPGRADE), /* 0x02500032 */
    CLUSCTL_RESOURCE_TYPE_GEN_APP_VALIDATE_DIRECTORY = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_VALIDATE_DIRECTORY), /* 0x02000239 */
    CLUSCTL_RESOURCE_TYPE_GEN_APP_VALIDATE_PATH = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_VALIDATE_PATH), /* 0x02000231 */
    CLUSCTL_RESOURCE_TYPE_GEN_SCRIPT_VALIDATE_PATH = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_VALIDATE_PATH), /* 0x02000231 */
    CLUSCTL_RESOURCE_TYPE_GET_ARB_TIMEOUT = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_GET_ARB_TIMEOUT), /* 0x02000015 */
    CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_GET_CHARACTERISTICS), /* 0x02000005 */
    CLUSCTL_RESOURCE_TYPE_GET_CLASS_INFO = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_GET_CLASS_INFO), /* 0x0200000d */
    CLUSCTL_RESOURCE_TYPE_GET_COMMON_PROPERTIES = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_GET_COMMON_PROPERTIES), /* 0x02000059 */
    CLUSCTL_RESOURCE_TYPE_GET_COMMON_PROPERTY_FMTS = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_GET_COMMON_PROPERTY_FMTS), /* 0x02000065 */
    CLUSCTL_RESOURCE_TYPE_GET_COMMON_RESOURCE_PROPERTY_FMTS = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_GET_COMMON_RESOURCE_PROPERTY_FMTS), /* 0x02000069 */
    CLUSCTL_RESOURCE_TYPE_GET_CRYPTO_CHECKPOINTS = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_GET_CRYPTO_CHECKPOINTS), /* 0x020000b5 */
    CLUSCTL_RESOURCE_TYPE_GET_FLAGS = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_GET_FLAGS), /* 0x02000009 */
    CLUSCTL_RESOURCE_TYPE_GET_PRIVATE_PROPERTIES = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_GET_PRIVATE_PROPERTIES), /* 0x02000081 */
    CLUSCTL_RESOURCE_TYPE_GET_PRIVATE_PROPERTY_FMTS = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_GET_PRIVATE_PROPERTY_FMTS), /* 0x0200008d */
    CLUSCTL_RESOURCE_TYPE_GET_PRIVATE_RESOURCE_PROPERTY_FMTS = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_GET_PRIVATE_RESOURCE_PROPERTY_FMTS), /* 0x02000091 */
    CLUSCTL_RESOURCE_TYPE_GET_REGISTRY_CHECKPOINTS = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_GET_REGISTRY_CHECKPOINTS), /* 0x020000a9 */
    CLUSCTL_RESOURCE_TYPE_GET_REQUIRED_DEPENDENCIES = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_GET_REQUIRED_DEPENDENCIES), /* 0x02000011 */
    CLUSCTL_RESOURCE_TYPE_GET_RO_COMMON_PROPERTIES = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_GET_RO_COMMON_PROPERTIES), /* 0x02000055 */
    CLUSCTL_RESOURCE_TYPE_GET_RO_PRIVATE_PROPERTIES = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_GET_RO_PRIVATE_PROPERTIES), /* 0x0200007d */
    CLUSCTL_RESOURCE_TYPE_HOLD_IO = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_HOLD_IO), /* 0x0250003e */
    CLUSCTL_RESOURCE_TYPE_INSTALL_NODE = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_INSTALL_NODE), /* 0x0250000a */
    CLUSCTL_RESOURCE_TYPE_NETNAME_GET_OU_FOR_VCO = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_NETNAME_GET_OU_FOR_VCO), /* 0x0240026e */
    CLUSCTL_RESOURCE_TYPE_NETNAME_VALIDATE_NETNAME = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_VALIDATE_NETNAME), /* 0x02000235 */
    CLUSCTL_RESOURCE_TYPE_NOTIFY_DRAIN_COMPLETE = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_NOTIFY_DRAIN_COMPLETE), /* 0x02102131 */
    CLUSCTL_RESOURCE_TYPE_NOTIFY_MONITOR_SHUTTING_DOWN = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_NOTIFY_MONITOR_SHUTTING_DOWN), /* 0x02100081 */
    CLUSCTL_RESOURCE_TYPE_PREPARE_UPGRADE = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_RESOURCE_PREPARE_UPGRADE), /* 0x024020ea */
    CLUSCTL_RESOURCE_TYPE_QUERY_DELETE = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_QUERY_DELETE), /* 0x020001b9 */
    CLUSCTL_RESOURCE_TYPE_REPLICATION_ADD_REPLICATION_GROUP = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_REPLICATION_ADD_REPLICATION_GROUP), /* 0x02002142 */
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_ELIGIBLE_LOGDISKS = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_REPLICATION_GET_ELIGIBLE_LOGDISKS), /* 0x02002149 */
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_ELIGIBLE_SOURCE_DATADISKS = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_REPLICATION_GET_ELIGIBLE_SOURCE_DATADISKS), /* 0x02002151 */
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_ELIGIBLE_TARGET_DATADISKS = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_REPLICATION_GET_ELIGIBLE_TARGET_DATADISKS), /* 0x0200214d */
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_LOG_INFO = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_REPLICATION_GET_LOG_INFO), /* 0x02002145 */
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_LOG_VOLUME = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_REPLICATION_GET_LOG_VOLUME), /* 0x0200215d */
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_REPLICATED_DISKS = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_REPLICATION_GET_REPLICATED_DISKS), /* 0x02002155 */
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_REPLICATED_PARTITION_INFO = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_REPLICATION_GET_REPLICATED_PARTITION_INFO), /* 0x02002165 */
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_REPLICA_VOLUMES = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_REPLICATION_GET_REPLICA_VOLUMES), /* 0x02002159 */
    CLUSCTL_RESOURCE_TYPE_REPLICATION_GET_RESOURCE_GROUP = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_REPLICATION_GET_RESOURCE_GROUP), /* 0x02002161 */
    CLUSCTL_RESOURCE_TYPE_RESUME_IO = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_RESUME_IO), /* 0x02500042 */
    CLUSCTL_RESOURCE_TYPE_SET_COMMON_PROPERTIES = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_SET_COMMON_PROPERTIES), /* 0x0240005e */
    CLUSCTL_RESOURCE_TYPE_SET_PRIVATE_PROPERTIES = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_SET_PRIVATE_PROPERTIES), /* 0x02400086 */
    CLUSCTL_RESOURCE_TYPE_STARTING_PHASE1 = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_STARTING_PHASE1), /* 0x02500036 */
    CLUSCTL_RESOURCE_TYPE_STARTING_PHASE2 = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_STARTING_PHASE2), /* 0x0250003a */
    CLUSCTL_RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_STORAGE_GET_AVAILABLE_DISKS), /* 0x02000195 */
    CLUSCTL_RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS_EX = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_STORAGE_GET_AVAILABLE_DISKS_EX), /* 0x020001f5 */
    CLUSCTL_RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS_EX2_INT = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_STORAGE_GET_AVAILABLE_DISKS_EX2_INT), /* 0x02001fe1 */
    CLUSCTL_RESOURCE_TYPE_STORAGE_GET_DISKID = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_STORAGE_GET_DISKID), /* 0x02000205 */
    CLUSCTL_RESOURCE_TYPE_STORAGE_GET_DRIVELETTERS = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_STORAGE_GET_DRIVELETTERS), /* 0x020001ed */
    CLUSCTL_RESOURCE_TYPE_STORAGE_GET_RESOURCEID = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_STORAGE_GET_RESOURCEID), /* 0x0200022d */
    CLUSCTL_RESOURCE_TYPE_STORAGE_IS_CLUSTERABLE = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_STORAGE_IS_CLUSTERABLE), /* 0x02000209 */
    CLUSCTL_RESOURCE_TYPE_STORAGE_IS_CSV_FILE = CLUSCTL_RESOURCE_CODE(CLCTL_STORAGE_IS_CSV_FILE), /* 0x01000229 object byte 1 as in Windows */
    CLUSCTL_RESOURCE_TYPE_STORAGE_REMAP_DRIVELETTER = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_STORAGE_REMAP_DRIVELETTER), /* 0x02000201 */
    CLUSCTL_RESOURCE_TYPE_STORAGE_REMOVE_VM_OWNERSHIP = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_STORAGE_REMOVE_VM_OWNERSHIP), /* 0x0240020e */
    CLUSCTL_RESOURCE_TYPE_STORAGE_SYNC_CLUSDISK_DB = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_STORAGE_SYNC_CLUSDISK_DB), /* 0x0240019e */
    CLUSCTL_RESOURCE_TYPE_UNKNOWN = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_UNKNOWN), /* 0x02000000 */
    CLUSCTL_RESOURCE_TYPE_UPGRADE_COMPLETED = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_RESOURCE_UPGRADE_COMPLETED), /* 0x024020ee */
    CLUSCTL_RESOURCE_TYPE_VALIDATE_COMMON_PROPERTIES = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_VALIDATE_COMMON_PROPERTIES), /* 0x02000061 */
    CLUSCTL_RESOURCE_TYPE_VALIDATE_PRIVATE_PROPERTIES = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_VALIDATE_PRIVATE_PROPERTIES), /* 0x02000089 */
    CLUSCTL_RESOURCE_TYPE_WITNESS_VALIDATE_PATH = CLUSCTL_RESOURCE_TYPE_CODE(CLCTL_VALIDATE_PATH)  /* 0x02000231 */
} CLUSCTL_RESOURCE_TYPE_CODES;

typedef enum CLUSCTL_RESOURCE_CODES
{
    CLUSCTL_CLOUD_WITNESS_RESOURCE_UPDATE_KEY = CLUSCTL_RESOURCE_CODE(CLCTL_CLOUD_WITNESS_RESOURCE_UPDATE_KEY), /* 0x014020f6 */
    CLUSCTL_CLOUD_WITNESS_RESOURCE_UPDATE_TOKEN = CLUSCTL_RESOURCE_CODE(CLCTL_CLOUD_WITNESS_RESOURCE_UPDATE_TOKEN), /* 0x014020e6 */
    CLUSCTL_RESOURCE_ADD_CRYPTO_CHECKPOINT = CLUSCTL_RESOURCE_CODE(CLCTL_ADD_CRYPTO_CHECKPOINT), /* 0x014000ae */
    CLUSCTL_RESOURCE_ADD_CRYPTO_CHECKPOINT_EX = CLUSCTL_RESOURCE_CODE(CLCTL_ADD_CRYPTO_CHECKPOINT_EX), /* 0x014002d6 */
    CLUSCTL_RESOURCE_ADD_DEPENDENCY = CLUSCTL_RESOURCE_CODE(CLCTL_ADD_DEPENDENCY), /* 0x01500012 */
    CLUSCTL_RESOURCE_ADD_OWNER = CLUSCTL_RESOURCE_CODE(CLCTL_ADD_OWNER), /* 0x0150001a */
    CLUSCTL_RESOURCE_ADD_REGISTRY_CHECKPOINT = CLUSCTL_RESOURCE_CODE(CLCTL_ADD_REGISTRY_CHECKPOINT), /* 0x014000a2 */
    CLUSCTL_RESOURCE_ADD_REGISTRY_CHECKPOINT_32BIT = CLUSCTL_RESOURCE_CODE(CLCTL_ADD_REGISTRY_CHECKPOINT_32BIT), /* 0x014000c2 */
    CLUSCTL_RESOURCE_ADD_REGISTRY_CHECKPOINT_64BIT = CLUSCTL_RESOURCE_CODE(CLCTL_ADD_REGISTRY_CHECKPOINT_64BIT), /* 0x014000be */
    CLUSCTL_RESOURCE_CHECK_DRAIN_VETO = CLUSCTL_RESOURCE_CODE(CLCTL_CHECK_DRAIN_VETO), /* 0x0110212d */
    CLUSCTL_RESOURCE_CLUSTER_NAME_CHANGED = CLUSCTL_RESOURCE_CODE(CLCTL_CLUSTER_NAME_CHANGED), /* 0x0150002a */
    CLUSCTL_RESOURCE_CLUSTER_VERSION_CHANGED = CLUSCTL_RESOURCE_CODE(CLCTL_CLUSTER_VERSION_CHANGED), /* 0x0150002e */
    CLUSCTL_RESOURCE_DELETE = CLUSCTL_RESOURCE_CODE(CLCTL_DELETE), /* 0x01500006 */
    CLUSCTL_RESOURCE_DELETE_CRYPTO_CHECKPOINT = CLUSCTL_RESOURCE_CODE(CLCTL_DELETE_CRYPTO_CHECKPOINT), /* 0x014000b2 */
    CLUSCTL_RESOURCE_DELETE_REGISTRY_CHECKPOINT = CLUSCTL_RESOURCE_CODE(CLCTL_DELETE_REGISTRY_CHECKPOINT), /* 0x014000a6 */
    CLUSCTL_RESOURCE_DISABLE_SHARED_VOLUME_DIRECTIO = CLUSCTL_RESOURCE_CODE(CLCTL_DISABLE_SHARED_VOLUME_DIRECTIO), /* 0x0140028e */
    CLUSCTL_RESOURCE_ENABLE_SHARED_VOLUME_DIRECTIO = CLUSCTL_RESOURCE_CODE(CLCTL_ENABLE_SHARED_VOLUME_DIRECTIO), /* 0x0140028a */
    CLUSCTL_RESOURCE_ENUM_COMMON_PROPERTIES = CLUSCTL_RESOURCE_CODE(CLCTL_ENUM_COMMON_PROPERTIES), /* 0x01000051 */
    CLUSCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES = CLUSCTL_RESOURCE_CODE(CLCTL_ENUM_PRIVATE_PROPERTIES), /* 0x01000079 */
    CLUSCTL_RESOURCE_EVICT_NODE = CLUSCTL_RESOURCE_CODE(CLCTL_EVICT_NODE), /* 0x0150000e */
    CLUSCTL_RESOURCE_FORCE_QUORUM = CLUSCTL_RESOURCE_CODE(CLCTL_FORCE_QUORUM), /* 0x01500046 */
    CLUSCTL_RESOURCE_FSWITNESS_GET_EPOCH_INFO = CLUSCTL_RESOURCE_CODE(CLCTL_FSWITNESS_GET_EPOCH_INFO), /* 0x0110005d */
    CLUSCTL_RESOURCE_FSWITNESS_RELEASE_LOCK = CLUSCTL_RESOURCE_CODE(CLCTL_FSWITNESS_RELEASE_LOCK), /* 0x01500066 */
    CLUSCTL_RESOURCE_FSWITNESS_SET_EPOCH_INFO = CLUSCTL_RESOURCE_CODE(CLCTL_FSWITNESS_SET_EPOCH_INFO), /* 0x01500062 */
    CLUSCTL_RESOURCE_GET_CHARACTERISTICS = CLUSCTL_RESOURCE_CODE(CLCTL_GET_CHARACTERISTICS), /* 0x01000005 */
    CLUSCTL_RESOURCE_GET_CLASS_INFO = CLUSCTL_RESOURCE_CODE(CLCTL_GET_CLASS_INFO), /* 0x0100000d */
    CLUSCTL_RESOURCE_GET_COMMON_PROPERTIES = CLUSCTL_RESOURCE_CODE(CLCTL_GET_COMMON_PROPERTIES), /* 0x01000059 */
    CLUSCTL_RESOURCE_GET_COMMON_PROPERTY_FMTS = CLUSCTL_RESOURCE_CODE(CLCTL_GET_COMMON_PROPERTY_FMTS), /* 0x01000065 */
    CLUSCTL_RESOURCE_GET_CRYPTO_CHECKPOINTS = CLUSCTL_RESOURCE_CODE(CLCTL_GET_CRYPTO_CHECKPOINTS), /* 0x010000b5 */
    CLUSCTL_RESOURCE_GET_DNS_NAME = CLUSCTL_RESOURCE_CODE(CLCTL_GET_DNS_NAME), /* 0x01000175 */
    CLUSCTL_RESOURCE_GET_FAILURE_INFO = CLUSCTL_RESOURCE_CODE(CLCTL_GET_FAILURE_INFO), /* 0x01000019 */
    CLUSCTL_RESOURCE_GET_FLAGS = CLUSCTL_RESOURCE_CODE(CLCTL_GET_FLAGS), /* 0x01000009 */
    CLUSCTL_RESOURCE_GET_ID = CLUSCTL_RESOURCE_CODE(CLCTL_GET_ID), /* 0x01000039 */
    CLUSCTL_RESOURCE_GET_INFRASTRUCTURE_SOFS_BUFFER = CLUSCTL_RESOURCE_CODE(CLCTL_GET_INFRASTRUCTURE_SOFS_BUFFER), /* 0x01002d89 */
    CLUSCTL_RESOURCE_GET_LOADBAL_PROCESS_LIST = CLUSCTL_RESOURCE_CODE(CLCTL_GET_LOADBAL_PROCESS_LIST), /* 0x010000c9 */
    CLUSCTL_RESOURCE_GET_NAME = CLUSCTL_RESOURCE_CODE(CLCTL_GET_NAME), /* 0x01000029 */
    CLUSCTL_RESOURCE_GET_NETWORK_NAME = CLUSCTL_RESOURCE_CODE(CLCTL_GET_NETWORK_NAME), /* 0x01000169 */
    CLUSCTL_RESOURCE_GET_NODES_IN_FD = CLUSCTL_RESOURCE_CODE(CLCTL_GET_NODES_IN_FD), /* 0x01002de1 */
    CLUSCTL_RESOURCE_GET_OPERATION_CONTEXT = CLUSCTL_RESOURCE_CODE(CLCTL_GET_OPERATION_CONTEXT), /* 0x011020e9 */
    CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTIES = CLUSCTL_RESOURCE_CODE(CLCTL_GET_PRIVATE_PROPERTIES), /* 0x01000081 */
    CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTY_FMTS = CLUSCTL_RESOURCE_CODE(CLCTL_GET_PRIVATE_PROPERTY_FMTS), /* 0x0100008d */
    CLUSCTL_RESOURCE_GET_REGISTRY_CHECKPOINTS = CLUSCTL_RESOURCE_CODE(CLCTL_GET_REGISTRY_CHECKPOINTS), /* 0x010000a9 */
    CLUSCTL_RESOURCE_GET_REQUIRED_DEPENDENCIES = CLUSCTL_RESOURCE_CODE(CLCTL_GET_REQUIRED_DEPENDENCIES), /* 0x01000011 */
    CLUSCTL_RESOURCE_GET_RESOURCE_TYPE = CLUSCTL_RESOURCE_CODE(CLCTL_GET_RESOURCE_TYPE), /* 0x0100002d */
    CLUSCTL_RESOURCE_GET_RO_COMMON_PROPERTIES = CLUSCTL_RESOURCE_CODE(CLCTL_GET_RO_COMMON_PROPERTIES), /* 0x01000055 */
    CLUSCTL_RESOURCE_GET_RO_PRIVATE_PROPERTIES = CLUSCTL_RESOURCE_CODE(CLCTL_GET_RO_PRIVATE_PROPERTIES), /* 0x0100007d */
    CLUSCTL_RESOURCE_GET_STATE_CHANGE_TIME = CLUSCTL_RESOURCE_CODE(CLCTL_GET_STATE_CHANGE_TIME), /* 0x01002d5d */
    CLUSCTL_RESOURCE_INITIALIZE = CLUSCTL_RESOURCE_CODE(CLCTL_INITIALIZE), /* 0x0150004a */
    CLUSCTL_RESOURCE_INSTALL_NODE = CLUSCTL_RESOURCE_CODE(CLCTL_INSTALL_NODE), /* 0x0150000a */
    CLUSCTL_RESOURCE_IPADDRESS_RELEASE_LEASE = CLUSCTL_RESOURCE_CODE(CLCTL_IPADDRESS_RELEASE_LEASE), /* 0x014001c2 */
    CLUSCTL_RESOURCE_IPADDRESS_RENEW_LEASE = CLUSCTL_RESOURCE_CODE(CLCTL_IPADDRESS_RENEW_LEASE), /* 0x014001be */
    CLUSCTL_RESOURCE_IS_QUORUM_BLOCKED = CLUSCTL_RESOURCE_CODE(CLCTL_IS_QUORUM_BLOCKED), /* 0x010002b1 */
    CLUSCTL_RESOURCE_JOINING_GROUP = CLUSCTL_RESOURCE_CODE(CLCTL_JOINING_GROUP), /* 0x0150005a */
    CLUSCTL_RESOURCE_LEAVING_GROUP = CLUSCTL_RESOURCE_CODE(CLCTL_LEAVING_GROUP), /* 0x01500056 */
    CLUSCTL_RESOURCE_NETNAME_CREDS_NOTIFYCAM = CLUSCTL_RESOURCE_CODE(CLCTL_NETNAME_CREDS_NOTIFYCAM), /* 0x0150006a */
    CLUSCTL_RESOURCE_NETNAME_DELETE_CO = CLUSCTL_RESOURCE_CODE(CLCTL_NETNAME_DELETE_CO), /* 0x0100017e */
    CLUSCTL_RESOURCE_NETNAME_GET_VIRTUAL_SERVER_TOKEN = CLUSCTL_RESOURCE_CODE(CLCTL_NETNAME_GET_VIRTUAL_SERVER_TOKEN), /* 0x0100016d */
    CLUSCTL_RESOURCE_NETNAME_REGISTER_DNS_RECORDS = CLUSCTL_RESOURCE_CODE(CLCTL_NETNAME_REGISTER_DNS_RECORDS), /* 0x01000172 */
    CLUSCTL_RESOURCE_NETNAME_REPAIR_VCO = CLUSCTL_RESOURCE_CODE(CLCTL_NETNAME_REPAIR_VCO), /* 0x0100018d */
    CLUSCTL_RESOURCE_NETNAME_RESET_VCO = CLUSCTL_RESOURCE_CODE(CLCTL_NETNAME_RESET_VCO), /* 0x01000185 */
    CLUSCTL_RESOURCE_NETNAME_SET_PWD_INFO = CLUSCTL_RESOURCE_CODE(CLCTL_NETNAME_SET_PWD_INFO), /* 0x0100017a */
    CLUSCTL_RESOURCE_NETNAME_SET_PWD_INFOEX = CLUSCTL_RESOURCE_CODE(CLCTL_NETNAME_SET_PWD_INFOEX), /* 0x0100031a */
    CLUSCTL_RESOURCE_NETNAME_VALIDATE_VCO = CLUSCTL_RESOURCE_CODE(CLCTL_NETNAME_VALIDATE_VCO), /* 0x01000181 */
    CLUSCTL_RESOURCE_NOTIFY_DRAIN_COMPLETE = CLUSCTL_RESOURCE_CODE(CLCTL_NOTIFY_DRAIN_COMPLETE), /* 0x01102131 */
    CLUSCTL_RESOURCE_NOTIFY_OWNER_CHANGE = CLUSCTL_RESOURCE_CODE(CLCTL_NOTIFY_OWNER_CHANGE), /* 0x01502122 */
    CLUSCTL_RESOURCE_NOTIFY_QUORUM_STATUS = CLUSCTL_RESOURCE_CODE(CLCTL_NOTIFY_QUORUM_STATUS), /* 0x0150007e */
    CLUSCTL_RESOURCE_POOL_GET_DRIVE_INFO = CLUSCTL_RESOURCE_CODE(CLCTL_POOL_GET_DRIVE_INFO), /* 0x010002b5 */
    CLUSCTL_RESOURCE_PREPARE_UPGRADE = CLUSCTL_RESOURCE_CODE(CLCTL_RESOURCE_PREPARE_UPGRADE), /* 0x014020ea */
    CLUSCTL_RESOURCE_PROVIDER_STATE_CHANGE = CLUSCTL_RESOURCE_CODE(CLCTL_PROVIDER_STATE_CHANGE), /* 0x01500052 */
    CLUSCTL_RESOURCE_QUERY_DELETE = CLUSCTL_RESOURCE_CODE(CLCTL_QUERY_DELETE), /* 0x010001b9 */
    CLUSCTL_RESOURCE_QUERY_MAINTENANCE_MODE = CLUSCTL_RESOURCE_CODE(CLCTL_QUERY_MAINTENANCE_MODE), /* 0x010001e1 */
    CLUSCTL_RESOURCE_REMOVE_DEPENDENCY = CLUSCTL_RESOURCE_CODE(CLCTL_REMOVE_DEPENDENCY), /* 0x01500016 */
    CLUSCTL_RESOURCE_REMOVE_OWNER = CLUSCTL_RESOURCE_CODE(CLCTL_REMOVE_OWNER), /* 0x0150001e */
    CLUSCTL_RESOURCE_RLUA_GET_PWD = CLUSCTL_RESOURCE_CODE(CLCTL_RLUA_GET_PWD), /* 0x01000322 */
    CLUSCTL_RESOURCE_RLUA_GET_VIRTUAL_SERVER_TOKEN = CLUSCTL_RESOURCE_CODE(CLCTL_NETNAME_GET_VIRTUAL_SERVER_TOKEN), /* 0x0100016d */
    CLUSCTL_RESOURCE_RLUA_SET_PWD_INFO = CLUSCTL_RESOURCE_CODE(CLCTL_NETNAME_SET_PWD_INFO), /* 0x0100017a */
    CLUSCTL_RESOURCE_RLUA_SET_PWD_INFOEX = CLUSCTL_RESOURCE_CODE(CLCTL_NETNAME_SET_PWD_INFOEX), /* 0x0100031a */
    CLUSCTL_RESOURCE_RW_MODIFY_NOOP = CLUSCTL_RESOURCE_CODE(CLCTL_RW_MODIFY_NOOP), /* 0x014002ae */
    CLUSCTL_RESOURCE_SCALEOUT_COMMAND = CLUSCTL_RESOURCE_CODE(CLCTL_SCALEOUT_COMMAND), /* 0x01402d96 */
    CLUSCTL_RESOURCE_SCALEOUT_CONTROL = CLUSCTL_RESOURCE_CODE(CLCTL_SCALEOUT_CONTROL), /* 0x01402d9a */
    CLUSCTL_RESOURCE_SCALEOUT_GET_CLUSTERS = CLUSCTL_RESOURCE_CODE(CLCTL_SCALEOUT_GET_CLUSTERS), /* 0x01402d9d */
    CLUSCTL_RESOURCE_SET_COMMON_PROPERTIES = CLUSCTL_RESOURCE_CODE(CLCTL_SET_COMMON_PROPERTIES), /* 0x0140005e */
    CLUSCTL_RESOURCE_SET_CSV_MAINTENANCE_MODE = CLUSCTL_RESOURCE_CODE(CLCTL_SET_CSV_MAINTENANCE_MODE), /* 0x01400296 */
    CLUSCTL_RESOURCE_SET_INFRASTRUCTURE_SOFS_BUFFER = CLUSCTL_RESOURCE_CODE(CLCTL_SET_INFRASTRUCTURE_SOFS_BUFFER), /* 0x01402d8e */
    CLUSCTL_RESOURCE_SET_MAINTENANCE_MODE = CLUSCTL_RESOURCE_CODE(CLCTL_SET_MAINTENANCE_MODE), /* 0x014001e6 */
    CLUSCTL_RESOURCE_SET_NAME = CLUSCTL_RESOURCE_CODE(CLCTL_SET_NAME), /* 0x01500026 */
    CLUSCTL_RESOURCE_SET_PRIVATE_PROPERTIES = CLUSCTL_RESOURCE_CODE(CLCTL_SET_PRIVATE_PROPERTIES), /* 0x01400086 */
    CLUSCTL_RESOURCE_SET_SHARED_VOLUME_BACKUP_MODE = CLUSCTL_RESOURCE_CODE(CLCTL_SET_SHARED_VOLUME_BACKUP_MODE), /* 0x0140029a */
    CLUSCTL_RESOURCE_STATE_CHANGE_REASON = CLUSCTL_RESOURCE_CODE(CLCTL_STATE_CHANGE_REASON), /* 0x0150004e */
    CLUSCTL_RESOURCE_STORAGE_GET_DIRTY = CLUSCTL_RESOURCE_CODE(CLCTL_STORAGE_GET_DIRTY), /* 0x01000219 */
    CLUSCTL_RESOURCE_STORAGE_GET_DISKID = CLUSCTL_RESOURCE_CODE(CLCTL_STORAGE_GET_DISKID), /* 0x01000205 */
    CLUSCTL_RESOURCE_STORAGE_GET_DISK_INFO = CLUSCTL_RESOURCE_CODE(CLCTL_STORAGE_GET_DISK_INFO), /* 0x01000191 */
    CLUSCTL_RESOURCE_STORAGE_GET_DISK_INFO_EX = CLUSCTL_RESOURCE_CODE(CLCTL_STORAGE_GET_DISK_INFO_EX), /* 0x010001f1 */
    CLUSCTL_RESOURCE_STORAGE_GET_DISK_INFO_EX2 = CLUSCTL_RESOURCE_CODE(CLCTL_STORAGE_GET_DISK_INFO_EX2), /* 0x010001f9 */
    CLUSCTL_RESOURCE_STORAGE_GET_DISK_NUMBER_INFO = CLUSCTL_RESOURCE_CODE(CLCTL_STORAGE_GET_DISK_NUMBER_INFO), /* 0x010001a1 */
    CLUSCTL_RESOURCE_STORAGE_GET_MOUNTPOINTS = CLUSCTL_RESOURCE_CODE(CLCTL_STORAGE_GET_MOUNTPOINTS), /* 0x01000211 */
    CLUSCTL_RESOURCE_STORAGE_GET_SHARED_VOLUME_INFO = CLUSCTL_RESOURCE_CODE(CLCTL_STORAGE_GET_SHARED_VOLUME_INFO), /* 0x01000225 */
    CLUSCTL_RESOURCE_STORAGE_GET_SHARED_VOLUME_PARTITION_NAMES = CLUSCTL_RESOURCE_CODE(CLCTL_STORAGE_GET_SHARED_VOLUME_PARTITION_NAMES), /* 0x0100029d */
    CLUSCTL_RESOURCE_STORAGE_GET_SHARED_VOLUME_STATES = CLUSCTL_RESOURCE_CODE(CLCTL_STORAGE_GET_SHARED_VOLUME_STATES), /* 0x014002a2 */
    CLUSCTL_RESOURCE_STORAGE_IS_PATH_VALID = CLUSCTL_RESOURCE_CODE(CLCTL_STORAGE_IS_PATH_VALID), /* 0x01000199 */
    CLUSCTL_RESOURCE_STORAGE_IS_SHARED_VOLUME = CLUSCTL_RESOURCE_CODE(CLCTL_STORAGE_IS_SHARED_VOLUME), /* 0x010002a5 */
    CLUSCTL_RESOURCE_STORAGE_RENAME_SHARED_VOLUME = CLUSCTL_RESOURCE_CODE(CLCTL_STORAGE_RENAME_SHARED_VOLUME), /* 0x01002dd6 */
    CLUSCTL_RESOURCE_STORAGE_RENAME_SHARED_VOLUME_GUID = CLUSCTL_RESOURCE_CODE(CLCTL_STORAGE_RENAME_SHARED_VOLUME_GUID), /* 0x01002dda */
    CLUSCTL_RESOURCE_STORAGE_SET_DRIVELETTER = CLUSCTL_RESOURCE_CODE(CLCTL_STORAGE_SET_DRIVELETTER), /* 0x014001ea */
    CLUSCTL_RESOURCE_UNDELETE = CLUSCTL_RESOURCE_CODE(CLCTL_UNDELETE), /* 0x01500086 */
    CLUSCTL_RESOURCE_UNKNOWN = CLUSCTL_RESOURCE_CODE(CLCTL_UNKNOWN), /* 0x01000000 */
    CLUSCTL_RESOURCE_UPGRADE_COMPLETED = CLUSCTL_RESOURCE_CODE(CLCTL_RESOURCE_UPGRADE_COMPLETED), /* 0x014020ee */
    CLUSCTL_RESOURCE_UPGRADE_DLL = CLUSCTL_RESOURCE_CODE(CLCTL_RESOURCE_UPGRADE_DLL), /* 0x014000ba */
    CLUSCTL_RESOURCE_VALIDATE_CHANGE_GROUP = CLUSCTL_RESOURCE_CODE(CLCTL_VALIDATE_CHANGE_GROUP), /* 0x01102125 */
    CLUSCTL_RESOURCE_VALIDATE_COMMON_PROPERTIES = CLUSCTL_RESOURCE_CODE(CLCTL_VALIDATE_COMMON_PROPERTIES), /* 0x01000061 */
    CLUSCTL_RESOURCE_VALIDATE_PRIVATE_PROPERTIES = CLUSCTL_RESOURCE_CODE(CLCTL_VALIDATE_PRIVATE_PROPERTIES)  /* 0x01000089 */
} CLUSCTL_RESOURCE_CODES;

typedef enum CLUSCTL_GROUPSET_CODES
{
    CLUSCTL_GROUPSET_GET_COMMON_PROPERTIES = CLUSCTL_GROUPSET_CODE(CLCTL_GET_COMMON_PROPERTIES), /* 0x08000059 */
    CLUSCTL_GROUPSET_GET_GROUPS = CLUSCTL_GROUPSET_CODE(CLCTL_GROUPSET_GET_GROUPS), /* 0x08002d71 */
    CLUSCTL_GROUPSET_GET_ID = CLUSCTL_GROUPSET_CODE(CLCTL_GET_ID), /* 0x08000039 */
    CLUSCTL_GROUPSET_GET_PROVIDER_GROUPS = CLUSCTL_GROUPSET_CODE(CLCTL_GROUPSET_GET_PROVIDER_GROUPS), /* 0x08002d75 */
    CLUSCTL_GROUPSET_GET_PROVIDER_GROUPSETS = CLUSCTL_GROUPSET_CODE(CLCTL_GROUPSET_GET_PROVIDER_GROUPSETS), /* 0x08002d79 */
    CLUSCTL_GROUPSET_GET_RO_COMMON_PROPERTIES = CLUSCTL_GROUPSET_CODE(CLCTL_GET_RO_COMMON_PROPERTIES), /* 0x08000055 */
    CLUSCTL_GROUPSET_SET_COMMON_PROPERTIES = CLUSCTL_GROUPSET_CODE(CLCTL_SET_COMMON_PROPERTIES), /* 0x0840005e */
    CLUSCTL_GROUP_GET_PROVIDER_GROUPS = CLUSCTL_GROUPSET_CODE(CLCTL_GROUP_GET_PROVIDER_GROUPS), /* 0x08002d7d */
    CLUSCTL_GROUP_GET_PROVIDER_GROUPSETS = CLUSCTL_GROUPSET_CODE(CLCTL_GROUP_GET_PROVIDER_GROUPSETS)  /* 0x08002d81 */
} CLUSCTL_GROUPSET_CODES;

typedef enum CLUSCTL_GROUP_CODES
{
    CLUSCTL_GROUP_ENUM_COMMON_PROPERTIES = CLUSCTL_GROUP_CODE(CLCTL_ENUM_COMMON_PROPERTIES), /* 0x03000051 */
    CLUSCTL_GROUP_ENUM_PRIVATE_PROPERTIES = CLUSCTL_GROUP_CODE(CLCTL_ENUM_PRIVATE_PROPERTIES), /* 0x03000079 */
    CLUSCTL_GROUP_GET_CHARACTERISTICS = CLUSCTL_GROUP_CODE(CLCTL_GET_CHARACTERISTICS), /* 0x03000005 */
    CLUSCTL_GROUP_GET_COMMON_PROPERTIES = CLUSCTL_GROUP_CODE(CLCTL_GET_COMMON_PROPERTIES), /* 0x03000059 */
    CLUSCTL_GROUP_GET_COMMON_PROPERTY_FMTS = CLUSCTL_GROUP_CODE(CLCTL_GET_COMMON_PROPERTY_FMTS), /* 0x03000065 */
    CLUSCTL_GROUP_GET_FAILURE_INFO = CLUSCTL_GROUP_CODE(CLCTL_GET_FAILURE_INFO), /* 0x03000019 */
    CLUSCTL_GROUP_GET_FLAGS = CLUSCTL_GROUP_CODE(CLCTL_GET_FLAGS), /* 0x03000009 */
    CLUSCTL_GROUP_GET_ID = CLUSCTL_GROUP_CODE(CLCTL_GET_ID), /* 0x03000039 */
    CLUSCTL_GROUP_GET_LAST_MOVE_TIME = CLUSCTL_GROUP_CODE(CLCTL_GROUP_GET_LAST_MOVE_TIME), /* 0x030002d9 */
    CLUSCTL_GROUP_GET_NAME = CLUSCTL_GROUP_CODE(CLCTL_GET_NAME), /* 0x03000029 */
    CLUSCTL_GROUP_GET_PRIVATE_PROPERTIES = CLUSCTL_GROUP_CODE(CLCTL_GET_PRIVATE_PROPERTIES), /* 0x03000081 */
    CLUSCTL_GROUP_GET_PRIVATE_PROPERTY_FMTS = CLUSCTL_GROUP_CODE(CLCTL_GET_PRIVATE_PROPERTY_FMTS), /* 0x0300008d */
    CLUSCTL_GROUP_GET_RO_COMMON_PROPERTIES = CLUSCTL_GROUP_CODE(CLCTL_GET_RO_COMMON_PROPERTIES), /* 0x03000055 */
    CLUSCTL_GROUP_GET_RO_PRIVATE_PROPERTIES = CLUSCTL_GROUP_CODE(CLCTL_GET_RO_PRIVATE_PROPERTIES), /* 0x0300007d */
    CLUSCTL_GROUP_QUERY_DELETE = CLUSCTL_GROUP_CODE(CLCTL_QUERY_DELETE), /* 0x030001b9 */
    CLUSCTL_GROUP_SET_CCF_FROM_MASTER = CLUSCTL_GROUP_CODE(CLCTL_GROUP_SET_CCF_FROM_MASTER), /* 0x03402d86 */
    CLUSCTL_GROUP_SET_COMMON_PROPERTIES = CLUSCTL_GROUP_CODE(CLCTL_SET_COMMON_PROPERTIES), /* 0x0340005e */
    CLUSCTL_GROUP_SET_PRIVATE_PROPERTIES = CLUSCTL_GROUP_CODE(CLCTL_SET_PRIVATE_PROPERTIES), /* 0x03400086 */
    CLUSCTL_GROUP_UNKNOWN = CLUSCTL_GROUP_CODE(CLCTL_UNKNOWN), /* 0x03000000 */
    CLUSCTL_GROUP_VALIDATE_COMMON_PROPERTIES = CLUSCTL_GROUP_CODE(CLCTL_VALIDATE_COMMON_PROPERTIES), /* 0x03000061 */
    CLUSCTL_GROUP_VALIDATE_PRIVATE_PROPERTIES = CLUSCTL_GROUP_CODE(CLCTL_VALIDATE_PRIVATE_PROPERTIES)  /* 0x03000089 */
} CLUSCTL_GROUP_CODES;

typedef enum CLUSCTL_NODE_CODES
{
    CLUSCTL_NODE_BLOCK_GEM_SEND_RECV = CLUSCTL_NODE_CODE(CLCTL_BLOCK_GEM_SEND_RECV), /* 0x040002cd */
    CLUSCTL_NODE_ENUM_COMMON_PROPERTIES = CLUSCTL_NODE_CODE(CLCTL_ENUM_COMMON_PROPERTIES), /* 0x04000051 */
    CLUSCTL_NODE_ENUM_PRIVATE_PROPERTIES = CLUSCTL_NODE_CODE(CLCTL_ENUM_PRIVATE_PROPERTIES), /* 0x04000079 */
    CLUSCTL_NODE_GET_CHARACTERISTICS = CLUSCTL_NODE_CODE(CLCTL_GET_CHARACTERISTICS), /* 0x04000005 */
    CLUSCTL_NODE_GET_CLUSTER_SERVICE_ACCOUNT_NAME = CLUSCTL_NODE_CODE(CLCTL_GET_CLUSTER_SERVICE_ACCOUNT_NAME), /* 0x04000041 */
    CLUSCTL_NODE_GET_COMMON_PROPERTIES = CLUSCTL_NODE_CODE(CLCTL_GET_COMMON_PROPERTIES), /* 0x04000059 */
    CLUSCTL_NODE_GET_COMMON_PROPERTY_FMTS = CLUSCTL_NODE_CODE(CLCTL_GET_COMMON_PROPERTY_FMTS), /* 0x04000065 */
    CLUSCTL_NODE_GET_FLAGS = CLUSCTL_NODE_CODE(CLCTL_GET_FLAGS), /* 0x04000009 */
    CLUSCTL_NODE_GET_GEMID_VECTOR = CLUSCTL_NODE_CODE(CLCTL_GET_GEMID_VECTOR), /* 0x040002d1 */
    CLUSCTL_NODE_GET_ID = CLUSCTL_NODE_CODE(CLCTL_GET_ID), /* 0x04000039 */
    CLUSCTL_NODE_GET_NAME = CLUSCTL_NODE_CODE(CLCTL_GET_NAME), /* 0x04000029 */
    CLUSCTL_NODE_GET_PRIVATE_PROPERTIES = CLUSCTL_NODE_CODE(CLCTL_GET_PRIVATE_PROPERTIES), /* 0x04000081 */
    CLUSCTL_NODE_GET_PRIVATE_PROPERTY_FMTS = CLUSCTL_NODE_CODE(CLCTL_GET_PRIVATE_PROPERTY_FMTS), /* 0x0400008d */
    CLUSCTL_NODE_GET_RO_COMMON_PROPERTIES = CLUSCTL_NODE_CODE(CLCTL_GET_RO_COMMON_PROPERTIES), /* 0x04000055 */
    CLUSCTL_NODE_GET_RO_PRIVATE_PROPERTIES = CLUSCTL_NODE_CODE(CLCTL_GET_RO_PRIVATE_PROPERTIES), /* 0x0400007d */
    CLUSCTL_NODE_GET_STUCK_NODES = CLUSCTL_NODE_CODE(CLCTL_GET_STUCK_NODES), /* 0x040002bd */
    CLUSCTL_NODE_INJECT_GEM_FAULT = CLUSCTL_NODE_CODE(CLCTL_INJECT_GEM_FAULT), /* 0x040002c1 */
    CLUSCTL_NODE_INTRODUCE_GEM_REPAIR_DELAY = CLUSCTL_NODE_CODE(CLCTL_INTRODUCE_GEM_REPAIR_DELAY), /* 0x040002c5 */
    CLUSCTL_NODE_SEND_DUMMY_GEM_MESSAGES = CLUSCTL_NODE_CODE(CLCTL_SEND_DUMMY_GEM_MESSAGES), /* 0x040002c9 */
    CLUSCTL_NODE_SET_COMMON_PROPERTIES = CLUSCTL_NODE_CODE(CLCTL_SET_COMMON_PROPERTIES), /* 0x0440005e */
    CLUSCTL_NODE_SET_PRIVATE_PROPERTIES = CLUSCTL_NODE_CODE(CLCTL_SET_PRIVATE_PROPERTIES), /* 0x04400086 */
    CLUSCTL_NODE_UNKNOWN = CLUSCTL_NODE_CODE(CLCTL_UNKNOWN), /* 0x04000000 */
    CLUSCTL_NODE_VALIDATE_COMMON_PROPERTIES = CLUSCTL_NODE_CODE(CLCTL_VALIDATE_COMMON_PROPERTIES), /* 0x04000061 */
    CLUSCTL_NODE_VALIDATE_PRIVATE_PROPERTIES = CLUSCTL_NODE_CODE(CLCTL_VALIDATE_PRIVATE_PROPERTIES)  /* 0x04000089 */
} CLUSCTL_NODE_CODES;

typedef enum CLUSCTL_NETWORK_CODES
{
    CLUSCTL_NETWORK_ENUM_COMMON_PROPERTIES = CLUSCTL_NETWORK_CODE(CLCTL_ENUM_COMMON_PROPERTIES), /* 0x05000051 */
    CLUSCTL_NETWORK_ENUM_PRIVATE_PROPERTIES = CLUSCTL_NETWORK_CODE(CLCTL_ENUM_PRIVATE_PROPERTIES), /* 0x05000079 */
    CLUSCTL_NETWORK_GET_CHARACTERISTICS = CLUSCTL_NETWORK_CODE(CLCTL_GET_CHARACTERISTICS), /* 0x05000005 */
    CLUSCTL_NETWORK_GET_COMMON_PROPERTIES = CLUSCTL_NETWORK_CODE(CLCTL_GET_COMMON_PROPERTIES), /* 0x05000059 */
    CLUSCTL_NETWORK_GET_COMMON_PROPERTY_FMTS = CLUSCTL_NETWORK_CODE(CLCTL_GET_COMMON_PROPERTY_FMTS), /* 0x05000065 */
    CLUSCTL_NETWORK_GET_FLAGS = CLUSCTL_NETWORK_CODE(CLCTL_GET_FLAGS), /* 0x05000009 */
    CLUSCTL_NETWORK_GET_ID = CLUSCTL_NETWORK_CODE(CLCTL_GET_ID), /* 0x05000039 */
    CLUSCTL_NETWORK_GET_NAME = CLUSCTL_NETWORK_CODE(CLCTL_GET_NAME), /* 0x05000029 */
    CLUSCTL_NETWORK_GET_PRIVATE_PROPERTIES = CLUSCTL_NETWORK_CODE(CLCTL_GET_PRIVATE_PROPERTIES), /* 0x05000081 */
    CLUSCTL_NETWORK_GET_PRIVATE_PROPERTY_FMTS = CLUSCTL_NETWORK_CODE(CLCTL_GET_PRIVATE_PROPERTY_FMTS), /* 0x0500008d */
    CLUSCTL_NETWORK_GET_RO_COMMON_PROPERTIES = CLUSCTL_NETWORK_CODE(CLCTL_GET_RO_COMMON_PROPERTIES), /* 0x05000055 */
    CLUSCTL_NETWORK_GET_RO_PRIVATE_PROPERTIES = CLUSCTL_NETWORK_CODE(CLCTL_GET_RO_PRIVATE_PROPERTIES), /* 0x0500007d */
    CLUSCTL_NETWORK_SET_COMMON_PROPERTIES = CLUSCTL_NETWORK_CODE(CLCTL_SET_COMMON_PROPERTIES), /* 0x0540005e */
    CLUSCTL_NETWORK_SET_PRIVATE_PROPERTIES = CLUSCTL_NETWORK_CODE(CLCTL_SET_PRIVATE_PROPERTIES), /* 0x05400086 */
    CLUSCTL_NETWORK_UNKNOWN = CLUSCTL_NETWORK_CODE(CLCTL_UNKNOWN), /* 0x05000000 */
    CLUSCTL_NETWORK_VALIDATE_COMMON_PROPERTIES = CLUSCTL_NETWORK_CODE(CLCTL_VALIDATE_COMMON_PROPERTIES), /* 0x05000061 */
    CLUSCTL_NETWORK_VALIDATE_PRIVATE_PROPERTIES = CLUSCTL_NETWORK_CODE(CLCTL_VALIDATE_PRIVATE_PROPERTIES)  /* 0x05000089 */
} CLUSCTL_NETWORK_CODES;

typedef enum CLUSCTL_NETINTERFACE_CODES
{
    CLUSCTL_NETINTERFACE_ENUM_COMMON_PROPERTIES = CLUSCTL_NETINTERFACE_CODE(CLCTL_ENUM_COMMON_PROPERTIES), /* 0x06000051 */
    CLUSCTL_NETINTERFACE_ENUM_PRIVATE_PROPERTIES = CLUSCTL_NETINTERFACE_CODE(CLCTL_ENUM_PRIVATE_PROPERTIES), /* 0x06000079 */
    CLUSCTL_NETINTERFACE_GET_CHARACTERISTICS = CLUSCTL_NETINTERFACE_CODE(CLCTL_GET_CHARACTERISTICS), /* 0x06000005 */
    CLUSCTL_NETINTERFACE_GET_COMMON_PROPERTIES = CLUSCTL_NETINTERFACE_CODE(CLCTL_GET_COMMON_PROPERTIES), /* 0x06000059 */
    CLUSCTL_NETINTERFACE_GET_COMMON_PROPERTY_FMTS = CLUSCTL_NETINTERFACE_CODE(CLCTL_GET_COMMON_PROPERTY_FMTS), /* 0x06000065 */
    CLUSCTL_NETINTERFACE_GET_FLAGS = CLUSCTL_NETINTERFACE_CODE(CLCTL_GET_FLAGS), /* 0x06000009 */
    CLUSCTL_NETINTERFACE_GET_ID = CLUSCTL_NETINTERFACE_CODE(CLCTL_GET_ID), /* 0x06000039 */
    CLUSCTL_NETINTERFACE_GET_NAME = CLUSCTL_NETINTERFACE_CODE(CLCTL_GET_NAME), /* 0x06000029 */
    CLUSCTL_NETINTERFACE_GET_NETWORK = CLUSCTL_NETINTERFACE_CODE(CLCTL_GET_NETWORK), /* 0x06000035 */
    CLUSCTL_NETINTERFACE_GET_NODE = CLUSCTL_NETINTERFACE_CODE(CLCTL_GET_NODE), /* 0x06000031 */
    CLUSCTL_NETINTERFACE_GET_PRIVATE_PROPERTIES = CLUSCTL_NETINTERFACE_CODE(CLCTL_GET_PRIVATE_PROPERTIES), /* 0x06000081 */
    CLUSCTL_NETINTERFACE_GET_PRIVATE_PROPERTY_FMTS = CLUSCTL_NETINTERFACE_CODE(CLCTL_GET_PRIVATE_PROPERTY_FMTS), /* 0x0600008d */
    CLUSCTL_NETINTERFACE_GET_RO_COMMON_PROPERTIES = CLUSCTL_NETINTERFACE_CODE(CLCTL_GET_RO_COMMON_PROPERTIES), /* 0x06000055 */
    CLUSCTL_NETINTERFACE_GET_RO_PRIVATE_PROPERTIES = CLUSCTL_NETINTERFACE_CODE(CLCTL_GET_RO_PRIVATE_PROPERTIES), /* 0x0600007d */
    CLUSCTL_NETINTERFACE_SET_COMMON_PROPERTIES = CLUSCTL_NETINTERFACE_CODE(CLCTL_SET_COMMON_PROPERTIES), /* 0x0640005e */
    CLUSCTL_NETINTERFACE_SET_PRIVATE_PROPERTIES = CLUSCTL_NETINTERFACE_CODE(CLCTL_SET_PRIVATE_PROPERTIES), /* 0x06400086 */
    CLUSCTL_NETINTERFACE_UNKNOWN = CLUSCTL_NETINTERFACE_CODE(CLCTL_UNKNOWN), /* 0x06000000 */
    CLUSCTL_NETINTERFACE_VALIDATE_COMMON_PROPERTIES = CLUSCTL_NETINTERFACE_CODE(CLCTL_VALIDATE_COMMON_PROPERTIES), /* 0x06000061 */
    CLUSCTL_NETINTERFACE_VALIDATE_PRIVATE_PROPERTIES = CLUSCTL_NETINTERFACE_CODE(CLCTL_VALIDATE_PRIVATE_PROPERTIES)  /* 0x06000089 */
} CLUSCTL_NETINTERFACE_CODES;

typedef enum CLUSCTL_CLUSTER_CODES
{
    CLUSCTL_CLUSTER_BATCH_BLOCK_KEY = CLUSCTL_CLUSTER_CODE(CLCTL_BATCH_BLOCK_KEY), /* 0x0700023e */
    CLUSCTL_CLUSTER_BATCH_UNBLOCK_KEY = CLUSCTL_CLUSTER_CODE(CLCTL_BATCH_UNBLOCK_KEY), /* 0x07000241 */
    CLUSCTL_CLUSTER_CHECK_VOTER_DOWN = CLUSCTL_CLUSTER_CODE(CLCTL_CHECK_VOTER_DOWN), /* 0x07000049 */
    CLUSCTL_CLUSTER_CHECK_VOTER_DOWN_WITNESS = CLUSCTL_CLUSTER_CODE(CLCTL_CHECK_VOTER_DOWN_WITNESS), /* 0x07000071 */
    CLUSCTL_CLUSTER_CHECK_VOTER_EVICT = CLUSCTL_CLUSTER_CODE(CLCTL_CHECK_VOTER_EVICT), /* 0x07000045 */
    CLUSCTL_CLUSTER_CHECK_VOTER_EVICT_WITNESS = CLUSCTL_CLUSTER_CODE(CLCTL_CHECK_VOTER_EVICT_WITNESS), /* 0x0700006d */
    CLUSCTL_CLUSTER_CLEAR_NODE_CONNECTION_INFO = CLUSCTL_CLUSTER_CODE(CLCTL_CLEAR_NODE_CONNECTION_INFO), /* 0x07400306 */
    CLUSCTL_CLUSTER_ENUM_AFFINITY_RULE_NAMES = CLUSCTL_CLUSTER_CODE(CLCTL_ENUM_AFFINITY_RULE_NAMES), /* 0x07002ddd */
    CLUSCTL_CLUSTER_ENUM_COMMON_PROPERTIES = CLUSCTL_CLUSTER_CODE(CLCTL_ENUM_COMMON_PROPERTIES), /* 0x07000051 */
    CLUSCTL_CLUSTER_ENUM_PRIVATE_PROPERTIES = CLUSCTL_CLUSTER_CODE(CLCTL_ENUM_PRIVATE_PROPERTIES), /* 0x07000079 */
    CLUSCTL_CLUSTER_FORCE_FLUSH_DB = CLUSCTL_CLUSTER_CODE(CLCTL_FORCE_DB_FLUSH), /* 0x07402de6 */
    CLUSCTL_CLUSTER_GET_CLMUSR_TOKEN = CLUSCTL_CLUSTER_CODE(CLCTL_NETNAME_GET_VIRTUAL_SERVER_TOKEN), /* 0x0700016d */
    CLUSCTL_CLUSTER_GET_CLUSDB_TIMESTAMP = CLUSCTL_CLUSTER_CODE(CLCTL_GET_CLUSDB_TIMESTAMP), /* 0x070002a9 */
    CLUSCTL_CLUSTER_GET_COMMON_PROPERTIES = CLUSCTL_CLUSTER_CODE(CLCTL_GET_COMMON_PROPERTIES), /* 0x07000059 */
    CLUSCTL_CLUSTER_GET_COMMON_PROPERTY_FMTS = CLUSCTL_CLUSTER_CODE(CLCTL_GET_COMMON_PROPERTY_FMTS), /* 0x07000065 */
    CLUSCTL_CLUSTER_GET_FQDN = CLUSCTL_CLUSTER_CODE(CLCTL_GET_FQDN), /* 0x0700003d */
    CLUSCTL_CLUSTER_GET_GUM_LOCK_OWNER = CLUSCTL_CLUSTER_CODE(CLCTL_GET_GUM_LOCK_OWNER), /* 0x070002b9 */
    CLUSCTL_CLUSTER_GET_NODES_IN_FD = CLUSCTL_CLUSTER_CODE(CLCTL_GET_NODES_IN_FD), /* 0x07002de1 */
    CLUSCTL_CLUSTER_GET_PRIVATE_PROPERTIES = CLUSCTL_CLUSTER_CODE(CLCTL_GET_PRIVATE_PROPERTIES), /* 0x07000081 */
    CLUSCTL_CLUSTER_GET_PRIVATE_PROPERTY_FMTS = CLUSCTL_CLUSTER_CODE(CLCTL_GET_PRIVATE_PROPERTY_FMTS), /* 0x0700008d */
    CLUSCTL_CLUSTER_GET_RO_COMMON_PROPERTIES = CLUSCTL_CLUSTER_CODE(CLCTL_GET_RO_COMMON_PROPERTIES), /* 0x07000055 */
    CLUSCTL_CLUSTER_GET_RO_PRIVATE_PROPERTIES = CLUSCTL_CLUSTER_CODE(CLCTL_GET_RO_PRIVATE_PROPERTIES), /* 0x0700007d */
    CLUSCTL_CLUSTER_GET_SHARED_VOLUME_ID = CLUSCTL_CLUSTER_CODE(CLCTL_GET_SHARED_VOLUME_ID), /* 0x07000291 */
    CLUSCTL_CLUSTER_GET_STORAGE_CONFIGURATION = CLUSCTL_CLUSTER_CODE(CLCTL_GET_STORAGE_CONFIGURATION), /* 0x070002e5 */
    CLUSCTL_CLUSTER_GET_STORAGE_CONFIG_ATTRIBUTES = CLUSCTL_CLUSTER_CODE(CLCTL_GET_STORAGE_CONFIG_ATTRIBUTES), /* 0x070002e9 */
    CLUSCTL_CLUSTER_RELOAD_AUTOLOGGER_CONFIG = CLUSCTL_CLUSTER_CODE(CLCTL_RELOAD_AUTOLOGGER_CONFIG), /* 0x07002dd2 */
    CLUSCTL_CLUSTER_REMOVE_NODE = CLUSCTL_CLUSTER_CODE(CLCTL_REMOVE_NODE), /* 0x074002ee */
    CLUSCTL_CLUSTER_SET_ACCOUNT_ACCESS = CLUSCTL_CLUSTER_CODE(CLCTL_SET_ACCOUNT_ACCESS), /* 0x074000f2 */
    CLUSCTL_CLUSTER_SET_CLUSTER_S2D_CACHE_METADATA_RESERVE_BYTES = CLUSCTL_CLUSTER_CODE(CLCTL_SET_CLUSTER_S2D_CACHE_METADATA_RESERVE_BYTES), /* 0x07402d6e */
    CLUSCTL_CLUSTER_SET_CLUSTER_S2D_ENABLED = CLUSCTL_CLUSTER_CODE(CLCTL_SET_CLUSTER_S2D_ENABLED), /* 0x07402d62 */
    CLUSCTL_CLUSTER_SET_COMMON_PROPERTIES = CLUSCTL_CLUSTER_CODE(CLCTL_SET_COMMON_PROPERTIES), /* 0x0740005e */
    CLUSCTL_CLUSTER_SET_DNS_DOMAIN = CLUSCTL_CLUSTER_CODE(CLCTL_SET_DNS_DOMAIN), /* 0x0740030a */
    CLUSCTL_CLUSTER_SET_PRIVATE_PROPERTIES = CLUSCTL_CLUSTER_CODE(CLCTL_SET_PRIVATE_PROPERTIES), /* 0x07400086 */
    CLUSCTL_CLUSTER_SET_STORAGE_CONFIGURATION = CLUSCTL_CLUSTER_CODE(CLCTL_SET_STORAGE_CONFIGURATION), /* 0x074002e2 */
    CLUSCTL_CLUSTER_SHUTDOWN = CLUSCTL_CLUSTER_CODE(CLCTL_SHUTDOWN), /* 0x0700004d */
    CLUSCTL_CLUSTER_STORAGE_RENAME_SHARED_VOLUME = CLUSCTL_CLUSTER_CODE(CLCTL_STORAGE_RENAME_SHARED_VOLUME), /* 0x07002dd6 */
    CLUSCTL_CLUSTER_STORAGE_RENAME_SHARED_VOLUME_GUID = CLUSCTL_CLUSTER_CODE(CLCTL_STORAGE_RENAME_SHARED_VOLUME_GUID), /* 0x07002dda */
    CLUSCTL_CLUSTER_UNKNOWN = CLUSCTL_CLUSTER_CODE(CLCTL_UNKNOWN), /* 0x07000000 */
    CLUSCTL_CLUSTER_VALIDATE_COMMON_PROPERTIES = CLUSCTL_CLUSTER_CODE(CLCTL_VALIDATE_COMMON_PROPERTIES), /* 0x07000061 */
    CLUSCTL_CLUSTER_VALIDATE_PRIVATE_PROPERTIES = CLUSCTL_CLUSTER_CODE(CLCTL_VALIDATE_PRIVATE_PROPERTIES)  /* 0x07000089 */
} CLUSCTL_CLUSTER_CODES;

typedef enum CLUSCTL_AFFINITYRULE_CODES
{
    CLUSCTL_AFFINITYRULE_GET_COMMON_PROPERTIES = CLUSCTL_AFFINITYRULE_CODE(CLCTL_GET_COMMON_PROPERTIES), /* 0x09000059 */
    CLUSCTL_AFFINITYRULE_GET_GROUPNAMES = CLUSCTL_AFFINITYRULE_CODE(CLCTL_GROUPSET_GET_GROUPS), /* 0x09002d71 */
    CLUSCTL_AFFINITYRULE_GET_ID = CLUSCTL_AFFINITYRULE_CODE(CLCTL_GET_ID), /* 0x09000039 */
    CLUSCTL_AFFINITYRULE_GET_RO_COMMON_PROPERTIES = CLUSCTL_AFFINITYRULE_CODE(CLCTL_GET_RO_COMMON_PROPERTIES), /* 0x09000055 */
    CLUSCTL_AFFINITYRULE_SET_COMMON_PROPERTIES = CLUSCTL_AFFINITYRULE_CODE(CLCTL_SET_COMMON_PROPERTIES)  /* 0x0940005e */
} CLUSCTL_AFFINITYRULE_CODES;

/* Input and output structures of some control codes */

typedef struct _CLUSCTL_RESOURCE_STATE_CHANGE_REASON_STRUCT
{
    DWORD                                dwSize;
    DWORD                                dwVersion;
    CLUSTER_RESOURCE_STATE_CHANGE_REASON eReason;
} CLUSCTL_RESOURCE_STATE_CHANGE_REASON_STRUCT, *PCLUSCTL_RESOURCE_STATE_CHANGE_REASON_STRUCT;

#define CLUSCTL_RESOURCE_STATE_CHANGE_REASON_VERSION_1 1

typedef struct _CLUSCTL_GROUP_GET_LAST_MOVE_TIME_OUTPUT
{
    ULONGLONG  GetTickCount64;
    SYSTEMTIME GetSystemTime;
    DWORD      NodeId;
} CLUSCTL_GROUP_GET_LAST_MOVE_TIME_OUTPUT, *PCLUSCTL_GROUP_GET_LAST_MOVE_TIME_OUTPUT;

#define CLUSCTL_RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS_EX2_FLAG_ADD_VOLUME_INFO          0x00000001
#define CLUSCTL_RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS_EX2_FLAG_FILTER_BY_POOL           0x00000002
#define CLUSCTL_RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS_EX2_FLAG_INCLUDE_NON_SHARED_DISKS 0x00000004

typedef struct _CLUSCTL_RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS_EX2_INPUT
{
    DWORD dwFlags;
    GUID  guidPoolFilter;
} CLUSCTL_RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS_EX2_INPUT,
  *PCLUSCTL_RESOURCE_TYPE_STORAGE_GET_AVAILABLE_DISKS_EX2_INPUT;

typedef struct GROUP_FAILURE_INFO
{
    DWORD dwFailoverAttemptsRemaining;
    DWORD dwFailoverPeriodRemaining;
} GROUP_FAILURE_INFO, *PGROUP_FAILURE_INFO;

typedef struct GROUP_FAILURE_INFO_BUFFER
{
    DWORD              dwVersion;
    GROUP_FAILURE_INFO Info;
} GROUP_FAILURE_INFO_BUFFER, *PGROUP_FAILURE_INFO_BUFFER;

#define GROUP_FAILURE_INFO_VERSION_1 1

typedef struct RESOURCE_FAILURE_INFO
{
    DWORD dwRestartAttemptsRemaining;
    DWORD dwRestartPeriodRemaining;
} RESOURCE_FAILURE_INFO, *PRESOURCE_FAILURE_INFO;

typedef struct RESOURCE_FAILURE_INFO_BUFFER
{
    DWORD                 dwVersion;
    RESOURCE_FAILURE_INFO Info;
} RESOURCE_FAILURE_INFO_BUFFER, *PRESOURCE_FAILURE_INFO_BUFFER;

#define RESOURCE_FAILURE_INFO_VERSION_1 1

typedef struct RESOURCE_TERMINAL_FAILURE_INFO_BUFFER
{
    BOOL  isTerminalFailure;
    DWORD restartPeriodRemaining;
} RESOURCE_TERMINAL_FAILURE_INFO_BUFFER, *PRESOURCE_TERMINAL_FAILURE_INFO_BUFFER;

/* ---------------------------------------------------------------------------
 * Resource classes and characteristics (GET_CLASS_INFO, GET_CHARACTERISTICS,
 * GET_FLAGS)
 * ------------------------------------------------------------------------ */

typedef enum CLUSTER_RESOURCE_CLASS
{
    CLUS_RESCLASS_UNKNOWN = 0,
    CLUS_RESCLASS_STORAGE = 1,
    CLUS_RESCLASS_NETWORK = 2,
    CLUS_RESCLASS_USER    = 32768
} CLUSTER_RESOURCE_CLASS;

typedef enum CLUS_RESSUBCLASS
{
    CLUS_RESSUBCLASS_SHARED = 0x80000000
} CLUS_RESSUBCLASS;

typedef enum CLUS_RESSUBCLASS_STORAGE
{
    CLUS_RESSUBCLASS_STORAGE_SHARED_BUS  = 0x80000000,
    CLUS_RESSUBCLASS_STORAGE_DISK        = 0x40000000,
    CLUS_RESSUBCLASS_STORAGE_REPLICATION = 0x10000000
} CLUS_RESSUBCLASS_STORAGE;

typedef enum CLUS_RESSUBCLASS_NETWORK
{
    CLUS_RESSUBCLASS_NETWORK_INTERNET_PROTOCOL = 0x80000000
} CLUS_RESSUBCLASS_NETWORK;

typedef enum CLUS_CHARACTERISTICS
{
    CLUS_CHAR_UNKNOWN                        = 0x00000000,
    CLUS_CHAR_QUORUM                         = 0x00000001,
    CLUS_CHAR_DELETE_REQUIRES_ALL_NODES      = 0x00000002,
    CLUS_CHAR_LOCAL_QUORUM                   = 0x00000004,
    CLUS_CHAR_LOCAL_QUORUM_DEBUG             = 0x00000008,
    CLUS_CHAR_REQUIRES_STATE_CHANGE_REASON   = 0x00000010,
    CLUS_CHAR_BROADCAST_DELETE               = 0x00000020,
    CLUS_CHAR_SINGLE_CLUSTER_INSTANCE        = 0x00000040,
    CLUS_CHAR_SINGLE_GROUP_INSTANCE          = 0x00000080,
    CLUS_CHAR_COEXIST_IN_SHARED_VOLUME_GROUP = 0x00000100,
    CLUS_CHAR_PLACEMENT_DATA                 = 0x00000200,
    CLUS_CHAR_MONITOR_DETACH                 = 0x00000400,
    CLUS_CHAR_MONITOR_REATTACH               = 0x00000800,
    CLUS_CHAR_OPERATION_CONTEXT              = 0x00001000,
    CLUS_CHAR_CLONES                         = 0x00002000,
    CLUS_CHAR_NOT_PREEMPTABLE                = 0x00004000,
    CLUS_CHAR_NOTIFY_NEW_OWNER               = 0x00008000,
    CLUS_CHAR_SUPPORTS_UNMONITORED_STATE     = 0x00010000,
    CLUS_CHAR_INFRASTRUCTURE                 = 0x00020000,
    CLUS_CHAR_VETO_DRAIN                     = 0x00040000,
    CLUS_CHAR_DRAIN_LOCAL_OFFLINE            = 0x00080000
} CLUS_CHARACTERISTICS;

typedef enum CLUS_FLAGS
{
    CLUS_FLAG_CORE = 0x00000001
} CLUS_FLAGS;

typedef enum CLUSPROP_PIFLAGS
{
    CLUSPROP_PIFLAG_STICKY             = 0x00000001,
    CLUSPROP_PIFLAG_REMOVABLE          = 0x00000002,
    CLUSPROP_PIFLAG_USABLE             = 0x00000004,
    CLUSPROP_PIFLAG_DEFAULT_QUORUM     = 0x00000008,
    CLUSPROP_PIFLAG_USABLE_FOR_CSV     = 0x00000010,
    CLUSPROP_PIFLAG_ENCRYPTION_ENABLED = 0x00000020,
    CLUSPROP_PIFLAG_RAW                = 0x00000040,
    CLUSPROP_PIFLAG_UNKNOWN            = 0x80000000
} CLUSPROP_PIFLAGS;

typedef enum CLUSPROP_IPADDR_ENABLENETBIOS
{
    CLUSPROP_IPADDR_ENABLENETBIOS_DISABLED  = 0,
    CLUSPROP_IPADDR_ENABLENETBIOS_ENABLED   = 1,
    CLUSPROP_IPADDR_ENABLENETBIOS_TRACK_NIC = 2
} CLUSPROP_IPADDR_ENABLENETBIOS;

typedef struct CLUS_RESOURCE_CLASS_INFO
{
    union
    {
        struct
        {
            union
            {
                DWORD                  dw;
                CLUSTER_RESOURCE_CLASS rc;
            } DUMMYUNIONNAME;
            DWORD SubClass;
        } DUMMYSTRUCTNAME;
        ULARGE_INTEGER li;
    } DUMMYUNIONNAME;
} CLUS_RESOURCE_CLASS_INFO, *PCLUS_RESOURCE_CLASS_INFO;

typedef struct CLUS_SCSI_ADDRESS
{
    union
    {
        struct
        {
            UCHAR PortNumber;
            UCHAR PathId;
            UCHAR TargetId;
            UCHAR Lun;
        } DUMMYSTRUCTNAME;
        DWORD dw;
    } DUMMYUNIONNAME;
} CLUS_SCSI_ADDRESS, *PCLUS_SCSI_ADDRESS;

typedef struct CLUS_FTSET_INFO
{
    DWORD dwRootSignature;
    DWORD dwFtType;
} CLUS_FTSET_INFO, *PCLUS_FTSET_INFO;

typedef struct CLUS_PARTITION_INFO
{
    DWORD dwFlags;
    WCHAR szDeviceName[MAX_PATH];
    WCHAR szVolumeLabel[MAX_PATH];
    DWORD dwSerialNumber;
    DWORD rgdwMaximumComponentLength;
    DWORD dwFileSystemFlags;
    WCHAR szFileSystem[32];
} CLUS_PARTITION_INFO, *PCLUS_PARTITION_INFO;

typedef struct CLUS_PARTITION_INFO_EX
{
    DWORD          dwFlags;
    WCHAR          szDeviceName[MAX_PATH];
    WCHAR          szVolumeLabel[MAX_PATH];
    DWORD          dwSerialNumber;
    DWORD          rgdwMaximumComponentLength;
    DWORD          dwFileSystemFlags;
    WCHAR          szFileSystem[32];
    ULARGE_INTEGER TotalSizeInBytes;
    ULARGE_INTEGER FreeSizeInBytes;
    DWORD          DeviceNumber;
    DWORD          PartitionNumber;
    GUID           VolumeGuid;
} CLUS_PARTITION_INFO_EX, *PCLUS_PARTITION_INFO_EX;

typedef struct _CLUS_PARTITION_INFO_EX2
{
    GUID  GptPartitionId;
    WCHAR szPartitionName[MAX_PATH];
    DWORD EncryptionFlags;
} CLUS_PARTITION_INFO_EX2, *PCLUS_PARTITION_INFO_EX2;

/* ---------------------------------------------------------------------------
 * Property and value lists
 * ------------------------------------------------------------------------ */

typedef enum CLUSTER_PROPERTY_TYPE
{
    CLUSPROP_TYPE_UNKNOWN                       = -1,
    CLUSPROP_TYPE_ENDMARK                       = 0,
    CLUSPROP_TYPE_LIST_VALUE                    = 1,
    CLUSPROP_TYPE_RESCLASS                      = 2,
    CLUSPROP_TYPE_RESERVED1                     = 3,
    CLUSPROP_TYPE_NAME                          = 4,
    CLUSPROP_TYPE_SIGNATURE                     = 5,
    CLUSPROP_TYPE_SCSI_ADDRESS                  = 6,
    CLUSPROP_TYPE_DISK_NUMBER                   = 7,
    CLUSPROP_TYPE_PARTITION_INFO                = 8,
    CLUSPROP_TYPE_FTSET_INFO                    = 9,
    CLUSPROP_TYPE_DISK_SERIALNUMBER             = 10,
    CLUSPROP_TYPE_DISK_GUID                     = 11,
    CLUSPROP_TYPE_DISK_SIZE                     = 12,
    CLUSPROP_TYPE_PARTITION_INFO_EX             = 13,
    CLUSPROP_TYPE_PARTITION_INFO_EX2            = 14,
    CLUSPROP_TYPE_STORAGE_DEVICE_ID_DESCRIPTOR  = 15,
    CLUSPROP_TYPE_USER                          = 32768
} CLUSTER_PROPERTY_TYPE;

typedef enum CLUSTER_PROPERTY_FORMAT
{
    CLUSPROP_FORMAT_UNKNOWN             = 0,
    CLUSPROP_FORMAT_BINARY              = 1,
    CLUSPROP_FORMAT_DWORD               = 2,
    CLUSPROP_FORMAT_SZ                  = 3,
    CLUSPROP_FORMAT_EXPAND_SZ           = 4,
    CLUSPROP_FORMAT_MULTI_SZ            = 5,
    CLUSPROP_FORMAT_ULARGE_INTEGER      = 6,
    CLUSPROP_FORMAT_LONG                = 7,
    CLUSPROP_FORMAT_EXPANDED_SZ         = 8,
    CLUSPROP_FORMAT_SECURITY_DESCRIPTOR = 9,
    CLUSPROP_FORMAT_LARGE_INTEGER       = 10,
    CLUSPROP_FORMAT_WORD                = 11,
    CLUSPROP_FORMAT_FILETIME            = 12,
    CLUSPROP_FORMAT_VALUE_LIST          = 13,
    CLUSPROP_FORMAT_PROPERTY_LIST       = 14,
    CLUSPROP_FORMAT_USER                = 32768
} CLUSTER_PROPERTY_FORMAT;

#define CLUSPROP_SYNTAX_VALUE(type, format) ((DWORD)(((DWORD)(type) << 16) | (DWORD)(format)))

typedef enum CLUSTER_PROPERTY_SYNTAX
{
    CLUSPROP_SYNTAX_ENDMARK                        = 0x00000000,
    CLUSPROP_SYNTAX_NAME                           = 0x00040003,
    CLUSPROP_SYNTAX_RESCLASS                       = 0x00020002,
    CLUSPROP_SYNTAX_LIST_VALUE_SZ                  = 0x00010003,
    CLUSPROP_SYNTAX_LIST_VALUE_EXPAND_SZ           = 0x00010004,
    CLUSPROP_SYNTAX_LIST_VALUE_DWORD               = 0x00010002,
    CLUSPROP_SYNTAX_LIST_VALUE_BINARY              = 0x00010001,
    CLUSPROP_SYNTAX_LIST_VALUE_MULTI_SZ            = 0x00010005,
    CLUSPROP_SYNTAX_LIST_VALUE_LONG                = 0x00010007,
    CLUSPROP_SYNTAX_LIST_VALUE_EXPANDED_SZ         = 0x00010008,
    CLUSPROP_SYNTAX_LIST_VALUE_SECURITY_DESCRIPTOR = 0x00010009,
    CLUSPROP_SYNTAX_LIST_VALUE_LARGE_INTEGER       = 0x0001000a,
    CLUSPROP_SYNTAX_LIST_VALUE_ULARGE_INTEGER      = 0x00010006,
    CLUSPROP_SYNTAX_LIST_VALUE_WORD                = 0x0001000b,
    CLUSPROP_SYNTAX_LIST_VALUE_PROPERTY_LIST       = 0x0001000e,
    CLUSPROP_SYNTAX_LIST_VALUE_FILETIME            = 0x0001000c,
    CLUSPROP_SYNTAX_DISK_SIGNATURE                 = 0x00050002,
    CLUSPROP_SYNTAX_SCSI_ADDRESS                   = 0x00060002,
    CLUSPROP_SYNTAX_DISK_NUMBER                    = 0x00070002,
    CLUSPROP_SYNTAX_PARTITION_INFO                 = 0x00080001,
    CLUSPROP_SYNTAX_FTSET_INFO                     = 0x00090001,
    CLUSPROP_SYNTAX_DISK_SERIALNUMBER              = 0x000a0003,
    CLUSPROP_SYNTAX_DISK_GUID                      = 0x000b0003,
    CLUSPROP_SYNTAX_DISK_SIZE                      = 0x000c0006,
    CLUSPROP_SYNTAX_PARTITION_INFO_EX              = 0x000d0001,
    CLUSPROP_SYNTAX_PARTITION_INFO_EX2             = 0x000e0001,
    CLUSPROP_SYNTAX_STORAGE_DEVICE_ID_DESCRIPTOR   = 0x000f0001
} CLUSTER_PROPERTY_SYNTAX;

/* Every value in a list starts on a 4-byte boundary. */
#define ALIGN_CLUSPROP(count) (((count) + 3) & ~3)

#define CLUSPROP_BINARY_DECLARE(name, cb) \
    struct { CLUSPROP_SYNTAX Syntax; DWORD cbLength; BYTE rgb[((cb) + 3) & ~3]; } name
#define CLUSPROP_SZ_DECLARE(name, cch) \
    struct { CLUSPROP_SYNTAX Syntax; DWORD cbLength; WCHAR sz[((cch) + 1) & ~1]; } name
#define CLUSPROP_PROPERTY_NAME_DECLARE(name, cch) CLUSPROP_SZ_DECLARE(name, cch)

typedef union CLUSPROP_SYNTAX
{
    DWORD dw;
    struct
    {
        WORD wFormat;
        WORD wType;
    } DUMMYSTRUCTNAME;
} CLUSPROP_SYNTAX, *PCLUSPROP_SYNTAX;

typedef struct CLUSPROP_VALUE
{
    CLUSPROP_SYNTAX Syntax;
    DWORD           cbLength;
} CLUSPROP_VALUE, *PCLUSPROP_VALUE;

/*
 * Each value type extends CLUSPROP_VALUE: in C++ by derivation, as in the
 * SDK; in C the two members are repeated, which gives the same layout and the
 * same member names without Microsoft's anonymous-struct extension.
 */
#ifdef __cplusplus
/* g++ refuses a flexible array member in a derived struct that is itself a
 * member (CLUSPROP_LIST, CLUSPROP_REQUIRED_DEPENDENCY); a zero-length array
 * has the same layout. */
#define CLUSPROP_FLEX_ 0
#define CLUSPROP_VALUE_HEAD_(name) struct name : public CLUSPROP_VALUE {
#define CLUSPROP_VALUE_HEAD2_(name, base2) struct name : public CLUSPROP_VALUE, public base2 {
#else
#define CLUSPROP_FLEX_
#define CLUSPROP_VALUE_HEAD_(name) struct name { CLUSPROP_SYNTAX Syntax; DWORD cbLength;
#endif

typedef CLUSPROP_VALUE_HEAD_(CLUSPROP_BINARY)
    BYTE rgb[CLUSPROP_FLEX_];
} CLUSPROP_BINARY, *PCLUSPROP_BINARY;

typedef CLUSPROP_VALUE_HEAD_(CLUSPROP_WORD)
    WORD w;
} CLUSPROP_WORD, *PCLUSPROP_WORD;

typedef CLUSPROP_VALUE_HEAD_(CLUSPROP_DWORD)
    DWORD dw;
} CLUSPROP_DWORD, *PCLUSPROP_DWORD;

typedef CLUSPROP_VALUE_HEAD_(CLUSPROP_LONG)
    LONG l;
} CLUSPROP_LONG, *PCLUSPROP_LONG;

typedef CLUSPROP_VALUE_HEAD_(CLUSPROP_SZ)
    WCHAR sz[CLUSPROP_FLEX_];
} CLUSPROP_SZ, *PCLUSPROP_SZ;

typedef CLUSPROP_SZ CLUSPROP_MULTI_SZ, *PCLUSPROP_MULTI_SZ;
typedef CLUSPROP_SZ CLUSPROP_PROPERTY_NAME, *PCLUSPROP_PROPERTY_NAME;

typedef CLUSPROP_VALUE_HEAD_(CLUSPROP_ULARGE_INTEGER)
    ULARGE_INTEGER li;
} CLUSPROP_ULARGE_INTEGER, *PCLUSPROP_ULARGE_INTEGER;

typedef CLUSPROP_VALUE_HEAD_(CLUSPROP_LARGE_INTEGER)
    LARGE_INTEGER li;
} CLUSPROP_LARGE_INTEGER, *PCLUSPROP_LARGE_INTEGER;

typedef CLUSPROP_VALUE_HEAD_(CLUSPROP_SECURITY_DESCRIPTOR)
    union
    {
        SECURITY_DESCRIPTOR_RELATIVE sd;
        BYTE                         rgbSecurityDescriptor[1];
    } DUMMYUNIONNAME;
} CLUSPROP_SECURITY_DESCRIPTOR, *PCLUSPROP_SECURITY_DESCRIPTOR;

typedef CLUSPROP_VALUE_HEAD_(CLUSPROP_FILETIME)
    FILETIME ft;
} CLUSPROP_FILETIME, *PCLUSPROP_FILETIME;

typedef CLUSPROP_VALUE_HEAD_(CLUSPROP_RESOURCE_CLASS)
    CLUSTER_RESOURCE_CLASS rc;
} CLUSPROP_RESOURCE_CLASS, *PCLUSPROP_RESOURCE_CLASS;

typedef CLUSPROP_DWORD CLUSPROP_DISK_SIGNATURE, *PCLUSPROP_DISK_SIGNATURE;
typedef CLUSPROP_DWORD CLUSPROP_DISK_NUMBER, *PCLUSPROP_DISK_NUMBER;

#ifdef __cplusplus
typedef CLUSPROP_VALUE_HEAD2_(CLUSPROP_RESOURCE_CLASS_INFO, CLUS_RESOURCE_CLASS_INFO)
} CLUSPROP_RESOURCE_CLASS_INFO, *PCLUSPROP_RESOURCE_CLASS_INFO;

typedef CLUSPROP_VALUE_HEAD2_(CLUSPROP_SCSI_ADDRESS, CLUS_SCSI_ADDRESS)
} CLUSPROP_SCSI_ADDRESS, *PCLUSPROP_SCSI_ADDRESS;

typedef CLUSPROP_VALUE_HEAD2_(CLUSPROP_PARTITION_INFO, CLUS_PARTITION_INFO)
} CLUSPROP_PARTITION_INFO, *PCLUSPROP_PARTITION_INFO;

typedef CLUSPROP_VALUE_HEAD2_(CLUSPROP_PARTITION_INFO_EX, CLUS_PARTITION_INFO_EX)
} CLUSPROP_PARTITION_INFO_EX, *PCLUSPROP_PARTITION_INFO_EX;

typedef struct CLUSPROP_PARTITION_INFO_EX2 : public CLUSPROP_PARTITION_INFO_EX, public CLUS_PARTITION_INFO_EX2
{
} CLUSPROP_PARTITION_INFO_EX2, *PCLUSPROP_PARTITION_INFO_EX2;

typedef CLUSPROP_VALUE_HEAD2_(CLUSPROP_FTSET_INFO, CLUS_FTSET_INFO)
} CLUSPROP_FTSET_INFO, *PCLUSPROP_FTSET_INFO;
#else
typedef CLUSPROP_VALUE_HEAD_(CLUSPROP_RESOURCE_CLASS_INFO)
    union
    {
        struct
        {
            union
            {
                DWORD                  dw;
                CLUSTER_RESOURCE_CLASS rc;
            } DUMMYUNIONNAME;
            DWORD SubClass;
        } DUMMYSTRUCTNAME;
        ULARGE_INTEGER li;
    } DUMMYUNIONNAME;
} CLUSPROP_RESOURCE_CLASS_INFO, *PCLUSPROP_RESOURCE_CLASS_INFO;

typedef CLUSPROP_VALUE_HEAD_(CLUSPROP_SCSI_ADDRESS)
    union
    {
        struct
        {
            UCHAR PortNumber;
            UCHAR PathId;
            UCHAR TargetId;
            UCHAR Lun;
        } DUMMYSTRUCTNAME;
        DWORD dw;
    } DUMMYUNIONNAME;
} CLUSPROP_SCSI_ADDRESS, *PCLUSPROP_SCSI_ADDRESS;

#define CLUSPROP_PARTITION_INFO_MEMBERS_ \
    DWORD dwFlags; \
    WCHAR szDeviceName[MAX_PATH]; \
    WCHAR szVolumeLabel[MAX_PATH]; \
    DWORD dwSerialNumber; \
    DWORD rgdwMaximumComponentLength; \
    DWORD dwFileSystemFlags; \
    WCHAR szFileSystem[32];
#define CLUSPROP_PARTITION_INFO_EX_MEMBERS_ \
    CLUSPROP_PARTITION_INFO_MEMBERS_ \
    ULARGE_INTEGER TotalSizeInBytes; \
    ULARGE_INTEGER FreeSizeInBytes; \
    DWORD DeviceNumber; \
    DWORD PartitionNumber; \
    GUID VolumeGuid;

typedef CLUSPROP_VALUE_HEAD_(CLUSPROP_PARTITION_INFO)
    CLUSPROP_PARTITION_INFO_MEMBERS_
} CLUSPROP_PARTITION_INFO, *PCLUSPROP_PARTITION_INFO;

typedef CLUSPROP_VALUE_HEAD_(CLUSPROP_PARTITION_INFO_EX)
    CLUSPROP_PARTITION_INFO_EX_MEMBERS_
} CLUSPROP_PARTITION_INFO_EX, *PCLUSPROP_PARTITION_INFO_EX;

typedef CLUSPROP_VALUE_HEAD_(CLUSPROP_PARTITION_INFO_EX2)
    CLUSPROP_PARTITION_INFO_EX_MEMBERS_
    GUID  GptPartitionId;
    WCHAR szPartitionName[MAX_PATH];
    DWORD EncryptionFlags;
} CLUSPROP_PARTITION_INFO_EX2, *PCLUSPROP_PARTITION_INFO_EX2;

#undef CLUSPROP_PARTITION_INFO_EX_MEMBERS_
#undef CLUSPROP_PARTITION_INFO_MEMBERS_

typedef CLUSPROP_VALUE_HEAD_(CLUSPROP_FTSET_INFO)
    DWORD dwRootSignature;
    DWORD dwFtType;
} CLUSPROP_FTSET_INFO, *PCLUSPROP_FTSET_INFO;
#endif

#undef CLUSPROP_VALUE_HEAD_
#undef CLUSPROP_FLEX_
#undef CLUSPROP_VALUE_HEAD2_

typedef union CLUSPROP_REQUIRED_DEPENDENCY
{
    CLUSPROP_VALUE          Value;
    CLUSPROP_RESOURCE_CLASS ResClass;
    CLUSPROP_SZ             ResTypeName;
} CLUSPROP_REQUIRED_DEPENDENCY, *PCLUSPROP_REQUIRED_DEPENDENCY;

typedef struct CLUSPROP_LIST
{
    DWORD                  nPropertyCount;
    CLUSPROP_PROPERTY_NAME PropertyName;
} CLUSPROP_LIST, *PCLUSPROP_LIST;

typedef union CLUSPROP_BUFFER_HELPER
{
    BYTE                          *pb;
    WORD                          *pw;
    DWORD                         *pdw;
    LONG                          *pl;
    LPWSTR                         psz;
    PCLUSPROP_LIST                 pList;
    PCLUSPROP_SYNTAX               pSyntax;
    PCLUSPROP_PROPERTY_NAME        pName;
    PCLUSPROP_VALUE                pValue;
    PCLUSPROP_BINARY               pBinaryValue;
    PCLUSPROP_WORD                 pWordValue;
    PCLUSPROP_DWORD                pDwordValue;
    PCLUSPROP_LONG                 pLongValue;
    PCLUSPROP_ULARGE_INTEGER       pULargeIntegerValue;
    PCLUSPROP_LARGE_INTEGER        pLargeIntegerValue;
    PCLUSPROP_SZ                   pStringValue;
    PCLUSPROP_MULTI_SZ             pMultiSzValue;
    PCLUSPROP_SECURITY_DESCRIPTOR  pSecurityDescriptor;
    PCLUSPROP_RESOURCE_CLASS       pResourceClassValue;
    PCLUSPROP_RESOURCE_CLASS_INFO  pResourceClassInfoValue;
    PCLUSPROP_DISK_SIGNATURE       pDiskSignatureValue;
    PCLUSPROP_SCSI_ADDRESS         pScsiAddressValue;
    PCLUSPROP_DISK_NUMBER          pDiskNumberValue;
    PCLUSPROP_PARTITION_INFO       pPartitionInfoValue;
    PCLUSPROP_REQUIRED_DEPENDENCY  pRequiredDependencyValue;
    PCLUSPROP_PARTITION_INFO_EX    pPartitionInfoValueEx;
    PCLUSPROP_PARTITION_INFO_EX2   pPartitionInfoValueEx2;
    PCLUSPROP_FILETIME             pFileTimeValue;
} CLUSPROP_BUFFER_HELPER, *PCLUSPROP_BUFFER_HELPER;

/* ---------------------------------------------------------------------------
 * More control-code payloads (storage, network names, maintenance)
 * ------------------------------------------------------------------------ */

typedef struct _CLUS_FORCE_QUORUM_INFO
{
    DWORD dwSize;
    DWORD dwNodeBitMask;
    DWORD dwMaxNumberofNodes;
    WCHAR multiszNodeList[1];
} CLUS_FORCE_QUORUM_INFO, *PCLUS_FORCE_QUORUM_INFO;

typedef struct CLUS_STARTING_PARAMS
{
    DWORD dwSize;
    BOOL  bForm;
    BOOL  bFirst;
} CLUS_STARTING_PARAMS, *PCLUS_STARTING_PARAMS;

typedef struct CLUS_RLUA_PWD_INFO
{
    DWORD Flags;
    WCHAR Password[MAX_CO_PASSWORD_LENGTH];
    WCHAR CreatingDC[MAX_CREATINGDC_LENGTH + 2];
    WCHAR ObjectGuid[MAX_OBJECTID];
} CLUS_RLUA_PWD_INFO, *PCLUS_RLUA_PWD_INFO, CLUS_NETNAME_PWD_INFO, *PCLUS_NETNAME_PWD_INFO;

typedef struct CLUS_RLUA_PWD_INFOEX
{
    DWORD Flags;
    WCHAR Password[MAX_CO_PASSWORD_STORAGEEX];
    WCHAR CreatingDC[MAX_CREATINGDC_LENGTH + 2];
    WCHAR ObjectGuid[MAX_OBJECTID];
} CLUS_RLUA_PWD_INFOEX, *PCLUS_RLUA_PWD_INFOEX, CLUS_NETNAME_PWD_INFOEX, *PCLUS_NETNAME_PWD_INFOEX;

#define GUID_PRESENT     0x1
#define CREATEDC_PRESENT 0x2

typedef struct CLUS_VS_TOKEN_INFO
{
    DWORD ProcessID;
    DWORD DesiredAccess;
    BOOL  InheritHandle;
} CLUS_VS_TOKEN_INFO, *PCLUS_VS_TOKEN_INFO, CLUS_NETNAME_VS_TOKEN_INFO, *PCLUS_NETNAME_VS_TOKEN_INFO;

typedef struct CLUS_NETNAME_IP_INFO_ENTRY
{
    DWORD NodeId;
    DWORD AddressSize;
    BYTE  Address[1];
} CLUS_NETNAME_IP_INFO_ENTRY, *PCLUS_NETNAME_IP_INFO_ENTRY;

typedef struct CLUS_NETNAME_IP_INFO_FOR_MULTICHANNEL
{
    WCHAR                      szName[64];
    DWORD                      NumEntries;
    CLUS_NETNAME_IP_INFO_ENTRY IpInfo[1];
} CLUS_NETNAME_IP_INFO_FOR_MULTICHANNEL, *PCLUS_NETNAME_IP_INFO_FOR_MULTICHANNEL;

typedef struct CLUS_DNN_LEADER_STATUS
{
    BOOL IsOnline;
    BOOL IsFileServerPresent;
} CLUS_DNN_LEADER_STATUS, *PCLUS_DNN_LEADER_STATUS;

typedef struct CLUS_DNN_SODAFS_CLONE_STATUS
{
    DWORD                  NodeId;
    CLUSTER_RESOURCE_STATE Status;
} CLUS_DNN_SODAFS_CLONE_STATUS, *PCLUS_DNN_SODAFS_CLONE_STATUS;

typedef struct CLUS_MAINTENANCE_MODE_INFO
{
    BOOL InMaintenance;
} CLUS_MAINTENANCE_MODE_INFO, *PCLUS_MAINTENANCE_MODE_INFO;

typedef struct CLUS_CSV_MAINTENANCE_MODE_INFO
{
    BOOL  InMaintenance;
    WCHAR VolumeName[MAX_PATH];
} CLUS_CSV_MAINTENANCE_MODE_INFO, *PCLUS_CSV_MAINTENANCE_MODE_INFO;

#define MAINTENANCE_MODE_V2_SIG 0xabbaf00f

typedef enum _MAINTENANCE_MODE_TYPE_ENUM
{
    MaintenanceModeTypeDisableIsAliveCheck = 1,
    MaintenanceModeTypeOfflineResource     = 2,
    MaintenanceModeTypeUnclusterResource   = 3
} MAINTENANCE_MODE_TYPE_ENUM, *PMAINTENANCE_MODE_TYPE_ENUM;

typedef struct _CLUS_MAINTENANCE_MODE_INFOEX
{
    BOOL                       InMaintenance;
    MAINTENANCE_MODE_TYPE_ENUM MaintainenceModeType;
    CLUSTER_RESOURCE_STATE     InternalState;
    DWORD                      Signature;
} CLUS_MAINTENANCE_MODE_INFOEX, *PCLUS_MAINTENANCE_MODE_INFOEX;

typedef struct _CLUS_SET_MAINTENANCE_MODE_INPUT
{
    BOOL  InMaintenance;
    DWORD ExtraParameterSize;
    BYTE  ExtraParameter[1];
} CLUS_SET_MAINTENANCE_MODE_INPUT, *PCLUS_SET_MAINTENANCE_MODE_INPUT;

typedef struct _CLUS_STORAGE_SET_DRIVELETTER
{
    DWORD PartitionNumber;
    DWORD DriveLetterMask;
} CLUS_STORAGE_SET_DRIVELETTER, *PCLUS_STORAGE_SET_DRIVELETTER;

typedef struct _CLUS_STORAGE_GET_AVAILABLE_DRIVELETTERS
{
    DWORD AvailDrivelettersMask;
} CLUS_STORAGE_GET_AVAILABLE_DRIVELETTERS, *PCLUS_STORAGE_GET_AVAILABLE_DRIVELETTERS;

typedef struct _CLUS_STORAGE_REMAP_DRIVELETTER
{
    DWORD CurrentDriveLetterMask;
    DWORD TargetDriveLetterMask;
} CLUS_STORAGE_REMAP_DRIVELETTER, *PCLUS_STORAGE_REMAP_DRIVELETTER;

typedef struct _CLUS_DISK_NUMBER_INFO
{
    DWORD DiskNumber;
    DWORD BytesPerSector;
} CLUS_DISK_NUMBER_INFO, *PCLUS_DISK_NUMBER_INFO;

typedef struct _CLUS_SHARED_VOLUME_BACKUP_MODE
{
    CLUSTER_SHARED_VOLUME_BACKUP_STATE BackupState;
    DWORD                              DelayTimerInSecs;
    WCHAR                              VolumeName[MAX_PATH];
} CLUS_SHARED_VOLUME_BACKUP_MODE, *PCLUS_SHARED_VOLUME_BACKUP_MODE;

typedef struct _CLUS_CSV_VOLUME_INFO
{
    ULARGE_INTEGER                     VolumeOffset;
    DWORD                              PartitionNumber;
    CLUSTER_CSV_VOLUME_FAULT_STATE     FaultState;
    CLUSTER_SHARED_VOLUME_BACKUP_STATE BackupState;
    WCHAR                              szVolumeFriendlyName[MAX_PATH];
    WCHAR                              szVolumeName[50];
} CLUS_CSV_VOLUME_INFO, *PCLUS_CSV_VOLUME_INFO;

typedef struct _CLUS_CSV_VOLUME_NAME
{
    LARGE_INTEGER VolumeOffset;
    WCHAR         szVolumeName[MAX_PATH];
    WCHAR         szRootPath[MAX_PATH + 3];
} CLUS_CSV_VOLUME_NAME, *PCLUS_CSV_VOLUME_NAME;

typedef struct _CLUS_CHKDSK_INFO
{
    DWORD     PartitionNumber;
    DWORD     ChkdskState;
    DWORD     FileIdCount;
    ULONGLONG FileIdList[1];
} CLUS_CHKDSK_INFO, *PCLUS_CHKDSK_INFO;

typedef struct _CLUS_PROVIDER_STATE_CHANGE_INFO
{
    DWORD                  dwSize;
    CLUSTER_RESOURCE_STATE resourceState;
    WCHAR                  szProviderId[1];
} CLUS_PROVIDER_STATE_CHANGE_INFO, *PCLUS_PROVIDER_STATE_CHANGE_INFO;

typedef struct _CLUS_CREATE_INFRASTRUCTURE_FILESERVER_INPUT
{
    WCHAR FileServerName[16];
} CLUS_CREATE_INFRASTRUCTURE_FILESERVER_INPUT, *PCLUS_CREATE_INFRASTRUCTURE_FILESERVER_INPUT;

typedef struct _CLUS_CREATE_INFRASTRUCTURE_FILESERVER_OUTPUT
{
    WCHAR FileServerName[MAX_PATH];
} CLUS_CREATE_INFRASTRUCTURE_FILESERVER_OUTPUT, *PCLUS_CREATE_INFRASTRUCTURE_FILESERVER_OUTPUT;

typedef struct _CLUSTER_VALIDATE_PATH
{
    WCHAR szPath[1];
} CLUSTER_VALIDATE_PATH, *PCLUSTER_VALIDATE_PATH;

typedef struct _CLUSTER_VALIDATE_DIRECTORY
{
    WCHAR szPath[1];
} CLUSTER_VALIDATE_DIRECTORY, *PCLUSTER_VALIDATE_DIRECTORY;

typedef struct _CLUSTER_VALIDATE_NETNAME
{
    WCHAR szNetworkName[1];
} CLUSTER_VALIDATE_NETNAME, *PCLUSTER_VALIDATE_NETNAME;

typedef struct _CLUSTER_VALIDATE_CSV_FILENAME
{
    WCHAR szFileName[1];
} CLUSTER_VALIDATE_CSV_FILENAME, *PCLUSTER_VALIDATE_CSV_FILENAME;

typedef enum _FILESHARE_CHANGE_ENUM
{
    FILESHARE_CHANGE_NONE   = 0,
    FILESHARE_CHANGE_ADD    = 1,
    FILESHARE_CHANGE_DEL    = 2,
    FILESHARE_CHANGE_MODIFY = 3
} FILESHARE_CHANGE_ENUM, *PFILESHARE_CHANGE_ENUM;

typedef struct _FILESHARE_CHANGE
{
    FILESHARE_CHANGE_ENUM Change;
    WCHAR                 ShareName[84];
} FILESHARE_CHANGE, *PFILESHARE_CHANGE;

typedef struct _FILESHARE_CHANGE_LIST
{
    DWORD            NumEntries;
    FILESHARE_CHANGE ChangeEntry[1];
} FILESHARE_CHANGE_LIST, *PFILESHARE_CHANGE_LIST;

typedef enum PLACEMENT_OPTIONS
{
    PLACEMENT_OPTIONS_MIN_VALUE                                = 0x00000000,
    PLACEMENT_OPTIONS_DEFAULT_PLACEMENT_OPTIONS                = 0x00000000,
    PLACEMENT_OPTIONS_DISABLE_CSV_VM_DEPENDENCY                = 0x00000001,
    PLACEMENT_OPTIONS_CONSIDER_OFFLINE_VMS                     = 0x00000002,
    PLACEMENT_OPTIONS_DONT_USE_MEMORY                          = 0x00000004,
    PLACEMENT_OPTIONS_DONT_USE_CPU                             = 0x00000008,
    PLACEMENT_OPTIONS_DONT_USE_LOCAL_TEMP_DISK                 = 0x00000010,
    PLACEMENT_OPTIONS_DONT_RESUME_VMS_WITH_EXISTING_TEMP_DISK  = 0x00000020,
    PLACEMENT_OPTIONS_SAVE_VMS_WITH_LOCAL_DISK_ON_DRAIN_OVERWRITE = 0x00000040,
    PLACEMENT_OPTIONS_DONT_RESUME_AVAILABILTY_SET_VMS_WITH_EXISTING_TEMP_DISK = 0x00000080,
    PLACEMENT_OPTIONS_SAVE_AVAILABILTY_SET_VMS_WITH_LOCAL_DISK_ON_DRAIN_OVERWRITE = 0x00000100,
    PLACEMENT_OPTIONS_AVAILABILITY_SET_DOMAIN_AFFINITY         = 0x00000200,
    PLACEMENT_OPTIONS_ALL                                      = 0x000003ff
} PLACEMENT_OPTIONS;

typedef enum GRP_PLACEMENT_OPTIONS
{
    GRP_PLACEMENT_OPTIONS_MIN_VALUE             = 0x00000000,
    GRP_PLACEMENT_OPTIONS_DEFAULT               = 0x00000000,
    GRP_PLACEMENT_OPTIONS_DISABLE_AUTOBALANCING = 0x00000001,
    GRP_PLACEMENT_OPTIONS_ALL                   = GRP_PLACEMENT_OPTIONS_DISABLE_AUTOBALANCING
} GRP_PLACEMENT_OPTIONS;

/* Storage Replica resource-type controls */

typedef enum _SR_REPLICATED_DISK_TYPE
{
    SrReplicatedDiskTypeNone                = 0,
    SrReplicatedDiskTypeSource              = 1,
    SrReplicatedDiskTypeLogSource           = 2,
    SrReplicatedDiskTypeDestination         = 3,
    SrReplicatedDiskTypeLogDestination      = 4,
    SrReplicatedDiskTypeNotInParthership    = 5,
    SrReplicatedDiskTypeLogNotInParthership = 6,
    SrReplicatedDiskTypeOther               = 7
} SR_REPLICATED_DISK_TYPE, *PSR_REPLICATED_DISK_TYPE;

typedef enum _SR_DISK_REPLICATION_ELIGIBLE
{
    SrDiskReplicationEligibleNone                    = 0,
    SrDiskReplicationEligibleYes                     = 1,
    SrDiskReplicationEligibleOffline                 = 2,
    SrDiskReplicationEligibleNotGpt                  = 3,
    SrDiskReplicationEligiblePartitionLayoutMismatch = 4,
    SrDiskReplicationEligibleInsufficientFreeSpace   = 5,
    SrDiskReplicationEligibleNotInSameSite           = 6,
    SrDiskReplicationEligibleInSameSite              = 7,
    SrDiskReplicationEligibleFileSystemNotSupported  = 8,
    SrDiskReplicationEligibleAlreadyInReplication    = 9,
    SrDiskReplicationEligibleSameAsSpecifiedDisk     = 10,
    SrDiskReplicationEligibleOther                   = 9999
} SR_DISK_REPLICATION_ELIGIBLE, *PSR_DISK_REPLICATION_ELIGIBLE;

#define SR_REPLICATED_PARTITION_DISALLOW_MULTINODE_IO 0x00000001

typedef struct _SR_RESOURCE_TYPE_REPLICATED_PARTITION_INFO
{
    ULONGLONG PartitionOffset;
    DWORD     Capabilities;
} SR_RESOURCE_TYPE_REPLICATED_PARTITION_INFO, *PSR_RESOURCE_TYPE_REPLICATED_PARTITION_INFO;

typedef struct _SR_RESOURCE_TYPE_REPLICATED_PARTITION_ARRAY
{
    DWORD                                      Count;
    SR_RESOURCE_TYPE_REPLICATED_PARTITION_INFO PartitionArray[1];
} SR_RESOURCE_TYPE_REPLICATED_PARTITION_ARRAY, *PSR_RESOURCE_TYPE_REPLICATED_PARTITION_ARRAY;

typedef struct _SR_RESOURCE_TYPE_QUERY_ELIGIBLE_LOGDISKS
{
    GUID    DataDiskGuid;
    BOOLEAN IncludeOfflineDisks;
} SR_RESOURCE_TYPE_QUERY_ELIGIBLE_LOGDISKS, *PSR_RESOURCE_TYPE_QUERY_ELIGIBLE_LOGDISKS;

typedef struct _SR_RESOURCE_TYPE_QUERY_ELIGIBLE_TARGET_DATADISKS
{
    GUID    SourceDataDiskGuid;
    GUID    TargetReplicationGroupGuid;
    BOOLEAN SkipConnectivityCheck;
    BOOLEAN IncludeOfflineDisks;
} SR_RESOURCE_TYPE_QUERY_ELIGIBLE_TARGET_DATADISKS, *PSR_RESOURCE_TYPE_QUERY_ELIGIBLE_TARGET_DATADISKS;

typedef struct _SR_RESOURCE_TYPE_QUERY_ELIGIBLE_SOURCE_DATADISKS
{
    GUID    DataDiskGuid;
    BOOLEAN IncludeAvailableStoargeDisks;
} SR_RESOURCE_TYPE_QUERY_ELIGIBLE_SOURCE_DATADISKS, *PSR_RESOURCE_TYPE_QUERY_ELIGIBLE_SOURCE_DATADISKS;

typedef struct _SR_RESOURCE_TYPE_DISK_INFO
{
    SR_DISK_REPLICATION_ELIGIBLE Reason;
    GUID                         DiskGuid;
} SR_RESOURCE_TYPE_DISK_INFO, *PSR_RESOURCE_TYPE_DISK_INFO;

typedef struct _SR_RESOURCE_TYPE_ELIGIBLE_DISKS_RESULT
{
    USHORT                     Count;
    SR_RESOURCE_TYPE_DISK_INFO DiskInfo[1];
} SR_RESOURCE_TYPE_ELIGIBLE_DISKS_RESULT, *PSR_RESOURCE_TYPE_ELIGIBLE_DISKS_RESULT;

typedef struct _SR_RESOURCE_TYPE_REPLICATED_DISK
{
    SR_REPLICATED_DISK_TYPE Type;
    GUID                    ClusterDiskResourceGuid;
    GUID                    ReplicationGroupId;
    WCHAR                   ReplicationGroupName[MAX_PATH];
} SR_RESOURCE_TYPE_REPLICATED_DISK, *PSR_RESOURCE_TYPE_REPLICATED_DISK;

typedef struct _SR_RESOURCE_TYPE_REPLICATED_DISKS_RESULT
{
    USHORT                           Count;
    SR_RESOURCE_TYPE_REPLICATED_DISK ReplicatedDisks[1];
} SR_RESOURCE_TYPE_REPLICATED_DISKS_RESULT, *PSR_RESOURCE_TYPE_REPLICATED_DISKS_RESULT;

/* Cluster upgrade levels reported by CLUSCTL_CLUSTER_* upgrade controls */
#define CA_UPGRADE_VERSION 1

/* Wide string constants.  With Wine's headers, C++ makes WCHAR char16_t, so
 * the literals must be u"" there; everywhere else they are CLUSAPI_WSTR_(""). */
#if defined(__cplusplus) && defined(WINELIB_NAME_AW) && !defined(WINE_UNICODE_NATIVE) && \
    defined(__cpp_unicode_literals)
#define CLUSAPI_WSTR_(s) u##s
#else
#define CLUSAPI_WSTR_(s) L##s
#endif

/* ---------------------------------------------------------------------------
 * Resource type names
 * ------------------------------------------------------------------------ */

#define CLUS_RESTYPE_NAME_GENAPP           CLUSAPI_WSTR_("Generic Application")
#define CLUS_RESTYPE_NAME_GENSVC           CLUSAPI_WSTR_("Generic Service")
#define CLUS_RESTYPE_NAME_GENSCRIPT        CLUSAPI_WSTR_("Generic Script")
#define CLUS_RESTYPE_NAME_IPADDR           CLUSAPI_WSTR_("IP Address")
#define CLUS_RESTYPE_NAME_NETNAME          CLUSAPI_WSTR_("Network Name")
#define CLUS_RESTYPE_NAME_DNN              CLUSAPI_WSTR_("Distributed Network Name")
#define CLUS_RESTYPE_NAME_FILESHR          CLUSAPI_WSTR_("File Share")
#define CLUS_RESTYPE_NAME_PRTSPLR          CLUSAPI_WSTR_("Print Spooler")
#define CLUS_RESTYPE_NAME_IPV6_NATIVE      CLUSAPI_WSTR_("IPv6 Address")
#define CLUS_RESTYPE_NAME_IPV6_TUNNEL      CLUSAPI_WSTR_("IPv6 Tunnel Address")
#define CLUS_RESTYPE_NAME_VSSTASK          CLUSAPI_WSTR_("Volume Shadow Copy Service Task")
#define CLUS_RESTYPE_NAME_WINS             CLUSAPI_WSTR_("WINS Service")
#define CLUS_RESTYPE_NAME_DHCP             CLUSAPI_WSTR_("DHCP Service")
#define CLUS_RESTYPE_NAME_MSMQ             CLUSAPI_WSTR_("Microsoft Message Queue Server")
#define CLUS_RESTYPE_NAME_NEW_MSMQ         CLUSAPI_WSTR_("MSMQ")
#define CLUS_RESTYPE_NAME_MSMQ_TRIGGER     CLUSAPI_WSTR_("MSMQTriggers")
#define CLUS_RESTYPE_NAME_MSDTC            CLUSAPI_WSTR_("Distributed Transaction Coordinator")
#define CLUS_RESTYPE_NAME_NFS              CLUSAPI_WSTR_("NFS Share")
#define CLUS_RESTYPE_NAME_NETWORK_FILE_SYSTEM CLUSAPI_WSTR_("Network File System")
#define CLUS_RESTYPE_NAME_ISNS             CLUSAPI_WSTR_("Microsoft iSNS")
#define CLUS_RESTYPE_NAME_HARDDISK         CLUSAPI_WSTR_("Physical Disk")
#define CLUS_RESTYPE_NAME_PHYS_DISK        CLUS_RESTYPE_NAME_HARDDISK
#define CLUS_RESTYPE_NAME_FSWITNESS        CLUSAPI_WSTR_("File Share Witness")
#define CLUS_RESTYPE_NAME_CLOUD_WITNESS    CLUSAPI_WSTR_("Cloud Witness")
#define CLUS_RESTYPE_NAME_FILESERVER       CLUSAPI_WSTR_("File Server")
#define CLUS_RESTYPE_NAME_SODAFILESERVER   CLUSAPI_WSTR_("Scale Out File Server")
#define CLUS_RESTYPE_NAME_DFS              CLUSAPI_WSTR_("Distributed File System")
#define CLUS_RESTYPE_NAME_DFSR             CLUSAPI_WSTR_("DFS Replicated Folder")
#define CLUS_RESTYPE_NAME_VM               CLUSAPI_WSTR_("Virtual Machine")
#define CLUS_RESTYPE_NAME_VM_CONFIG        CLUSAPI_WSTR_("Virtual Machine Configuration")
#define CLUS_RESTYPE_NAME_ISCSITARGET      CLUSAPI_WSTR_("iSCSI Target Server")
#define CLUS_RESTYPE_NAME_STORAGE_POOL     CLUSAPI_WSTR_("Storage Pool")
#define CLUS_RESTYPE_NAME_TASKSCHEDULER    CLUSAPI_WSTR_("Task Scheduler")
#define CLUS_RESTYPE_NAME_VMREPLICA_BROKER CLUSAPI_WSTR_("Virtual Machine Replication Broker")
#define CLUS_RESTYPE_NAME_NAT              CLUSAPI_WSTR_("Nat")
#define CLUS_RESTYPE_NAME_CAU              CLUSAPI_WSTR_("ClusterAwareUpdatingResource")
#define CLUS_RESTYPE_NAME_STORAGE_REPLICA  CLUSAPI_WSTR_("Storage Replica")
#define CLUS_RESTYPE_NAME_HEALTH_SERVICE   CLUSAPI_WSTR_("Health Service")
#define CLUS_RESTYPE_NAME_CONTAINER        CLUSAPI_WSTR_("Container")

/* ---------------------------------------------------------------------------
 * Common property names (cluster database value names)
 * ------------------------------------------------------------------------ */

#define CLUSREG_NAME_CLUS_DESC                CLUSAPI_WSTR_("Description")
#define CLUSREG_NAME_CLUS_SD                  CLUSAPI_WSTR_("Security Descriptor")
#define CLUSREG_NAME_CLUS_DEFAULT_NETWORK_ROLE CLUSAPI_WSTR_("DefaultNetworkRole")
#define CLUSREG_NAME_QUORUM_ARBITRATION_TIMEOUT CLUSAPI_WSTR_("QuorumArbitrationTimeMax")
#define CLUSREG_NAME_FIXQUORUM                CLUSAPI_WSTR_("FixQuorum")
#define CLUSREG_NAME_PREVENTQUORUM            CLUSAPI_WSTR_("PreventQuorum")
#define CLUSREG_NAME_IGNORE_PERSISTENT_STATE  CLUSAPI_WSTR_("IgnorePersistentStateOnStartup")
#define CLUSREG_NAME_SHUTDOWN_TIMEOUT_MINUTES CLUSAPI_WSTR_("ShutdownTimeoutInMinutes")
#define CLUSREG_NAME_WITNESS_DYNAMIC_WEIGHT   CLUSAPI_WSTR_("WitnessDynamicWeight")
#define CLUSREG_NAME_FUNCTIONAL_LEVEL         CLUSAPI_WSTR_("ClusterFunctionalLevel")
#define CLUSREG_NAME_UPGRADE_VERSION          CLUSAPI_WSTR_("ClusterUpgradeVersion")
#define CLUSREG_NAME_SAME_SUBNET_DELAY        CLUSAPI_WSTR_("SameSubnetDelay")
#define CLUSREG_NAME_SAME_SUBNET_THRESHOLD    CLUSAPI_WSTR_("SameSubnetThreshold")
#define CLUSREG_NAME_CROSS_SUBNET_DELAY       CLUSAPI_WSTR_("CrossSubnetDelay")
#define CLUSREG_NAME_CROSS_SUBNET_THRESHOLD   CLUSAPI_WSTR_("CrossSubnetThreshold")
#define CLUSREG_NAME_LOG_FILE_PATH            CLUSAPI_WSTR_("LogFilePath")
#define CLUSREG_NAME_MIXED_MODE               CLUSAPI_WSTR_("MixedMode")
#define CLUSTER_SHARED_VOLUMES_ROOT           CLUSAPI_WSTR_("SharedVolumesRoot")

#define CLUSREG_NAME_NODE_NAME                CLUSAPI_WSTR_("NodeName")
#define CLUSREG_NAME_NODE_HIGHEST_VERSION     CLUSAPI_WSTR_("NodeHighestVersion")
#define CLUSREG_NAME_NODE_LOWEST_VERSION      CLUSAPI_WSTR_("NodeLowestVersion")
#define CLUSREG_NAME_NODE_DESC                CLUSAPI_WSTR_("Description")
#define CLUSREG_NAME_NODE_MAJOR_VERSION       CLUSAPI_WSTR_("MajorVersion")
#define CLUSREG_NAME_NODE_MINOR_VERSION       CLUSAPI_WSTR_("MinorVersion")
#define CLUSREG_NAME_NODE_BUILD_NUMBER        CLUSAPI_WSTR_("BuildNumber")
#define CLUSREG_NAME_NODE_CSDVERSION          CLUSAPI_WSTR_("CSDVersion")
#define CLUSREG_NAME_NODE_WEIGHT              CLUSAPI_WSTR_("NodeWeight")
#define CLUSREG_NAME_NODE_DYNAMIC_WEIGHT      CLUSAPI_WSTR_("DynamicWeight")
#define CLUSREG_NAME_NODE_IS_PRIMARY          CLUSAPI_WSTR_("IsPrimary")
#define CLUSREG_NAME_NODE_DRAIN_STATUS        CLUSAPI_WSTR_("NodeDrainStatus")
#define CLUSREG_NAME_NODE_DRAIN_TARGET        CLUSAPI_WSTR_("NodeDrainTarget")
#define CLUSREG_NAME_NODE_NEEDS_PQ            CLUSAPI_WSTR_("NeedsPreventQuorum")
#define CLUSREG_NAME_NODE_FAULT_DOMAIN        CLUSAPI_WSTR_("FaultDomain")
#define CLUSREG_NAME_NODE_STATUS_INFO         CLUSAPI_WSTR_("StatusInformation")
#define CLUSREG_NAME_NODE_MANUFACTURER        CLUSAPI_WSTR_("Manufacturer")
#define CLUSREG_NAME_NODE_MODEL               CLUSAPI_WSTR_("Model")
#define CLUSREG_NAME_NODE_SERIALNUMBER        CLUSAPI_WSTR_("SerialNumber")

#define CLUSREG_NAME_GRP_NAME                 CLUSAPI_WSTR_("Name")
#define CLUSREG_NAME_GRP_TYPE                 CLUSAPI_WSTR_("GroupType")
#define CLUSREG_NAME_GRP_DESC                 CLUSAPI_WSTR_("Description")
#define CLUSREG_NAME_GRP_PERSISTENT_STATE     CLUSAPI_WSTR_("PersistentState")
#define CLUSREG_NAME_GRP_FAILBACK_TYPE        CLUSAPI_WSTR_("AutoFailbackType")
#define CLUSREG_NAME_GRP_FAILBACK_WIN_START   CLUSAPI_WSTR_("FailbackWindowStart")
#define CLUSREG_NAME_GRP_FAILBACK_WIN_END     CLUSAPI_WSTR_("FailbackWindowEnd")
#define CLUSREG_NAME_GRP_FAILOVER_THRESHOLD   CLUSAPI_WSTR_("FailoverThreshold")
#define CLUSREG_NAME_GRP_FAILOVER_PERIOD      CLUSAPI_WSTR_("FailoverPeriod")
#define CLUSREG_NAME_GRP_PRIORITY             CLUSAPI_WSTR_("Priority")
#define CLUSREG_NAME_GRP_DEFAULT_OWNER        CLUSAPI_WSTR_("DefaultOwner")
#define CLUSREG_NAME_GRP_STATUS_INFORMATION   CLUSAPI_WSTR_("StatusInformation")
#define CLUSREG_NAME_GRP_ANTI_AFFINITY_CLASS_NAME CLUSAPI_WSTR_("AntiAffinityClassNames")
#define CLUSREG_NAME_GRP_START_DELAY          CLUSAPI_WSTR_("GroupStartDelay")
#define CLUSREG_NAME_GRP_LOCK_MOVE            CLUSAPI_WSTR_("LockedFromMoving")
#define CLUSREG_NAME_GRP_PREFERRED_SITE       CLUSAPI_WSTR_("PreferredSite")
#define CLUSREG_NAME_GRP_COLD_START_SETTING   CLUSAPI_WSTR_("ColdStartSetting")
#define CLUSREG_NAME_GRP_FAULT_DOMAIN         CLUSAPI_WSTR_("FaultDomain")
#define CLUSREG_NAME_GRP_UPDATE_DOMAIN        CLUSAPI_WSTR_("UpdateDomain")
#define CLUSREG_NAME_GRP_PLACEMENT_OPTIONS    CLUSAPI_WSTR_("PlacementOptions")
#define CLUSREG_NAME_GRP_RESILIENCY_PERIOD    CLUSAPI_WSTR_("ResiliencyPeriod")

#define CLUSREG_NAME_RES_NAME                 CLUSAPI_WSTR_("Name")
#define CLUSREG_NAME_RES_TYPE                 CLUSAPI_WSTR_("Type")
#define CLUSREG_NAME_RES_DESC                 CLUSAPI_WSTR_("Description")
#define CLUSREG_NAME_RES_SEPARATE_MONITOR     CLUSAPI_WSTR_("SeparateMonitor")
#define CLUSREG_NAME_RES_PERSISTENT_STATE     CLUSAPI_WSTR_("PersistentState")
#define CLUSREG_NAME_RES_LOOKS_ALIVE          CLUSAPI_WSTR_("LooksAlivePollInterval")
#define CLUSREG_NAME_RES_IS_ALIVE             CLUSAPI_WSTR_("IsAlivePollInterval")
#define CLUSREG_NAME_RES_RESTART_ACTION       CLUSAPI_WSTR_("RestartAction")
#define CLUSREG_NAME_RES_RESTART_THRESHOLD    CLUSAPI_WSTR_("RestartThreshold")
#define CLUSREG_NAME_RES_RESTART_PERIOD       CLUSAPI_WSTR_("RestartPeriod")
#define CLUSREG_NAME_RES_RESTART_DELAY        CLUSAPI_WSTR_("RestartDelay")
#define CLUSREG_NAME_RES_RETRY_PERIOD_ON_FAILURE CLUSAPI_WSTR_("RetryPeriodOnFailure")
#define CLUSREG_NAME_RES_EMBEDDED_FAILURE_ACTION CLUSAPI_WSTR_("EmbeddedFailureAction")
#define CLUSREG_NAME_RES_PENDING_TIMEOUT      CLUSAPI_WSTR_("PendingTimeout")
#define CLUSREG_NAME_RES_DEADLOCK_TIMEOUT     CLUSAPI_WSTR_("DeadlockTimeout")
#define CLUSREG_NAME_RES_MONITOR_PID          CLUSAPI_WSTR_("MonitorProcessId")
#define CLUSREG_NAME_RES_STATUS               CLUSAPI_WSTR_("ResourceSpecificStatus")
#define CLUSREG_NAME_RES_STATUS_INFORMATION   CLUSAPI_WSTR_("StatusInformation")
#define CLUSREG_NAME_RES_LAST_OPERATION_STATUS_CODE CLUSAPI_WSTR_("LastOperationStatusCode")
#define CLUSREG_NAME_RES_DATA1                CLUSAPI_WSTR_("ResourceSpecificData1")
#define CLUSREG_NAME_RES_DATA2                CLUSAPI_WSTR_("ResourceSpecificData2")

#define CLUSREG_NAME_RESTYPE_NAME             CLUSAPI_WSTR_("Name")
#define CLUSREG_NAME_RESTYPE_DESC             CLUSAPI_WSTR_("Description")
#define CLUSREG_NAME_RESTYPE_DLL_NAME         CLUSAPI_WSTR_("DllName")
#define CLUSREG_NAME_RESTYPE_ADMIN_EXTENSIONS CLUSAPI_WSTR_("AdminExtensions")
#define CLUSREG_NAME_RESTYPE_MAX_MONITORS     CLUSAPI_WSTR_("MaximumMonitors")

#define CLUSREG_NAME_NET_NAME                 CLUSAPI_WSTR_("Name")
#define CLUSREG_NAME_NET_IPV6_ADDRESSES       CLUSAPI_WSTR_("IPv6Addresses")
#define CLUSREG_NAME_NET_IPV6_PREFIXLENGTHS   CLUSAPI_WSTR_("IPv6PrefixLengths")
#define CLUSREG_NAME_NET_IPV4_ADDRESSES       CLUSAPI_WSTR_("IPv4Addresses")
#define CLUSREG_NAME_NET_IPV4_PREFIXLENGTHS   CLUSAPI_WSTR_("IPv4PrefixLengths")
#define CLUSREG_NAME_NET_ADDRESS              CLUSAPI_WSTR_("Address")
#define CLUSREG_NAME_NET_ADDRESS_MASK         CLUSAPI_WSTR_("AddressMask")
#define CLUSREG_NAME_NET_DESC                 CLUSAPI_WSTR_("Description")
#define CLUSREG_NAME_NET_ROLE                 CLUSAPI_WSTR_("Role")
#define CLUSREG_NAME_NET_SPEED                CLUSAPI_WSTR_("LinkSpeed")
#define CLUSREG_NAME_NET_RDMA_CAPABLE         CLUSAPI_WSTR_("RdmaCapable")
#define CLUSREG_NAME_NET_RSS_CAPABLE          CLUSAPI_WSTR_("RssCapable")
#define CLUSREG_NAME_NET_METRIC               CLUSAPI_WSTR_("Metric")
#define CLUSREG_NAME_NET_AUTOMETRIC           CLUSAPI_WSTR_("AutoMetric")

#define CLUSREG_NAME_NETIFACE_NODE            CLUSAPI_WSTR_("Node")
#define CLUSREG_NAME_NETIFACE_NETWORK         CLUSAPI_WSTR_("Network")
#define CLUSREG_NAME_NETIFACE_ADAPTER_NAME    CLUSAPI_WSTR_("Adapter")
#define CLUSREG_NAME_NETIFACE_ADAPTER_ID      CLUSAPI_WSTR_("AdapterId")
#define CLUSREG_NAME_NETIFACE_DHCP_ENABLED    CLUSAPI_WSTR_("DhcpEnabled")
#define CLUSREG_NAME_NETIFACE_IPV6_ADDRESSES  CLUSAPI_WSTR_("IPv6Addresses")
#define CLUSREG_NAME_NETIFACE_IPV4_ADDRESSES  CLUSAPI_WSTR_("IPv4Addresses")
#define CLUSREG_NAME_NETIFACE_ADDRESS         CLUSAPI_WSTR_("Address")
#define CLUSREG_NAME_NETIFACE_NAME            CLUSAPI_WSTR_("Name")
#define CLUSREG_NAME_NETIFACE_DESC            CLUSAPI_WSTR_("Description")

#define CLUSREG_NAME_IPADDR_NETWORK           CLUSAPI_WSTR_("Network")
#define CLUSREG_NAME_IPADDR_ADDRESS           CLUSAPI_WSTR_("Address")
#define CLUSREG_NAME_IPADDR_SUBNET_MASK       CLUSAPI_WSTR_("SubnetMask")
#define CLUSREG_NAME_IPADDR_ENABLE_NETBIOS    CLUSAPI_WSTR_("EnableNetBIOS")
#define CLUSREG_NAME_IPADDR_OVERRIDE_ADDRMATCH CLUSAPI_WSTR_("OverrideAddressMatch")
#define CLUSREG_NAME_IPADDR_ENABLE_DHCP       CLUSAPI_WSTR_("EnableDhcp")
#define CLUSREG_NAME_IPADDR_PROBE_PORT        CLUSAPI_WSTR_("ProbePort")

#define CLUSREG_NAME_NETNAME_NAME             CLUSAPI_WSTR_("Name")
#define CLUSREG_NAME_NETNAME_DNS_NAME         CLUSAPI_WSTR_("DnsName")
#define CLUSREG_NAME_NETNAME_OBJECT_ID        CLUSAPI_WSTR_("ObjectGUID")
#define CLUSREG_NAME_NETNAME_REGISTER_ALL_IP  CLUSAPI_WSTR_("RegisterAllProvidersIP")
#define CLUSREG_NAME_NETNAME_HOST_TTL         CLUSAPI_WSTR_("HostRecordTTL")
#define CLUSREG_NAME_NETNAME_USE_DNS          CLUSAPI_WSTR_("DnsEnabled")

/* ---------------------------------------------------------------------------
 * Functions
 * ------------------------------------------------------------------------ */

/* Cluster connection, information, cluster-wide settings */
DWORD    WINAPI GetNodeClusterState(LPCWSTR lpszNodeName, LPDWORD pdwClusterState);
HCLUSTER WINAPI OpenCluster(LPCWSTR lpszClusterName);
HCLUSTER WINAPI OpenClusterEx(LPCWSTR lpszClusterName, DWORD DesiredAccess, DWORD *GrantedAccess);
BOOL     WINAPI CloseCluster(HCLUSTER hCluster);
DWORD    WINAPI GetClusterInformation(HCLUSTER hCluster, LPWSTR lpszClusterName,
                                      LPDWORD lpcchClusterName, LPCLUSTERVERSIONINFO lpClusterInfo);
DWORD    WINAPI SetClusterName(HCLUSTER hCluster, LPCWSTR lpszNewClusterName);
DWORD    WINAPI GetClusterQuorumResource(HCLUSTER hCluster, LPWSTR lpszResourceName,
                                         LPDWORD lpcchResourceName, LPWSTR lpszDeviceName,
                                         LPDWORD lpcchDeviceName, LPDWORD lpdwMaxQuorumLogSize);
DWORD    WINAPI SetClusterQuorumResource(HRESOURCE hResource, LPCWSTR lpszDeviceName,
                                         DWORD dwMaxQuoLogSize);
DWORD    WINAPI BackupClusterDatabase(HCLUSTER hCluster, LPCWSTR lpszPathName);
DWORD    WINAPI RestoreClusterDatabase(LPCWSTR lpszPathName, BOOL bForce, LPCWSTR lpszQuorumDriveLetter);
DWORD    WINAPI SetClusterNetworkPriorityOrder(HCLUSTER hCluster, DWORD NetworkCount, HNETWORK NetworkList[]);
DWORD    WINAPI SetClusterServiceAccountPassword(LPCWSTR lpszClusterName, LPCWSTR lpszNewPassword,
                                                 DWORD dwFlags,
                                                 PCLUSTER_SET_PASSWORD_STATUS lpReturnStatusBuffer,
                                                 LPDWORD lpcbReturnStatusBufferSize);
DWORD    WINAPI ClusterControl(HCLUSTER hCluster, HNODE hHostNode, DWORD dwControlCode,
                               LPVOID lpInBuffer, DWORD nInBufferSize, LPVOID lpOutBuffer,
                               DWORD nOutBufferSize, LPDWORD lpBytesReturned);
DWORD    WINAPI ClusterSetAccountAccess(HCLUSTER hCluster, LPCWSTR szAccountSID, DWORD dwAccess,
                                        DWORD dwControlType);
DWORD    WINAPI ClusterUpgradeFunctionalLevel(HCLUSTER hCluster, BOOL perform,
                                              PCLUSTER_UPGRADE_PROGRESS_CALLBACK pfnProgressCallback,
                                              PVOID pvCallbackArg);
HKEY     WINAPI GetClusterKey(HCLUSTER hCluster, REGSAM samDesired);

/* Cluster enumeration */
HCLUSENUM   WINAPI ClusterOpenEnum(HCLUSTER hCluster, DWORD dwType);
DWORD       WINAPI ClusterEnum(HCLUSENUM hEnum, DWORD dwIndex, LPDWORD lpdwType, LPWSTR lpszName,
                               LPDWORD lpcchName);
DWORD       WINAPI ClusterGetEnumCount(HCLUSENUM hEnum);
DWORD       WINAPI ClusterCloseEnum(HCLUSENUM hEnum);
HCLUSENUMEX WINAPI ClusterOpenEnumEx(HCLUSTER hCluster, DWORD dwType, PVOID pOptions);
DWORD       WINAPI ClusterEnumEx(HCLUSENUMEX hClusterEnum, DWORD dwIndex, PCLUSTER_ENUM_ITEM pItem,
                                 LPDWORD cbItem);
DWORD       WINAPI ClusterGetEnumCountEx(HCLUSENUMEX hClusterEnum);
DWORD       WINAPI ClusterCloseEnumEx(HCLUSENUMEX hClusterEnum);

/* Cluster creation, destruction and setup */
HCLUSTER WINAPI CreateCluster(PCREATE_CLUSTER_CONFIG pConfig,
                              PCLUSTER_SETUP_PROGRESS_CALLBACK pfnProgressCallback, PVOID pvCallbackArg);
DWORD    WINAPI DestroyCluster(HCLUSTER hCluster, PCLUSTER_SETUP_PROGRESS_CALLBACK pfnProgressCallback,
                               PVOID pvCallbackArg, BOOL fdeleteVirtualComputerObjects);
HNODE    WINAPI AddClusterNode(HCLUSTER hCluster, PCWSTR lpszNodeName,
                               PCLUSTER_SETUP_PROGRESS_CALLBACK pfnProgressCallback, PVOID pvCallbackArg);
DWORD    WINAPI AddClusterStorageNode(HCLUSTER hCluster, PCWSTR lpszNodeName,
                                      PCLUSTER_SETUP_PROGRESS_CALLBACK pfnProgressCallback,
                                      PVOID pvCallbackArg, PCWSTR lpszClusterStorageNodeDescription,
                                      PCWSTR lpszClusterStorageNodeLocation);
DWORD    WINAPI RemoveClusterStorageNode(HCLUSTER hCluster, PCWSTR lpszClusterStorageEnclosureName,
                                         DWORD dwTimeout, DWORD dwFlags);
DWORD    WINAPI CreateClusterNameAccount(HCLUSTER hCluster, PCREATE_CLUSTER_NAME_ACCOUNT pConfig,
                                         PCLUSTER_SETUP_PROGRESS_CALLBACK pfnProgressCallback,
                                         PVOID pvCallbackArg);
DWORD    WINAPI RemoveClusterNameAccount(HCLUSTER hCluster, BOOL bDeleteComputerObjects);
DWORD    WINAPI DetermineCNOResTypeFromCluster(HCLUSTER hCluster, PCLUSTER_MGMT_POINT_RESTYPE pCNOResType);
DWORD    WINAPI DetermineCNOResTypeFromNodelist(DWORD cNodes, PCWSTR *ppszNodeNames,
                                                PCLUSTER_MGMT_POINT_RESTYPE pCNOResType);
DWORD    WINAPI DetermineClusterCloudTypeFromCluster(HCLUSTER hCluster, PCLUSTER_CLOUD_TYPE pCloudType);
DWORD    WINAPI DetermineClusterCloudTypeFromNodelist(DWORD cNodes, PCWSTR *ppszNodeNames,
                                                      PCLUSTER_CLOUD_TYPE pCloudType);
DWORD    WINAPI GetNodeCloudTypeDW(PCWSTR ppszNodeName, DWORD *NodeCloudType);

/* Nodes */
HNODE              WINAPI OpenClusterNode(HCLUSTER hCluster, LPCWSTR lpszNodeName);
HNODE              WINAPI OpenClusterNodeEx(HCLUSTER hCluster, LPCWSTR lpszNodeName, DWORD dwDesiredAccess,
                                            DWORD *lpdwGrantedAccess);
HNODE              WINAPI OpenClusterNodeById(HCLUSTER hCluster, DWORD nodeId);
BOOL               WINAPI CloseClusterNode(HNODE hNode);
CLUSTER_NODE_STATE WINAPI GetClusterNodeState(HNODE hNode);
DWORD              WINAPI GetClusterNodeId(HNODE hNode, LPWSTR lpszNodeId, LPDWORD lpcchName);
/* the local node's id: GetClusterNodeId with no node handle */
#define GetCurrentClusterNodeId(lpszNodeId, lpcchName) GetClusterNodeId(NULL, (lpszNodeId), (lpcchName))
HCLUSTER           WINAPI GetClusterFromNode(HNODE hNode);
HKEY               WINAPI GetClusterNodeKey(HNODE hNode, REGSAM samDesired);
DWORD              WINAPI PauseClusterNode(HNODE hNode);
DWORD              WINAPI PauseClusterNodeEx(HNODE hNode, BOOL bDrainNode, DWORD dwPauseFlags,
                                             HNODE hNodeDrainTarget);
DWORD              WINAPI ResumeClusterNode(HNODE hNode);
DWORD              WINAPI ResumeClusterNodeEx(HNODE hNode, CLUSTER_NODE_RESUME_FAILBACK_TYPE eResumeFailbackType,
                                              DWORD dwResumeFlagsReserved);
DWORD              WINAPI EvictClusterNode(HNODE hNode);
DWORD              WINAPI EvictClusterNodeEx(HNODE hNode, DWORD dwTimeOut, HRESULT *phrCleanupStatus);
DWORD              WINAPI ClusterNodeReplacement(HCLUSTER hCluster, LPCWSTR lpszNodeNameCurrent,
                                                 LPCWSTR lpszNodeNameNew);
DWORD              WINAPI ClusterNodeControl(HNODE hNode, HNODE hHostNode, DWORD dwControlCode,
                                             LPVOID lpInBuffer, DWORD nInBufferSize, LPVOID lpOutBuffer,
                                             DWORD nOutBufferSize, LPDWORD lpBytesReturned);
HNODEENUM          WINAPI ClusterNodeOpenEnum(HNODE hNode, DWORD dwType);
DWORD              WINAPI ClusterNodeEnum(HNODEENUM hNodeEnum, DWORD dwIndex, LPDWORD lpdwType,
                                          LPWSTR lpszName, LPDWORD lpcchName);
DWORD              WINAPI ClusterNodeGetEnumCount(HNODEENUM hNodeEnum);
DWORD              WINAPI ClusterNodeCloseEnum(HNODEENUM hNodeEnum);
HNODEENUMEX        WINAPI ClusterNodeOpenEnumEx(HNODE hNode, DWORD dwType, PVOID pOptions);
DWORD              WINAPI ClusterNodeEnumEx(HNODEENUMEX hNodeEnum, DWORD dwIndex, PCLUSTER_ENUM_ITEM pItem,
                                            LPDWORD cbItem);
DWORD              WINAPI ClusterNodeGetEnumCountEx(HNODEENUMEX hNodeEnum);
DWORD              WINAPI ClusterNodeCloseEnumEx(HNODEENUMEX hNodeEnum);

/* Groups */
HGROUP              WINAPI OpenClusterGroup(HCLUSTER hCluster, LPCWSTR lpszGroupName);
HGROUP              WINAPI OpenClusterGroupEx(HCLUSTER hCluster, LPCWSTR lpszGroupName, DWORD dwDesiredAccess,
                                              DWORD *lpdwGrantedAccess);
HGROUP              WINAPI CreateClusterGroup(HCLUSTER hCluster, LPCWSTR lpszGroupName);
HGROUP              WINAPI CreateClusterGroupEx(HCLUSTER hCluster, LPCWSTR lpszGroupName,
                                                PCLUSTER_CREATE_GROUP_INFO pGroupInfo);
BOOL                WINAPI CloseClusterGroup(HGROUP hGroup);
DWORD               WINAPI DeleteClusterGroup(HGROUP hGroup);
DWORD               WINAPI DestroyClusterGroup(HGROUP hGroup);
CLUSTER_GROUP_STATE WINAPI GetClusterGroupState(HGROUP hGroup, LPWSTR lpszNodeName, LPDWORD lpcchNodeName);
HCLUSTER            WINAPI GetClusterFromGroup(HGROUP hGroup);
HKEY                WINAPI GetClusterGroupKey(HGROUP hGroup, REGSAM samDesired);
DWORD               WINAPI SetClusterGroupName(HGROUP hGroup, LPCWSTR lpszGroupName);
DWORD               WINAPI SetClusterGroupNodeList(HGROUP hGroup, DWORD NodeCount, HNODE NodeList[]);
DWORD               WINAPI OnlineClusterGroup(HGROUP hGroup, HNODE hDestinationNode);
DWORD               WINAPI OnlineClusterGroupEx(HGROUP hGroup, HNODE hDestinationNode, DWORD dwOnlineFlags,
                                                PBYTE lpInBuffer, DWORD cbInBufferSize);
DWORD               WINAPI OfflineClusterGroup(HGROUP hGroup);
DWORD               WINAPI OfflineClusterGroupEx(HGROUP hGroup, DWORD dwOfflineFlags, PBYTE lpInBuffer,
                                                 DWORD cbInBufferSize);
DWORD               WINAPI MoveClusterGroup(HGROUP hGroup, HNODE hDestinationNode);
DWORD               WINAPI MoveClusterGroupEx(HGROUP hGroup, HNODE hDestinationNode, DWORD dwMoveFlags,
                                              PBYTE lpInBuffer, DWORD cbInBufferSize);
DWORD               WINAPI CancelClusterGroupOperation(HGROUP hGroup, DWORD dwCancelFlags_RESERVED);
DWORD               WINAPI AddClusterGroupDependency(HGROUP hDependentGroup, HGROUP hProviderGroup);
DWORD               WINAPI RemoveClusterGroupDependency(HGROUP hGroup, HGROUP hDependsOn);
DWORD               WINAPI SetGroupDependencyExpression(HGROUP hGroup, LPCWSTR lpszDependencyExpression);
DWORD               WINAPI ClusterGroupControl(HGROUP hGroup, HNODE hHostNode, DWORD dwControlCode,
                                               LPVOID lpInBuffer, DWORD nInBufferSize, LPVOID lpOutBuffer,
                                               DWORD nOutBufferSize, LPDWORD lpBytesReturned);
HGROUPENUM          WINAPI ClusterGroupOpenEnum(HGROUP hGroup, DWORD dwType);
DWORD               WINAPI ClusterGroupEnum(HGROUPENUM hGroupEnum, DWORD dwIndex, LPDWORD lpdwType,
                                            LPWSTR lpszResourceName, LPDWORD lpcchName);
DWORD               WINAPI ClusterGroupGetEnumCount(HGROUPENUM hGroupEnum);
DWORD               WINAPI ClusterGroupCloseEnum(HGROUPENUM hGroupEnum);
HGROUPENUMEX        WINAPI ClusterGroupOpenEnumEx(HCLUSTER hCluster, LPCWSTR lpszProperties, DWORD cbProperties,
                                                  LPCWSTR lpszRoProperties, DWORD cbRoProperties,
                                                  DWORD dwFlags);
DWORD               WINAPI ClusterGroupEnumEx(HGROUPENUMEX hGroupEnumEx, DWORD dwIndex,
                                              PCLUSTER_GROUP_ENUM_ITEM pItem, LPDWORD cbItem);
DWORD               WINAPI ClusterGroupGetEnumCountEx(HGROUPENUMEX hGroupEnumEx);
DWORD               WINAPI ClusterGroupCloseEnumEx(HGROUPENUMEX hGroupEnumEx);

/* Group sets and affinity rules */
HGROUPSET     WINAPI CreateClusterGroupSet(HCLUSTER hCluster, LPCWSTR groupSetName);
HGROUPSET     WINAPI OpenClusterGroupSet(HCLUSTER hCluster, LPCWSTR lpszGroupSetName);
BOOL          WINAPI CloseClusterGroupSet(HGROUPSET hGroupSet);
DWORD         WINAPI DeleteClusterGroupSet(HGROUPSET hGroupSet);
HGROUPSET     WINAPI CreateClusterAvailabilitySet(HCLUSTER hCluster, LPCWSTR lpAvailabilitySetName,
                                                  PCLUSTER_AVAILABILITY_SET_CONFIG pAvailabilitySetConfig);
DWORD         WINAPI ClusterAddGroupToGroupSet(HGROUPSET hGroupSet, HGROUP hGroup);
DWORD         WINAPI ClusterAddGroupToGroupSetWithDomains(HGROUPSET hGroupSet, HGROUP hGroup,
                                                          DWORD faultDomain, DWORD updateDomain);
DWORD         WINAPI ClusterRemoveGroupFromGroupSet(HGROUP hGroup);
DWORD         WINAPI AddClusterGroupSetDependency(HGROUPSET hDependentGroupSet, HGROUPSET hProviderGroupSet);
DWORD         WINAPI AddClusterGroupToGroupSetDependency(HGROUP hDependentGroup, HGROUPSET hProviderGroupSet);
DWORD         WINAPI AddCrossClusterGroupSetDependency(HGROUPSET hDependentGroupSet,
                                                       LPCWSTR lpRemoteClusterName,
                                                       LPCWSTR lpRemoteGroupSetName);
DWORD         WINAPI RemoveClusterGroupSetDependency(HGROUPSET hGroupSet, HGROUPSET hDependsOn);
DWORD         WINAPI RemoveClusterGroupToGroupSetDependency(HGROUP hGroup, HGROUPSET hDependsOn);
DWORD         WINAPI RemoveCrossClusterGroupSetDependency(HGROUPSET hDependentGroupSet,
                                                          LPCWSTR lpRemoteClusterName,
                                                          LPCWSTR lpRemoteGroupSetName);
DWORD         WINAPI SetClusterGroupSetDependencyExpression(HGROUPSET hGroupSet,
                                                            LPCWSTR lpszDependencyExprssion);
DWORD         WINAPI ClusterGroupSetControl(HGROUPSET hGroupSet, HNODE hHostNode, DWORD dwControlCode,
                                            LPVOID lpInBuffer, DWORD cbInBufferSize, LPVOID lpOutBuffer,
                                            DWORD cbOutBufferSize, LPDWORD lpBytesReturned);
HGROUPSETENUM WINAPI ClusterGroupSetOpenEnum(HCLUSTER hCluster);
DWORD         WINAPI ClusterGroupSetEnum(HGROUPSETENUM hGroupSetEnum, DWORD dwIndex, LPWSTR lpszName,
                                         LPDWORD lpcchName);
DWORD         WINAPI ClusterGroupSetGetEnumCount(HGROUPSETENUM hGroupSetEnum);
DWORD         WINAPI ClusterGroupSetCloseEnum(HGROUPSETENUM hGroupSetEnum);
DWORD         WINAPI ClusterCreateAffinityRule(HCLUSTER hCluster, LPCWSTR ruleName,
                                               CLUS_AFFINITY_RULE_TYPE ruleType);
DWORD         WINAPI ClusterRemoveAffinityRule(HCLUSTER hCluster, LPCWSTR ruleName);
DWORD         WINAPI ClusterAddGroupToAffinityRule(HCLUSTER hCluster, LPCWSTR ruleName, HGROUP hGroup);
DWORD         WINAPI ClusterRemoveGroupFromAffinityRule(HCLUSTER hCluster, LPCWSTR ruleName, HGROUP hGroup);
DWORD         WINAPI ClusterAffinityRuleControl(HCLUSTER hCluster, LPCWSTR affinityRuleName, HNODE hHostNode,
                                                DWORD dwControlCode, LPVOID lpInBuffer, DWORD cbInBufferSize,
                                                LPVOID lpOutBuffer, DWORD cbOutBufferSize,
                                                LPDWORD lpBytesReturned);

/* Resources */
HRESOURCE              WINAPI OpenClusterResource(HCLUSTER hCluster, LPCWSTR lpszResourceName);
HRESOURCE              WINAPI OpenClusterResourceEx(HCLUSTER hCluster, LPCWSTR lpszResourceName,
                                                    DWORD dwDesiredAccess, DWORD *lpdwGrantedAccess);
HRESOURCE              WINAPI CreateClusterResource(HGROUP hGroup, LPCWSTR lpszResourceName,
                                                    LPCWSTR lpszResourceType, DWORD dwFlags);
BOOL                   WINAPI CloseClusterResource(HRESOURCE hResource);
DWORD                  WINAPI DeleteClusterResource(HRESOURCE hResource);
CLUSTER_RESOURCE_STATE WINAPI GetClusterResourceState(HRESOURCE hResource, LPWSTR lpszNodeName,
                                                      LPDWORD lpcchNodeName, LPWSTR lpszGroupName,
                                                      LPDWORD lpcchGroupName);
HCLUSTER               WINAPI GetClusterFromResource(HRESOURCE hResource);
HKEY                   WINAPI GetClusterResourceKey(HRESOURCE hResource, REGSAM samDesired);
BOOL                   WINAPI GetClusterResourceNetworkName(HRESOURCE hResource, LPWSTR lpBuffer, LPDWORD nSize);
DWORD                  WINAPI SetClusterResourceName(HRESOURCE hResource, LPCWSTR lpszResourceName);
DWORD                  WINAPI OnlineClusterResource(HRESOURCE hResource);
DWORD                  WINAPI OnlineClusterResourceEx(HRESOURCE hResource, DWORD dwOnlineFlags,
                                                      PBYTE lpInBuffer, DWORD cbInBufferSize);
DWORD                  WINAPI OfflineClusterResource(HRESOURCE hResource);
DWORD                  WINAPI OfflineClusterResourceEx(HRESOURCE hResource, DWORD dwOfflineFlags,
                                                       PBYTE lpInBuffer, DWORD cbInBufferSize);
DWORD                  WINAPI FailClusterResource(HRESOURCE hResource);
DWORD                  WINAPI RestartClusterResource(HRESOURCE hResource, DWORD dwFlags);
DWORD                  WINAPI ChangeClusterResourceGroup(HRESOURCE hResource, HGROUP hGroup);
DWORD                  WINAPI ChangeClusterResourceGroupEx(HRESOURCE hResource, HGROUP hGroup, ULONGLONG Flags);
DWORD                  WINAPI AddClusterResourceNode(HRESOURCE hResource, HNODE hNode);
DWORD                  WINAPI RemoveClusterResourceNode(HRESOURCE hResource, HNODE hNode);
DWORD                  WINAPI AddClusterResourceDependency(HRESOURCE hResource, HRESOURCE hDependsOn);
DWORD                  WINAPI RemoveClusterResourceDependency(HRESOURCE hResource, HRESOURCE hDependsOn);
BOOL                   WINAPI CanResourceBeDependent(HRESOURCE hResource, HRESOURCE hResourceDependent);
DWORD                  WINAPI GetClusterResourceDependencyExpression(HRESOURCE hResource,
                                                                     LPWSTR lpszDependencyExpression,
                                                                     LPDWORD lpcchDependencyExpression);
DWORD                  WINAPI SetClusterResourceDependencyExpression(HRESOURCE hResource,
                                                                     LPCWSTR lpszDependencyExpression);
DWORD                  WINAPI ClusterResourceControl(HRESOURCE hResource, HNODE hHostNode, DWORD dwControlCode,
                                                     LPVOID lpInBuffer, DWORD cbInBufferSize,
                                                     LPVOID lpOutBuffer, DWORD cbOutBufferSize,
                                                     LPDWORD lpBytesReturned);
DWORD                  WINAPI ClusterResourceControlAsUser(HRESOURCE hResource, HNODE hHostNode,
                                                           DWORD dwControlCode, LPVOID lpInBuffer,
                                                           DWORD cbInBufferSize, LPVOID lpOutBuffer,
                                                           DWORD cbOutBufferSize, LPDWORD lpBytesReturned);
HRESENUM               WINAPI ClusterResourceOpenEnum(HRESOURCE hResource, DWORD dwType);
DWORD                  WINAPI ClusterResourceEnum(HRESENUM hResEnum, DWORD dwIndex, LPDWORD lpdwType,
                                                  LPWSTR lpszName, LPDWORD lpcchName);
DWORD                  WINAPI ClusterResourceGetEnumCount(HRESENUM hResEnum);
DWORD                  WINAPI ClusterResourceCloseEnum(HRESENUM hResEnum);
HRESENUMEX             WINAPI ClusterResourceOpenEnumEx(HCLUSTER hCluster, LPCWSTR lpszProperties,
                                                        DWORD cbProperties, LPCWSTR lpszRoProperties,
                                                        DWORD cbRoProperties, DWORD dwFlags);
DWORD                  WINAPI ClusterResourceEnumEx(HRESENUMEX hResourceEnumEx, DWORD dwIndex,
                                                    PCLUSTER_RESOURCE_ENUM_ITEM pItem, LPDWORD cbItem);
DWORD                  WINAPI ClusterResourceGetEnumCountEx(HRESENUMEX hResourceEnumEx);
DWORD                  WINAPI ClusterResourceCloseEnumEx(HRESENUMEX hResourceEnumEx);

/* Resource types */
DWORD        WINAPI CreateClusterResourceType(HCLUSTER hCluster, LPCWSTR lpszResourceTypeName,
                                              LPCWSTR lpszDisplayName, LPCWSTR lpszResourceTypeDll,
                                              DWORD dwLooksAlivePollInterval, DWORD dwIsAlivePollInterval);
DWORD        WINAPI DeleteClusterResourceType(HCLUSTER hCluster, LPCWSTR lpszResourceTypeName);
HKEY         WINAPI GetClusterResourceTypeKey(HCLUSTER hCluster, LPCWSTR lpszTypeName, REGSAM samDesired);
DWORD        WINAPI ClusterResourceTypeControl(HCLUSTER hCluster, LPCWSTR lpszResourceTypeName,
                                               HNODE hHostNode, DWORD dwControlCode, LPVOID lpInBuffer,
                                               DWORD nInBufferSize, LPVOID lpOutBuffer, DWORD nOutBufferSize,
                                               LPDWORD lpBytesReturned);
DWORD        WINAPI ClusterResourceTypeControlAsUser(HCLUSTER hCluster, LPCWSTR lpszResourceTypeName,
                                                     HNODE hHostNode, DWORD dwControlCode, LPVOID lpInBuffer,
                                                     DWORD nInBufferSize, LPVOID lpOutBuffer,
                                                     DWORD nOutBufferSize, LPDWORD lpBytesReturned);
HRESTYPEENUM WINAPI ClusterResourceTypeOpenEnum(HCLUSTER hCluster, LPCWSTR lpszResourceTypeName, DWORD dwType);
DWORD        WINAPI ClusterResourceTypeEnum(HRESTYPEENUM hResTypeEnum, DWORD dwIndex, LPDWORD lpdwType,
                                            LPWSTR lpszName, LPDWORD lpcchName);
DWORD        WINAPI ClusterResourceTypeGetEnumCount(HRESTYPEENUM hResTypeEnum);
DWORD        WINAPI ClusterResourceTypeCloseEnum(HRESTYPEENUM hResTypeEnum);

/* Cluster shared volumes */
DWORD WINAPI AddResourceToClusterSharedVolumes(HRESOURCE hResource);
DWORD WINAPI RemoveResourceFromClusterSharedVolumes(HRESOURCE hResource);
DWORD WINAPI IsFileOnClusterSharedVolume(LPCWSTR lpszPathName, PBOOL pbFileIsOnSharedVolume);
DWORD WINAPI ClusterSharedVolumeSetSnapshotState(GUID guidSnapshotSet, LPCWSTR lpszVolumeName,
                                                 CLUSTER_SHARED_VOLUME_SNAPSHOT_STATE state);

/* Networks */
HNETWORK              WINAPI OpenClusterNetwork(HCLUSTER hCluster, LPCWSTR lpszNetworkName);
HNETWORK              WINAPI OpenClusterNetworkEx(HCLUSTER hCluster, LPCWSTR lpszNetworkName,
                                                  DWORD dwDesiredAccess, DWORD *lpdwGrantedAccess);
BOOL                  WINAPI CloseClusterNetwork(HNETWORK hNetwork);
CLUSTER_NETWORK_STATE WINAPI GetClusterNetworkState(HNETWORK hNetwork);
DWORD                 WINAPI GetClusterNetworkId(HNETWORK hNetwork, LPWSTR lpszNetworkId, LPDWORD lpcchName);
HCLUSTER              WINAPI GetClusterFromNetwork(HNETWORK hNetwork);
HKEY                  WINAPI GetClusterNetworkKey(HNETWORK hNetwork, REGSAM samDesired);
DWORD                 WINAPI SetClusterNetworkName(HNETWORK hNetwork, LPCWSTR lpszName);
DWORD                 WINAPI ClusterNetworkControl(HNETWORK hNetwork, HNODE hHostNode, DWORD dwControlCode,
                                                   LPVOID lpInBuffer, DWORD nInBufferSize, LPVOID lpOutBuffer,
                                                   DWORD nOutBufferSize, LPDWORD lpBytesReturned);
HNETWORKENUM          WINAPI ClusterNetworkOpenEnum(HNETWORK hNetwork, DWORD dwType);
DWORD                 WINAPI ClusterNetworkEnum(HNETWORKENUM hNetworkEnum, DWORD dwIndex, LPDWORD lpdwType,
                                                LPWSTR lpszName, LPDWORD lpcchName);
DWORD                 WINAPI ClusterNetworkGetEnumCount(HNETWORKENUM hNetworkEnum);
DWORD                 WINAPI ClusterNetworkCloseEnum(HNETWORKENUM hNetworkEnum);

/* Network interfaces */
HNETINTERFACE              WINAPI OpenClusterNetInterface(HCLUSTER hCluster, LPCWSTR lpszInterfaceName);
HNETINTERFACE              WINAPI OpenClusterNetInterfaceEx(HCLUSTER hCluster, LPCWSTR lpszInterfaceName,
                                                            DWORD dwDesiredAccess, DWORD *lpdwGrantedAccess);
BOOL                       WINAPI CloseClusterNetInterface(HNETINTERFACE hNetInterface);
DWORD                      WINAPI GetClusterNetInterface(HCLUSTER hCluster, LPCWSTR lpszNodeName,
                                                         LPCWSTR lpszNetworkName, LPWSTR lpszInterfaceName,
                                                         LPDWORD lpcchInterfaceName);
CLUSTER_NETINTERFACE_STATE WINAPI GetClusterNetInterfaceState(HNETINTERFACE hNetInterface);
HCLUSTER                   WINAPI GetClusterFromNetInterface(HNETINTERFACE hNetInterface);
HKEY                       WINAPI GetClusterNetInterfaceKey(HNETINTERFACE hNetInterface, REGSAM samDesired);
DWORD                      WINAPI ClusterNetInterfaceControl(HNETINTERFACE hNetInterface, HNODE hHostNode,
                                                             DWORD dwControlCode, LPVOID lpInBuffer,
                                                             DWORD nInBufferSize, LPVOID lpOutBuffer,
                                                             DWORD nOutBufferSize, LPDWORD lpBytesReturned);
HNETINTERFACEENUM          WINAPI ClusterNetInterfaceOpenEnum(HCLUSTER hCluster, LPCWSTR lpszNodeName,
                                                              LPCWSTR lpszNetworkName);
DWORD                      WINAPI ClusterNetInterfaceEnum(HNETINTERFACEENUM hNetInterfaceEnum, DWORD dwIndex,
                                                          LPWSTR lpszName, LPDWORD lpcchName);
DWORD                      WINAPI ClusterNetInterfaceCloseEnum(HNETINTERFACEENUM hNetInterfaceEnum);

/* Notifications */
HCHANGE WINAPI CreateClusterNotifyPort(HCHANGE hChange, HCLUSTER hCluster, DWORD dwFilter,
                                       DWORD_PTR dwNotifyKey);
DWORD   WINAPI RegisterClusterNotify(HCHANGE hChange, DWORD dwFilterType, HANDLE hObject,
                                     DWORD_PTR dwNotifyKey);
DWORD   WINAPI GetClusterNotify(HCHANGE hChange, DWORD_PTR *lpdwNotifyKey, LPDWORD lpdwFilterType,
                                LPWSTR lpszName, LPDWORD lpcchName, DWORD dwMilliseconds);
BOOL    WINAPI CloseClusterNotifyPort(HCHANGE hChange);
HCHANGE WINAPI CreateClusterNotifyPortV2(HCHANGE hChange, HCLUSTER hCluster, NOTIFY_FILTER_AND_TYPE *Filters,
                                         DWORD dwFilterCount, DWORD_PTR dwNotifyKey);
DWORD   WINAPI RegisterClusterNotifyV2(HCHANGE hChange, NOTIFY_FILTER_AND_TYPE Filter, HANDLE hObject,
                                       DWORD_PTR dwNotifyKey);
DWORD   WINAPI RegisterClusterResourceTypeNotifyV2(HCHANGE hChange, HCLUSTER hCluster, LONGLONG Flags,
                                                   LPCWSTR resTypeName, DWORD_PTR dwNotifyKey);
DWORD   WINAPI GetClusterNotifyV2(HCHANGE hChange, DWORD_PTR *lpdwNotifyKey,
                                  PNOTIFY_FILTER_AND_TYPE pFilterAndType, BYTE *buffer,
                                  LPDWORD lpbBufferSize, LPWSTR lpszObjectId, LPDWORD lpcchObjectId,
                                  LPWSTR lpszParentId, LPDWORD lpcchParentId, LPWSTR lpszName,
                                  LPDWORD lpcchName, LPWSTR lpszType, LPDWORD lpcchType,
                                  DWORD dwMilliseconds);
DWORD   WINAPI GetNotifyEventHandle(HCHANGE hChange, LPHANDLE lphTargetEvent);

/* Cluster registry (the cluster database) */
LONG  WINAPI ClusterRegOpenKey(HKEY hKey, LPCWSTR lpszSubKey, REGSAM samDesired, PHKEY phkResult);
LONG  WINAPI ClusterRegCreateKey(HKEY hKey, LPCWSTR lpszSubKey, DWORD dwOptions, REGSAM samDesired,
                                 LPSECURITY_ATTRIBUTES lpSecurityAttributes, PHKEY phkResult,
                                 LPDWORD lpdwDisposition);
LONG  WINAPI ClusterRegCloseKey(HKEY hKey);
LONG  WINAPI ClusterRegDeleteKey(HKEY hKey, LPCWSTR lpszSubKey);
DWORD WINAPI ClusterRegDeleteValue(HKEY hKey, LPCWSTR lpszValueName);
LONG  WINAPI ClusterRegEnumKey(HKEY hKey, DWORD dwIndex, LPWSTR lpszName, LPDWORD lpcchName,
                               PFILETIME lpftLastWriteTime);
DWORD WINAPI ClusterRegEnumValue(HKEY hKey, DWORD dwIndex, LPWSTR lpszValueName, LPDWORD lpcchValueName,
                                 LPDWORD lpdwType, LPBYTE lpData, LPDWORD lpcbData);
LONG  WINAPI ClusterRegQueryValue(HKEY hKey, LPCWSTR lpszValueName, LPDWORD lpdwValueType, LPBYTE lpData,
                                  LPDWORD lpcbData);
DWORD WINAPI ClusterRegSetValue(HKEY hKey, LPCWSTR lpszValueName, DWORD dwType, const BYTE *lpData,
                                DWORD cbData);
LONG  WINAPI ClusterRegQueryInfoKey(HKEY hKey, LPDWORD lpcSubKeys, LPDWORD lpcchMaxSubKeyLen,
                                    LPDWORD lpcValues, LPDWORD lpcchMaxValueNameLen, LPDWORD lpcbMaxValueLen,
                                    LPDWORD lpcbSecurityDescriptor, PFILETIME lpftLastWriteTime);
LONG  WINAPI ClusterRegGetKeySecurity(HKEY hKey, SECURITY_INFORMATION RequestedInformation,
                                      PSECURITY_DESCRIPTOR pSecurityDescriptor,
                                      LPDWORD lpcbSecurityDescriptor);
LONG  WINAPI ClusterRegSetKeySecurity(HKEY hKey, SECURITY_INFORMATION SecurityInformation,
                                      PSECURITY_DESCRIPTOR pSecurityDescriptor);
LONG  WINAPI ClusterRegSyncDatabase(HCLUSTER hCluster, DWORD flags);
LONG  WINAPI ClusterRegCreateBatch(HKEY hKey, HREGBATCH *pHREGBATCH);
LONG  WINAPI ClusterRegBatchAddCommand(HREGBATCH hRegBatch, CLUSTER_REG_COMMAND dwCommand, LPCWSTR wzName,
                                       DWORD dwOptions, const void *lpData, DWORD cbData);
LONG  WINAPI ClusterRegCloseBatch(HREGBATCH hRegBatch, BOOL bCommit, INT *failedCommandNumber);
LONG  WINAPI ClusterRegCloseBatchEx(HREGBATCH hRegBatch, DWORD flags, INT *failedCommandNumber);
LONG  WINAPI ClusterRegCreateBatchNotifyPort(HKEY hKey, HREGBATCHPORT *phBatchNotifyPort);
LONG  WINAPI ClusterRegGetBatchNotification(HREGBATCHPORT hBatchNotify,
                                            HREGBATCHNOTIFICATION *phBatchNotification);
LONG  WINAPI ClusterRegBatchReadCommand(HREGBATCHNOTIFICATION hBatchNotification,
                                        CLUSTER_BATCH_COMMAND *pBatchCommand);
LONG  WINAPI ClusterRegBatchCloseNotification(HREGBATCHNOTIFICATION hBatchNotification);
LONG  WINAPI ClusterRegCloseBatchNotifyPort(HREGBATCHPORT hBatchNotifyPort);
LONG  WINAPI ClusterRegCreateReadBatch(HKEY hKey, HREGREADBATCH *phRegReadBatch);
LONG  WINAPI ClusterRegReadBatchAddCommand(HREGREADBATCH hRegReadBatch, LPCWSTR wzSubkeyName,
                                           LPCWSTR wzValueName);
LONG  WINAPI ClusterRegCloseReadBatch(HREGREADBATCH hRegReadBatch, HREGREADBATCHREPLY *phRegReadBatchReply);
LONG  WINAPI ClusterRegCloseReadBatchEx(HREGREADBATCH hRegReadBatch, DWORD flags,
                                        HREGREADBATCHREPLY *phRegReadBatchReply);
LONG  WINAPI ClusterRegReadBatchReplyNextCommand(HREGREADBATCHREPLY hRegReadBatchReply,
                                                 CLUSTER_READ_BATCH_COMMAND *pBatchCommand);
LONG  WINAPI ClusterRegCloseReadBatchReply(HREGREADBATCHREPLY hRegReadBatchReply);

/* Function pointer types for GetProcAddress users (PCLUSAPI_*): a selection
 * of the SDK's typedefs for the functions most often loaded dynamically. */
typedef DWORD    (WINAPI *PCLUSAPI_GET_NODE_CLUSTER_STATE)(LPCWSTR, LPDWORD);
typedef HCLUSTER (WINAPI *PCLUSAPI_OPEN_CLUSTER)(LPCWSTR);
typedef HCLUSTER (WINAPI *PCLUSAPI_OPEN_CLUSTER_EX)(LPCWSTR, DWORD, LPDWORD);
typedef BOOL     (WINAPI *PCLUSAPI_CLOSE_CLUSTER)(HCLUSTER);
typedef DWORD    (WINAPI *PCLUSAPI_GET_CLUSTER_INFORMATION)(HCLUSTER, LPWSTR, LPDWORD, LPCLUSTERVERSIONINFO);
typedef HCLUSENUM (WINAPI *PCLUSAPI_CLUSTER_OPEN_ENUM)(HCLUSTER, DWORD);
typedef DWORD    (WINAPI *PCLUSAPI_CLUSTER_ENUM)(HCLUSENUM, DWORD, LPDWORD, LPWSTR, LPDWORD);
typedef DWORD    (WINAPI *PCLUSAPI_CLUSTER_GET_ENUM_COUNT)(HCLUSENUM);
typedef DWORD    (WINAPI *PCLUSAPI_CLUSTER_CLOSE_ENUM)(HCLUSENUM);
typedef HCLUSENUMEX (WINAPI *PCLUSAPI_CLUSTER_OPEN_ENUM_EX)(HCLUSTER, DWORD, PVOID);
typedef DWORD    (WINAPI *PCLUSAPI_CLUSTER_ENUM_EX)(HCLUSENUMEX, DWORD, PCLUSTER_ENUM_ITEM, LPDWORD);
typedef DWORD    (WINAPI *PCLUSAPI_CLUSTER_CLOSE_ENUM_EX)(HCLUSENUMEX);
typedef HNODE    (WINAPI *PCLUSAPI_OPEN_CLUSTER_NODE)(HCLUSTER, LPCWSTR);
typedef HNODE    (WINAPI *PCLUSAPI_OPEN_CLUSTER_NODE_EX)(HCLUSTER, LPCWSTR, DWORD, LPDWORD);
typedef BOOL     (WINAPI *PCLUSAPI_CLOSE_CLUSTER_NODE)(HNODE);
typedef CLUSTER_NODE_STATE (WINAPI *PCLUSAPI_GET_CLUSTER_NODE_STATE)(HNODE);
typedef HGROUP   (WINAPI *PCLUSAPI_OPEN_CLUSTER_GROUP)(HCLUSTER, LPCWSTR);
typedef HGROUP   (WINAPI *PCLUSAPI_OPEN_CLUSTER_GROUP_EX)(HCLUSTER, LPCWSTR, DWORD, LPDWORD);
typedef BOOL     (WINAPI *PCLUSAPI_CLOSE_CLUSTER_GROUP)(HGROUP);
typedef CLUSTER_GROUP_STATE (WINAPI *PCLUSAPI_GET_CLUSTER_GROUP_STATE)(HGROUP, LPWSTR, LPDWORD);
typedef DWORD    (WINAPI *PCLUSAPI_MOVE_CLUSTER_GROUP)(HGROUP, HNODE);
typedef DWORD    (WINAPI *PCLUSAPI_ONLINE_CLUSTER_GROUP)(HGROUP, HNODE);
typedef DWORD    (WINAPI *PCLUSAPI_OFFLINE_CLUSTER_GROUP)(HGROUP);
typedef HRESOURCE (WINAPI *PCLUSAPI_OPEN_CLUSTER_RESOURCE)(HCLUSTER, LPCWSTR);
typedef HRESOURCE (WINAPI *PCLUSAPI_OPEN_CLUSTER_RESOURCE_EX)(HCLUSTER, LPCWSTR, DWORD, LPDWORD);
typedef BOOL     (WINAPI *PCLUSAPI_CLOSE_CLUSTER_RESOURCE)(HRESOURCE);
typedef CLUSTER_RESOURCE_STATE (WINAPI *PCLUSAPI_GET_CLUSTER_RESOURCE_STATE)(HRESOURCE, LPWSTR, LPDWORD,
                                                                            LPWSTR, LPDWORD);
typedef DWORD    (WINAPI *PCLUSAPI_ONLINE_CLUSTER_RESOURCE)(HRESOURCE);
typedef DWORD    (WINAPI *PCLUSAPI_OFFLINE_CLUSTER_RESOURCE)(HRESOURCE);
typedef DWORD    (WINAPI *PCLUSAPI_CLUSTER_CONTROL)(HCLUSTER, HNODE, DWORD, LPVOID, DWORD, LPVOID, DWORD,
                                                    LPDWORD);
typedef DWORD    (WINAPI *PCLUSAPI_CLUSTER_NODE_CONTROL)(HNODE, HNODE, DWORD, LPVOID, DWORD, LPVOID, DWORD,
                                                         LPDWORD);
typedef DWORD    (WINAPI *PCLUSAPI_CLUSTER_GROUP_CONTROL)(HGROUP, HNODE, DWORD, LPVOID, DWORD, LPVOID, DWORD,
                                                          LPDWORD);
typedef DWORD    (WINAPI *PCLUSAPI_CLUSTER_RESOURCE_CONTROL)(HRESOURCE, HNODE, DWORD, LPVOID, DWORD, LPVOID,
                                                             DWORD, LPDWORD);
typedef DWORD    (WINAPI *PCLUSAPI_CLUSTER_NETWORK_CONTROL)(HNETWORK, HNODE, DWORD, LPVOID, DWORD, LPVOID,
                                                            DWORD, LPDWORD);
typedef HCHANGE  (WINAPI *PCLUSAPI_CREATE_CLUSTER_NOTIFY_PORT)(HCHANGE, HCLUSTER, DWORD, DWORD_PTR);
typedef HCHANGE  (WINAPI *PCLUSAPI_CREATE_CLUSTER_NOTIFY_PORT_V2)(HCHANGE, HCLUSTER, NOTIFY_FILTER_AND_TYPE *,
                                                                  DWORD, DWORD_PTR);
typedef DWORD    (WINAPI *PCLUSAPI_GET_CLUSTER_NOTIFY)(HCHANGE, DWORD_PTR *, LPDWORD, LPWSTR, LPDWORD, DWORD);
typedef BOOL     (WINAPI *PCLUSAPI_CLOSE_CLUSTER_NOTIFY_PORT)(HCHANGE);

#ifdef CLUSAPI_UNDOCUMENTED_EXPORTS
/*
 * Exports of clusapi.dll 10.0.19041 that no public header declares.  The
 * argument lists are this project's (docs/exports.md says what each one is
 * inferred from, or that it is unknown and exported with no arguments); they
 * match dlls/clusapi/clusapi.spec, so the stdcall decorations of the import
 * library agree.  Do not rely on them in portable code.
 */
DWORD     WINAPI AddResourceToClusterSharedVolumesEx(HRESOURCE hResource, LPCWSTR lpszVolumeName);
LONG      WINAPI ClusterRegCreateKeyForceSync(HKEY hKey, LPCWSTR lpszSubKey, DWORD dwOptions,
                                              REGSAM samDesired, LPSECURITY_ATTRIBUTES lpSecurityAttributes,
                                              PHKEY phkResult, LPDWORD lpdwDisposition);
LONG      WINAPI ClusterRegDeleteKeyForceSync(HKEY hKey, LPCWSTR lpszSubKey);
DWORD     WINAPI ClusterRegDeleteValueForceSync(HKEY hKey, LPCWSTR lpszValueName);
DWORD     WINAPI ClusterRegSetValueForceSync(HKEY hKey, LPCWSTR lpszValueName, DWORD dwType,
                                             const BYTE *lpData, DWORD cbData);
LONG      WINAPI ClusterRegQueryAllValues(HKEY hKey, LPDWORD pcbData, LPBYTE *ppData);
DWORD     WINAPI ClusterStmFindDisk(HCLUSTER hCluster, DWORD dwFlags, PVOID pDiskId, LPBYTE pUniqueId,
                                    DWORD cbUniqueId, LPWSTR *ppszDeviceName);
DWORD     WINAPI ClusterSendReceiveMrr(HCLUSTER hCluster, BOOL fExcludeSelf, ULONGLONG nodeSet,
                                       DWORD dwTimeout, DWORD dwComponent, DWORD dwControlCode,
                                       DWORD cbInBuffer, PVOID pInBuffer, PVOID *ppResponse);
DWORD     WINAPI ClusterSendReceiveMrrAsUser(HCLUSTER hCluster, BOOL fExcludeSelf, ULONGLONG nodeSet,
                                             DWORD dwTimeout, DWORD dwComponent, DWORD dwControlCode,
                                             DWORD cbInBuffer, PVOID pInBuffer, PVOID *ppResponse);
HRESULT   WINAPI ClusterFreeMrrResponse(PVOID pResponse);
HRESULT   WINAPI ClusterFreeMemory(PVOID pMemory);
DWORD     WINAPI ClusterSharedVolumeClearBackupState(LPCWSTR lpszVolumePathName);
HCLUSTER  WINAPI CreateClusterManagementPoint(PCREATE_CLUSTER_CONFIG pConfig,
                                              PCLUSTER_SETUP_PROGRESS_CALLBACK pfnProgressCallback,
                                              PVOID pvCallbackArg);
DWORD     WINAPI InitializeClusFaultDomainInfo(PVOID pInfo);
DWORD     WINAPI InitializeClusFaultDomainInfoArray(PVOID pInfo);
DWORD     WINAPI FreeClusFaultDomainInfo(PVOID pInfo);
DWORD     WINAPI FreeClusFaultDomainInfoArray(PVOID pInfo);
DWORD     WINAPI FreeClusFaultDomainXML(PVOID pInfo);
DWORD     WINAPI InitializeClusStorageEnclosureInfo(PVOID pInfo);
DWORD     WINAPI InitializeClusStorageEnclosureInfoArray(PVOID pInfo);
DWORD     WINAPI FreeClusStorageEnclosureInfo(PVOID pInfo);
DWORD     WINAPI FreeClusStorageEnclosureInfoArray(PVOID pInfo);
HRESULT   WINAPI CluFreeFaultDomainInfo(PVOID pInfo);
HRESULT   WINAPI CluFreeGuidArrayPtr(PVOID pArray);
HRESULT   WINAPI CluFreeStr(WCHAR *pszString);
/* Parameter list and return type unknown: declared without arguments. */
HRESULT   WINAPI CCHlpAddNodeUpdateCluster(void);
HRESULT   WINAPI CCHlpConfigureNode(void);
HRESULT   WINAPI CCHlpCreateClusterNameCOIfNotExists(void);
HRESULT   WINAPI CCHlpCreateClusterNameInAD(void);
HRESULT   WINAPI CCHlpGetClusterServiceSecret(void);
HRESULT   WINAPI CCHlpGetDNSHostLabel(void);
HRESULT   WINAPI CCHlpRestoreClusterVirtualObjectToInitialState(void);
HRESULT   WINAPI CluGetDriveInfo(void);
HRESULT   WINAPI CluGetFaultDomainObject(void);
HRESULT   WINAPI CluGetFaultDomainObjects(void);
HRESULT   WINAPI CluRemoveFaultDomainObject(void);
HRESULT   WINAPI ClusterCaptureLiveDump(void);
HRESULT   WINAPI ClusterChangeVMSettings(void);
HRESULT   WINAPI ClusterCreateClusterStorageEnclosure(void);
HRESULT   WINAPI ClusterCreateFaultDomain(void);
HRESULT   WINAPI ClusterCreateFaultDomainFromXML(void);
HRESULT   WINAPI ClusterCreateVMReservation(void);
HRESULT   WINAPI ClusterCreateVMReservationWithDomains(void);
HRESULT   WINAPI ClusterFreeVMReservation(void);
HRESULT   WINAPI ClusterGetClusterStorageEnclosureObject(void);
HRESULT   WINAPI ClusterGetClusterStorageEnclosureObjects(void);
HRESULT   WINAPI ClusterGetDriveInfo(void);
HRESULT   WINAPI ClusterGetFaultDomainObject(void);
HRESULT   WINAPI ClusterGetFaultDomainObjects(void);
HRESULT   WINAPI ClusterGetFaultDomainState(void);
HRESULT   WINAPI ClusterGetFaultDomainXML(void);
HRESULT   WINAPI ClusterGetPlacementScore(void);
HRESULT   WINAPI ClusterNetworkHealthFreeInterfaceConnections(void);
HRESULT   WINAPI ClusterNetworkHealthFreeNodeConnections(void);
HRESULT   WINAPI ClusterNetworkHealthGetInterfaceConnections(void);
HRESULT   WINAPI ClusterNetworkHealthGetNodeConnections(void);
HRESULT   WINAPI ClusterRemoveClusterStorageEnclosure(void);
HRESULT   WINAPI ClusterRemoveFaultDomain(void);
HRESULT   WINAPI ClusterSetClusterStorageEnclosure(void);
HRESULT   WINAPI ClusterSetFaultDomain(void);
HRESULT   WINAPI ClusterSetNodeFaultDomain(void);
HRESULT   WINAPI ClusterUpgradeFunctionalLevelEx(void);
HRESOURCE WINAPI CreateClusterResourceWithId(void);
HRESULT   WINAPI GetClusterSharedVolumeNameForFile(void);
HCLUSTER  WINAPI OpenClusterEx2(void);
#endif /* CLUSAPI_UNDOCUMENTED_EXPORTS */

#ifdef __cplusplus
}
#endif

#endif /* _CLUSTER_API_ */
