/*
 * The TCP sockets a Samba connect opened.
 *
 * Samba's s4 client keeps its socket to itself: it never sets TCP_NODELAY,
 * so the first request after a three-leg bind waits ~40 ms for the peer's
 * delayed ACK (samba-api.md 5).  Comparing the process's sockets before and
 * after a connect finds the ones it made, to set TCP_NODELAY on.  Plain
 * POSIX: no Samba or Wine types.
 */
#ifndef CLUSAPI_UNIX_SOCKETS_H
#define CLUSAPI_UNIX_SOCKETS_H

#include <stdbool.h>

struct socket_snapshot;

/* The sockets open now, allocated on mem (a talloc context); NULL when the
 * process's descriptors cannot be listed. */
struct socket_snapshot *socket_snapshot_take(void *mem);

/* Calls action on every TCP socket open now that was not open at the
 * snapshot; returns how many. */
unsigned int socket_snapshot_new_tcp(const struct socket_snapshot *before, bool (*action)(int fd));

/* Switches Nagle's algorithm off. */
bool socket_set_nodelay(int fd);

#endif /* CLUSAPI_UNIX_SOCKETS_H */
