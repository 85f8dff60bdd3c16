/*
 * The MS-CMRP client on Samba's public libraries, behind a plain C interface.
 *
 * Samba's and Wine's headers cannot share a translation unit (both define
 * NTSTATUS and ERROR_* differently), so client.c sees only Samba and
 * unixlib.c only Wine; this header uses neither.
 *
 * Strings go in as UTF-8 and come out as UTF-16 written into caller buffers
 * (see struct client_wstr).  Every function returns the transport outcome as
 * a Win32 RPC error (0 = the method ran) and the method's own status in
 * *result, kept apart.
 */
#ifndef CLUSAPI_UNIX_CLIENT_H
#define CLUSAPI_UNIX_CLIENT_H

#include <stdint.h>
#include <stdbool.h>

struct client_connection;

struct client_endpoint
{
    const char *name;               /* NULL = the local cluster */
    const char *address;            /* host to connect to instead of name, or NULL */
    const char *credentials_file;
    const char *ncalrpc_dir;
    uint32_t port;
    uint32_t security;              /* enum clusapi_security */
    uint32_t local_transport;       /* enum clusapi_local_transport */
    uint32_t timeout_ms;
};

/* A caller-owned UTF-16 buffer: at most size - 1 characters and a NUL are
 * written (nothing if size is 0); *len is always the full length. */
struct client_wstr
{
    uint16_t *buffer;
    uint32_t size;
    uint32_t *len;
};

void client_init(void);

uint32_t client_open_cluster(const struct client_endpoint *endpoint, bool use_ex,
                             uint32_t desired_access, uint32_t *granted_access,
                             uint32_t *result, struct client_connection **connection);

/* Closes the server's handle and frees the connection whatever happens. */
uint32_t client_close_cluster(struct client_connection *connection, uint32_t *result);

uint32_t client_get_cluster_name(struct client_connection *connection,
                                 struct client_wstr cluster_name, struct client_wstr node_name,
                                 uint32_t *result);

struct client_version
{
    uint16_t major_version, minor_version, build_number;
    bool has_operational_version;
    uint32_t highest_version, lowest_version, flags;
};

uint32_t client_get_cluster_version(struct client_connection *connection,
                                    struct client_wstr vendor_id, struct client_wstr csd_version,
                                    struct client_version *version, uint32_t *result);

/* Tracing hook, set by unixlib.c to route messages to WINEDEBUG's clusapi channel. */
enum client_log_level { CLIENT_LOG_TRACE, CLIENT_LOG_WARN, CLIENT_LOG_ERR };
extern void (*client_log)(enum client_log_level level, const char *function, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif /* CLUSAPI_UNIX_CLIENT_H */
