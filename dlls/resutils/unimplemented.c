/*
 * resutils.dll: the exports that are not implemented yet.
 *
 * One line per function that Windows' resutils.dll exports and our
 * include/resapi.h declares, with the header's own parameter list (so the
 * compiler checks it against the declaration, and resutils.spec agrees in
 * count and width).  Each prints a FIXME and fails the way its return type
 * says a failure looks; none crashes, none pretends to succeed.  To
 * implement one, delete its line and define it in resutils.c.
 */
#include <stdarg.h>

#include "windef.h"
#include "winbase.h"
#include "winreg.h"
#include "winerror.h"
#include "clusapi.h"
#include "resapi.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(resutils);

#define STUB_DWORD(name, params) \
    DWORD WINAPI name params \
    { \
        FIXME("stub\n"); \
        return ERROR_CALL_NOT_IMPLEMENTED; \
    }

#define STUB_BOOL(name, params) \
    BOOL WINAPI name params \
    { \
        FIXME("stub\n"); \
        SetLastError(ERROR_CALL_NOT_IMPLEMENTED); \
        return FALSE; \
    }

#define STUB_POINTER(type, name, params) \
    type WINAPI name params \
    { \
        FIXME("stub\n"); \
        SetLastError(ERROR_CALL_NOT_IMPLEMENTED); \
        return NULL; \
    }

#define STUB_VOID(name, params) \
    void WINAPI name params \
    { \
        FIXME("stub\n"); \
    }

#define STUB_ROLE_STATE(name, params) \
    CLUSTER_ROLE_STATE WINAPI name params \
    { \
        FIXME("stub\n"); \
        SetLastError(ERROR_CALL_NOT_IMPLEMENTED); \
        return ClusterRoleUnknown; \
    }

STUB_DWORD(ResUtilGetPrivateProperties, (HKEY hkeyClusterKey, PVOID pOutPropertyList,
                                         DWORD cbOutPropertyListSize, LPDWORD pcbBytesReturned,
                                         LPDWORD pcbRequired))
STUB_DWORD(ResUtilGetPropertySize, (HKEY hkeyClusterKey, const PRESUTIL_PROPERTY_ITEM pPropertyTableItem,
                                    LPDWORD pcbOutPropertyListSize, LPDWORD pnPropertyCount))
STUB_DWORD(ResUtilGetProperty, (HKEY hkeyClusterKey, const PRESUTIL_PROPERTY_ITEM pPropertyTableItem,
                                PVOID *pOutPropertyItem, LPDWORD pcbOutPropertyItemSize))
STUB_DWORD(ResUtilEnumPrivateProperties, (HKEY hkeyClusterKey, LPWSTR pszOutProperties,
                                          DWORD cbOutPropertiesSize, LPDWORD pcbBytesReturned,
                                          LPDWORD pcbRequired))
STUB_DWORD(ResUtilAddUnknownProperties, (HKEY hkeyClusterKey, const PRESUTIL_PROPERTY_ITEM pPropertyTable,
                                         PVOID pOutPropertyList, DWORD pcbOutPropertyListSize,
                                         LPDWORD pcbBytesReturned, LPDWORD pcbRequired))
STUB_DWORD(ResUtilVerifyPropertyTable, (const PRESUTIL_PROPERTY_ITEM pPropertyTable, PVOID Reserved,
                                        BOOL bAllowUnknownProperties, const PVOID pInPropertyList,
                                        DWORD cbInPropertyListSize, LPBYTE pOutParams))
STUB_DWORD(ResUtilSetPropertyTable, (HKEY hkeyClusterKey, const PRESUTIL_PROPERTY_ITEM pPropertyTable,
                                     PVOID Reserved, BOOL bAllowUnknownProperties,
                                     const PVOID pInPropertyList, DWORD cbInPropertyListSize,
                                     LPBYTE pOutParams))
STUB_DWORD(ResUtilSetPropertyTableEx, (HKEY hkeyClusterKey, const PRESUTIL_PROPERTY_ITEM pPropertyTable,
                                       PVOID Reserved, BOOL bAllowUnknownProperties,
                                       const PVOID pInPropertyList, DWORD cbInPropertyListSize,
                                       BOOL bForceWrite, LPBYTE pOutParams))
