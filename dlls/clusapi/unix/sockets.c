/*
 * The TCP sockets a Samba connect opened (see sockets.h).
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <talloc.h>

#include "dlls/clusapi/unix/sockets.h"

/* A descriptor number can be closed and reused between the two looks: the
 * inode tells a new socket from the one seen before. */
struct socket_entry
{
    int fd;
    ino_t inode;
};

struct socket_snapshot
{
    unsigned int count;
    struct socket_entry *entries;
};

static bool socket_inode(int fd, ino_t *inode)
{
    struct stat st;

    if (fstat(fd, &st) || !S_ISSOCK(st.st_mode)) return false;
    *inode = st.st_ino;
    return true;
}

struct socket_snapshot *socket_snapshot_take(void *mem)
{
    struct socket_snapshot *snapshot = talloc_zero(mem, struct socket_snapshot);
    unsigned int capacity = 0;
    struct dirent *entry;
    DIR *dir;

    if (!snapshot) return NULL;
    if (!(dir = opendir("/proc/self/fd")))
    {
        talloc_free(snapshot);
        return NULL;
    }
    while ((entry = readdir(dir)))
    {
        int fd = atoi(entry->d_name);
        ino_t inode;

        if (entry->d_name[0] < '0' || entry->d_name[0] > '9' || fd == dirfd(dir)) continue;
        if (!socket_inode(fd, &inode)) continue;
        if (snapshot->count == capacity)
        {
            struct socket_entry *grown;

            capacity = capacity ? capacity * 2 : 32;
            if (!(grown = talloc_realloc(snapshot, snapshot->entries, struct socket_entry, capacity)))
            {
                closedir(dir);
                talloc_free(snapshot);
                return NULL;
            }
            snapshot->entries = grown;
        }
        snapshot->entries[snapshot->count].fd = fd;
        snapshot->entries[snapshot->count].inode = inode;
        snapshot->count++;
    }
    closedir(dir);
    return snapshot;
}

static bool seen_before(const struct socket_snapshot *before, int fd, ino_t inode)
{
    unsigned int i;

    for (i = 0; i < before->count; i++)
        if (before->entries[i].fd == fd && before->entries[i].inode == inode) return true;
    return false;
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

unsigned int socket_snapshot_new_tcp(const struct socket_snapshot *before, bool (*action)(int fd))
{
    unsigned int count = 0;
    struct dirent *entry;
    DIR *dir;

    if (!before || !(dir = opendir("/proc/self/fd"))) return 0;
    while ((entry = readdir(dir)))
    {
        int fd = atoi(entry->d_name);
        ino_t inode;

        if (entry->d_name[0] < '0' || entry->d_name[0] > '9' || fd == dirfd(dir)) continue;
        if (!socket_inode(fd, &inode) || seen_before(before, fd, inode) || !is_tcp(fd)) continue;
        if (action(fd)) count++;
    }
    closedir(dir);
    return count;
}

bool socket_set_nodelay(int fd)
{
    int one = 1;

    return !setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
}
