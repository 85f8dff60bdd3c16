/*
 * Cluster resource utility library (resutils.dll): the property-list and
 * cluster-database helpers that cluster tools use.
 *
 * Written for wine-clusapi from the Windows SDK documentation of resapi.h
 * (MicrosoftDocs/sdk-api, sdk-api-src/content/resapi).  The resource-DLL
 * entry-point machinery (Startup, RESOURCE_STATUS, the monitor callbacks) and
 * the service-control helpers are not declared; see docs/headers.md.
 *
 * Link with -lresutils.  This project's resutils.dll (dlls/resutils)
 * implements the property-list helpers; its other exports fail cleanly.
 */
#ifndef _RESAPI_DEFINES_
#define _RESAPI_DEFINES_

#include <windef.h>
#include <winbase.h>
#include <winreg.h>
#include "clusapi.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------------------
 * Property tables
 * ------------------------------------------------------------------------ */

/* RESUTIL_PROPERTY_ITEM.Flags */
#define RESUTIL_PROPITEM_READ_ONLY 0x00000001
#define RESUTIL_PROPITEM_REQUIRED  0x00000002
#define RESUTIL_PROPITEM_SIGNED    0x00000004
#define RESUTIL_PROPITEM_IN_MEMORY 0x00000008

typedef struct RESUTIL_LARGEINT_DATA
{
    LARGE_INTEGER Default;
    LARGE_INTEGER Minimum;
    LARGE_INTEGER Maximum;
} RESUTIL_LARGEINT_DATA, *PRESUTIL_LARGEINT_DATA;

typedef struct RESUTIL_ULARGEINT_DATA
{
    ULARGE_INTEGER Default;
    ULARGE_INTEGER Minimum;
    ULARGE_INTEGER Maximum;
} RESUTIL_ULARGEINT_DATA, *PRESUTIL_ULARGEINT_DATA;

typedef struct RESUTIL_FILETIME_DATA
{
    FILETIME Default;
    FILETIME Minimum;
    FILETIME Maximum;
} RESUTIL_FILETIME_DATA, *PRESUTIL_FILETIME_DATA;

typedef struct RESUTIL_PROPERTY_ITEM
{
    LPWSTR Name;
    LPWSTR KeyName;
    DWORD  Format;
    union
    {
        DWORD_PTR               DefaultPtr;
        DWORD                   Default;
        LPVOID                  lpDefault;
        PRESUTIL_LARGEINT_DATA  LargeIntData;
        PRESUTIL_ULARGEINT_DATA ULargeIntData;
        PRESUTIL_FILETIME_DATA  FileTimeData;
    } DUMMYUNIONNAME;
    DWORD  Minimum;
    DWORD  Maximum;
    DWORD  Flags;
    DWORD  Offset;
} RESUTIL_PROPERTY_ITEM, *PRESUTIL_PROPERTY_ITEM;

/* ---------------------------------------------------------------------------
 * Finding values in a property list (e.g. the output of
 * CLUSCTL_*_GET_COMMON_PROPERTIES).  Returned strings and binary values are
 * allocated with LocalAlloc: free them with LocalFree.
 * ------------------------------------------------------------------------ */

DWORD WINAPI ResUtilFindSzProperty(const PVOID pPropertyList, DWORD cbPropertyListSize,
                                   LPCWSTR pszPropertyName, LPWSTR *pszPropertyValue);
DWORD WINAPI ResUtilFindExpandSzProperty(const PVOID pPropertyList, DWORD cbPropertyListSize,
                                         LPCWSTR pszPropertyName, LPWSTR *pszPropertyValue);
DWORD WINAPI ResUtilFindExpandedSzProperty(const PVOID pPropertyList, DWORD cbPropertyListSize,
                                           LPCWSTR pszPropertyName, LPWSTR *pszPropertyValue);
DWORD WINAPI ResUtilFindDwordProperty(const PVOID pPropertyList, DWORD cbPropertyListSize,
                                      LPCWSTR pszPropertyName, LPDWORD pdwPropertyValue);
