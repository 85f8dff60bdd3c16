/*
 * The admin socket of a multi-node host (see admin.h): cmrpd's -a and the
 * Samba module's clusapi:admin share the protocol, the model's side of a node
 * going down or up, and the client.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE  /* accept4 */
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "server/admin.h"

#define ADMIN_LINE_MAX 512

struct cmrp_admin
{
    struct cmrp_model *model;
    struct cmrp_admin_host host;
    char *path;                     /* absolute: removed when the admin goes */
    int fd;
    struct tevent_fd *fde;
};

/* ---- unix sockets ---- */

bool cmrp_unix_address(const char *path, struct sockaddr_un *address, char *error, size_t size)
{
    memset(address, 0, sizeof(*address));
    address->sun_family = AF_UNIX;
    if (strlen(path) >= sizeof(address->sun_path))
    {
        snprintf(error, size, "socket path %s is too long", path);
        return false;
    }
    strcpy(address->sun_path, path);
    return true;
}

/* A socket file left by a dead server may be replaced; a live one may not. */
bool cmrp_clear_stale_socket(const char *path, char *error, size_t size)
{
    struct sockaddr_un address;
    struct stat st;
    int fd, ret;

    if (lstat(path, &st) == -1)
    {
        if (errno == ENOENT) return true;
        snprintf(error, size, "%s: %s", path, strerror(errno));
        return false;
    }
    if (!S_ISSOCK(st.st_mode))
    {
        snprintf(error, size, "%s exists and is not a socket", path);
        return false;
    }
    if (!cmrp_unix_address(path, &address, error, size)) return false;
    fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd == -1)
    {
        snprintf(error, size, "socket: %s", strerror(errno));
        return false;
    }
    ret = connect(fd, (struct sockaddr *)&address, sizeof(address));
    close(fd);
    if (ret == 0)
    {
        snprintf(error, size, "%s is in use by another server", path);
        return false;
    }
    if (unlink(path) == 0 || errno == ENOENT) return true;
    snprintf(error, size, "cannot remove %s: %s", path, strerror(errno));
    return false;
}

/* ---- requests ---- */

