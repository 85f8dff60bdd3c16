/*
 * The contract between clusapi.dll (PE, Win32 semantics) and clusapi.so
 * (Unix, MS-CMRP through Samba): one params struct per call, fixed-width
 * types and pointers only, so that a WoW64 thunk can convert them.
 *
 * Every call returns an NTSTATUS that is STATUS_SUCCESS unless the params
 * themselves were unusable.  What happened on the network comes back in two
 * fields kept apart on purpose:
 *   rpc_status  the transport outcome as a Win32 RPC error (RPC_S_*, 0 if
 *               the method ran on the server);
 *   result      the method's own error_status_t (or Status).
 */
#ifndef CLUSAPI_UNIXLIB_H
#define CLUSAPI_UNIXLIB_H

#include <windef.h>
#include "wine/unixlib.h"
#include "endpoint.h"

/* Where a cluster is and how to talk to it, as the configuration says. */
struct cluster_endpoint
{
    const WCHAR *name;              /* cluster, node or address; NULL = the local cluster */
    const WCHAR *address;           /* host to connect to instead of name, or NULL */
    const WCHAR *credentials_file;  /* Samba authentication file, or NULL */
    const WCHAR *ncalrpc_dir;       /* directory of the local socket, NULL = Samba's default */
    UINT32 port;                    /* TCP port; 0 = ask the endpoint mapper */
    UINT32 security;                /* enum clusapi_security */
    UINT32 local_transport;         /* enum clusapi_local_transport */
    UINT32 timeout_ms;              /* per-call RPC timeout */
};

/* A string the Unix side fills: it writes at most size - 1 characters and a
 * NUL (nothing when size is 0) and always reports the full length. */
struct unix_string
{
    WCHAR *buffer;
    UINT32 size;                    /* in: capacity in characters, NUL included */
    UINT32 len;                     /* out: length in characters, NUL excluded */
};

struct process_attach_params
{
    UINT32 dummy;
};

struct open_cluster_params
{
    struct cluster_endpoint endpoint;
    UINT32 use_ex;                  /* ApiOpenClusterEx rather than ApiOpenCluster */
    UINT32 desired_access;          /* ApiOpenClusterEx only */
    UINT32 granted_access;          /* out, ApiOpenClusterEx only */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out: Status */
    UINT64 cluster;                 /* out: the Unix side's cluster connection */
};

struct close_cluster_params
{
    UINT64 cluster;                 /* freed whatever the outcome */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct get_cluster_name_params
{
    UINT64 cluster;
    struct unix_string cluster_name;
    struct unix_string node_name;
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct get_cluster_version_params
{
    UINT64 cluster;
    struct unix_string vendor_id;
    struct unix_string csd_version;
    UINT16 major_version;           /* out */
    UINT16 minor_version;           /* out */
    UINT16 build_number;            /* out */
    UINT16 has_operational_version; /* out: the server sent CLUSTER_OPERATIONAL_VERSION_INFO */
    UINT32 highest_version;         /* out */
    UINT32 lowest_version;          /* out */
    UINT32 flags;                   /* out */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

enum clusapi_funcs
{
    unix_process_attach,
    unix_open_cluster,
    unix_close_cluster,
    unix_get_cluster_name,
    unix_get_cluster_version,
    unix_funcs_count
};

#endif /* CLUSAPI_UNIXLIB_H */