DWORD WINAPI ResUtilFindBinaryProperty(const PVOID pPropertyList, DWORD cbPropertyListSize,
                                       LPCWSTR pszPropertyName, LPBYTE *pbPropertyValue,
                                       LPDWORD pcbPropertyValueSize);
DWORD WINAPI ResUtilFindMultiSzProperty(const PVOID pPropertyList, DWORD cbPropertyListSize,
                                        LPCWSTR pszPropertyName, LPWSTR *pszPropertyValue,
                                        LPDWORD pcbPropertyValueSize);
DWORD WINAPI ResUtilFindLongProperty(const PVOID pPropertyList, DWORD cbPropertyListSize,
                                     LPCWSTR pszPropertyName, LPLONG plPropertyValue);
DWORD WINAPI ResUtilFindULargeIntegerProperty(const PVOID pPropertyList, DWORD cbPropertyListSize,
                                              LPCWSTR pszPropertyName, ULONGLONG *plPropertyValue);
DWORD WINAPI ResUtilFindFileTimeProperty(const PVOID pPropertyList, DWORD cbPropertyListSize,
                                         LPCWSTR pszPropertyName, LPFILETIME pftPropertyValue);

/* ---------------------------------------------------------------------------
 * Building and applying property lists from property tables and the cluster
 * database
 * ------------------------------------------------------------------------ */

DWORD WINAPI ResUtilGetProperties(HKEY hkeyClusterKey, const PRESUTIL_PROPERTY_ITEM pPropertyTable,
                                  PVOID pOutPropertyList, DWORD cbOutPropertyListSize,
                                  LPDWORD pcbBytesReturned, LPDWORD pcbRequired);
DWORD WINAPI ResUtilGetAllProperties(HKEY hkeyClusterKey, const PRESUTIL_PROPERTY_ITEM pPropertyTable,
                                     PVOID pOutPropertyList, DWORD cbOutPropertyListSize,
                                     LPDWORD pcbBytesReturned, LPDWORD pcbRequired);
DWORD WINAPI ResUtilGetPrivateProperties(HKEY hkeyClusterKey, PVOID pOutPropertyList,
                                         DWORD cbOutPropertyListSize, LPDWORD pcbBytesReturned,
                                         LPDWORD pcbRequired);
DWORD WINAPI ResUtilGetPropertySize(HKEY hkeyClusterKey, const PRESUTIL_PROPERTY_ITEM pPropertyTableItem,
                                    LPDWORD pcbOutPropertyListSize, LPDWORD pnPropertyCount);
DWORD WINAPI ResUtilGetProperty(HKEY hkeyClusterKey, const PRESUTIL_PROPERTY_ITEM pPropertyTableItem,
                                PVOID *pOutPropertyItem, LPDWORD pcbOutPropertyItemSize);
DWORD WINAPI ResUtilGetPropertyFormats(const PRESUTIL_PROPERTY_ITEM pPropertyTable,
                                       PVOID pOutPropertyFormatList, DWORD cbPropertyFormatListSize,
                                       LPDWORD pcbBytesReturned, LPDWORD pcbRequired);
DWORD WINAPI ResUtilEnumProperties(const PRESUTIL_PROPERTY_ITEM pPropertyTable, LPWSTR pszOutProperties,
                                   DWORD cbOutPropertiesSize, LPDWORD pcbBytesReturned,
                                   LPDWORD pcbRequired);
DWORD WINAPI ResUtilEnumPrivateProperties(HKEY hkeyClusterKey, LPWSTR pszOutProperties,
                                          DWORD cbOutPropertiesSize, LPDWORD pcbBytesReturned,
                                          LPDWORD pcbRequired);
DWORD WINAPI ResUtilAddUnknownProperties(HKEY hkeyClusterKey, const PRESUTIL_PROPERTY_ITEM pPropertyTable,
                                         PVOID pOutPropertyList, DWORD pcbOutPropertyListSize,
                                         LPDWORD pcbBytesReturned, LPDWORD pcbRequired);
DWORD WINAPI ResUtilVerifyPropertyTable(const PRESUTIL_PROPERTY_ITEM pPropertyTable, PVOID Reserved,
                                        BOOL bAllowUnknownProperties, const PVOID pInPropertyList,
                                        DWORD cbInPropertyListSize, LPBYTE pOutParams);
