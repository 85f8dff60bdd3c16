/*
 * The TCP sockets a Samba connect opened.
 *
 * Samba's s4 client keeps its socket to itself: it never sets TCP_NODELAY
 * (so the first request after a three-leg bind waits ~40 ms for the peer's
 * delayed ACK, samba-api.md 5).  A connect registers its sockets with the event context it runs
 * on; an event context made here notes them (tevent's epoll backend with
 * add_fd watched), so that a watched connect's own sockets are known without
 * looking through the process's descriptors.
 */
#ifndef CLUSAPI_UNIX_SOCKETS_H
#define CLUSAPI_UNIX_SOCKETS_H

#include <stdbool.h>

struct tevent_context;
struct socket_watch;

/* A tevent context, on mem (a talloc context), whose sockets a watch can
 * note; a plain one where the backend cannot be wrapped. */
struct tevent_context *socket_watch_context(void *mem);

/* Notes, until the watch is freed, the sockets registered with ev on this
 * thread (ev from socket_watch_context); the watch is allocated on mem.
 * NULL without memory. */
struct socket_watch *socket_watch_start(void *mem, struct tevent_context *ev);

/* Calls action on every TCP socket noted that is still open (the same
 * socket, not a reused descriptor number); returns how many. */
unsigned int socket_watch_tcp(const struct socket_watch *watch, bool (*action)(int fd));

/* Switches Nagle's algorithm off. */
bool socket_set_nodelay(int fd);

#endif /* CLUSAPI_UNIX_SOCKETS_H */
