/*
 * The admin socket of a host serving nodes of one cluster model (cmrpd -a,
 * the Samba module's clusapi:admin): a node taken down behaves as a crashed
 * one - the model fails its groups over (cmrp_model_set_node_state), the host
 * drops the node's connections and answers as it no more - until it is
 * brought up again.
 *
 * Protocol: one request line per connection, "status" or "NODE down|up|status";
 * the reply is "ok\n" and one line per node concerned ("NAME STATE" and what
 * the host adds, e.g. where it listens), or "error: ...\n".  The client is
 * cmrp_admin_request() (`cmrpd --admin PATH ...`).
 */
#ifndef SERVER_ADMIN_H
#define SERVER_ADMIN_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/un.h>
#include <talloc.h>
#include <tevent.h>

#include "server/model.h"

/* What the host does when a node of the model goes down or comes back. */
struct cmrp_admin_host
{
    /* Stop answering as node: drop its connections, refuse new ones.  Called
     * once the model took it down; also for a node already down. */
    void (*node_down)(void *data, const struct cmrp_node *node);
    /* Answer as node again; false (and the reason in error) refuses "up". */
    bool (*node_up)(void *data, const struct cmrp_node *node, char *error, size_t size);
    /* Optional: appended to "NAME STATE" on the node's status line. */
    void (*describe)(void *data, const struct cmrp_node *node, char *text, size_t size);
    /* The model changed outside a call: its pending transitions need a timer. */
    void (*model_changed)(void *data);
    /* Optional: one line per change made ("node node2 down"). */
    void (*message)(void *data, const char *text);
    void *data;
};

struct cmrp_admin;

/* Listens on the unix socket path (made absolute, mode 0600; a stale socket
 * file is replaced, a live one is refused).  host is copied.  Requests are
 * served once cmrp_admin_watch() names the event loop.  Freeing the result
 * closes the socket and removes its file.  NULL and error on failure. */
struct cmrp_admin *cmrp_admin_listen(TALLOC_CTX *mem_ctx, const char *path, struct cmrp_model *model,
                                     const struct cmrp_admin_host *host, char *error, size_t size);
bool cmrp_admin_watch(struct cmrp_admin *admin, struct tevent_context *ev);
bool cmrp_admin_watching(const struct cmrp_admin *admin);
const char *cmrp_admin_path(const struct cmrp_admin *admin);

/* The reply to one request line (modified), on mem_ctx; NULL if out of memory. */
char *cmrp_admin_command(struct cmrp_admin *admin, TALLOC_CTX *mem_ctx, char *line);

/* The client: sends the words argv[0..argc-1] as one request to the socket
 * path and prints the reply (stdout; stderr when it is an error).  Returns
 * the exit status: 0 ok, 1 error or unreachable, 2 usage. */
int cmrp_admin_request(const char *path, int argc, char **argv);

/* Unix socket helpers for a host's own sockets.  cmrp_unix_address: false if
 * path does not fit.  cmrp_clear_stale_socket: true if path is free now (it
 * did not exist, or was a socket nobody listens on, now removed). */
bool cmrp_unix_address(const char *path, struct sockaddr_un *address, char *error, size_t size);
bool cmrp_clear_stale_socket(const char *path, char *error, size_t size);

#endif /* SERVER_ADMIN_H */