DWORD WINAPI ResUtilVerifyPrivatePropertyList(const PVOID pInPropertyList, DWORD cbInPropertyListSize);
DWORD WINAPI ResUtilSetPropertyTable(HKEY hkeyClusterKey, const PRESUTIL_PROPERTY_ITEM pPropertyTable,
                                     PVOID Reserved, BOOL bAllowUnknownProperties,
                                     const PVOID pInPropertyList, DWORD cbInPropertyListSize,
                                     LPBYTE pOutParams);
DWORD WINAPI ResUtilSetPropertyTableEx(HKEY hkeyClusterKey, const PRESUTIL_PROPERTY_ITEM pPropertyTable,
                                       PVOID Reserved, BOOL bAllowUnknownProperties,
                                       const PVOID pInPropertyList, DWORD cbInPropertyListSize,
                                       BOOL bForceWrite, LPBYTE pOutParams);
DWORD WINAPI ResUtilSetPropertyParameterBlock(HKEY hkeyClusterKey,
                                              const PRESUTIL_PROPERTY_ITEM pPropertyTable, PVOID Reserved,
                                              const LPBYTE pInParams, const PVOID pInPropertyList,
                                              DWORD cbInPropertyListSize, LPBYTE pOutParams);
DWORD WINAPI ResUtilSetPropertyParameterBlockEx(HKEY hkeyClusterKey,
                                                const PRESUTIL_PROPERTY_ITEM pPropertyTable, PVOID Reserved,
                                                const LPBYTE pInParams, const PVOID pInPropertyList,
                                                DWORD cbInPropertyListSize, BOOL bForceWrite,
                                                LPBYTE pOutParams);
DWORD WINAPI ResUtilSetUnknownProperties(HKEY hkeyClusterKey, const PRESUTIL_PROPERTY_ITEM pPropertyTable,
                                         const PVOID pInPropertyList, DWORD cbInPropertyListSize);
DWORD WINAPI ResUtilSetPrivatePropertyList(HKEY hkeyClusterKey, const PVOID pInPropertyList,
                                           DWORD cbInPropertyListSize);
DWORD WINAPI ResUtilGetPropertiesToParameterBlock(HKEY hkeyClusterKey,
                                                  const PRESUTIL_PROPERTY_ITEM pPropertyTable,
                                                  LPBYTE pOutParams, BOOL bCheckForRequiredProperties,
                                                  LPWSTR *pszNameOfPropInError);
DWORD WINAPI ResUtilPropertyListFromParameterBlock(const PRESUTIL_PROPERTY_ITEM pPropertyTable,
                                                   PVOID pOutPropertyList, LPDWORD pcbOutPropertyListSize,
                                                   const LPBYTE pInParams, LPDWORD pcbBytesReturned,
                                                   LPDWORD pcbRequired);
DWORD WINAPI ResUtilDupParameterBlock(LPBYTE pOutParams, const LPBYTE pInParams,
                                      const PRESUTIL_PROPERTY_ITEM pPropertyTable);
void  WINAPI ResUtilFreeParameterBlock(LPBYTE pOutParams, const LPBYTE pInParams,
                                       const PRESUTIL_PROPERTY_ITEM pPropertyTable);

/* Reading one value out of a property list into a variable, with bounds */
DWORD WINAPI ResUtilGetBinaryProperty(LPBYTE *ppbOutValue, LPDWORD pcbOutValueSize,
                                      const PCLUSPROP_BINARY pValueStruct, const LPBYTE pbOldValue,
                                      DWORD cbOldValueSize, LPBYTE *ppPropertyList,
                                      LPDWORD pcbPropertyListSize);
DWORD WINAPI ResUtilGetSzProperty(LPWSTR *ppszOutValue, const PCLUSPROP_SZ pValueStruct,
                                  LPCWSTR pszOldValue, LPBYTE *ppPropertyList, LPDWORD pcbPropertyListSize);
DWORD WINAPI ResUtilGetMultiSzProperty(LPWSTR *ppszOutValue, LPDWORD pcbOutValueSize,
                                       const PCLUSPROP_SZ pValueStruct, LPCWSTR pszOldValue,
                                       DWORD cbOldValueSize, LPBYTE *ppPropertyList,
                                       LPDWORD pcbPropertyListSize);
