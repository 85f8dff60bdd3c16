/*
 * Failover Cluster API (clusapi.dll), written from the Windows SDK documentation.
 *
 * This first cut declares the calls and types the project implements so far;
 * the full header (all 290 exports, control codes, property lists) is the
 * subject of its own work item.  The include guard is the SDK's, so that a
 * later #include of another clusapi.h is a no-op.
 */
#ifndef _CLUSTER_API_
#define _CLUSTER_API_

#include <windef.h>
#include <winbase.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CLUSAPI_VERSION_SERVER2008   0x00000600
#define CLUSAPI_VERSION_SERVER2008R2 0x00000700
#define CLUSAPI_VERSION_WINDOWS8     0x00000701
#define CLUSAPI_VERSION_WINDOWSBLUE  0x00000702
#define CLUSAPI_VERSION_WINTHRESHOLD 0x00000703
#ifndef CLUSAPI_VERSION
#define CLUSAPI_VERSION CLUSAPI_VERSION_WINTHRESHOLD
#endif

typedef struct _HCLUSTER *HCLUSTER;
typedef struct _HNODE *HNODE;
typedef struct _HRESOURCE *HRESOURCE;
typedef struct _HGROUP *HGROUP;
typedef struct _HNETWORK *HNETWORK;
typedef struct _HNETINTERFACE *HNETINTERFACE;
typedef struct _HCHANGE *HCHANGE;
typedef struct _HCLUSENUM *HCLUSENUM;
typedef struct _HGROUPENUM *HGROUPENUM;
typedef struct _HRESENUM *HRESENUM;
typedef struct _HNETWORKENUM *HNETWORKENUM;
typedef struct _HNODEENUM *HNODEENUM;
typedef struct _HNETINTERFACEENUM *HNETINTERFACEENUM;
typedef struct _HRESTYPEENUM *HRESTYPEENUM;

#define MAX_CLUSTERNAME_LENGTH      MAX_COMPUTERNAME_LENGTH

/* OpenClusterEx access rights */
#define CLUSAPI_READ_ACCESS   0x00000001L
#define CLUSAPI_CHANGE_ACCESS 0x00000002L
#define CLUSAPI_NO_ACCESS     0x00000004L
#define CLUSAPI_ALL_ACCESS    (CLUSAPI_READ_ACCESS | CLUSAPI_CHANGE_ACCESS)

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

/* GetClusterInformation */
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

DWORD    WINAPI GetNodeClusterState(LPCWSTR lpszNodeName, LPDWORD pdwClusterState);
HCLUSTER WINAPI OpenCluster(LPCWSTR lpszClusterName);
HCLUSTER WINAPI OpenClusterEx(LPCWSTR lpszClusterName, DWORD DesiredAccess, DWORD *GrantedAccess);
BOOL     WINAPI CloseCluster(HCLUSTER hCluster);
DWORD    WINAPI GetClusterInformation(HCLUSTER hCluster, LPWSTR lpszClusterName,
                                      LPDWORD lpcchClusterName, LPCLUSTERVERSIONINFO lpClusterInfo);

#ifdef __cplusplus
}
#endif

#endif /* _CLUSTER_API_ */
