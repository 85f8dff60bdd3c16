/*
 * The simulated failover cluster that cmrpd (and later a Samba-hosted
 * module) speaks for.
 *
 * Pure C: no Samba, no NDR, no talloc.  The RPC endpoint turns each call into
 * a question to this model; the model answers in the cluster's own vocabulary,
 * Win32 error codes (MS-CMRP 3.1.4 method tables), so every host gives the
 * same answers.
 *
 * The model is loaded from an INI-like file, documented in server/README.md.
 */
#ifndef SERVER_MODEL_H
#define SERVER_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Win32 error codes the model answers with (values from winerror.h). */
#define CMRP_ERR_SUCCESS                      0
#define CMRP_ERR_ACCESS_DENIED                5
#define CMRP_ERR_NOT_ENOUGH_MEMORY            8
#define CMRP_ERR_INVALID_PARAMETER           87
#define CMRP_ERR_CALL_NOT_IMPLEMENTED       120
#define CMRP_ERR_INVALID_NAME               123
#define CMRP_ERR_RPC_S_STRING_TOO_LONG     1743
#define CMRP_ERR_RESOURCE_PROPERTIES_STORED 5024

/* dwDesiredAccess bits of ApiOpenClusterEx (MS-CMRP 3.1.4.2.116). */
#define CMRP_CLUSAPI_READ_ACCESS   0x00000001u
#define CMRP_CLUSAPI_CHANGE_ACCESS 0x00000002u
#define CMRP_MAXIMUM_ALLOWED       0x02000000u
#define CMRP_GENERIC_ALL           0x10000000u
#define CMRP_GENERIC_EXECUTE       0x20000000u
#define CMRP_GENERIC_WRITE         0x40000000u
#define CMRP_GENERIC_READ          0x80000000u

/* CLUSTER_VERSION_FLAG_MIXED_MODE of CLUSTER_OPERATIONAL_VERSION_INFO.dwFlags */
#define CMRP_CLUSTER_VERSION_FLAG_MIXED_MODE 0x00000001u

/* Longest cluster or node name, in UTF-16 units without the terminator
 * (ApiSetClusterName: at most 64 units including it, MS-CMRP 3.1.4.2.3). */
#define CMRP_MAX_NAME_UNITS 63

/* The access level a context handle carries (MS-CMRP 3.1.4), ordered. */
enum cmrp_access
{
    CMRP_ACCESS_NONE = 0,
    CMRP_ACCESS_READ = 1,
    CMRP_ACCESS_ALL  = 2,
};

/* CLUSTER_NODE_STATE, as on the wire. */
enum cmrp_node_state
{
    CMRP_NODE_UP      = 0,
    CMRP_NODE_DOWN    = 1,
    CMRP_NODE_PAUSED  = 2,
    CMRP_NODE_JOINING = 3,
};

struct cmrp_node
{
    char *name;                     /* computer name, e.g. "node1" */
    char *id;                       /* decimal node id, e.g. "1" */
    enum cmrp_node_state state;
};

struct cmrp_cluster_version
{
    uint16_t major;
    uint16_t minor;
    uint16_t build;
    char *vendor_id;                /* e.g. "Microsoft(R) Cluster Service" */
    char *csd_version;              /* service pack string, often "" */
    uint32_t highest_version;       /* dwClusterHighestVersion */
    uint32_t lowest_version;        /* dwClusterLowestVersion */
};

struct cmrp_model
{
    char *cluster_name;
    /* Set by ApiSetClusterName: Windows only renames when the cluster's
     * network name resource restarts, so the current name stays. */
    char *pending_cluster_name;
    struct cmrp_cluster_version version;
    /* What every (unauthenticated) client is entitled to. */
    enum cmrp_access client_access;
    struct cmrp_node *nodes;
    size_t num_nodes;
    size_t local_node;              /* index in nodes of the node served */
};

/* ---- loading ---- */

/* Parse the file at path.  On failure returns NULL and writes a one-line
 * message ("path:line: what is wrong") into err. */
struct cmrp_model *cmrp_model_load(const char *path, char *err, size_t err_size);

/* The same from an open stream; origin names it in messages. */
struct cmrp_model *cmrp_model_load_stream(FILE *stream, const char *origin, char *err, size_t err_size);

void cmrp_model_free(struct cmrp_model *model);

const char *cmrp_node_state_name(enum cmrp_node_state state);
const char *cmrp_access_name(enum cmrp_access access);

/* ---- questions ---- */

const struct cmrp_node *cmrp_model_local_node(const struct cmrp_model *model);

/* Case-insensitive, as cluster object names are; NULL if there is none. */
const struct cmrp_node *cmrp_model_find_node(const struct cmrp_model *model, const char *name);

/* dwFlags of CLUSTER_OPERATIONAL_VERSION_INFO. */
uint32_t cmrp_model_version_flags(const struct cmrp_model *model);

/* ---- rules, each answering a Win32 error code ---- */

/* ApiOpenCluster: requires and grants "All". */
uint32_t cmrp_model_open_cluster(const struct cmrp_model *model, enum cmrp_access *granted);

/* ApiOpenClusterEx: maps dwDesiredAccess to a level and checks it against
 * what the client is entitled to. */
uint32_t cmrp_model_open_cluster_ex(const struct cmrp_model *model, uint32_t desired_access,
                                    enum cmrp_access *granted);

/* lpdwGrantedAccess for a granted level: GENERIC_READ or GENERIC_ALL. */
uint32_t cmrp_access_granted_mask(enum cmrp_access granted);

/* ApiSetClusterName: validates the name and records it as pending. */
uint32_t cmrp_model_set_cluster_name(struct cmrp_model *model, const char *new_name);

/* Whether name is a usable cluster or node name: a DNS label (RFC 1035
 * letters, digits, hyphens, no hyphen at either end) of 1 to 63 characters. */
bool cmrp_model_valid_name(const char *name);

#endif /* SERVER_MODEL_H */
