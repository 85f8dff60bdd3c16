/*
 * registry_notify_probe: checks cmrpd's cluster registry (opnums 28-40),
 * notification ports (55-65, 90, 91, 99, 100, 107) and controls (72-79,
 * 88, 89, 97, 98, 105, 106, 173, 174) over one binding, as a client would:
 * through the codec (cmrp_table) and Samba's client library, several
 * connections at once (a second client making the changes, a second
 * connection of the same association unblocking a waiting ApiGetNotify).
 *
 * Expects server/examples/two-node.conf.  Every check leaves the cluster as
 * it found it, except for what it creates under the registry key
 * "RegistryNotifyProbe" (removed at the end) and private properties named
 * "Probe*" (harmless).
 *
 * Usage: registry_notify_probe [-s NCALRPC_DIR] [-l LABEL] BINDING
 * One line per check, "ok - ..." or "not ok - ...", "# ..." details; exit
 * status 1 if a check failed, 2 on usage errors.
 */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include <talloc.h>
#include <tevent.h>
#include <dcerpc.h>
#include <credentials.h>
#include <param.h>

#include "cmrp/cmrp.h"
#include "cmrp/proplist.h"

/* Win32 codes */
#define W32_SUCCESS                  0u
#define W32_INVALID_FUNCTION         1u
#define W32_FILE_NOT_FOUND           2u
#define W32_ACCESS_DENIED            5u
#define W32_INVALID_DATA            13u
#define W32_INVALID_PARAMETER       87u
#define W32_INSUFFICIENT_BUFFER    122u
#define W32_MORE_DATA              234u
#define W32_NO_MORE_ITEMS          259u
#define W32_KEY_DELETED           1018u
#define W32_RESOURCE_PROPERTIES_STORED 5024u
#define W32_RESOURCE_TYPE_NOT_FOUND 5078u
#define CALL_FAILED           0xffffffffu

/* REG_* */
#define REG_NONE      0u
#define REG_SZ        1u
#define REG_EXPAND_SZ 2u
#define REG_BINARY    3u
#define REG_DWORD     4u
#define REG_MULTI_SZ  7u
#define REG_QWORD     11u

#define MAXIMUM_ALLOWED 0x02000000u
#define KEY_READ        0x00020019u
#define GENERIC_READ    0x80000000u

/* CLUSTER_CHANGE_* */
#define CHANGE_REGISTRY_NAME       0x00000010u
#define CHANGE_REGISTRY_ATTRIBUTES 0x00000020u
#define CHANGE_REGISTRY_VALUE      0x00000040u
#define CHANGE_REGISTRY_SUBTREE    0x00000080u
#define CHANGE_RESOURCE_PROPERTY   0x00000800u
#define CHANGE_GROUP_PROPERTY      0x00008000u
#define CHANGE_NODE_PROPERTY       0x00000008u
#define CHANGE_NETWORK_PROPERTY    0x00800000u
#define CHANGE_CLUSTER_PROPERTY    0x40000000u

/* Control codes (ms-cmrp.md 4.2) */
#define CLUSCTL_RESOURCE_UNKNOWN                   0x01000000u
#define CLUSCTL_RESOURCE_GET_CHARACTERISTICS       0x01000005u
#define CLUSCTL_RESOURCE_GET_FLAGS                 0x01000009u
#define CLUSCTL_RESOURCE_GET_CLASS_INFO            0x0100000du
#define CLUSCTL_RESOURCE_GET_REQUIRED_DEPENDENCIES 0x01000011u
#define CLUSCTL_RESOURCE_GET_NAME                  0x01000029u
#define CLUSCTL_RESOURCE_GET_RESOURCE_TYPE         0x0100002du
#define CLUSCTL_RESOURCE_GET_ID                    0x01000039u
#define CLUSCTL_RESOURCE_GET_COMMON_PROPERTIES     0x01000059u
#define CLUSCTL_RESOURCE_GET_RO_COMMON_PROPERTIES  0x01000055u
#define CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTIES    0x01000081u
#define CLUSCTL_RESOURCE_SET_PRIVATE_PROPERTIES    0x01400086u
#define CLUSCTL_RESOURCE_GET_NETWORK_NAME          0x01000169u
#define CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS  0x02000005u
#define CLUSCTL_RESOURCE_TYPE_GET_CLASS_INFO       0x0200000du
#define CLUSCTL_RESOURCE_TYPE_GET_REQUIRED_DEPENDENCIES 0x02000011u
#define CLUSCTL_GROUP_GET_CHARACTERISTICS          0x03000005u
#define CLUSCTL_GROUP_GET_FLAGS                    0x03000009u
#define CLUSCTL_GROUP_GET_NAME                     0x03000029u
#define CLUSCTL_GROUP_GET_ID                       0x03000039u
#define CLUSCTL_GROUP_ENUM_COMMON_PROPERTIES       0x03000051u
#define CLUSCTL_GROUP_GET_RO_COMMON_PROPERTIES     0x03000055u
#define CLUSCTL_GROUP_GET_COMMON_PROPERTIES        0x03000059u
#define CLUSCTL_GROUP_SET_COMMON_PROPERTIES        0x0340005eu
#define CLUSCTL_GROUP_VALIDATE_COMMON_PROPERTIES   0x03000061u
#define CLUSCTL_GROUP_GET_COMMON_PROPERTY_FMTS     0x03000065u
#define CLUSCTL_GROUP_ENUM_PRIVATE_PROPERTIES      0x03000079u
#define CLUSCTL_GROUP_GET_RO_PRIVATE_PROPERTIES    0x0300007du
#define CLUSCTL_GROUP_GET_PRIVATE_PROPERTIES       0x03000081u
#define CLUSCTL_GROUP_SET_PRIVATE_PROPERTIES       0x03400086u
#define CLUSCTL_GROUP_VALIDATE_PRIVATE_PROPERTIES  0x03000089u
#define CLUSCTL_GROUP_GET_PRIVATE_PROPERTY_FMTS    0x0300008du
#define CLUSCTL_NODE_GET_NAME                      0x04000029u
#define CLUSCTL_NODE_GET_ID                        0x04000039u
#define CLUSCTL_NODE_GET_RO_COMMON_PROPERTIES      0x04000055u
#define CLUSCTL_NETWORK_GET_NAME                   0x05000029u
#define CLUSCTL_NETINTERFACE_GET_NODE              0x06000031u
#define CLUSCTL_NETINTERFACE_GET_NETWORK           0x06000035u
#define CLUSCTL_CLUSTER_GET_FQDN                   0x0700003du
#define CLUSCTL_CLUSTER_GET_RO_COMMON_PROPERTIES   0x07000055u
#define CLUSCTL_CLUSTER_GET_COMMON_PROPERTIES      0x07000059u

/* What two-node.conf describes */
#define CLUSTER_NAME "FSCLUSTER"
#define LOCAL_NODE "node1"
#define PROBE_KEY "RegistryNotifyProbe"

struct probe
{
    const char *label;
    struct dcerpc_binding *binding;
    struct tevent_context *ev;
    struct loadparm_context *lp_ctx;
    struct cli_credentials *credentials;
    unsigned int failures;
};

