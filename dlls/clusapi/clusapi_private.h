/*
 * clusapi.dll, PE half: shared declarations.
 */
#ifndef CLUSAPI_PRIVATE_H
#define CLUSAPI_PRIVATE_H

#include <stdarg.h>

#include "windef.h"
#include "winbase.h"
#include "clusapi.h"
#include "unixlib.h"

/* ---- typed handle objects (handle.c) ----
 * Applications get small table indexes, never pointers, so a stale, NULL,
 * forged or wrong-type handle is detected instead of dereferenced. */

enum object_type
{
    OBJECT_CLUSTER = 1,
};

struct object
{
    LONG refcount;
    enum object_type type;
    void (*destroy)(struct object *obj);
};

/* Puts obj in the handle table (which takes over the caller's reference). */
HANDLE handle_create(struct object *obj);
/* A new reference to the object behind handle, or NULL with ERROR_INVALID_HANDLE set. */
struct object *handle_get(HANDLE handle, enum object_type type);
/* Takes handle out of the table; returns the table's reference, or NULL as handle_get. */
struct object *handle_remove(HANDLE handle, enum object_type type);
void object_release(struct object *obj);

struct cluster
{
    struct object obj;
    UINT64 unix_cluster;
};

struct cluster *cluster_from_handle(HCLUSTER handle);

/* ---- configuration (config.c) ---- */

struct cluster_config
{
    WCHAR *address;
    WCHAR *credentials_file;
    WCHAR *ncalrpc_dir;
    DWORD port;
    DWORD security;          /* enum clusapi_security */
    DWORD local_transport;   /* enum clusapi_local_transport */
    DWORD timeout_ms;
    BOOL local_node;         /* this machine is configured as a cluster node */
};

/* Reads the configuration of a cluster name (NULL = the local cluster). */
void config_load(const WCHAR *name, struct cluster_config *config);
void config_free(struct cluster_config *config);
void config_to_endpoint(const WCHAR *name, const struct cluster_config *config,
                        struct cluster_endpoint *endpoint);

/* ---- the Unix half ---- */

BOOL unix_call(enum clusapi_funcs code, void *params);

/* The Win32 error of a call's outcome: the transport's first, else the method's. */
static inline DWORD call_error(UINT32 rpc_status, UINT32 result)
{
    return rpc_status ? rpc_status : result;
}

#endif /* CLUSAPI_PRIVATE_H */