DWORD WINAPI ResUtilGetDwordProperty(LPDWORD pdwOutValue, const PCLUSPROP_DWORD pValueStruct,
                                     DWORD dwOldValue, DWORD dwMinimum, DWORD dwMaximum,
                                     LPBYTE *ppPropertyList, LPDWORD pcbPropertyListSize);
DWORD WINAPI ResUtilGetLongProperty(LPLONG plOutValue, const PCLUSPROP_LONG pValueStruct, LONG lOldValue,
                                    LONG lMinimum, LONG lMaximum, LPBYTE *ppPropertyList,
                                    LPDWORD pcbPropertyListSize);
DWORD WINAPI ResUtilGetFileTimeProperty(LPFILETIME pftOutValue, const PCLUSPROP_FILETIME pValueStruct,
                                        FILETIME ftOldValue, FILETIME ftMinimum, FILETIME ftMaximum,
                                        LPBYTE *ppPropertyList, LPDWORD pcbPropertyListSize);

/* ---------------------------------------------------------------------------
 * Cluster database values
 * ------------------------------------------------------------------------ */

LPWSTR WINAPI ResUtilGetSzValue(HKEY hkeyClusterKey, LPCWSTR pszValueName);
DWORD  WINAPI ResUtilGetBinaryValue(HKEY hkeyClusterKey, LPCWSTR pszValueName, LPBYTE *ppbOutValue,
                                    LPDWORD pcbOutValueSize);
DWORD  WINAPI ResUtilGetDwordValue(HKEY hkeyClusterKey, LPCWSTR pszValueName, LPDWORD pdwOutValue,
                                   DWORD dwDefaultValue);
DWORD  WINAPI ResUtilGetQwordValue(HKEY hkeyClusterKey, LPCWSTR pszValueName, ULONGLONG *pqwOutValue,
                                   ULONGLONG qwDefaultValue);
DWORD  WINAPI ResUtilSetBinaryValue(HKEY hkeyClusterKey, LPCWSTR pszValueName, const LPBYTE pbNewValue,
                                    DWORD cbNewValueSize, LPBYTE *ppbOutValue, LPDWORD pcbOutValueSize);
DWORD  WINAPI ResUtilSetSzValue(HKEY hkeyClusterKey, LPCWSTR pszValueName, LPCWSTR pszNewValue,
                                LPWSTR *ppszOutString);
DWORD  WINAPI ResUtilSetExpandSzValue(HKEY hkeyClusterKey, LPCWSTR pszValueName, LPCWSTR pszNewValue,
                                      LPWSTR *ppszOutString);
DWORD  WINAPI ResUtilSetMultiSzValue(HKEY hkeyClusterKey, LPCWSTR pszValueName, LPCWSTR pszNewValue,
                                     DWORD cbNewValueSize, LPWSTR *ppszOutValue, LPDWORD pcbOutValueSize);
DWORD  WINAPI ResUtilSetDwordValue(HKEY hkeyClusterKey, LPCWSTR pszValueName, DWORD dwNewValue,
                                   LPDWORD pdwOutValue);
DWORD  WINAPI ResUtilSetQwordValue(HKEY hkeyClusterKey, LPCWSTR pszValueName, ULONGLONG qwNewValue,
                                   ULONGLONG *pqwOutValue);

/* ---------------------------------------------------------------------------
 * Resources, roles, strings
 * ------------------------------------------------------------------------ */

typedef DWORD (WINAPI *LPRESOURCE_CALLBACK)(HRESOURCE, HRESOURCE, PVOID);
typedef DWORD (WINAPI *LPRESOURCE_CALLBACK_EX)(HCLUSTER, HRESOURCE, HRESOURCE, PVOID);

