/*
 * The Wine 8.0 unix-call ABI, declared for builtins built out of Wine's tree
 * (Debian's libwine-dev does not install Wine's own unixlib.h).
 *
 * PE side: __wine_init_unix_call() once, then WINE_UNIX_CALL(code, args);
 * both are implemented by Wine's libwinecrt0.a.  Unix side: export
 * __wine_unix_call_funcs[] (and __wine_unix_call_wow64_funcs[] for WoW64).
 * The ABI is Wine-version specific: this matches 8.0 (docs: wine-unixlib.md).
 */
#ifndef WINECLUSAPI_WINE_UNIXLIB_H
#define WINECLUSAPI_WINE_UNIXLIB_H

#include <windef.h>
#include <winternl.h>

typedef NTSTATUS (*unixlib_entry_t)(void *args);
typedef UINT64 unixlib_handle_t;

#ifdef WINE_UNIX_LIB

#define DECLSPEC_UNIX_EXPORT __attribute__((visibility("default")))

#else

extern unixlib_handle_t __wine_unixlib_handle;
extern NTSTATUS (WINAPI *__wine_unix_call_dispatcher)(unixlib_handle_t, unsigned int, void *);
extern NTSTATUS WINAPI __wine_init_unix_call(void);

#define WINE_UNIX_CALL(code, args) __wine_unix_call_dispatcher(__wine_unixlib_handle, (code), (args))

#endif

#endif /* WINECLUSAPI_WINE_UNIXLIB_H */