static void message(const struct cmrp_admin *admin, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void message(const struct cmrp_admin *admin, const char *fmt, ...)
{
    char text[256];
    va_list ap;

    if (!admin->host.message) return;
    va_start(ap, fmt);
    vsnprintf(text, sizeof(text), fmt, ap);
    va_end(ap);
    admin->host.message(admin->host.data, text);
}

static void describe_node(const struct cmrp_admin *admin, const struct cmrp_node *node, char *text, size_t size)
{
    size_t used = snprintf(text, size, "%s %s", node->name,
                           node->evicted ? "evicted" : cmrp_node_state_name(node->state));

    if (admin->host.describe && used < size) admin->host.describe(admin->host.data, node, text + used, size - used);
}

static char *node_down(struct cmrp_admin *admin, TALLOC_CTX *mem_ctx, struct cmrp_node *node)
{
    uint32_t status = cmrp_model_set_node_state(admin->model, node, CMRP_NODE_DOWN);

    if (status) return talloc_asprintf(mem_ctx, "error: the model refused: %u\n", status);
    admin->host.node_down(admin->host.data, node);
    admin->host.model_changed(admin->host.data);
    message(admin, "node %s down", node->name);
    return NULL;
}

static char *node_up(struct cmrp_admin *admin, TALLOC_CTX *mem_ctx, struct cmrp_node *node)
{
    char error[256] = "";
    uint32_t status;

    if (!admin->host.node_up(admin->host.data, node, error, sizeof(error)))
        return talloc_asprintf(mem_ctx, "error: %s\n", error);
    /* a paused node stays paused: only a dead one comes back */
    if (node->state == CMRP_NODE_DOWN)
    {
        status = cmrp_model_set_node_state(admin->model, node, CMRP_NODE_UP);
        if (status) return talloc_asprintf(mem_ctx, "error: the model refused: %u\n", status);
    }
    admin->host.model_changed(admin->host.data);
    message(admin, "node %s up", node->name);
    return NULL;
}

char *cmrp_admin_command(struct cmrp_admin *admin, TALLOC_CTX *mem_ctx, char *line)
{
    char *words[4], *save = NULL, *word, text[1024], *reply;
    struct cmrp_model *model = admin->model;
    struct cmrp_node *node;
    size_t count = 0, i;

    for (word = strtok_r(line, " \t\r\n", &save); word; word = strtok_r(NULL, " \t\r\n", &save))
    {
        if (count == sizeof(words) / sizeof(words[0])) return talloc_strdup(mem_ctx, "error: too many words\n");
        words[count++] = word;
    }
    if (count == 1 && !strcmp(words[0], "status"))
    {
        reply = talloc_strdup(mem_ctx, "ok\n");
        for (i = 0; reply && i < model->num_nodes; i++)
        {
            describe_node(admin, &model->nodes[i], text, sizeof(text));
            reply = talloc_asprintf_append(reply, "%s\n", text);
        }
        return reply;
    }
    if (count != 2 || (strcmp(words[1], "down") && strcmp(words[1], "up") && strcmp(words[1], "status")))
        return talloc_strdup(mem_ctx, "error: usage: status | NODE down|up|status\n");
    node = cmrp_model_node(model, words[0]);
    if (!node || node->evicted) return talloc_asprintf(mem_ctx, "error: no node '%s' in the cluster\n", words[0]);

    if (!strcmp(words[1], "down") && (reply = node_down(admin, mem_ctx, node))) return reply;
    if (!strcmp(words[1], "up") && (reply = node_up(admin, mem_ctx, node))) return reply;
    describe_node(admin, node, text, sizeof(text));
    return talloc_asprintf(mem_ctx, "ok\n%s\n", text);
}

/* ---- the socket ---- */

struct admin_client
{
    struct cmrp_admin *admin;
    int fd;
    struct tevent_fd *fde;
    char line[ADMIN_LINE_MAX];
    size_t length;
};

static int admin_client_destructor(struct admin_client *client)
{
    TALLOC_FREE(client->fde);
    close(client->fd);
    return 0;
}

static void admin_reply(struct admin_client *client, const char *reply)
{
    size_t done = 0, length = strlen(reply);
    ssize_t ret;
    int flags = fcntl(client->fd, F_GETFL);

    /* a few lines: write them out and be done */
    if (flags != -1) fcntl(client->fd, F_SETFL, flags & ~O_NONBLOCK);
    while (done < length)
    {
        ret = send(client->fd, reply + done, length - done, MSG_NOSIGNAL);
        if (ret <= 0 && errno != EINTR) break;
        if (ret > 0) done += ret;
    }
}

static void admin_read(struct tevent_context *ev, struct tevent_fd *fde, uint16_t flags, void *private_data)
{
    struct admin_client *client = private_data;
    char *newline, *reply;
    ssize_t ret;

    ret = recv(client->fd, client->line + client->length, sizeof(client->line) - 1 - client->length, 0);
    if (ret == -1 && (errno == EAGAIN || errno == EINTR)) return;
    if (ret > 0) client->length += ret;
    client->line[client->length] = 0;
    newline = strchr(client->line, '\n');
    if (!newline && ret > 0 && client->length < sizeof(client->line) - 1) return;  /* more to come */
    if (!newline && client->length == sizeof(client->line) - 1)
        admin_reply(client, "error: request too long\n");
    else if (client->length)
    {
        if (newline) *newline = 0;
        reply = cmrp_admin_command(client->admin, client, client->line);
        admin_reply(client, reply ? reply : "error: out of memory\n");
    }
    talloc_free(client);
}

static void admin_accept(struct tevent_context *ev, struct tevent_fd *fde, uint16_t flags, void *private_data)
{
    struct cmrp_admin *admin = private_data;
    struct admin_client *client;
    int fd = accept4(admin->fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);

    if (fd == -1) return;
    client = talloc_zero(admin, struct admin_client);
    if (!client)
    {
        close(fd);
        return;
    }
    client->admin = admin;
    client->fd = fd;
    talloc_set_destructor(client, admin_client_destructor);
    client->fde = tevent_add_fd(ev, client, fd, TEVENT_FD_READ, admin_read, client);
    if (!client->fde) talloc_free(client);
}

static int admin_destructor(struct cmrp_admin *admin)
{
    TALLOC_FREE(admin->fde);
    if (admin->fd != -1) close(admin->fd);
    if (admin->path) unlink(admin->path);
    return 0;
}

struct cmrp_admin *cmrp_admin_listen(TALLOC_CTX *mem_ctx, const char *path, struct cmrp_model *model,
                                     const struct cmrp_admin_host *host, char *error, size_t size)
{
    struct cmrp_admin *admin = talloc_zero(mem_ctx, struct cmrp_admin);
    struct sockaddr_un address;
    char cwd[PATH_MAX];
    char *absolute;

    if (!admin)
    {
        snprintf(error, size, "out of memory");
        return NULL;
    }
    admin->model = model;
    admin->host = *host;
    admin->fd = -1;
    talloc_set_destructor(admin, admin_destructor);
    /* absolute, so that it can still be removed after a daemon's chdir("/") */
    if (path[0] == '/') absolute = talloc_strdup(admin, path);
    else absolute = getcwd(cwd, sizeof(cwd)) ? talloc_asprintf(admin, "%s/%s", cwd, path) : NULL;
    if (!absolute)
    {
        snprintf(error, size, "%s: cannot make the path absolute", path);
        goto fail;
    }
    if (!cmrp_unix_address(absolute, &address, error, size) || !cmrp_clear_stale_socket(absolute, error, size))
        goto fail;  /* not ours to remove */
    admin->fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (admin->fd == -1 || bind(admin->fd, (struct sockaddr *)&address, sizeof(address)) == -1)
    {
        snprintf(error, size, "cannot listen on %s: %s", absolute, strerror(errno));
        goto fail;
    }
    admin->path = absolute;
    if (chmod(absolute, 0600) == -1 || listen(admin->fd, 8) == -1)
    {
        snprintf(error, size, "cannot listen on %s: %s", absolute, strerror(errno));
        goto fail;
    }
    return admin;

fail:
    talloc_free(admin);
    return NULL;
}

bool cmrp_admin_watch(struct cmrp_admin *admin, struct tevent_context *ev)
{
    if (admin->fde) return true;
    admin->fde = tevent_add_fd(ev, admin, admin->fd, TEVENT_FD_READ, admin_accept, admin);
    return admin->fde != NULL;
}

bool cmrp_admin_watching(const struct cmrp_admin *admin)
{
    return admin->fde != NULL;
}

const char *cmrp_admin_path(const struct cmrp_admin *admin)
{
    return admin->path;
}

/* ---- the client ---- */

int cmrp_admin_request(const char *path, int argc, char **argv)
{
    struct sockaddr_un address;
    char request[ADMIN_LINE_MAX], reply[4096], error[256];
    size_t used = 0;
    ssize_t ret;
    bool failed = false, first = true;
    int fd, i;

    if (argc < 1)
    {
        fprintf(stderr, "usage: --admin PATH status | NODE down|up|status\n");
        return 2;
    }
    if (!cmrp_unix_address(path, &address, error, sizeof(error)))
    {
        fprintf(stderr, "%s\n", error);
        return 2;
    }
    request[0] = 0;
    for (i = 0; i < argc; i++)
    {
        used += snprintf(request + used, used < sizeof(request) ? sizeof(request) - used : 0, "%s%s",
                         i ? " " : "", argv[i]);
        if (used >= sizeof(request) - 1)
        {
            fprintf(stderr, "admin request too long\n");
            return 2;
        }
    }
    request[used++] = '\n';
    fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd == -1 || connect(fd, (struct sockaddr *)&address, sizeof(address)) == -1)
    {
        fprintf(stderr, "cannot reach %s: %s\n", path, strerror(errno));
        if (fd != -1) close(fd);
        return 1;
    }
    if (send(fd, request, used, MSG_NOSIGNAL) != (ssize_t)used)
    {
        fprintf(stderr, "cannot send to %s: %s\n", path, strerror(errno));
        close(fd);
        return 1;
    }
    while ((ret = recv(fd, reply, sizeof(reply), 0)) > 0 || (ret == -1 && errno == EINTR))
    {
        if (ret <= 0) continue;
        if (first) failed = ret < 2 || strncmp(reply, "ok", 2) != 0;
        first = false;
        fwrite(reply, 1, ret, failed ? stderr : stdout);
    }
    close(fd);
    return first || failed ? 1 : 0;
}