static bool check(struct probe *probe, bool ok, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static bool check(struct probe *probe, bool ok, const char *fmt, ...)
{
    va_list ap;

    printf("%s - %s: ", ok ? "ok" : "not ok", probe->label);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
    if (!ok) probe->failures++;
    fflush(stdout);
    return ok;
}

static void diag(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void diag(const char *fmt, ...)
{
    va_list ap;

    fputs("# ", stdout);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
    fflush(stdout);
}

static uint64_t now_ms(void)
{
    struct timeval tv;

    gettimeofday(&tv, NULL);
    return (uint64_t)tv.tv_sec * 1000 + tv.tv_usec / 1000;
}

/* A connection: a new association (group 0) or one joining group. */
static struct dcerpc_pipe *connect_pipe(struct probe *probe, TALLOC_CTX *mem_ctx, uint32_t group)
{
    struct dcerpc_binding *binding = dcerpc_binding_dup(mem_ctx, probe->binding);
    struct dcerpc_pipe *pipe = NULL;
    NTSTATUS status;

    if (!binding) return NULL;
    dcerpc_binding_set_assoc_group_id(binding, group);
    status = dcerpc_pipe_connect_b(mem_ctx, &pipe, binding, &cmrp_table, probe->credentials, probe->ev,
                                   probe->lp_ctx);
    if (!NT_STATUS_IS_OK(status))
    {
        diag("connecting: %s", nt_errstr(status));
        return NULL;
    }
    /* a server that hangs must fail the test, not stall it */
    dcerpc_binding_handle_set_timeout(pipe->binding_handle, 10);
    return pipe;
}

static uint32_t group_of(struct dcerpc_pipe *pipe)
{
    return dcerpc_binding_get_assoc_group_id(pipe->binding);
}

static NTSTATUS last_status;

/* One call: its result, or CALL_FAILED on a transport error or fault. */
static uint32_t call(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum, void *r, const uint32_t *result)
{
    last_status = dcerpc_binding_handle_call(pipe->binding_handle, NULL, &cmrp_table, opnum, mem_ctx, r);
    if (!NT_STATUS_IS_OK(last_status))
    {
        diag("opnum %u: %s", opnum, nt_errstr(last_status));
        return CALL_FAILED;
    }
    return *result;
}

/* ---- little helpers ---- */

static uint8_t *utf16(TALLOC_CTX *mem_ctx, const char *utf8, uint32_t *size)
{
    size_t length;
    uint8_t *bytes = cmrp_utf8_to_utf16le(utf8, &length), *copy;

    if (!bytes) return NULL;
    copy = talloc_memdup(mem_ctx, bytes, length);
    free(bytes);
    *size = (uint32_t)length;
    return copy;
}

/* Whether data (size bytes) is the UTF-16 of utf8 with its NUL. */
static bool is_utf16(const uint8_t *data, uint32_t size, const char *utf8)
{
    size_t length;
    uint8_t *bytes = cmrp_utf8_to_utf16le(utf8, &length);
    bool same = bytes && data && size == length && !memcmp(data, bytes, length);

    free(bytes);
    return same;
}

static uint32_t get32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* ---- registry helpers ---- */

static uint32_t root_key(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, struct policy_handle *handle)
{
    struct cmrp_get_root_key r = { .sam_desired = MAXIMUM_ALLOWED };
    uint32_t status = call(pipe, mem_ctx, CMRP_GET_ROOT_KEY, &r, &r.status);

    *handle = r.handle;
    return status;
}

static uint32_t create_key(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, const struct policy_handle *parent,
                           const char *name, struct policy_handle *handle, uint32_t *disposition)
{
    struct cmrp_create_key r = { .key = *parent, .subkey = name, .sam_desired = MAXIMUM_ALLOWED };
    uint32_t status = call(pipe, mem_ctx, CMRP_CREATE_KEY, &r, &r.status);

    *handle = r.handle;
    if (disposition) *disposition = r.disposition;
    return status;
}

static uint32_t open_key(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, const struct policy_handle *parent,
                         const char *name, uint32_t sam, struct policy_handle *handle)
{
    struct cmrp_open_key r = { .key = *parent, .subkey = name, .sam_desired = sam };
    uint32_t status = call(pipe, mem_ctx, CMRP_OPEN_KEY, &r, &r.status);

    *handle = r.handle;
    return status;
}

static uint32_t close_key(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, struct policy_handle *handle)
{
    struct cmrp_close_handle r = { .handle = *handle };
    uint32_t status = call(pipe, mem_ctx, CMRP_CLOSE_KEY, &r, &r.result);

    *handle = r.handle;
    return status;
}

static uint32_t set_value(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, const struct policy_handle *key,
                          const char *name, uint32_t type, const void *data, uint32_t size)
{
    struct cmrp_set_value r = { .key = *key, .name = name, .type = type, .data = (uint8_t *)data, .size = size };

    return call(pipe, mem_ctx, CMRP_SET_VALUE, &r, &r.result);
}

static uint32_t query_value(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, const struct policy_handle *key,
                            const char *name, uint32_t buffer, struct cmrp_query_value *r)
{
    memset(r, 0, sizeof(*r));
    r->key = *key;
    r->name = name;
    r->size = buffer;
    return call(pipe, mem_ctx, CMRP_QUERY_VALUE, r, &r->result);
}

static uint32_t key_string_op(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum,
                              const struct policy_handle *key, const char *name)
{
    struct cmrp_handle_string r = { .handle = *key, .string = name };

    return call(pipe, mem_ctx, opnum, &r, &r.result);
}

/* ---- the registry ---- */

struct typed_value
{
    const char *name;
    uint32_t type;
    const uint8_t *data;
    uint32_t size;
};

static void check_registry(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem)
{
    static const uint8_t dword[] = { 0x78, 0x56, 0x34, 0x12 };
    static const uint8_t qword[] = { 1, 2, 3, 4, 5, 6, 7, 8 };
    static const uint8_t binary[] = { 0x00, 0xff, 0x10, 0x7f, 0x80 };
    static const char *const items[] = { "node1", "node2" };
    struct policy_handle root, key, sub, other, stale;
    struct typed_value values[8];
    struct cmrp_query_value q;
    struct cmrp_enum_value e;
    struct cmrp_enum_key k;
    struct cmrp_query_info_key info;
    struct cmrp_key_security security;
    uint32_t status, disposition = 0, sz_size, expand_size, size, i, bad;
    size_t multi_size;
    uint8_t *multi, *sd;
    const char *long_name = "Gr\xc3\xb6\xc3\x9f" "e";     /* 5 characters, 7 bytes of UTF-8 */

    if (!check(probe, root_key(pipe, mem, &root) == W32_SUCCESS && !ndr_policy_handle_empty(&root),
               "ApiGetRootKey gives the root"))
        return;
    /* a leftover of an interrupted run goes first */
    key_string_op(pipe, mem, CMRP_DELETE_KEY, &root, PROBE_KEY "\\Sub");
    key_string_op(pipe, mem, CMRP_DELETE_KEY, &root, PROBE_KEY);

    status = create_key(pipe, mem, &root, PROBE_KEY, &key, &disposition);
    check(probe, status == W32_SUCCESS && disposition == 1, "ApiCreateKey makes a new key (disposition %u)",
          disposition);
    status = create_key(pipe, mem, &root, PROBE_KEY, &other, &disposition);
    check(probe, status == W32_SUCCESS && disposition == 2, "ApiCreateKey opens an existing key (disposition %u)",
          disposition);
    close_key(pipe, mem, &other);

    /* every value type, stored and read back byte for byte */
    multi = cmrp_multi_sz_from_utf8(items, 2, &multi_size);
    values[0] = (struct typed_value){ "Sz", REG_SZ, utf16(mem, "C:\\ClusterStorage", &sz_size), 0 };
    values[0].size = sz_size;
    values[1] = (struct typed_value){ "Expand", REG_EXPAND_SZ, utf16(mem, "%SystemRoot%\\Cluster", &expand_size), 0 };
    values[1].size = expand_size;
    values[2] = (struct typed_value){ "Multi", REG_MULTI_SZ, talloc_memdup(mem, multi, multi_size), (uint32_t)multi_size };
    values[3] = (struct typed_value){ "Binary", REG_BINARY, binary, sizeof(binary) };
    values[4] = (struct typed_value){ "Dword", REG_DWORD, dword, sizeof(dword) };
    values[5] = (struct typed_value){ "Qword", REG_QWORD, qword, sizeof(qword) };
    values[6] = (struct typed_value){ "None", REG_NONE, NULL, 0 };
    values[7] = (struct typed_value){ "", REG_SZ, utf16(mem, "default value", &size), 0 };
    values[7].size = size;
    free(multi);

    for (i = 0; i < 8; i++)
    {
        const struct typed_value *v = &values[i];

        status = set_value(pipe, mem, &key, v->name, v->type, v->data, v->size);
        check(probe, status == W32_SUCCESS, "ApiSetValue \"%s\" (type %u, %u bytes)", v->name, v->type, v->size);
        status = query_value(pipe, mem, &key, v->name, v->size, &q);
        check(probe, status == W32_SUCCESS && q.type == v->type && q.required == v->size
              && (!v->size || !memcmp(q.data, v->data, v->size)),
              "ApiQueryValue \"%s\" with an exact buffer gives it back (type %u, %u bytes)", v->name, q.type,
              q.required);
    }

    /* the sizing dance */
    status = query_value(pipe, mem, &key, "Sz", 0, &q);
    check(probe, status == W32_MORE_DATA && q.required == sz_size && q.type == REG_SZ,
          "ApiQueryValue with cbData 0: ERROR_MORE_DATA and lpcbRequired %u (got %u, %u)", sz_size, status, q.required);
    status = query_value(pipe, mem, &key, "Sz", sz_size - 2, &q);
    check(probe, status == W32_MORE_DATA && q.required == sz_size,
          "ApiQueryValue one character short: ERROR_MORE_DATA (got %u)", status);
    status = query_value(pipe, mem, &key, "Sz", sz_size + 10, &q);
    check(probe, status == W32_SUCCESS && q.required == sz_size && !memcmp(q.data, values[0].data, sz_size)
          && !q.data[sz_size] && !q.data[sz_size + 9],
          "ApiQueryValue with a larger buffer: the data, then zeros to cbData (%u)", status);
    status = query_value(pipe, mem, &key, "Missing", 16, &q);
    check(probe, status == W32_FILE_NOT_FOUND, "ApiQueryValue of a missing value: ERROR_FILE_NOT_FOUND (%u)",
          status);

    /* enumeration, in the order the values came */
    for (i = 0, bad = 0;; i++)
    {
        memset(&e, 0, sizeof(e));
        e.key = key;
        e.index = i;
        e.size = 4096;
        status = call(pipe, mem, CMRP_ENUM_VALUE, &e, &e.result);
        if (status != W32_SUCCESS) break;
        if (i >= 8 || strcmp(e.name, values[i].name) || e.type != values[i].type || e.size != values[i].size
            || e.total_size != values[i].size || (e.size && memcmp(e.data, values[i].data, e.size)))
            bad++;
    }
    check(probe, i == 8 && status == W32_NO_MORE_ITEMS && !bad,
          "ApiEnumValue lists the 8 values then ERROR_NO_MORE_ITEMS (%u values, %u wrong, end %u)", i, bad, status);
    memset(&e, 0, sizeof(e));
    e.key = key;
    e.index = 0;
    e.size = 4;
    status = call(pipe, mem, CMRP_ENUM_VALUE, &e, &e.result);
    check(probe, status == W32_MORE_DATA && e.total_size == sz_size && e.size == 0 && !strcmp(e.name, "Sz"),
          "ApiEnumValue with a short buffer: ERROR_MORE_DATA, no data, TotalSize %u (got %u, %u, %u)", sz_size,
          status, e.total_size, e.size);

    /* subkeys, names in characters */
    status = create_key(pipe, mem, &key, "Sub", &sub, NULL);
    set_value(pipe, mem, &sub, long_name, REG_DWORD, dword, 4);
    memset(&info, 0, sizeof(info));
    info.key = sub;
    status = call(pipe, mem, CMRP_QUERY_INFO_KEY, &info, &info.result);
    check(probe, status == W32_SUCCESS && info.values == 1 && info.max_value_name_len == 5 && info.max_value_len == 4
          && info.subkeys == 0, "ApiQueryInfoKey counts name lengths in characters (values %u, name %u, data %u)",
          info.values, info.max_value_name_len, info.max_value_len);
    memset(&info, 0, sizeof(info));
    info.key = key;
    status = call(pipe, mem, CMRP_QUERY_INFO_KEY, &info, &info.result);
    check(probe, status == W32_SUCCESS && info.subkeys == 1 && info.max_subkey_len == 3 && info.values == 8
          && info.max_value_len == expand_size && info.security_descriptor_size > 20 && info.last_write_time.high,
          "ApiQueryInfoKey of the probe key (subkeys %u, longest %u, values %u, largest %u, security %u)",
          info.subkeys, info.max_subkey_len, info.values, info.max_value_len, info.security_descriptor_size);
    memset(&k, 0, sizeof(k));
    k.key = key;
    status = call(pipe, mem, CMRP_ENUM_KEY, &k, &k.result);
    check(probe, status == W32_SUCCESS && k.name && !strcmp(k.name, "Sub") && k.last_write_time.high,
          "ApiEnumKey 0 is \"Sub\" with its time");
    k.index = 1;
    status = call(pipe, mem, CMRP_ENUM_KEY, &k, &k.result);
    check(probe, status == W32_NO_MORE_ITEMS, "ApiEnumKey 1: ERROR_NO_MORE_ITEMS (%u)", status);
    status = open_key(pipe, mem, &key, "NoSuchKey", KEY_READ, &other);
    check(probe, status == W32_FILE_NOT_FOUND && ndr_policy_handle_empty(&other),
          "ApiOpenKey of a missing key: ERROR_FILE_NOT_FOUND and no handle (%u)", status);

    /* a read-only key cannot change anything */
    status = open_key(pipe, mem, &root, PROBE_KEY, KEY_READ, &other);
    check(probe, status == W32_SUCCESS, "ApiOpenKey with KEY_READ");
    status = set_value(pipe, mem, &other, "Sz", REG_SZ, values[0].data, values[0].size);
    check(probe, status == W32_ACCESS_DENIED, "ApiSetValue through a KEY_READ handle: ERROR_ACCESS_DENIED (%u)",
          status);
    close_key(pipe, mem, &other);

    /* security descriptors: the sizing dance, then a change read back */
    memset(&security, 0, sizeof(security));
    security.key = key;
    security.security_information = 0x7;        /* owner, group, DACL */
    status = call(pipe, mem, CMRP_GET_KEY_SECURITY, &security, &security.result);
    size = security.descriptor.in_size;
    check(probe, status == W32_INSUFFICIENT_BUFFER && size > 20,
          "ApiGetKeySecurity without a buffer: ERROR_INSUFFICIENT_BUFFER and the size (%u, %u)", status, size);
    security.descriptor.data = talloc_zero_array(mem, uint8_t, size);
    security.descriptor.in_size = size;
    security.descriptor.out_size = 0;
    status = call(pipe, mem, CMRP_GET_KEY_SECURITY, &security, &security.result);
    sd = security.descriptor.data;
    check(probe, status == W32_SUCCESS && security.descriptor.out_size == size && sd && sd[0] == 1 && (sd[3] & 0x80)
          && get32(sd + 4) && get32(sd + 8) && get32(sd + 16), "ApiGetKeySecurity: a self-relative descriptor (%u)",
          status);
    {
        /* owner S-1-5-18 only */
        static const uint8_t owner_sd[] =
        {
            0x01, 0x00, 0x00, 0x80, 0x14, 0x00, 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x12, 0x00, 0x00, 0x00,
        };
        static const uint8_t garbage[] = { 0x02, 0x00, 0x00, 0x80, 0xff, 0xff };
        struct cmrp_key_security set = { .key = key, .security_information = 0x1 };

        set.descriptor.data = (uint8_t *)owner_sd;
        set.descriptor.in_size = set.descriptor.out_size = sizeof(owner_sd);
        status = call(pipe, mem, CMRP_SET_KEY_SECURITY, &set, &set.result);
        check(probe, status == W32_SUCCESS, "ApiSetKeySecurity of the owner (%u)", status);
        memset(&security, 0, sizeof(security));
        security.key = key;
        security.security_information = 0x1;
        security.descriptor.data = talloc_zero_array(mem, uint8_t, 256);
        security.descriptor.in_size = 256;
        status = call(pipe, mem, CMRP_GET_KEY_SECURITY, &security, &security.result);
        check(probe, status == W32_SUCCESS && security.descriptor.out_size == sizeof(owner_sd)
              && !memcmp(security.descriptor.data + 20, owner_sd + 20, 12),
              "ApiGetKeySecurity of the owner gives the new one back (%u, %u bytes)", status,
              security.descriptor.out_size);
        set.descriptor.data = (uint8_t *)garbage;
        set.descriptor.in_size = set.descriptor.out_size = sizeof(garbage);
        status = call(pipe, mem, CMRP_SET_KEY_SECURITY, &set, &set.result);
        check(probe, status == W32_INVALID_PARAMETER, "ApiSetKeySecurity of garbage: ERROR_INVALID_PARAMETER (%u)",
              status);
    }

    /* deletion */
    status = key_string_op(pipe, mem, CMRP_DELETE_VALUE, &key, "Dword");
    check(probe, status == W32_SUCCESS, "ApiDeleteValue");
    status = query_value(pipe, mem, &key, "Dword", 4, &q);
    check(probe, status == W32_FILE_NOT_FOUND, "a deleted value is gone (%u)", status);
    status = key_string_op(pipe, mem, CMRP_DELETE_VALUE, &key, "Dword");
    check(probe, status == W32_FILE_NOT_FOUND, "ApiDeleteValue twice: ERROR_FILE_NOT_FOUND (%u)", status);
    status = key_string_op(pipe, mem, CMRP_DELETE_KEY, &root, PROBE_KEY);
    check(probe, status == W32_ACCESS_DENIED, "ApiDeleteKey of a key with subkeys: ERROR_ACCESS_DENIED (%u)",
          status);
    status = key_string_op(pipe, mem, CMRP_DELETE_KEY, &key, "Sub");
    check(probe, status == W32_SUCCESS, "ApiDeleteKey of the subkey (%u)", status);
    status = query_value(pipe, mem, &sub, long_name, 4, &q);
    check(probe, status == W32_KEY_DELETED, "a handle of a deleted key: ERROR_KEY_DELETED (%u)", status);
    close_key(pipe, mem, &sub);

    stale = key;
    status = close_key(pipe, mem, &key);
    check(probe, status == W32_SUCCESS && ndr_policy_handle_empty(&key), "ApiCloseKey zeroes the handle");
    status = close_key(pipe, mem, &stale);
    check(probe, status == CALL_FAILED && NT_STATUS_EQUAL(last_status, NT_STATUS_RPC_SS_CONTEXT_MISMATCH),
          "ApiCloseKey of a closed handle faults with context mismatch");
    status = key_string_op(pipe, mem, CMRP_DELETE_KEY, &root, PROBE_KEY);
    check(probe, status == W32_SUCCESS, "ApiDeleteKey of the probe key (%u)", status);
    close_key(pipe, mem, &root);
}

/* ---- objects (the other family's opens) ---- */

static uint32_t open_object(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum, const char *name,
                            struct policy_handle *handle)
{
    struct cmrp_open_object r = { .name = name };
    uint32_t status = call(pipe, mem_ctx, opnum, &r, &r.status);

    *handle = r.handle;
    return status;
}

static uint32_t open_cluster(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, struct policy_handle *handle)
{
    struct cmrp_open_cluster r = { 0 };
    uint32_t status = call(pipe, mem_ctx, CMRP_OPEN_CLUSTER, &r, &r.status);

    *handle = r.handle;
    return status;
}

static void close_object(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum, struct policy_handle *handle)
{
    struct cmrp_close_handle r = { .handle = *handle };

    call(pipe, mem_ctx, opnum, &r, &r.result);
    *handle = r.handle;
}

/* ---- controls ---- */

struct control_answer
{
    uint32_t result;
    uint32_t returned;
    uint32_t required;
    uint8_t *data;
};

/* Api<Object>Control (object_control shape), or with node the Node variant. */
static struct control_answer control(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum,
                                     const struct policy_handle *handle, uint32_t code, const void *in,
                                     uint32_t in_size, uint32_t out_size)
{
    struct control_answer a = { 0 };
    struct cmrp_object_control r = { .handle = *handle, .code = code, .in_buffer = (uint8_t *)in,
                                     .in_size = in_size, .out_size = out_size };

    a.result = call(pipe, mem_ctx, opnum, &r, &r.result);
    a.returned = r.returned;
    a.required = r.required;
    a.data = r.out_buffer;
    if (a.returned > out_size) diag("lpBytesReturned %u > nOutBufferSize %u", a.returned, out_size);
    return a;
}

static struct control_answer node_control(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum,
                                          const struct policy_handle *handle, const struct policy_handle *node,
                                          uint32_t code, uint32_t out_size)
{
    struct control_answer a = { 0 };
    struct cmrp_node_object_control r = { .handle = *handle, .node = *node, .code = code, .out_size = out_size };

    a.result = call(pipe, mem_ctx, opnum, &r, &r.result);
    a.returned = r.returned;
    a.required = r.required;
    a.data = r.out_buffer;
    return a;
}

static struct control_answer type_control(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx,
                                          const struct policy_handle *cluster, const char *type, uint32_t code,
                                          uint32_t out_size)
{
    struct control_answer a = { 0 };
    struct cmrp_type_control r = { .cluster = *cluster, .type_name = type, .code = code, .out_size = out_size };

    a.result = call(pipe, mem_ctx, CMRP_RESOURCE_TYPE_CONTROL, &r, &r.result);
    a.returned = r.returned;
    a.required = r.required;
    a.data = r.out_buffer;
    return a;
}

/* The buffer protocol: no buffer, one byte short, exact, large.  Returns
 * the exact answer. */
static struct control_answer control_sizes(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem,
                                           uint32_t opnum, const struct policy_handle *handle, uint32_t code,
                                           const char *what)
{
    struct control_answer none, shorter, exact, large;

    none = control(pipe, mem, opnum, handle, code, NULL, 0, 0);
    if (none.result == W32_SUCCESS && none.required == 0)
    {
        check(probe, none.returned == 0, "%s: nothing to answer, nothing returned", what);
        return none;
    }
    check(probe, none.result == W32_MORE_DATA && none.returned == 0 && none.required > 0,
          "%s with a NULL buffer: ERROR_MORE_DATA, lpcbRequired %u, nothing returned (%u)", what, none.required,
          none.result);
    shorter = control(pipe, mem, opnum, handle, code, NULL, 0, none.required - 1);
    check(probe, shorter.result == W32_MORE_DATA && shorter.returned == 0 && shorter.required == none.required,
          "%s one byte short: ERROR_MORE_DATA (%u)", what, shorter.result);
    exact = control(pipe, mem, opnum, handle, code, NULL, 0, none.required);
    check(probe, exact.result == W32_SUCCESS && exact.returned == none.required,
          "%s with the exact size: all %u bytes (%u, %u)", what, none.required, exact.result, exact.returned);
    large = control(pipe, mem, opnum, handle, code, NULL, 0, 0x4000);
    check(probe, large.result == W32_SUCCESS && large.returned == none.required && large.returned < 0x4000
          && !memcmp(large.data, exact.data, exact.returned), "%s with 16 KiB: the same %u bytes", what,
          large.returned);
    return exact;
}

/* A property of a list by name: whether it is there with that syntax. */
static bool find_property(const struct control_answer *a, const char *name, uint32_t syntax,
                          struct cmrp_propvalue *value)
{
    struct cmrp_prop prop;

    if (a->result != W32_SUCCESS || cmrp_proplist_find(a->data, a->returned, name, &prop) != CMRP_PROPLIST_OK)
        return false;
    return cmrp_prop_value(&prop, 0, value) && value->syntax == syntax;
}

static void check_controls(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem)
{
    struct policy_handle cluster, node, group, resource, netif, network, read_group, core_group;
    struct control_answer a;
    struct cmrp_propvalue value;
    struct cmrp_valuelist_iter iter;
    uint32_t dword = 0, status;
    char *text;

    if (!check(probe, open_cluster(pipe, mem, &cluster) == W32_SUCCESS, "ApiOpenCluster")) return;

    /* what is not a control */
    a = control(pipe, mem, CMRP_CLUSTER_CONTROL, &cluster, 0, NULL, 0, 0);
    check(probe, a.result == W32_INVALID_FUNCTION, "ApiClusterControl code 0: ERROR_INVALID_FUNCTION (%u)",
          a.result);
    a = control(pipe, mem, CMRP_CLUSTER_CONTROL, &cluster, 0x07001234, NULL, 0, 64);
    check(probe, a.result == W32_INVALID_FUNCTION, "an unknown cluster code: ERROR_INVALID_FUNCTION (%u)", a.result);
    a = control(pipe, mem, CMRP_CLUSTER_CONTROL, &cluster, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, 64);
    check(probe, a.result == W32_INVALID_FUNCTION, "a resource code on the cluster: ERROR_INVALID_FUNCTION (%u)",
          a.result);

    a = control_sizes(probe, pipe, mem, CMRP_CLUSTER_CONTROL, &cluster, CLUSCTL_CLUSTER_GET_FQDN, "CLUSTER_GET_FQDN");
    check(probe, is_utf16(a.data, a.returned, CLUSTER_NAME), "CLUSTER_GET_FQDN is %s", CLUSTER_NAME);
    a = control_sizes(probe, pipe, mem, CMRP_CLUSTER_CONTROL, &cluster, CLUSCTL_CLUSTER_GET_RO_COMMON_PROPERTIES,
                      "CLUSTER_GET_RO_COMMON_PROPERTIES");
    check(probe, find_property(&a, "FixQuorum", CMRP_SYNTAX_LIST_VALUE_DWORD, &value)
          && find_property(&a, "SharedVolumesRoot", CMRP_SYNTAX_LIST_VALUE_SZ, &value)
          && cmrp_proplist_validate(a.data, a.returned, NULL, NULL) == CMRP_PROPLIST_OK,
          "the cluster's read-only common properties (FixQuorum, SharedVolumesRoot)");
    a = control_sizes(probe, pipe, mem, CMRP_CLUSTER_CONTROL, &cluster, CLUSCTL_CLUSTER_GET_COMMON_PROPERTIES,
                      "CLUSTER_GET_COMMON_PROPERTIES");
    text = find_property(&a, "Description", CMRP_SYNTAX_LIST_VALUE_SZ, &value) ? cmrp_propvalue_to_utf8(&value) : NULL;
    check(probe, text && !strcmp(text, "Two-node file server cluster"), "the cluster's Description is %s",
          text ? text : "(missing)");
    free(text);

    /* nodes */
    if (check(probe, open_object(pipe, mem, CMRP_OPEN_NODE, LOCAL_NODE, &node) == W32_SUCCESS, "ApiOpenNode"))
    {
        a = control_sizes(probe, pipe, mem, CMRP_NODE_CONTROL, &node, CLUSCTL_NODE_GET_ID, "NODE_GET_ID");
        check(probe, is_utf16(a.data, a.returned, "1"), "NODE_GET_ID is \"1\" (%u bytes)", a.returned);
        a = control_sizes(probe, pipe, mem, CMRP_NODE_CONTROL, &node, CLUSCTL_NODE_GET_NAME, "NODE_GET_NAME");
        check(probe, is_utf16(a.data, a.returned, LOCAL_NODE), "NODE_GET_NAME is %s", LOCAL_NODE);
        a = control_sizes(probe, pipe, mem, CMRP_NODE_CONTROL, &node, CLUSCTL_NODE_GET_RO_COMMON_PROPERTIES,
                          "NODE_GET_RO_COMMON_PROPERTIES");
        check(probe, find_property(&a, "NodeHighestVersion", CMRP_SYNTAX_LIST_VALUE_DWORD, &value)
              && cmrp_propvalue_get_dword(&value, &dword) && dword == 0x000b0003
              && find_property(&a, "BuildNumber", CMRP_SYNTAX_LIST_VALUE_DWORD, &value),
              "the node's read-only properties (NodeHighestVersion %#x, BuildNumber)", dword);
    }

    /* groups: flags, characteristics, and the modify bit */
    if (check(probe, open_object(pipe, mem, CMRP_OPEN_GROUP, "Cluster Group", &core_group) == W32_SUCCESS,
              "ApiOpenGroup Cluster Group"))
    {
        a = control_sizes(probe, pipe, mem, CMRP_GROUP_CONTROL, &core_group, CLUSCTL_GROUP_GET_FLAGS, "GROUP_GET_FLAGS");
        check(probe, a.returned == 4 && get32(a.data) == 1, "the core group's flags are CLUS_FLAG_CORE");
        a = control_sizes(probe, pipe, mem, CMRP_GROUP_CONTROL, &core_group, CLUSCTL_GROUP_GET_CHARACTERISTICS,
                          "GROUP_GET_CHARACTERISTICS");
        check(probe, a.returned == 4, "GROUP_GET_CHARACTERISTICS is a DWORD");
        a = control_sizes(probe, pipe, mem, CMRP_GROUP_CONTROL, &core_group, CLUSCTL_GROUP_GET_ID, "GROUP_GET_ID");
        check(probe, is_utf16(a.data, a.returned, "9d2b7f40-6c13-4e8a-a5d9-31f0b4c7e826"), "GROUP_GET_ID is its GUID");
        a = control_sizes(probe, pipe, mem, CMRP_GROUP_CONTROL, &core_group, CLUSCTL_GROUP_GET_RO_COMMON_PROPERTIES,
                          "GROUP_GET_RO_COMMON_PROPERTIES");
        check(probe, find_property(&a, "GroupType", CMRP_SYNTAX_LIST_VALUE_DWORD, &value)
              && cmrp_propvalue_get_dword(&value, &dword) && dword == 1, "Cluster Group's GroupType is 1 (%u)", dword);
        close_object(pipe, mem, CMRP_CLOSE_GROUP, &core_group);
    }

    /* resources */
    if (check(probe, open_object(pipe, mem, CMRP_OPEN_RESOURCE, "Cluster Name", &resource) == W32_SUCCESS,
              "ApiOpenResource Cluster Name"))
    {
        a = control(pipe, mem, CMRP_RESOURCE_CONTROL, &resource, CLUSCTL_RESOURCE_UNKNOWN, NULL, 0, 16);
        check(probe, a.result == W32_SUCCESS && a.returned == 0 && a.required == 0,
              "RESOURCE_UNKNOWN answers 0 and no data (%u, %u)", a.result, a.returned);
        a = control_sizes(probe, pipe, mem, CMRP_RESOURCE_CONTROL, &resource, CLUSCTL_RESOURCE_GET_RESOURCE_TYPE,
                          "RESOURCE_GET_RESOURCE_TYPE");
        check(probe, is_utf16(a.data, a.returned, "Network Name"), "Cluster Name is a Network Name");
        a = control_sizes(probe, pipe, mem, CMRP_RESOURCE_CONTROL, &resource, CLUSCTL_RESOURCE_GET_CLASS_INFO,
                          "RESOURCE_GET_CLASS_INFO");
        check(probe, a.returned == 8 && get32(a.data) == 2, "its class is network (CLUS_RESCLASS_NETWORK 2)");
        a = control_sizes(probe, pipe, mem, CMRP_RESOURCE_CONTROL, &resource, CLUSCTL_RESOURCE_GET_FLAGS,
                          "RESOURCE_GET_FLAGS");
        check(probe, a.returned == 4 && get32(a.data) == 1, "Cluster Name is a core resource");
        a = control_sizes(probe, pipe, mem, CMRP_RESOURCE_CONTROL, &resource, CLUSCTL_RESOURCE_GET_NETWORK_NAME,
                          "RESOURCE_GET_NETWORK_NAME");
        check(probe, is_utf16(a.data, a.returned, CLUSTER_NAME), "its network name is %s", CLUSTER_NAME);
        a = control_sizes(probe, pipe, mem, CMRP_RESOURCE_CONTROL, &resource,
                          CLUSCTL_RESOURCE_GET_REQUIRED_DEPENDENCIES, "RESOURCE_GET_REQUIRED_DEPENDENCIES");
        cmrp_valuelist_begin(&iter, a.data, a.returned);
        text = cmrp_valuelist_next(&iter, &value) && value.syntax == CMRP_SYNTAX_NAME ? cmrp_propvalue_to_utf8(&value)
                                                                                      : NULL;
        check(probe, text && !strcmp(text, "IP Address") && !cmrp_valuelist_next(&iter, &value) && iter.done
              && iter.status == CMRP_PROPLIST_OK, "a Network Name needs an IP Address (a value list)");
        free(text);
        a = control_sizes(probe, pipe, mem, CMRP_RESOURCE_CONTROL, &resource, CLUSCTL_RESOURCE_GET_RO_COMMON_PROPERTIES,
                          "RESOURCE_GET_RO_COMMON_PROPERTIES");
        text = find_property(&a, "Type", CMRP_SYNTAX_LIST_VALUE_SZ, &value) ? cmrp_propvalue_to_utf8(&value) : NULL;
        check(probe, text && !strcmp(text, "Network Name"), "the read-only Type property is %s",
              text ? text : "(missing)");
        free(text);
        a = control_sizes(probe, pipe, mem, CMRP_RESOURCE_CONTROL, &resource, CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTIES,
                          "RESOURCE_GET_PRIVATE_PROPERTIES");
        text = find_property(&a, "Name", CMRP_SYNTAX_LIST_VALUE_SZ, &value) ? cmrp_propvalue_to_utf8(&value) : NULL;
        check(probe, text && !strcmp(text, CLUSTER_NAME), "its private Name is %s", text ? text : "(missing)");
        free(text);
        if (check(probe, open_object(pipe, mem, CMRP_OPEN_NODE, LOCAL_NODE, &node) == W32_SUCCESS, "ApiOpenNode"))
        {
            a = node_control(pipe, mem, CMRP_NODE_RESOURCE_CONTROL, &resource, &node, CLUSCTL_RESOURCE_GET_NAME, 256);
            check(probe, a.result == W32_SUCCESS && is_utf16(a.data, a.returned, "Cluster Name"),
                  "ApiNodeResourceControl on node1: RESOURCE_GET_NAME (%u)", a.result);
        }
        close_object(pipe, mem, CMRP_CLOSE_RESOURCE, &resource);
    }

    /* a private property of an online resource is stored for its next start */
    if (open_object(pipe, mem, CMRP_OPEN_RESOURCE, "Cluster IP Address", &resource) == W32_SUCCESS)
    {
        struct cmrp_proplist_builder builder;
        uint8_t *list = NULL;
        size_t size = 0;

        cmrp_proplist_builder_init(&builder, 0);
        cmrp_proplist_add_dword(&builder, "ProbeStored", 7);
        cmrp_proplist_finish(&builder, &list, &size);
        a = control(pipe, mem, CMRP_RESOURCE_CONTROL, &resource, CLUSCTL_RESOURCE_SET_PRIVATE_PROPERTIES, list,
                    (uint32_t)size, 0);
        check(probe, a.result == W32_RESOURCE_PROPERTIES_STORED,
              "SET_PRIVATE_PROPERTIES of an online resource: ERROR_RESOURCE_PROPERTIES_STORED (%u)", a.result);
        a = control(pipe, mem, CMRP_RESOURCE_CONTROL, &resource, CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0,
                    0x4000);
        check(probe, find_property(&a, "ProbeStored", CMRP_SYNTAX_LIST_VALUE_DWORD, &value)
              && cmrp_propvalue_get_dword(&value, &dword) && dword == 7, "and it is stored (%u)", dword);
        free(list);
        close_object(pipe, mem, CMRP_CLOSE_RESOURCE, &resource);
    }

    /* interfaces and networks */
    if (open_object(pipe, mem, CMRP_OPEN_NET_INTERFACE, "node1 - Ethernet", &netif) == W32_SUCCESS)
    {
        a = control_sizes(probe, pipe, mem, CMRP_NET_INTERFACE_CONTROL, &netif, CLUSCTL_NETINTERFACE_GET_NODE,
                          "NETINTERFACE_GET_NODE");
        check(probe, is_utf16(a.data, a.returned, "node1"), "the interface's node is node1");
        a = control_sizes(probe, pipe, mem, CMRP_NET_INTERFACE_CONTROL, &netif, CLUSCTL_NETINTERFACE_GET_NETWORK,
                          "NETINTERFACE_GET_NETWORK");
        check(probe, is_utf16(a.data, a.returned, "Cluster Network 1"), "its network is Cluster Network 1");
        close_object(pipe, mem, CMRP_CLOSE_NET_INTERFACE, &netif);
    }
    else check(probe, false, "ApiOpenNetInterface node1 - Ethernet");
    if (open_object(pipe, mem, CMRP_OPEN_NETWORK, "Cluster Network 2", &network) == W32_SUCCESS)
    {
        a = control_sizes(probe, pipe, mem, CMRP_NETWORK_CONTROL, &network, CLUSCTL_NETWORK_GET_NAME,
                          "NETWORK_GET_NAME");
        check(probe, is_utf16(a.data, a.returned, "Cluster Network 2"), "NETWORK_GET_NAME");
        close_object(pipe, mem, CMRP_CLOSE_NETWORK, &network);
    }

    /* resource types, by name */
    a = type_control(pipe, mem, &cluster, "Physical Disk", CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS, 4);
    check(probe, a.result == W32_SUCCESS && a.returned == 4 && get32(a.data) == 3,
          "Physical Disk's characteristics are 3 (%u)", a.result);
    a = type_control(pipe, mem, &cluster, "Physical Disk", CLUSCTL_RESOURCE_TYPE_GET_CLASS_INFO, 8);
    check(probe, a.result == W32_SUCCESS && a.returned == 8 && get32(a.data) == 1, "Physical Disk is storage");
    a = type_control(pipe, mem, &cluster, "File Server", CLUSCTL_RESOURCE_TYPE_GET_REQUIRED_DEPENDENCIES, 64);
    check(probe, a.result == W32_SUCCESS && a.returned > 4, "a File Server has required dependencies (%u bytes)",
          a.returned);
    a = type_control(pipe, mem, &cluster, "Generic Service", CLUSCTL_RESOURCE_TYPE_GET_REQUIRED_DEPENDENCIES, 64);
    check(probe, a.result == W32_SUCCESS && a.returned == 4 && !get32(a.data),
          "a Generic Service needs nothing: a lone ENDMARK");
    a = type_control(pipe, mem, &cluster, "No Such Type", CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS, 4);
    check(probe, a.result == W32_RESOURCE_TYPE_NOT_FOUND, "an unknown type: ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND "
          "(%u)", a.result);

    /* property round trips on FS1: every format, then back as it was */
    if (open_object(pipe, mem, CMRP_OPEN_GROUP, "FS1", &group) == W32_SUCCESS)
    {
        static const char *const owners[] = { "node2", "node1" };
        static const uint8_t blob[] = { 9, 8, 7 };
        struct cmrp_proplist_builder builder;
        struct cmrp_open_object_ex ex = { .name = "FS1", .desired_access = GENERIC_READ };
        uint8_t *list = NULL;
        size_t size = 0;
        uint64_t qword = 0;
        uint32_t names = 0;

        cmrp_proplist_builder_init(&builder, 0);
        cmrp_proplist_add_dword(&builder, "ProbeDword", 0xdeadbeef);
        cmrp_proplist_add_sz(&builder, "ProbeText", "caf\xc3\xa9");
        cmrp_proplist_add_name(&builder, "ProbeExpand");
        cmrp_proplist_add_value(&builder, CMRP_SYNTAX_LIST_VALUE_EXPAND_SZ, "%\0S\0y\0s\0t\0e\0m\0R\0o\0o\0t\0%\0"
                                "\\\0x\0\0\0", 30);
        cmrp_proplist_add_multi_sz(&builder, "ProbeMulti", owners, 2);
        cmrp_proplist_add_binary(&builder, "ProbeBinary", blob, sizeof(blob));
        cmrp_proplist_add_qword(&builder, "ProbeLarge", CMRP_SYNTAX_LIST_VALUE_ULARGE_INTEGER, 0x1122334455667788ull);
        cmrp_proplist_add_word(&builder, "ProbeWord", 0xabcd);
        status = cmrp_proplist_finish(&builder, &list, &size);
        check(probe, status == CMRP_PROPLIST_OK, "a list of 7 formats is built (%s)", cmrp_proplist_status_string(status));
        a = control(pipe, mem, CMRP_GROUP_CONTROL, &group, CLUSCTL_GROUP_VALIDATE_PRIVATE_PROPERTIES, list,
                    (uint32_t)size, 0);
        check(probe, a.result == W32_SUCCESS && a.returned == 0, "VALIDATE_PRIVATE_PROPERTIES of 7 formats (%u)",
              a.result);
        a = control(pipe, mem, CMRP_GROUP_CONTROL, &group, CLUSCTL_GROUP_SET_PRIVATE_PROPERTIES, list,
                    (uint32_t)size, 0);
        check(probe, a.result == W32_SUCCESS, "SET_PRIVATE_PROPERTIES of 7 formats (%u)", a.result);
        free(list);
        a = control_sizes(probe, pipe, mem, CMRP_GROUP_CONTROL, &group, CLUSCTL_GROUP_GET_PRIVATE_PROPERTIES,
                          "GROUP_GET_PRIVATE_PROPERTIES");
        check(probe, cmrp_proplist_validate(a.data, a.returned, NULL, NULL) == CMRP_PROPLIST_OK
              && a.returned % 4 == 0 && !get32(a.data + a.returned - 4),
              "the list is valid, 4-byte aligned, with its final ENDMARK");
        check(probe, find_property(&a, "ProbeDword", CMRP_SYNTAX_LIST_VALUE_DWORD, &value)
              && cmrp_propvalue_get_dword(&value, &dword) && dword == 0xdeadbeef, "DWORD read back");
        text = find_property(&a, "ProbeText", CMRP_SYNTAX_LIST_VALUE_SZ, &value) ? cmrp_propvalue_to_utf8(&value) : NULL;
        check(probe, text && !strcmp(text, "caf\xc3\xa9"), "SZ read back (%s)", text ? text : "(missing)");
        free(text);
        {
            struct cmrp_prop prop;
            struct cmrp_propvalue expanded;
            char *raw = NULL, *done = NULL;

            if (cmrp_proplist_find(a.data, a.returned, "ProbeExpand", &prop) == CMRP_PROPLIST_OK
                && prop.num_values == 2 && cmrp_prop_value(&prop, 0, &value) && cmrp_prop_value(&prop, 1, &expanded))
            {
                raw = cmrp_propvalue_to_utf8(&value);
                done = cmrp_propvalue_to_utf8(&expanded);
            }
            check(probe, raw && done && value.syntax == CMRP_SYNTAX_LIST_VALUE_EXPAND_SZ
                  && expanded.syntax == CMRP_SYNTAX_LIST_VALUE_EXPANDED_SZ && !strcmp(raw, "%SystemRoot%\\x")
                  && !strcmp(done, "C:\\Windows\\x"), "EXPAND_SZ comes back as EXPAND_SZ %s + EXPANDED_SZ %s",
                  raw ? raw : "?", done ? done : "?");
            free(raw);
            free(done);
        }
        check(probe, find_property(&a, "ProbeMulti", CMRP_SYNTAX_LIST_VALUE_MULTI_SZ, &value)
              && cmrp_multi_sz_check(value.data, value.size, &names) == CMRP_PROPLIST_OK && names == 2,
              "MULTI_SZ read back (%u strings)", names);
        check(probe, find_property(&a, "ProbeBinary", CMRP_SYNTAX_LIST_VALUE_BINARY, &value) && value.size == 3
              && !memcmp(value.data, blob, 3), "BINARY read back");
        check(probe, find_property(&a, "ProbeLarge", CMRP_SYNTAX_LIST_VALUE_ULARGE_INTEGER, &value)
              && cmrp_propvalue_get_qword(&value, &qword) && qword == 0x1122334455667788ull, "ULARGE_INTEGER read back");
        check(probe, find_property(&a, "ProbeWord", CMRP_SYNTAX_LIST_VALUE_WORD, &value) && value.size == 2
              && value.data[0] == 0xcd, "WORD read back");

        a = control_sizes(probe, pipe, mem, CMRP_GROUP_CONTROL, &group, CLUSCTL_GROUP_GET_PRIVATE_PROPERTY_FMTS,
                          "GROUP_GET_PRIVATE_PROPERTY_FMTS");
        check(probe, find_property(&a, "ProbeLarge", CMRP_SYNTAX_LIST_VALUE_WORD, &value) && value.size == 2
              && value.data[0] == CMRP_PROPFMT_ULARGE_INTEGER, "the formats list says ULARGE_INTEGER for ProbeLarge");
        a = control_sizes(probe, pipe, mem, CMRP_GROUP_CONTROL, &group, CLUSCTL_GROUP_ENUM_PRIVATE_PROPERTIES,
                          "GROUP_ENUM_PRIVATE_PROPERTIES");
        status = cmrp_multi_sz_check(a.data, a.returned, &names);
        check(probe, status == CMRP_PROPLIST_OK && names >= 7,
              "ENUM_PRIVATE_PROPERTIES is a MULTI_SZ of %u names", names);
        a = control(pipe, mem, CMRP_GROUP_CONTROL, &group, CLUSCTL_GROUP_GET_RO_PRIVATE_PROPERTIES, NULL, 0, 64);
        check(probe, a.result == W32_SUCCESS && a.returned == 8, "no read-only private properties: an empty list");

        /* common properties: checks before changes */
        cmrp_proplist_builder_init(&builder, 0);
        cmrp_proplist_add_sz(&builder, "Description", "changed by the probe");
        cmrp_proplist_finish(&builder, &list, &size);
        a = control(pipe, mem, CMRP_GROUP_CONTROL, &group, CLUSCTL_GROUP_SET_COMMON_PROPERTIES, list, (uint32_t)size, 0);
        check(probe, a.result == W32_SUCCESS, "SET_COMMON_PROPERTIES Description (%u)", a.result);
        a = control(pipe, mem, CMRP_GROUP_CONTROL, &group, CLUSCTL_GROUP_GET_COMMON_PROPERTIES, NULL, 0, 0x4000);
        text = find_property(&a, "Description", CMRP_SYNTAX_LIST_VALUE_SZ, &value) ? cmrp_propvalue_to_utf8(&value) : NULL;
        check(probe, text && !strcmp(text, "changed by the probe"), "GET_COMMON_PROPERTIES shows it (%s)",
              text ? text : "(missing)");
        free(text);
        free(list);
        cmrp_proplist_builder_init(&builder, 0);
        cmrp_proplist_add_sz(&builder, "Description", "File server role");
        cmrp_proplist_finish(&builder, &list, &size);
        control(pipe, mem, CMRP_GROUP_CONTROL, &group, CLUSCTL_GROUP_SET_COMMON_PROPERTIES, list, (uint32_t)size, 0);
        free(list);

        cmrp_proplist_builder_init(&builder, 0);
        cmrp_proplist_add_dword(&builder, "Description", 1);
        cmrp_proplist_finish(&builder, &list, &size);
        a = control(pipe, mem, CMRP_GROUP_CONTROL, &group, CLUSCTL_GROUP_VALIDATE_COMMON_PROPERTIES, list,
                    (uint32_t)size, 0);
        check(probe, a.result == W32_INVALID_PARAMETER, "Description as a DWORD: ERROR_INVALID_PARAMETER (%u)",
              a.result);
        free(list);
        cmrp_proplist_builder_init(&builder, 0);
        cmrp_proplist_add_dword(&builder, "FailoverThreshold", 5);
        cmrp_proplist_add_dword(&builder, "GroupType", 1);
        cmrp_proplist_finish(&builder, &list, &size);
        a = control(pipe, mem, CMRP_GROUP_CONTROL, &group, CLUSCTL_GROUP_SET_COMMON_PROPERTIES, list, (uint32_t)size, 0);
        check(probe, a.result == W32_INVALID_PARAMETER, "a read-only GroupType in the list: ERROR_INVALID_PARAMETER "
              "(%u)", a.result);
        a = control(pipe, mem, CMRP_GROUP_CONTROL, &group, CLUSCTL_GROUP_GET_COMMON_PROPERTIES, NULL, 0, 0x4000);
        check(probe, find_property(&a, "FailoverThreshold", CMRP_SYNTAX_LIST_VALUE_DWORD, &value)
              && cmrp_propvalue_get_dword(&value, &dword) && dword != 5,
              "and nothing of that list was set (FailoverThreshold %u)", dword);
        a = control(pipe, mem, CMRP_GROUP_CONTROL, &group, CLUSCTL_GROUP_SET_COMMON_PROPERTIES, list,
                    (uint32_t)size - 10, 0);
        check(probe, a.result == W32_INVALID_DATA, "a truncated list: ERROR_INVALID_DATA (%u)", a.result);
        free(list);
        a = control(pipe, mem, CMRP_GROUP_CONTROL, &group, CLUSCTL_GROUP_SET_COMMON_PROPERTIES, NULL, 0, 0);
        check(probe, a.result == W32_INVALID_PARAMETER, "no list at all: ERROR_INVALID_PARAMETER (%u)", a.result);
        a = control_sizes(probe, pipe, mem, CMRP_GROUP_CONTROL, &group, CLUSCTL_GROUP_GET_COMMON_PROPERTY_FMTS,
                          "GROUP_GET_COMMON_PROPERTY_FMTS");
        check(probe, find_property(&a, "AntiAffinityClassNames", CMRP_SYNTAX_LIST_VALUE_WORD, &value)
              && value.data[0] == CMRP_PROPFMT_MULTI_SZ, "AntiAffinityClassNames is a MULTI_SZ");
        a = control_sizes(probe, pipe, mem, CMRP_GROUP_CONTROL, &group, CLUSCTL_GROUP_ENUM_COMMON_PROPERTIES,
                          "GROUP_ENUM_COMMON_PROPERTIES");
        status = cmrp_multi_sz_check(a.data, a.returned, &names);
        check(probe, status == CMRP_PROPLIST_OK && names >= 9,
              "ENUM_COMMON_PROPERTIES names %u writable properties", names);

        /* "All" for the modify bit */
        call(pipe, mem, CMRP_OPEN_GROUP_EX, &ex, &ex.status);
        read_group = ex.handle;
        if (check(probe, ex.status == W32_SUCCESS, "ApiOpenGroupEx with GENERIC_READ"))
        {
            a = control(pipe, mem, CMRP_GROUP_CONTROL, &read_group, CLUSCTL_GROUP_SET_COMMON_PROPERTIES, NULL, 0, 0);
            check(probe, a.result == W32_ACCESS_DENIED, "a modify code through a read handle: ERROR_ACCESS_DENIED "
                  "(%u)", a.result);
            a = control(pipe, mem, CMRP_GROUP_CONTROL, &read_group, CLUSCTL_GROUP_GET_NAME, NULL, 0, 64);
            check(probe, a.result == W32_SUCCESS && is_utf16(a.data, a.returned, "FS1"),
                  "a read code through a read handle works");
            close_object(pipe, mem, CMRP_CLOSE_GROUP, &read_group);
        }
        close_object(pipe, mem, CMRP_CLOSE_GROUP, &group);
    }
    close_object(pipe, mem, CMRP_CLOSE_CLUSTER, &cluster);
}

/* ---- notifications ---- */

/* An ApiGetNotify on its way. */
struct pending_notify
{
    struct cmrp_get_notify r;
    struct tevent_req *req;
    bool done;
    NTSTATUS status;
    uint64_t started, finished;
};

static void get_notify_done(struct tevent_req *req)
{
    struct pending_notify *pending = tevent_req_callback_data_void(req);

    pending->status = dcerpc_binding_handle_call_recv(req);
    pending->done = true;
    pending->finished = now_ms();
    TALLOC_FREE(pending->req);
}

static bool start_get_notify(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem,
                             const struct policy_handle *notify, struct pending_notify *pending)
{
    memset(pending, 0, sizeof(*pending));
    pending->r.notify = *notify;
    pending->started = now_ms();
    pending->req = dcerpc_binding_handle_call_send(mem, probe->ev, pipe->binding_handle, NULL, &cmrp_table,
                                                   CMRP_GET_NOTIFY, mem, &pending->r);
    if (!pending->req) return false;
    tevent_req_set_callback(pending->req, get_notify_done, pending);
    return true;
}

static void timed_out(struct tevent_context *ev, struct tevent_timer *timer, struct timeval now, void *private_data)
{
    *(bool *)private_data = true;
}

/* Runs the event loop until pending is done or ms have passed. */
static bool wait_notify(struct probe *probe, struct pending_notify *pending, unsigned int ms)
{
    bool expired = false;
    struct tevent_timer *timer = tevent_add_timer(probe->ev, NULL, tevent_timeval_current_ofs(ms / 1000,
                                                  (ms % 1000) * 1000), timed_out, &expired);

    while (!pending->done && !expired)
        if (tevent_loop_once(probe->ev) != 0) break;
    /* tevent frees a timer once it has fired */
    if (!expired) talloc_free(timer);
    return pending->done;
}

static uint32_t create_notify(struct dcerpc_pipe *pipe, TALLOC_CTX *mem, struct policy_handle *notify)
{
    struct cmrp_create_handle r = { 0 };
    uint32_t status = call(pipe, mem, CMRP_CREATE_NOTIFY, &r, &r.status);

    *notify = r.handle;
    return status;
}

/* Takes the next event without waiting long: the result, and r. */
static uint32_t next_event(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem,
                           const struct policy_handle *notify, struct cmrp_get_notify *r)
{
    struct pending_notify pending;

    if (!start_get_notify(probe, pipe, mem, notify, &pending)) return CALL_FAILED;
    if (!wait_notify(probe, &pending, 3000))
    {
        diag("ApiGetNotify still waiting after 3 s");
        TALLOC_FREE(pending.req);
        return CALL_FAILED;
    }
    *r = pending.r;
    last_status = pending.status;
    return NT_STATUS_IS_OK(pending.status) ? pending.r.result : CALL_FAILED;
}

/* Takes events until one with filter comes (others, e.g. the registry
 * events of the model's own bookkeeping, are skipped). */
static bool expect_event(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem,
                         const struct policy_handle *notify, uint32_t filter, uint32_t key, const char *name)
{
    struct cmrp_get_notify r;
    unsigned int i;

    for (i = 0; i < 20; i++)
    {
        if (next_event(probe, pipe, mem, notify, &r) != W32_SUCCESS) return false;
        if (r.filter == filter && r.notify_key == key && (!name || (r.name && !strcmp(r.name, name)))) return true;
        diag("skipped event %#x key %u \"%s\"", r.filter, r.notify_key, r.name ? r.name : "");
    }
    return false;
}

static uint32_t unblock(struct dcerpc_pipe *pipe, TALLOC_CTX *mem, const struct policy_handle *notify)
{
    struct cmrp_handle_in r = { .handle = *notify };

    return call(pipe, mem, CMRP_UNBLOCK_GET_NOTIFY_CALL, &r, &r.result);
}

static void check_notifications(struct probe *probe, TALLOC_CTX *mem)
{
    struct dcerpc_pipe *watcher, *helper, *changer, *doomed;
    struct policy_handle notify, root, key, changer_root, changer_key, cluster, group, changer_group, port, stale;
    struct pending_notify pending;
    struct cmrp_add_notify_object add = { 0 };
    struct cmrp_add_notify_key add_key = { 0 };
    struct cmrp_add_notify_cluster add_cluster = { 0 };
    struct cmrp_get_notify r;
    struct cmrp_proplist_builder builder;
    struct control_answer a;
    struct cmrp_get_cluster_name name = { 0 };
    uint8_t *list = NULL;
    size_t size = 0;
    uint32_t status, value = 42, sequence;

    /* the watcher waits; the helper shares its association; the changer is
     * another client */
    watcher = connect_pipe(probe, mem, 0);
    helper = watcher ? connect_pipe(probe, mem, group_of(watcher)) : NULL;
    changer = connect_pipe(probe, mem, 0);
    if (!check(probe, watcher && helper && changer, "three connections, two of them in one association")) return;

    status = create_notify(watcher, mem, &notify);
    if (!check(probe, status == W32_SUCCESS && !ndr_policy_handle_empty(&notify), "ApiCreateNotify (%u)", status))
        return;
    root_key(watcher, mem, &root);
    create_key(watcher, mem, &root, PROBE_KEY, &key, NULL);
    add_key.notify = notify;
    add_key.key = key;
    add_key.notify_key = 61;
    add_key.filter = CHANGE_REGISTRY_VALUE;
    add_key.watch_subtree = 1;
    status = call(watcher, mem, CMRP_ADD_NOTIFY_KEY, &add_key, &add_key.result);
    check(probe, status == W32_SUCCESS, "ApiAddNotifyKey on the probe key, with its subtree (%u)", status);

    /* an event queued before the call: answered at once */
    root_key(changer, mem, &changer_root);
    create_key(changer, mem, &changer_root, PROBE_KEY, &changer_key, NULL);
    set_value(changer, mem, &changer_key, "Early", REG_DWORD, &value, 4);
    check(probe, expect_event(probe, watcher, mem, &notify, CHANGE_REGISTRY_VALUE, 61, PROBE_KEY "\\Early"),
          "another client's ApiSetValue gives CLUSTER_CHANGE_REGISTRY_VALUE \"" PROBE_KEY "\\Early\"");

    /* an ApiGetNotify that waits for the change */
    start_get_notify(probe, watcher, mem, &notify, &pending);
    check(probe, !wait_notify(probe, &pending, 400), "ApiGetNotify on an empty port waits (still after 400 ms)");
    status = call(helper, mem, CMRP_GET_CLUSTER_NAME, &name, &name.result);
    check(probe, status == W32_SUCCESS && !pending.done,
          "meanwhile the same association's other connection is answered");
    status = call(changer, mem, CMRP_GET_CLUSTER_NAME, &name, &name.result);
    check(probe, status == W32_SUCCESS, "and so is another client");
    set_value(changer, mem, &changer_key, "Late", REG_DWORD, &value, 4);
    wait_notify(probe, &pending, 3000);
    check(probe, pending.done && NT_STATUS_IS_OK(pending.status)
          && pending.r.result == W32_SUCCESS && pending.r.filter == CHANGE_REGISTRY_VALUE
          && pending.r.notify_key == 61 && pending.r.name && !strcmp(pending.r.name, PROBE_KEY "\\Late"),
          "the waiting ApiGetNotify is answered by the change (%s, %u, %#x, \"%s\")", nt_errstr(pending.status),
          pending.r.result, pending.r.filter, pending.r.name ? pending.r.name : "");
    if (pending.done) diag("waited %llu ms", (unsigned long long)(pending.finished - pending.started));

    /* subkeys too (WatchSubTree) */
    {
        struct policy_handle sub;

        create_key(changer, mem, &changer_key, "Sub", &sub, NULL);
        set_value(changer, mem, &sub, "Deep", REG_SZ, "x\0\0", 4);
        check(probe, expect_event(probe, watcher, mem, &notify, CHANGE_REGISTRY_VALUE, 61, PROBE_KEY "\\Sub\\Deep"),
              "a value of a subkey is seen through WatchSubTree");
        close_key(changer, mem, &sub);
        key_string_op(changer, mem, CMRP_DELETE_KEY, &changer_key, "Sub");
    }

    /* property changes, through the cluster registration and an object's */
    open_cluster(watcher, mem, &cluster);
    add_cluster.notify = notify;
    add_cluster.cluster = cluster;
    add_cluster.filter = CHANGE_GROUP_PROPERTY;
    add_cluster.notify_key = 57;
    status = call(watcher, mem, CMRP_ADD_NOTIFY_CLUSTER, &add_cluster, &add_cluster.result);
    check(probe, status == W32_SUCCESS, "ApiAddNotifyCluster for group properties (%u)", status);
    open_object(watcher, mem, CMRP_OPEN_GROUP, "FS1", &group);
    add.notify = notify;
    add.object = group;
    add.filter = CHANGE_GROUP_PROPERTY;
    add.notify_key = 59;
    status = call(watcher, mem, CMRP_ADD_NOTIFY_GROUP, &add, &add.result);
    sequence = add.state_sequence;
    check(probe, status == W32_SUCCESS, "ApiAddNotifyGroup FS1 (%u, state sequence %u)", status, sequence);

    start_get_notify(probe, watcher, mem, &notify, &pending);
    check(probe, !wait_notify(probe, &pending, 200), "ApiGetNotify waits again");
    open_object(changer, mem, CMRP_OPEN_GROUP, "FS1", &changer_group);
    cmrp_proplist_builder_init(&builder, 0);
    cmrp_proplist_add_dword(&builder, "ProbeNotified", 1);
    cmrp_proplist_finish(&builder, &list, &size);
    a = control(changer, mem, CMRP_GROUP_CONTROL, &changer_group, CLUSCTL_GROUP_SET_PRIVATE_PROPERTIES, list,
                (uint32_t)size, 0);
    free(list);
    check(probe, a.result == W32_SUCCESS, "another client sets a private property of FS1 (%u)", a.result);
    wait_notify(probe, &pending, 3000);
    check(probe, pending.done && pending.r.result == W32_SUCCESS
          && pending.r.filter == CHANGE_GROUP_PROPERTY && pending.r.name && !strcmp(pending.r.name, "FS1"),
          "the waiting ApiGetNotify gets CLUSTER_CHANGE_GROUP_PROPERTY \"FS1\" (%u, %#x, key %u)", pending.r.result,
          pending.r.filter, pending.r.notify_key);
    /* one event per matching registration: the other one comes next */
    status = next_event(probe, watcher, mem, &notify, &r);
    check(probe, status == W32_SUCCESS && r.filter == CHANGE_GROUP_PROPERTY
          && r.notify_key != pending.r.notify_key && (r.notify_key == 57 || r.notify_key == 59),
          "and the second registration's copy with its own key (%u)", r.notify_key);

    /* ApiReAddNotifyGroup with an old sequence is accepted */
    {
        struct cmrp_readd_notify_object readd = { .notify = notify, .object = group, .filter = CHANGE_GROUP_PROPERTY,
                                                  .notify_key = 63, .state_sequence = sequence };

        status = call(watcher, mem, CMRP_READD_NOTIFY_GROUP, &readd, &readd.result);
        check(probe, status == W32_SUCCESS, "ApiReAddNotifyGroup (%u)", status);
    }

    /* unblocking from the same association's other connection */
    start_get_notify(probe, watcher, mem, &notify, &pending);
    check(probe, !wait_notify(probe, &pending, 200), "ApiGetNotify waits before the unblock");
    status = unblock(helper, mem, &notify);
    check(probe, status == W32_SUCCESS, "ApiUnblockGetNotifyCall from the other connection (%u)", status);
    wait_notify(probe, &pending, 3000);
    check(probe, pending.done && NT_STATUS_IS_OK(pending.status)
          && pending.r.result == W32_INVALID_FUNCTION,
          "the waiting ApiGetNotify ends with ERROR_INVALID_FUNCTION (%s, %u)", nt_errstr(pending.status),
          pending.r.result);
    status = next_event(probe, watcher, mem, &notify, &r);
    check(probe, status == W32_NO_MORE_ITEMS, "afterwards ApiGetNotify answers ERROR_NO_MORE_ITEMS at once (%u)",
          status);

    /* closing the port releases a waiting call too */
    status = create_notify(watcher, mem, &port);
    add_key.notify = port;
    call(watcher, mem, CMRP_ADD_NOTIFY_KEY, &add_key, &add_key.result);
    start_get_notify(probe, watcher, mem, &port, &pending);
    check(probe, status == W32_SUCCESS && !wait_notify(probe, &pending, 200), "a second port's ApiGetNotify waits");
    {
        struct cmrp_close_handle close = { .handle = port };

        status = call(helper, mem, CMRP_CLOSE_NOTIFY, &close, &close.result);
        check(probe, status == W32_SUCCESS && ndr_policy_handle_empty(&close.handle),
              "ApiCloseNotify from the other connection (%u)", status);
    }
    wait_notify(probe, &pending, 3000);
    check(probe, pending.done && pending.r.result == W32_INVALID_FUNCTION,
          "the waiting ApiGetNotify ends with ERROR_INVALID_FUNCTION (%u)", pending.r.result);
    stale = port;
    status = next_event(probe, watcher, mem, &stale, &r);
    check(probe, status == CALL_FAILED && NT_STATUS_EQUAL(last_status, NT_STATUS_RPC_SS_CONTEXT_MISMATCH),
          "ApiGetNotify on the closed port faults");

    /* a client that goes away while its ApiGetNotify waits */
    doomed = connect_pipe(probe, mem, 0);
    if (doomed && create_notify(doomed, mem, &port) == W32_SUCCESS)
    {
        start_get_notify(probe, doomed, mem, &port, &pending);
        check(probe, !wait_notify(probe, &pending, 200), "a doomed client's ApiGetNotify waits");
        TALLOC_FREE(pending.req);
        TALLOC_FREE(doomed);
        /* give the server time to notice */
        wait_notify(probe, &(struct pending_notify){ 0 }, 800);
        status = call(changer, mem, CMRP_GET_CLUSTER_NAME, &name, &name.result);
        check(probe, status == W32_SUCCESS, "the server goes on after that client vanished");
        set_value(changer, mem, &changer_key, "AfterDrop", REG_DWORD, &value, 4);
        status = call(changer, mem, CMRP_GET_CLUSTER_NAME, &name, &name.result);
        check(probe, status == W32_SUCCESS, "and after an event for no one");
    }
    else check(probe, false, "a fourth connection with a port");

    /* clean up: the registration goes with the port */
    {
        struct cmrp_close_handle close = { .handle = notify };

        status = call(watcher, mem, CMRP_CLOSE_NOTIFY, &close, &close.result);
        check(probe, status == W32_SUCCESS, "ApiCloseNotify");
    }
    close_key(changer, mem, &changer_key);
    key_string_op(changer, mem, CMRP_DELETE_KEY, &changer_root, PROBE_KEY);
    close_key(changer, mem, &changer_root);
    close_key(watcher, mem, &key);
    close_key(watcher, mem, &root);
    close_object(watcher, mem, CMRP_CLOSE_GROUP, &group);
    close_object(watcher, mem, CMRP_CLOSE_CLUSTER, &cluster);
    close_object(changer, mem, CMRP_CLOSE_GROUP, &changer_group);
    talloc_free(helper);
    talloc_free(watcher);
    talloc_free(changer);
}

/* ---- main ---- */

static void usage(FILE *out)
{
    fputs("usage: registry_notify_probe [-s NCALRPC_DIR] [-l LABEL] BINDING\n", out);
}

int main(int argc, char **argv)
{
    TALLOC_CTX *mem = talloc_new(NULL);
    struct probe probe = { 0 };
    struct dcerpc_pipe *pipe;
    const char *ncalrpc_dir = NULL;
    NTSTATUS status;
    int c;

    while ((c = getopt(argc, argv, "s:l:h")) != -1)
    {
        switch (c)
        {
        case 's': ncalrpc_dir = optarg; break;
        case 'l': probe.label = optarg; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind != argc - 1)
    {
        usage(stderr);
        return 2;
    }
    if (!probe.label) probe.label = argv[optind];
    probe.ev = tevent_context_init(mem);
    probe.lp_ctx = loadparm_init_global(false);
    probe.credentials = cli_credentials_init_anon(mem);
    if (!probe.ev || !probe.lp_ctx || !probe.credentials) return 2;
    if (ncalrpc_dir) lpcfg_set_cmdline(probe.lp_ctx, "ncalrpc dir", ncalrpc_dir);
    status = dcerpc_parse_binding(mem, argv[optind], &probe.binding);
    if (!NT_STATUS_IS_OK(status))
    {
        fprintf(stderr, "registry_notify_probe: bad binding %s: %s\n", argv[optind], nt_errstr(status));
        return 2;
    }

    pipe = connect_pipe(&probe, mem, 0);
    if (!check(&probe, pipe != NULL, "connect")) return 1;
    check_registry(&probe, pipe, mem);
    check_controls(&probe, pipe, mem);
    check_notifications(&probe, mem);
    talloc_free(mem);
    return probe.failures ? 1 : 0;
}
