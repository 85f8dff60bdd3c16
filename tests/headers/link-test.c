/*
 * Link test: references every function of clusapi.h (all 290 exports of
 * dlls/clusapi/clusapi.spec, CLUSAPI_UNDOCUMENTED_EXPORTS included) and the
 * property-list helpers of resapi.h, and is linked against the import
 * libraries.  On i686 a prototype whose argument sizes disagree with the spec
 * yields a different stdcall decoration (Name@N) and an undefined reference.
 * The list of clusapi functions is generated from the spec by
 * compile-matrix.sh into link-list.h.
 */
#define CLUSAPI_UNDOCUMENTED_EXPORTS
#include <windows.h>
#include <clusapi.h>
#include <resapi.h>

typedef void (*any_function)(void);
#define FN(name) (any_function)(name),

any_function clusapi_functions[] =
{
#include "link-list.h"
};

any_function resapi_functions[] =
{
    FN(ResUtilFindSzProperty) FN(ResUtilFindExpandSzProperty) FN(ResUtilFindExpandedSzProperty)
    FN(ResUtilFindDwordProperty) FN(ResUtilFindBinaryProperty) FN(ResUtilFindMultiSzProperty)
    FN(ResUtilFindLongProperty) FN(ResUtilFindFileTimeProperty)
    FN(ResUtilGetProperties) FN(ResUtilGetAllProperties) FN(ResUtilGetPrivateProperties)
    FN(ResUtilGetPropertySize) FN(ResUtilGetProperty) FN(ResUtilGetPropertyFormats)
    FN(ResUtilEnumProperties) FN(ResUtilEnumPrivateProperties) FN(ResUtilAddUnknownProperties)
    FN(ResUtilVerifyPropertyTable) FN(ResUtilVerifyPrivatePropertyList) FN(ResUtilSetPropertyTable)
    FN(ResUtilSetPropertyTableEx) FN(ResUtilSetPropertyParameterBlock) FN(ResUtilSetPropertyParameterBlockEx)
    FN(ResUtilSetUnknownProperties) FN(ResUtilSetPrivatePropertyList) FN(ResUtilGetPropertiesToParameterBlock)
    FN(ResUtilPropertyListFromParameterBlock) FN(ResUtilDupParameterBlock) FN(ResUtilFreeParameterBlock)
    FN(ResUtilGetBinaryProperty) FN(ResUtilGetSzProperty) FN(ResUtilGetMultiSzProperty)
    FN(ResUtilGetDwordProperty) FN(ResUtilGetLongProperty) FN(ResUtilGetFileTimeProperty)
    FN(ResUtilGetSzValue) FN(ResUtilGetBinaryValue) FN(ResUtilGetDwordValue) FN(ResUtilGetQwordValue)
    FN(ResUtilSetBinaryValue) FN(ResUtilSetSzValue) FN(ResUtilSetExpandSzValue) FN(ResUtilSetMultiSzValue)
    FN(ResUtilSetDwordValue) FN(ResUtilSetQwordValue)
    FN(ResUtilDupString) FN(ResUtilExpandEnvironmentStrings) FN(ResUtilIsPathValid)
    FN(ResUtilCreateDirectoryTree) FN(ResUtilGetEnvironmentWithNetName) FN(ResUtilFreeEnvironment)
    FN(ResUtilResourcesEqual) FN(ResUtilResourceTypesEqual) FN(ResUtilIsResourceClassEqual)
    FN(ResUtilEnumResources) FN(ResUtilEnumResourcesEx) FN(ResUtilGetResourceDependency)
    FN(ResUtilGetResourceDependencyByName) FN(ResUtilGetResourceDependencyByClass)
    FN(ResUtilGetResourceNameDependency) FN(ResUtilGetResourceName)
    FN(ResUtilGetResourceDependentIPAddressProps) FN(ResUtilFindDependentDiskResourceDriveLetter)
    FN(ResUtilGetCoreClusterResources) FN(ResUtilGetClusterRoleState)
    /* ResUtilFindULargeIntegerProperty is newer than mingw-w64 10's resutils import library */
};

int main(void)
{
    return (int)(sizeof(clusapi_functions) / sizeof(clusapi_functions[0]) +
                 sizeof(resapi_functions) / sizeof(resapi_functions[0])) == 0;
}
