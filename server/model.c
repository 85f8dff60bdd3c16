/*
 * The simulated cluster model and its configuration file parser
 * (see model.h; the file format is described in server/README.md).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE  /* getline */
#endif
#include "server/model.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define DEFAULT_VENDOR_ID "Microsoft(R) Cluster Service"

/* ---- small helpers ---- */

static char *copy_string(const char *s)
{
    return strdup(s ? s : "");
}

/* UTF-16 units needed for a UTF-8 string, without the terminator; false if
 * the string is not well-formed UTF-8. */
static bool utf16_units(const char *s, size_t *units)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t count = 0;

    while (*p)
    {
        unsigned int extra, i;
        uint32_t cp;

        if (p[0] < 0x80) { cp = p[0]; extra = 0; }
        else if ((p[0] & 0xe0) == 0xc0) { cp = p[0] & 0x1f; extra = 1; }
        else if ((p[0] & 0xf0) == 0xe0) { cp = p[0] & 0x0f; extra = 2; }
        else if ((p[0] & 0xf8) == 0xf0) { cp = p[0] & 0x07; extra = 3; }
        else return false;

        for (i = 1; i <= extra; i++)
        {
            if ((p[i] & 0xc0) != 0x80) return false;
            cp = (cp << 6) | (p[i] & 0x3f);
        }
        /* overlong forms, surrogates and values past Unicode are not UTF-8 */
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000))
            return false;
        if ((cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return false;

        count += cp >= 0x10000 ? 2 : 1;
        p += extra + 1;
    }
    *units = count;
    return true;
}