typedef enum CLUSTER_ROLE
{
    ClusterRoleDHCP                      = 0,
    ClusterRoleDTC                       = 1,
    ClusterRoleFileServer                = 2,
    ClusterRoleGenericApplication        = 3,
    ClusterRoleGenericScript             = 4,
    ClusterRoleGenericService            = 5,
    ClusterRoleISCSINameServer           = 6,
    ClusterRoleMSMQ                      = 7,
    ClusterRoleNFS                       = 8,
    ClusterRolePrintServer               = 9,
    ClusterRoleStandAloneNamespaceServer = 10,
    ClusterRoleVirtualMachine            = 11,
    ClusterRoleWINS                      = 12
} CLUSTER_ROLE;

typedef enum CLUSTER_ROLE_STATE
{
    ClusterRoleUnknown     = -1,
    ClusterRoleClustered   = 0,
    ClusterRoleUnclustered = 1
} CLUSTER_ROLE_STATE;

PWSTR     WINAPI ResUtilDupString(LPCWSTR pszInString);
LPWSTR    WINAPI ResUtilExpandEnvironmentStrings(LPCWSTR pszSrc);
BOOL      WINAPI ResUtilIsPathValid(LPCWSTR pszPath);
DWORD     WINAPI ResUtilCreateDirectoryTree(LPCWSTR pszPath);
LPVOID    WINAPI ResUtilGetEnvironmentWithNetName(HRESOURCE hResource);
DWORD     WINAPI ResUtilFreeEnvironment(LPVOID lpEnvironment);
BOOL      WINAPI ResUtilResourcesEqual(HRESOURCE hSelf, HRESOURCE hResource);
BOOL      WINAPI ResUtilResourceTypesEqual(LPCWSTR lpszResourceTypeName, HRESOURCE hResource);
BOOL      WINAPI ResUtilIsResourceClassEqual(PCLUSPROP_RESOURCE_CLASS prci, HRESOURCE hResource);
DWORD     WINAPI ResUtilEnumResources(HRESOURCE hSelf, LPCWSTR lpszResTypeName,
                                      LPRESOURCE_CALLBACK pResCallBack, PVOID pParameter);
DWORD     WINAPI ResUtilEnumResourcesEx(HCLUSTER hCluster, HRESOURCE hSelf, LPCWSTR lpszResTypeName,
                                        LPRESOURCE_CALLBACK_EX pResCallBack, PVOID pParameter);
HRESOURCE WINAPI ResUtilGetResourceDependency(HANDLE hSelf, LPCWSTR lpszResourceType);
HRESOURCE WINAPI ResUtilGetResourceDependencyByName(HCLUSTER hCluster, HANDLE hSelf,
                                                    LPCWSTR lpszResourceType, BOOL bRecurse);
HRESOURCE WINAPI ResUtilGetResourceDependencyByClass(HCLUSTER hCluster, HANDLE hSelf,
                                                     PCLUSPROP_RESOURCE_CLASS prci, BOOL bRecurse);
HRESOURCE WINAPI ResUtilGetResourceNameDependency(LPCWSTR lpszResourceName, LPCWSTR lpszResourceType);
DWORD     WINAPI ResUtilGetResourceName(HRESOURCE hResource, PWSTR pszResourceName,
                                        DWORD *pcchResourceNameInOut);
DWORD     WINAPI ResUtilGetResourceDependentIPAddressProps(HRESOURCE hResource, LPWSTR pszAddress,
                                                           DWORD *pcchAddress, LPWSTR pszSubnetMask,
                                                           DWORD *pcchSubnetMask, LPWSTR pszNetwork,
                                                           DWORD *pcchNetwork);
DWORD     WINAPI ResUtilFindDependentDiskResourceDriveLetter(HCLUSTER hCluster, HRESOURCE hResource,
                                                             LPWSTR pszDriveLetter, DWORD *pcchDriveLetter);
DWORD     WINAPI ResUtilGetCoreClusterResources(HCLUSTER hCluster, HRESOURCE *phClusterNameResource,
                                                HRESOURCE *phClusterIPAddressResource,
                                                HRESOURCE *phClusterQuorumResource);
CLUSTER_ROLE_STATE WINAPI ResUtilGetClusterRoleState(HCLUSTER hCluster, CLUSTER_ROLE eClusterRole);

#ifdef __cplusplus
}
#endif

#endif /* _RESAPI_DEFINES_ */
