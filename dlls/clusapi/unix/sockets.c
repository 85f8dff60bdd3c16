/*
 * The TCP sockets a Samba connect opened (see sockets.h): what the connect
 * registers with its own event context is its own, found in a few system
 * calls (listing the process's descriptors took some fifty per connect, and
 * took other threads' new sockets for its own).
 */
#include <pthread.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <talloc.h>
#include <tevent.h>

#include "dlls/clusapi/unix/sockets.h"

/* A descriptor number can be closed and reused before it is acted on: the
 * inode tells the socket noted from another one. */
struct socket_entry
{
    int fd;
    ino_t inode;
};

struct socket_watch
{
    struct tevent_context *ev;
    struct socket_watch *outer;     /* the watch started before on this thread */
    unsigned int count, capacity;
    struct socket_entry *entries;
};

/* Watches are started and freed on the thread that runs the connect. */
static __thread struct socket_watch *active_watch;

static const char backend_name[] = "wine-clusapi-watch";
static const struct tevent_ops *base_ops;
static struct tevent_ops watch_ops;
static pthread_once_t backend_once = PTHREAD_ONCE_INIT;
static bool backend_registered;

static bool socket_inode(int fd, ino_t *inode)
{
    struct stat st;

    if (fstat(fd, &st) || !S_ISSOCK(st.st_mode)) return false;
    *inode = st.st_ino;
    return true;
}

static void note_socket(struct socket_watch *watch, int fd)
{
    struct socket_entry *grown;
    unsigned int i;
    ino_t inode;

    if (!socket_inode(fd, &inode)) return;
    for (i = 0; i < watch->count; i++)
        if (watch->entries[i].fd == fd && watch->entries[i].inode == inode) return;
    if (watch->count == watch->capacity)
    {
        unsigned int capacity = watch->capacity ? watch->capacity * 2 : 4;

        if (!(grown = talloc_realloc(watch, watch->entries, struct socket_entry, capacity))) return;
        watch->entries = grown;
        watch->capacity = capacity;
    }
    watch->entries[watch->count].fd = fd;
    watch->entries[watch->count].inode = inode;
    watch->count++;
}

static struct tevent_fd *watch_add_fd(struct tevent_context *ev, TALLOC_CTX *mem, int fd, uint16_t flags,
                                      tevent_fd_handler_t handler, void *private_data,
                                      const char *handler_name, const char *location)
{
    struct socket_watch *watch;

    for (watch = active_watch; watch; watch = watch->outer)
        if (watch->ev == ev)
        {
            note_socket(watch, fd);
            break;
        }
    return base_ops->add_fd(ev, mem, fd, flags, handler, private_data, handler_name, location);
}

/* tevent's own backend with add_fd watched; everything else is its. */
static void register_backend(void)
{
    if (!(base_ops = tevent_find_ops_byname("epoll")) && !(base_ops = tevent_find_ops_byname("poll"))) return;
    watch_ops = *base_ops;
    watch_ops.add_fd = watch_add_fd;
    backend_registered = tevent_register_backend(backend_name, &watch_ops);
}

struct tevent_context *socket_watch_context(void *mem)
{
    struct tevent_context *ev = NULL;

    pthread_once(&backend_once, register_backend);
    if (backend_registered) ev = tevent_context_init_byname(mem, backend_name);
    return ev ? ev : tevent_context_init(mem);
}

static int watch_destructor(struct socket_watch *watch)
{
    struct socket_watch **link;

    for (link = &active_watch; *link; link = &(*link)->outer)
        if (*link == watch)
        {
            *link = watch->outer;
            break;
        }
    return 0;
}

struct socket_watch *socket_watch_start(void *mem, struct tevent_context *ev)
{
    struct socket_watch *watch = talloc_zero(mem, struct socket_watch);

    if (!watch) return NULL;
    watch->ev = ev;
    watch->outer = active_watch;
    active_watch = watch;
    talloc_set_destructor(watch, watch_destructor);
    return watch;
}

static bool is_tcp(int fd)
{
    struct sockaddr_storage address;
    socklen_t len = sizeof(address);
    int type;
    socklen_t type_len = sizeof(type);

    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &type_len) || type != SOCK_STREAM) return false;
    if (getsockname(fd, (struct sockaddr *)&address, &len)) return false;
    return address.ss_family == AF_INET || address.ss_family == AF_INET6;
}

unsigned int socket_watch_tcp(const struct socket_watch *watch, bool (*action)(int fd))
{
    unsigned int i, count = 0;
    ino_t inode;

    for (i = 0; watch && i < watch->count; i++)
    {
        const struct socket_entry *entry = &watch->entries[i];

        if (!socket_inode(entry->fd, &inode) || inode != entry->inode || !is_tcp(entry->fd)) continue;
        if (action(entry->fd)) count++;
    }
    return count;
}

bool socket_set_nodelay(int fd)
{
    int one = 1;

    return !setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
}