STUB_DWORD(ResUtilSetPropertyParameterBlock, (HKEY hkeyClusterKey,
                                              const PRESUTIL_PROPERTY_ITEM pPropertyTable, PVOID Reserved,
                                              const LPBYTE pInParams, const PVOID pInPropertyList,
                                              DWORD cbInPropertyListSize, LPBYTE pOutParams))
STUB_DWORD(ResUtilSetPropertyParameterBlockEx, (HKEY hkeyClusterKey,
                                                const PRESUTIL_PROPERTY_ITEM pPropertyTable, PVOID Reserved,
                                                const LPBYTE pInParams, const PVOID pInPropertyList,
                                                DWORD cbInPropertyListSize, BOOL bForceWrite,
                                                LPBYTE pOutParams))
STUB_DWORD(ResUtilSetUnknownProperties, (HKEY hkeyClusterKey, const PRESUTIL_PROPERTY_ITEM pPropertyTable,
                                         const PVOID pInPropertyList, DWORD cbInPropertyListSize))
STUB_DWORD(ResUtilSetPrivatePropertyList, (HKEY hkeyClusterKey, const PVOID pInPropertyList,
                                           DWORD cbInPropertyListSize))
STUB_DWORD(ResUtilGetPropertiesToParameterBlock, (HKEY hkeyClusterKey,
                                                  const PRESUTIL_PROPERTY_ITEM pPropertyTable,
                                                  LPBYTE pOutParams, BOOL bCheckForRequiredProperties,
                                                  LPWSTR *pszNameOfPropInError))
STUB_DWORD(ResUtilPropertyListFromParameterBlock, (const PRESUTIL_PROPERTY_ITEM pPropertyTable,
                                                   PVOID pOutPropertyList, LPDWORD pcbOutPropertyListSize,
                                                   const LPBYTE pInParams, LPDWORD pcbBytesReturned,
                                                   LPDWORD pcbRequired))
STUB_DWORD(ResUtilDupParameterBlock, (LPBYTE pOutParams, const LPBYTE pInParams,
                                      const PRESUTIL_PROPERTY_ITEM pPropertyTable))
STUB_VOID(ResUtilFreeParameterBlock, (LPBYTE pOutParams, const LPBYTE pInParams,
                                      const PRESUTIL_PROPERTY_ITEM pPropertyTable))
STUB_DWORD(ResUtilGetBinaryProperty, (LPBYTE *ppbOutValue, LPDWORD pcbOutValueSize,
                                      const PCLUSPROP_BINARY pValueStruct, const LPBYTE pbOldValue,
                                      DWORD cbOldValueSize, LPBYTE *ppPropertyList,
                                      LPDWORD pcbPropertyListSize))
STUB_DWORD(ResUtilGetSzProperty, (LPWSTR *ppszOutValue, const PCLUSPROP_SZ pValueStruct, LPCWSTR pszOldValue,
                                  LPBYTE *ppPropertyList, LPDWORD pcbPropertyListSize))
STUB_DWORD(ResUtilGetMultiSzProperty, (LPWSTR *ppszOutValue, LPDWORD pcbOutValueSize,
                                       const PCLUSPROP_SZ pValueStruct, LPCWSTR pszOldValue,
                                       DWORD cbOldValueSize, LPBYTE *ppPropertyList,
                                       LPDWORD pcbPropertyListSize))
STUB_DWORD(ResUtilGetDwordProperty, (LPDWORD pdwOutValue, const PCLUSPROP_DWORD pValueStruct,
                                     DWORD dwOldValue, DWORD dwMinimum, DWORD dwMaximum,
                                     LPBYTE *ppPropertyList, LPDWORD pcbPropertyListSize))
STUB_DWORD(ResUtilGetLongProperty, (LPLONG plOutValue, const PCLUSPROP_LONG pValueStruct, LONG lOldValue,
                                    LONG lMinimum, LONG lMaximum, LPBYTE *ppPropertyList,
                                    LPDWORD pcbPropertyListSize))
STUB_DWORD(ResUtilGetFileTimeProperty, (LPFILETIME pftOutValue, const PCLUSPROP_FILETIME pValueStruct,
                                        FILETIME ftOldValue, FILETIME ftMinimum, FILETIME ftMaximum,
                                        LPBYTE *ppPropertyList, LPDWORD pcbPropertyListSize))
STUB_DWORD(ResUtilSetBinaryValue, (HKEY hkeyClusterKey, LPCWSTR pszValueName, const LPBYTE pbNewValue,
                                   DWORD cbNewValueSize, LPBYTE *ppbOutValue, LPDWORD pcbOutValueSize))
