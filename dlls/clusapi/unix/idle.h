/*
 * Work a thread does while its connection waits for the server: run once,
 * as soon as the connection's event loop has had nothing to do for a while
 * (a server checking a password, a network round trip), or at the end if the
 * loop never waited that long.
 */
#ifndef CLUSAPI_UNIX_IDLE_H
#define CLUSAPI_UNIX_IDLE_H

#include <stdbool.h>
#include <stdint.h>

struct tevent_context;
struct idle_work;

/* Runs run(private) once ev's loop has waited idle_us with no event, while
 * the work is started (on mem, a talloc context).  NULL without memory: the
 * work then runs at idle_work_finish. */
struct idle_work *idle_work_start(void *mem, struct tevent_context *ev, uint32_t idle_us,
                                  void (*run)(void *private), void *private);

/* Runs the work now unless it ran; stops watching ev and frees it.
 * run and private are those given to idle_work_start (which may have failed). */
void idle_work_finish(struct idle_work *work, void (*run)(void *private), void *private);

#endif /* CLUSAPI_UNIX_IDLE_H */
