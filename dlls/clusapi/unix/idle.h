/*
 * Work a thread does while its connection waits for the server: run once,
 * as soon as the connection's event loop has had nothing to do for a while
 * (a server checking a password, a network round trip); not at all if the
 * loop never waited that long.
 */
#ifndef CLUSAPI_UNIX_IDLE_H
#define CLUSAPI_UNIX_IDLE_H

#include <stdbool.h>
#include <stdint.h>

struct tevent_context;
struct idle_work;

/* Runs run(private) once ev's loop has waited idle_us with no event, until
 * idle_work_stop (the work is on mem, a talloc context).  NULL without
 * memory: the work then never runs. */
struct idle_work *idle_work_start(void *mem, struct tevent_context *ev, uint32_t idle_us,
                                  void (*run)(void *private), void *private);

/* Stops watching ev and frees the work (NULL: nothing to do). */
void idle_work_stop(struct idle_work *work);

#endif /* CLUSAPI_UNIX_IDLE_H */
