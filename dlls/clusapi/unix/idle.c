/*
 * Work done while a connection waits (idle.h).  tevent's trace points say
 * when a loop iteration ends; a timer set that long after the last one fires
 * only if the loop waited the whole time with nothing to do.
 */
#include <talloc.h>
#include <tevent.h>

#include "dlls/clusapi/unix/idle.h"

struct idle_work
{
    struct tevent_context *ev;
    struct tevent_timer *timer;     /* NULL once it ran the work */
    uint32_t idle_us;
    struct timeval last_activity;   /* end of the last loop iteration that did something */
    bool timer_fired;               /* in this iteration */
    void (*run)(void *private);
    void *private;
    tevent_trace_callback_t outer_trace;    /* the one set before, chained */
    void *outer_trace_private;
};

static struct timeval idle_deadline(const struct idle_work *work)
{
    return tevent_timeval_add(&work->last_activity, work->idle_us / 1000000, work->idle_us % 1000000);
}

static void idle_timer(struct tevent_context *ev, struct tevent_timer *timer, struct timeval now, void *private)
{
    struct idle_work *work = private;
    struct timeval deadline = idle_deadline(work);

    work->timer_fired = true;
    if (tevent_timeval_compare(&now, &deadline) < 0)
    {
        /* Something happened since it was set: wait the whole time again. */
        work->timer = tevent_add_timer(ev, work, deadline, idle_timer, work);
        return;
    }
    work->timer = NULL;
    work->run(work->private);
}

static void idle_trace(enum tevent_trace_point point, void *private)
{
    struct idle_work *work = private;

    if (work->outer_trace) work->outer_trace(point, work->outer_trace_private);
    if (point != TEVENT_TRACE_AFTER_LOOP_ONCE) return;
    /* An iteration in which only this timer ran was a wait with nothing to do. */
    if (!work->timer_fired) work->last_activity = tevent_timeval_current();
    work->timer_fired = false;
}

struct idle_work *idle_work_start(void *mem, struct tevent_context *ev, uint32_t idle_us,
                                  void (*run)(void *private), void *private)
{
    struct idle_work *work = talloc_zero(mem, struct idle_work);

    if (!work) return NULL;
    work->ev = ev;
    work->idle_us = idle_us;
    work->run = run;
    work->private = private;
    work->last_activity = tevent_timeval_current();
    if (!(work->timer = tevent_add_timer(ev, work, idle_deadline(work), idle_timer, work)))
    {
        talloc_free(work);
        return NULL;
    }
    tevent_get_trace_callback(ev, &work->outer_trace, &work->outer_trace_private);
    tevent_set_trace_callback(ev, idle_trace, work);
    return work;
}

void idle_work_stop(struct idle_work *work)
{
    if (!work) return;
    tevent_set_trace_callback(work->ev, work->outer_trace, work->outer_trace_private);
    talloc_free(work);  /* and its timer */
}