bool cmrp_model_valid_name(const char *name)
{
    size_t len = strlen(name), i;

    if (len == 0 || len > CMRP_MAX_NAME_UNITS) return false;
    if (name[0] == '-' || name[len - 1] == '-') return false;
    for (i = 0; i < len; i++)
    {
        unsigned char c = name[i];

        /* isalnum() would follow the locale; DNS labels are ASCII */
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

const char *cmrp_node_state_name(enum cmrp_node_state state)
{
    switch (state)
    {
    case CMRP_NODE_UP:      return "up";
    case CMRP_NODE_DOWN:    return "down";
    case CMRP_NODE_PAUSED:  return "paused";
    case CMRP_NODE_JOINING: return "joining";
    }
    return "unknown";
}

const char *cmrp_access_name(enum cmrp_access access)
{
    switch (access)
    {
    case CMRP_ACCESS_NONE: return "none";
    case CMRP_ACCESS_READ: return "read";
    case CMRP_ACCESS_ALL:  return "all";
    }
    return "unknown";
}

/* ---- the model ---- */

void cmrp_model_free(struct cmrp_model *model)
{
    size_t i;

    if (!model) return;
    for (i = 0; i < model->num_nodes; i++)
    {
        free(model->nodes[i].name);
        free(model->nodes[i].id);
    }
    free(model->nodes);
    free(model->cluster_name);
    free(model->pending_cluster_name);
    free(model->version.vendor_id);
    free(model->version.csd_version);
    free(model);
}

const struct cmrp_node *cmrp_model_local_node(const struct cmrp_model *model)
{
    return &model->nodes[model->local_node];
}

const struct cmrp_node *cmrp_model_find_node(const struct cmrp_model *model, const char *name)
{
    size_t i;

    for (i = 0; i < model->num_nodes; i++)
        if (!strcasecmp(model->nodes[i].name, name)) return &model->nodes[i];
    return NULL;
}

uint32_t cmrp_model_version_flags(const struct cmrp_model *model)
{
    /* Nodes at different versions is what "mixed mode" means. */
    if (model->version.highest_version != model->version.lowest_version)
        return CMRP_CLUSTER_VERSION_FLAG_MIXED_MODE;
    return 0;
}

uint32_t cmrp_model_open_cluster(const struct cmrp_model *model, enum cmrp_access *granted)
{
    *granted = CMRP_ACCESS_NONE;
    if (model->client_access != CMRP_ACCESS_ALL) return CMRP_ERR_ACCESS_DENIED;
    *granted = CMRP_ACCESS_ALL;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_open_cluster_ex(const struct cmrp_model *model, uint32_t desired_access,
                                    enum cmrp_access *granted)
{
    /* Which bits stand for "Read" and which for "Change" (3.1.4.2.116):
     * GENERIC_WRITE, GENERIC_EXECUTE and GENERIC_ALL mean both. */
    const uint32_t read_bits = CMRP_CLUSAPI_READ_ACCESS | CMRP_GENERIC_READ | CMRP_GENERIC_WRITE
                               | CMRP_GENERIC_EXECUTE | CMRP_GENERIC_ALL;
    const uint32_t change_bits = CMRP_CLUSAPI_CHANGE_ACCESS | CMRP_GENERIC_WRITE
                                 | CMRP_GENERIC_EXECUTE | CMRP_GENERIC_ALL;
    const uint32_t known_bits = read_bits | change_bits | CMRP_MAXIMUM_ALLOWED;
    enum cmrp_access wanted = CMRP_ACCESS_NONE;

    *granted = CMRP_ACCESS_NONE;

    /* Asking for nothing, or for rights this cluster has no notion of. */
    if (desired_access == 0 || (desired_access & ~known_bits)) return CMRP_ERR_INVALID_PARAMETER;
    /* "Change" is only meaningful together with "Read". */
    if ((desired_access & CMRP_CLUSAPI_CHANGE_ACCESS) && !(desired_access & read_bits))
        return CMRP_ERR_INVALID_PARAMETER;

    if (desired_access & change_bits) wanted = CMRP_ACCESS_ALL;
    else if (desired_access & read_bits) wanted = CMRP_ACCESS_READ;

    if (wanted > model->client_access) return CMRP_ERR_ACCESS_DENIED;
    if (desired_access & CMRP_MAXIMUM_ALLOWED) wanted = model->client_access;
    if (wanted == CMRP_ACCESS_NONE) return CMRP_ERR_ACCESS_DENIED;

    *granted = wanted;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_access_granted_mask(enum cmrp_access granted)
{
    switch (granted)
    {
    case CMRP_ACCESS_ALL:  return CMRP_GENERIC_ALL;
    case CMRP_ACCESS_READ: return CMRP_GENERIC_READ;
    case CMRP_ACCESS_NONE: break;
    }
    return 0;
}

uint32_t cmrp_model_set_cluster_name(struct cmrp_model *model, const char *new_name)
{
    size_t units;
    char *copy;

    if (model->client_access != CMRP_ACCESS_ALL) return CMRP_ERR_ACCESS_DENIED;
    if (!utf16_units(new_name, &units) || units == 0) return CMRP_ERR_INVALID_NAME;
    if (units > CMRP_MAX_NAME_UNITS) return CMRP_ERR_RPC_S_STRING_TOO_LONG;
    if (!cmrp_model_valid_name(new_name)) return CMRP_ERR_INVALID_NAME;
    if (cmrp_model_find_node(model, new_name)) return CMRP_ERR_INVALID_NAME;

    /* The network name resource is always online here, so a rename is
     * stored and reported as such, as Windows does (samba torture). */
    if (!strcasecmp(new_name, model->cluster_name))
    {
        free(model->pending_cluster_name);
        model->pending_cluster_name = NULL;
        return CMRP_ERR_RESOURCE_PROPERTIES_STORED;
    }
    copy = strdup(new_name);
    if (!copy) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    free(model->pending_cluster_name);
    model->pending_cluster_name = copy;
    return CMRP_ERR_RESOURCE_PROPERTIES_STORED;
}

/* ---- the configuration parser ---- */

enum section { SECTION_NONE, SECTION_CLUSTER, SECTION_NODE };

/* Keys of [cluster], as bits, to catch repeats and missing ones. */
enum cluster_key
{
    KEY_NAME            = 1 << 0,
    KEY_VERSION         = 1 << 1,
    KEY_VENDOR_ID       = 1 << 2,
    KEY_CSD_VERSION     = 1 << 3,
    KEY_HIGHEST_VERSION = 1 << 4,
    KEY_LOWEST_VERSION  = 1 << 5,
    KEY_LOCAL_NODE      = 1 << 6,
    KEY_CLIENT_ACCESS   = 1 << 7,
};
#define REQUIRED_CLUSTER_KEYS (KEY_NAME | KEY_VERSION | KEY_HIGHEST_VERSION | KEY_LOWEST_VERSION | KEY_LOCAL_NODE)

enum node_key
{
    KEY_ID    = 1 << 0,
    KEY_STATE = 1 << 1,
};

struct parser
{
    const char *origin;
    unsigned int line;
    char *err;
    size_t err_size;
    struct cmrp_model *model;
    enum section section;
    bool seen_cluster;
    unsigned int cluster_keys;      /* enum cluster_key bits seen */
    unsigned int node_keys;         /* enum node_key bits seen in this [node] */
    unsigned int cluster_line;      /* where [cluster] started */
    char *local_node_name;
    unsigned int local_node_line;
};

/* Record an error at the current line; returns false for the caller to pass on. */
static bool fail(struct parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool fail(struct parser *p, const char *fmt, ...)
{
    char message[200];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(message, sizeof(message), fmt, ap);
    va_end(ap);
    if (p->line) snprintf(p->err, p->err_size, "%s:%u: %s", p->origin, p->line, message);
    else snprintf(p->err, p->err_size, "%s: %s", p->origin, message);
    return false;
}

static char *trim(char *s)
{
    char *end;

    while (*s == ' ' || *s == '\t') s++;
    end = s + strlen(s);
    while (end > s && (end[-1] == ' ' || end[-1] == '\t')) end--;
    *end = 0;
    return s;
}

/* The whole string as an unsigned number <= max: decimal, or 0x-prefixed
 * hexadecimal when hex is allowed. */
static bool parse_number(const char *s, bool hex, uint64_t max, uint64_t *out)
{
    int base = 10;
    unsigned long long value;
    char *end;

    if (hex && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
    {
        base = 16;
        s += 2;
        if (!isxdigit((unsigned char)s[0])) return false;
    }
    else if (!isdigit((unsigned char)s[0])) return false;  /* strtoull takes "-1" and " 1" */

    errno = 0;
    value = strtoull(s, &end, base);
    if (errno || *end || value > max) return false;
    *out = value;
    return true;
}

static bool parse_version(struct parser *p, const char *value)
{
    uint64_t parts[3];
    char buf[64], *rest = buf, *field;
    unsigned int n;

    if (strlen(value) >= sizeof(buf))
        return fail(p, "version '%s' is not MAJOR.MINOR.BUILD (each 0-65535)", value);
    strcpy(buf, value);
    for (n = 0; n < 3; n++)
    {
        field = strsep(&rest, ".");
        if (!field || !parse_number(field, false, UINT16_MAX, &parts[n]))
            return fail(p, "version '%s' is not MAJOR.MINOR.BUILD (each 0-65535)", value);
    }
    if (rest) return fail(p, "version '%s' is not MAJOR.MINOR.BUILD (each 0-65535)", value);
    p->model->version.major = parts[0];
    p->model->version.minor = parts[1];
    p->model->version.build = parts[2];
    return true;
}

static bool parse_uint32_key(struct parser *p, const char *key, const char *value, uint32_t *out)
{
    uint64_t number;

    if (!parse_number(value, true, UINT32_MAX, &number))
        return fail(p, "%s '%s' is not a 32-bit number (decimal or 0x hex)", key, value);
    *out = number;
    return true;
}

static bool set_string(struct parser *p, char **field, const char *value)
{
    char *copy = copy_string(value);

    if (!copy) return fail(p, "out of memory");
    free(*field);
    *field = copy;
    return true;
}

static bool check_name(struct parser *p, const char *what, const char *name)
{
    if (!cmrp_model_valid_name(name))
        return fail(p, "%s '%s' is not a DNS label (1-%u letters, digits or '-', no '-' at either end)",
                    what, name, CMRP_MAX_NAME_UNITS);
    return true;
}

static bool cluster_key(struct parser *p, const char *key, const char *value)
{
    static const struct { const char *name; enum cluster_key bit; } keys[] =
    {
        { "name", KEY_NAME }, { "version", KEY_VERSION }, { "vendor_id", KEY_VENDOR_ID },
        { "csd_version", KEY_CSD_VERSION }, { "highest_version", KEY_HIGHEST_VERSION },
        { "lowest_version", KEY_LOWEST_VERSION }, { "local_node", KEY_LOCAL_NODE },
        { "client_access", KEY_CLIENT_ACCESS },
    };
    struct cmrp_model *model = p->model;
    enum cluster_key bit = 0;
    size_t i;

    for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
        if (!strcmp(key, keys[i].name)) bit = keys[i].bit;
    if (!bit) return fail(p, "unknown key '%s' in [cluster]", key);
    if (p->cluster_keys & bit) return fail(p, "'%s' is set twice in [cluster]", key);
    p->cluster_keys |= bit;

    switch (bit)
    {
    case KEY_NAME:
        return check_name(p, "cluster name", value) && set_string(p, &model->cluster_name, value);
    case KEY_VERSION:
        return parse_version(p, value);
    case KEY_VENDOR_ID:
        return set_string(p, &model->version.vendor_id, value);
    case KEY_CSD_VERSION:
        return set_string(p, &model->version.csd_version, value);
    case KEY_HIGHEST_VERSION:
        return parse_uint32_key(p, key, value, &model->version.highest_version);
    case KEY_LOWEST_VERSION:
        return parse_uint32_key(p, key, value, &model->version.lowest_version);
    case KEY_LOCAL_NODE:
        /* resolved once all nodes are known */
        p->local_node_line = p->line;
        return set_string(p, &p->local_node_name, value);
    case KEY_CLIENT_ACCESS:
        if (!strcmp(value, "all")) model->client_access = CMRP_ACCESS_ALL;
        else if (!strcmp(value, "read")) model->client_access = CMRP_ACCESS_READ;
        else if (!strcmp(value, "none")) model->client_access = CMRP_ACCESS_NONE;
        else return fail(p, "client_access '%s' is not one of all, read, none", value);
        return true;
    }
    return fail(p, "unknown key '%s' in [cluster]", key);
}

/* A node id is a decimal number without leading zeros, as Windows shows them. */
static bool valid_node_id(const char *id)
{
    uint64_t number;

    return id[0] != '0' && parse_number(id, false, UINT32_MAX, &number);
}

static bool node_key(struct parser *p, const char *key, const char *value)
{
    struct cmrp_node *node = &p->model->nodes[p->model->num_nodes - 1];
    enum node_key bit;

    if (!strcmp(key, "id")) bit = KEY_ID;
    else if (!strcmp(key, "state")) bit = KEY_STATE;
    else return fail(p, "unknown key '%s' in [node %s]", key, node->name);
    if (p->node_keys & bit) return fail(p, "'%s' is set twice in [node %s]", key, node->name);
    p->node_keys |= bit;

    if (bit == KEY_ID)
    {
        if (!valid_node_id(value)) return fail(p, "node id '%s' is not a decimal number from 1", value);
        return set_string(p, &node->id, value);
    }
    if (!strcmp(value, "up")) node->state = CMRP_NODE_UP;
    else if (!strcmp(value, "down")) node->state = CMRP_NODE_DOWN;
    else if (!strcmp(value, "paused")) node->state = CMRP_NODE_PAUSED;
    else if (!strcmp(value, "joining")) node->state = CMRP_NODE_JOINING;
    else return fail(p, "node state '%s' is not one of up, down, paused, joining", value);
    return true;
}

static bool begin_node(struct parser *p, const char *name)
{
    struct cmrp_model *model = p->model;
    struct cmrp_node *nodes, *node;
    char id[24];

    if (!check_name(p, "node name", name)) return false;
    if (cmrp_model_find_node(model, name)) return fail(p, "node '%s' is defined twice", name);

    nodes = realloc(model->nodes, (model->num_nodes + 1) * sizeof(*nodes));
    if (!nodes) return fail(p, "out of memory");
    model->nodes = nodes;
    node = &nodes[model->num_nodes];
    memset(node, 0, sizeof(*node));
    model->num_nodes++;

    /* ids default to the node's position: "1", "2", ... */
    snprintf(id, sizeof(id), "%zu", model->num_nodes);
    node->name = strdup(name);
    node->id = strdup(id);
    node->state = CMRP_NODE_UP;
    if (!node->name || !node->id) return fail(p, "out of memory");
    p->node_keys = 0;
    return true;
}

static bool section_header(struct parser *p, char *line)
{
    size_t len = strlen(line);
    char *inside, *name;

    if (line[len - 1] != ']') return fail(p, "section header must end with ']'");
    line[len - 1] = 0;
    inside = trim(line + 1);

    if (!strcmp(inside, "cluster"))
    {
        if (p->seen_cluster) return fail(p, "[cluster] appears twice");
        p->seen_cluster = true;
        p->cluster_line = p->line;
        p->section = SECTION_CLUSTER;
        return true;
    }
    if (!strncmp(inside, "node", 4) && (inside[4] == ' ' || inside[4] == '\t'))
    {
        name = trim(inside + 4);
        p->section = SECTION_NODE;
        return begin_node(p, name);
    }
    if (!strcmp(inside, "node")) return fail(p, "[node] needs a name: [node NAME]");
    return fail(p, "unknown section [%s] (expected [cluster] or [node NAME])", inside);
}

/* key = value, value optionally in double quotes to keep outer blanks or be empty. */
static bool key_value(struct parser *p, char *line)
{
    char *equals = strchr(line, '='), *key, *value;
    size_t len, i;

    if (!equals) return fail(p, "expected 'key = value', '[section]' or a comment");
    *equals = 0;
    key = trim(line);
    value = trim(equals + 1);
    if (!*key) return fail(p, "missing key before '='");
    for (i = 0; key[i]; i++)
        if (!((key[i] >= 'a' && key[i] <= 'z') || key[i] == '_'))
            return fail(p, "key '%s' is not lower-case letters and '_'", key);

    len = strlen(value);
    if (len && value[0] == '"')
    {
        if (len < 2 || value[len - 1] != '"') return fail(p, "unterminated quoted value for '%s'", key);
        value[len - 1] = 0;
        value++;
        if (strchr(value, '"')) return fail(p, "a quoted value cannot contain '\"'");
    }

    switch (p->section)
    {
    case SECTION_CLUSTER: return cluster_key(p, key, value);
    case SECTION_NODE:    return node_key(p, key, value);
    case SECTION_NONE:    break;
    }
    return fail(p, "'%s' is outside any section", key);
}

static bool parse_line(struct parser *p, char *raw, size_t length)
{
    char *line;
    size_t i, units;

    while (length && (raw[length - 1] == '\n' || raw[length - 1] == '\r')) raw[--length] = 0;
    if (strlen(raw) != length) return fail(p, "NUL byte in line");
    for (i = 0; i < length; i++)
        if ((unsigned char)raw[i] < 0x20 && raw[i] != '\t') return fail(p, "control character in line");
    if (!utf16_units(raw, &units)) return fail(p, "line is not valid UTF-8");

    line = trim(raw);
    if (!*line || line[0] == '#' || line[0] == ';') return true;
    if (line[0] == '[') return section_header(p, line);
    return key_value(p, line);
}

/* Whole-file rules, once every line is read. */
static bool check_model(struct parser *p)
{
    struct cmrp_model *model = p->model;
    /* in the bit order of enum cluster_key */
    static const char *const names[] =
    {
        "name", "version", "vendor_id", "csd_version", "highest_version", "lowest_version",
        "local_node", "client_access",
    };
    const struct cmrp_node *local;
    size_t i, j;

    p->line = 0;
    if (!p->seen_cluster) return fail(p, "no [cluster] section");
    for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
    {
        if ((REQUIRED_CLUSTER_KEYS & (1u << i)) && !(p->cluster_keys & (1u << i)))
        {
            p->line = p->cluster_line;
            return fail(p, "[cluster] lacks '%s'", names[i]);
        }
    }
    if (!model->num_nodes) return fail(p, "no [node NAME] section: a cluster has at least one node");

    for (i = 0; i < model->num_nodes; i++)
        for (j = i + 1; j < model->num_nodes; j++)
            if (!strcmp(model->nodes[i].id, model->nodes[j].id))
                return fail(p, "nodes '%s' and '%s' have the same id %s",
                            model->nodes[i].name, model->nodes[j].name, model->nodes[i].id);

    p->line = p->local_node_line;
    local = cmrp_model_find_node(model, p->local_node_name);
    if (!local) return fail(p, "local_node '%s' is not one of the [node] sections", p->local_node_name);
    model->local_node = local - model->nodes;
    if (cmrp_model_find_node(model, model->cluster_name))
    {
        p->line = 0;
        return fail(p, "cluster name '%s' is also a node name", model->cluster_name);
    }
    if (model->version.lowest_version > model->version.highest_version)
    {
        p->line = 0;
        return fail(p, "lowest_version 0x%08x is above highest_version 0x%08x",
                    model->version.lowest_version, model->version.highest_version);
    }
    return true;
}

struct cmrp_model *cmrp_model_load_stream(FILE *stream, const char *origin, char *err, size_t err_size)
{
    struct parser p;
    char *raw = NULL;
    size_t capacity = 0;
    ssize_t length;
    bool ok = true;

    memset(&p, 0, sizeof(p));
    p.origin = origin;
    p.err = err;
    p.err_size = err_size;
    if (err_size) err[0] = 0;

    p.model = calloc(1, sizeof(*p.model));
    if (!p.model)
    {
        fail(&p, "out of memory");
        return NULL;
    }
    p.model->client_access = CMRP_ACCESS_ALL;
    p.model->version.vendor_id = strdup(DEFAULT_VENDOR_ID);
    p.model->version.csd_version = strdup("");
    if (!p.model->version.vendor_id || !p.model->version.csd_version) ok = fail(&p, "out of memory");

    while (ok && (length = getline(&raw, &capacity, stream)) != -1)
    {
        p.line++;
        ok = parse_line(&p, raw, length);
    }
    if (ok && ferror(stream)) ok = fail(&p, "read error: %s", strerror(errno));
    if (ok) ok = check_model(&p);

    free(raw);
    free(p.local_node_name);
    if (!ok)
    {
        cmrp_model_free(p.model);
        return NULL;
    }
    return p.model;
}

struct cmrp_model *cmrp_model_load(const char *path, char *err, size_t err_size)
{
    struct cmrp_model *model;
    FILE *stream = fopen(path, "r");

    if (!stream)
    {
        snprintf(err, err_size, "%s: %s", path, strerror(errno));
        return NULL;
    }
    model = cmrp_model_load_stream(stream, path, err, err_size);
    fclose(stream);
    return model;
}
