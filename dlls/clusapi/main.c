/*
 * clusapi.dll entry point and the bridge to the Unix half.
 */
#include "clusapi_private.h"
#include "winternl.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(clusapi);
WINE_DECLARE_DEBUG_CHANNEL(winediag);

static BOOL unix_ready;

BOOL unix_call(enum clusapi_funcs code, void *params)
{
    NTSTATUS status;

    if (!unix_ready)
    {
        SetLastError(ERROR_DLL_INIT_FAILED);
        return FALSE;
    }
    if ((status = WINE_UNIX_CALL(code, params)))
    {
        ERR("unix call %u failed: %#lx\n", code, status);
        SetLastError(RtlNtStatusToDosError(status));
        return FALSE;
    }
    return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, void *reserved)
{
    TRACE("%p, %lu, %p\n", instance, reason, reserved);

    if (reason == DLL_PROCESS_ATTACH)
    {
        struct process_attach_params params = { 0 };
        NTSTATUS status;

        DisableThreadLibraryCalls(instance);
        /* ntdll fails silently when it cannot attach clusapi.so (wrong
         * directory, missing Samba library): say so, then fail every call. */
        if ((status = __wine_init_unix_call()))
            ERR_(winediag)("clusapi.so is not loaded (status %#lx): is this clusapi.dll installed as a "
                           "Wine builtin next to its clusapi.so, and is Samba's libdcerpc installed?\n", status);
        else
            unix_ready = !WINE_UNIX_CALL(unix_process_attach, &params);
    }
    return TRUE;
}
