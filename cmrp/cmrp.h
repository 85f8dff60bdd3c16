/*
 * The MS-CMRP codec: NDR push/pull of the clusapi v3.0 calls.
 *
 * This is the one place in the project that knows the wire.  The client
 * (dlls/clusapi/unix) and the simulated cluster (server/) both go through
 * cmrp_table; neither marshals anything by hand.
 *
 * Each call is a flat struct whose members follow the IDL parameters in wire
 * order, plus a parameter table (cmrp.c) saying, for each member, its NDR type
 * and direction.  One generic engine walks that table to push, pull and print.
 * Adding a call means: one line in CMRP_CALL_LIST, one struct here, one
 * parameter table in cmrp.c.
 *
 * Strings are UTF-8 (Samba's unix charset) in the structs and UTF-16LE on the
 * wire.  Pulled strings and pointees are talloc'ed on the pull context's
 * current_mem_ctx (the r_mem of dcerpc_binding_handle_call, or the server's
 * call context).
 */
#ifndef CMRP_CMRP_H
#define CMRP_CMRP_H

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>
#include <ndr.h>
#include <gen_ndr/misc.h>

#define CMRP_UUID          "b97db8b2-4c63-11cf-bff6-08002be23f2f"
#define CMRP_VERSION_MAJOR 3
#define CMRP_VERSION_MINOR 0
#define CMRP_AUTH_SERVICE  "MSServerClusterMgmtAPI"

/* X(opnum, ENUM_NAME, struct_name, spec name) in opnum order. */
#define CMRP_CALL_LIST(X) \
    X(0,   OPEN_CLUSTER,         open_cluster,         ApiOpenCluster) \
    X(1,   CLOSE_CLUSTER,        close_cluster,        ApiCloseCluster) \
    X(2,   SET_CLUSTER_NAME,     set_cluster_name,     ApiSetClusterName) \
    X(3,   GET_CLUSTER_NAME,     get_cluster_name,     ApiGetClusterName) \
    X(4,   GET_CLUSTER_VERSION,  get_cluster_version,  ApiGetClusterVersion) \
    X(102, GET_CLUSTER_VERSION2, get_cluster_version2, ApiGetClusterVersion2) \
    X(117, OPEN_CLUSTER_EX,      open_cluster_ex,      ApiOpenClusterEx)

enum cmrp_opnum
{
#define CMRP_X(num, up, low, api) CMRP_##up = num,
    CMRP_CALL_LIST(CMRP_X)
#undef CMRP_X
};

/* One past the highest opnum the codec knows; the table has this many slots. */
#define CMRP_NUM_CALLS 118

/* ---- structures shared by several calls ---- */

/* CLUSTER_OPERATIONAL_VERSION_INFO (MS-CMRP 2.2.3.1); dwSize is 20. */
struct cmrp_opver_info
{
    uint32_t size;
    uint32_t highest_version;
    uint32_t lowest_version;
    uint32_t flags;
    uint32_t reserved;
};

/* ---- one struct per call, members in wire order ----
 * Handle-returning methods have the handle last (it is the return value). */

struct cmrp_open_cluster              /* 0 */
{
    uint32_t status;                  /* out */
    struct policy_handle cluster;     /* out, return value */
};

struct cmrp_close_cluster             /* 1 */
{
    struct policy_handle cluster;     /* in, out: zeroed by the server */
    uint32_t result;                  /* out */
};

struct cmrp_set_cluster_name          /* 2 */
{
    const char *new_cluster_name;     /* in [string] */
    uint32_t rpc_status;              /* out */
    uint32_t result;                  /* out */
};

struct cmrp_get_cluster_name          /* 3 */
{
    const char *cluster_name;         /* out [string] unique */
    const char *node_name;            /* out [string] unique */
    uint32_t result;                  /* out */
};

struct cmrp_get_cluster_version       /* 4 */
{
    uint16_t major_version;           /* out */
    uint16_t minor_version;           /* out */
    uint16_t build_number;            /* out */
    const char *vendor_id;            /* out [string] unique */
    const char *csd_version;          /* out [string] unique */
    uint32_t result;                  /* out */
};

struct cmrp_get_cluster_version2      /* 102 */
{
    uint16_t major_version;           /* out */
    uint16_t minor_version;           /* out */
    uint16_t build_number;            /* out */
    const char *vendor_id;            /* out [string] unique */
    const char *csd_version;          /* out [string] unique */
    struct cmrp_opver_info *opver;    /* out unique, may be NULL */
    uint32_t rpc_status;              /* out */
    uint32_t result;                  /* out */
};

struct cmrp_open_cluster_ex           /* 117 */
{
    uint32_t desired_access;          /* in */
    uint32_t granted_access;          /* out */
    uint32_t status;                  /* out */
    struct policy_handle cluster;     /* out, return value */
};

/* ---- the engine's description of a call ---- */

enum cmrp_type
{
    CMRP_TYPE_UINT16,
    CMRP_TYPE_UINT32,        /* DWORD, BOOL, error_status_t */
    CMRP_TYPE_HANDLE,        /* any H*_RPC context handle: 20 bytes */
    CMRP_TYPE_STRING,        /* [string] LPCWSTR, top-level ref: never NULL */
    CMRP_TYPE_UNIQUE_STRING, /* [string,unique] LPCWSTR, or [out,string] LPWSTR* */
    CMRP_TYPE_OPVER_PTR,     /* unique pointer to CLUSTER_OPERATIONAL_VERSION_INFO */
};

/* Directions are the NDR_IN / NDR_OUT flags libndr passes to push/pull. */
#define CMRP_IN    NDR_IN
#define CMRP_OUT   NDR_OUT
#define CMRP_INOUT (NDR_IN | NDR_OUT)

struct cmrp_param
{
    const char *name;
    enum cmrp_type type;
    uint8_t dir;
    uint16_t offset;         /* offsetof() the member in the call struct */
};

struct cmrp_call
{
    uint32_t opnum;
    const char *name;        /* the spec's method name */
    size_t struct_size;
    const struct cmrp_param *params;
    unsigned int num_params;
};

/* The interface table to give dcerpc_pipe_connect, dcerpc_binding_handle_call
 * and dcesrv_interface_register.  Slots of unknown opnums are empty. */
extern const struct ndr_interface_table cmrp_table;

/* The call description of an opnum, or NULL if the codec does not know it. */
const struct cmrp_call *cmrp_call_by_opnum(uint32_t opnum);

/* The generic engine; flags are NDR_IN and/or NDR_OUT. */
enum ndr_err_code cmrp_push(struct ndr_push *ndr, int flags, const void *r, const struct cmrp_call *call);
enum ndr_err_code cmrp_pull(struct ndr_pull *ndr, int flags, void *r, const struct cmrp_call *call);
void cmrp_print(struct ndr_print *ndr, const char *name, int flags, const void *r, const struct cmrp_call *call);

#endif /* CMRP_CMRP_H */