STUB_DWORD(ResUtilSetSzValue, (HKEY hkeyClusterKey, LPCWSTR pszValueName, LPCWSTR pszNewValue,
                               LPWSTR *ppszOutString))
STUB_DWORD(ResUtilSetExpandSzValue, (HKEY hkeyClusterKey, LPCWSTR pszValueName, LPCWSTR pszNewValue,
                                     LPWSTR *ppszOutString))
STUB_DWORD(ResUtilSetMultiSzValue, (HKEY hkeyClusterKey, LPCWSTR pszValueName, LPCWSTR pszNewValue,
                                    DWORD cbNewValueSize, LPWSTR *ppszOutValue, LPDWORD pcbOutValueSize))
STUB_DWORD(ResUtilSetDwordValue, (HKEY hkeyClusterKey, LPCWSTR pszValueName, DWORD dwNewValue,
                                  LPDWORD pdwOutValue))
STUB_DWORD(ResUtilSetQwordValue, (HKEY hkeyClusterKey, LPCWSTR pszValueName, ULONGLONG qwNewValue,
                                  ULONGLONG *pqwOutValue))
STUB_BOOL(ResUtilIsPathValid, (LPCWSTR pszPath))
STUB_DWORD(ResUtilCreateDirectoryTree, (LPCWSTR pszPath))
STUB_POINTER(LPVOID, ResUtilGetEnvironmentWithNetName, (HRESOURCE hResource))
STUB_DWORD(ResUtilFreeEnvironment, (LPVOID lpEnvironment))
STUB_BOOL(ResUtilResourcesEqual, (HRESOURCE hSelf, HRESOURCE hResource))
STUB_BOOL(ResUtilResourceTypesEqual, (LPCWSTR lpszResourceTypeName, HRESOURCE hResource))
STUB_BOOL(ResUtilIsResourceClassEqual, (PCLUSPROP_RESOURCE_CLASS prci, HRESOURCE hResource))
STUB_DWORD(ResUtilEnumResources, (HRESOURCE hSelf, LPCWSTR lpszResTypeName, LPRESOURCE_CALLBACK pResCallBack,
                                  PVOID pParameter))
STUB_DWORD(ResUtilEnumResourcesEx, (HCLUSTER hCluster, HRESOURCE hSelf, LPCWSTR lpszResTypeName,
                                    LPRESOURCE_CALLBACK_EX pResCallBack, PVOID pParameter))
STUB_POINTER(HRESOURCE, ResUtilGetResourceDependency, (HANDLE hSelf, LPCWSTR lpszResourceType))
STUB_POINTER(HRESOURCE, ResUtilGetResourceDependencyByName, (HCLUSTER hCluster, HANDLE hSelf,
                                                             LPCWSTR lpszResourceType, BOOL bRecurse))
STUB_POINTER(HRESOURCE, ResUtilGetResourceDependencyByClass, (HCLUSTER hCluster, HANDLE hSelf,
                                                              PCLUSPROP_RESOURCE_CLASS prci, BOOL bRecurse))
STUB_POINTER(HRESOURCE, ResUtilGetResourceNameDependency, (LPCWSTR lpszResourceName,
                                                           LPCWSTR lpszResourceType))
STUB_DWORD(ResUtilGetResourceName, (HRESOURCE hResource, PWSTR pszResourceName, DWORD *pcchResourceNameInOut))
STUB_DWORD(ResUtilGetResourceDependentIPAddressProps, (HRESOURCE hResource, LPWSTR pszAddress,
                                                       DWORD *pcchAddress, LPWSTR pszSubnetMask,
                                                       DWORD *pcchSubnetMask, LPWSTR pszNetwork,
                                                       DWORD *pcchNetwork))
STUB_DWORD(ResUtilFindDependentDiskResourceDriveLetter, (HCLUSTER hCluster, HRESOURCE hResource,
                                                         LPWSTR pszDriveLetter, DWORD *pcchDriveLetter))
STUB_DWORD(ResUtilGetCoreClusterResources, (HCLUSTER hCluster, HRESOURCE *phClusterNameResource,
                                            HRESOURCE *phClusterIPAddressResource,
                                            HRESOURCE *phClusterQuorumResource))
STUB_ROLE_STATE(ResUtilGetClusterRoleState, (HCLUSTER hCluster, CLUSTER_ROLE eClusterRole))
