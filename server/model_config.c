/*
 * The configuration file (format: server/README.md).
 *
 * Two phases.  Reading collects sections and their "key = value" lines,
 * refusing malformed lines, unknown sections and keys, repeated keys and
 * sections at once.  Building then makes the objects in dependency order
 * (cluster, nodes, types, networks, interfaces, groups, resources, group
 * sets, registry), so that a section may name objects defined further down.
 * Every error is "FILE:LINE: what is wrong".
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE  /* getline */
#endif
#include "server/model_internal.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum section_kind
{
    SECTION_CLUSTER,
    SECTION_NODE,
    SECTION_RESTYPE,
    SECTION_GROUP,
    SECTION_RESOURCE,
    SECTION_NETWORK,
    SECTION_NETINTERFACE,
    SECTION_GROUPSET,
    SECTION_REGISTRY,
};

static const char *const cluster_keys[] =
{
    "name", "version", "vendor_id", "csd_version", "highest_version", "lowest_version", "local_node",
    "client_access", "id", "quorum", "quorum_device", "quorum_log_size", "transition_delay_ms",
    "builtin_types", NULL
};
static const char *const node_keys[] = { "id", "state", NULL };
static const char *const restype_keys[] =
{
    "display_name", "dll", "looks_alive", "is_alive", "characteristics", "class", "subclass", NULL
};
static const char *const group_keys[] = { "id", "owner", "preferred_owners", "state", "core", NULL };
static const char *const resource_keys[] =
{
    "type", "group", "id", "depends", "possible_owners", "state", "core", "shared_volume", "fail_online",
    "separate_monitor", NULL
};
static const char *const network_keys[] = { "id", "state", "role", "address", "mask", NULL };
static const char *const netinterface_keys[] = { "node", "network", "id", "adapter", "address", "state", NULL };
static const char *const groupset_keys[] = { "id", "groups", NULL };

/* Each kind of section: its word, whether it takes a name, its keys
 * (registry sections take value names instead) and the kind of object its
 * prop./priv. lines describe. */
static const struct section_info
{
    const char *word;
    bool named;
    const char *const *keys;
    enum cmrp_object_kind object_kind;
}
section_infos[] =
{
    [SECTION_CLUSTER]      = { "cluster", false, cluster_keys, CMRP_OBJECT_CLUSTER },
    [SECTION_NODE]         = { "node", true, node_keys, CMRP_OBJECT_NODE },
    [SECTION_RESTYPE]      = { "restype", true, restype_keys, CMRP_OBJECT_RESOURCE_TYPE },
    [SECTION_GROUP]        = { "group", true, group_keys, CMRP_OBJECT_GROUP },
    [SECTION_RESOURCE]     = { "resource", true, resource_keys, CMRP_OBJECT_RESOURCE },
    [SECTION_NETWORK]      = { "network", true, network_keys, CMRP_OBJECT_NETWORK },
    [SECTION_NETINTERFACE] = { "netinterface", true, netinterface_keys, CMRP_OBJECT_NETINTERFACE },
    [SECTION_GROUPSET]     = { "groupset", true, groupset_keys, CMRP_OBJECT_GROUPSET },
    [SECTION_REGISTRY]     = { "registry", false, NULL, 0 },
};
#define NUM_SECTION_KINDS (sizeof(section_infos) / sizeof(section_infos[0]))

struct entry
{
    char *key;
    char *value;
    bool quoted;
    unsigned int line;
};

struct section
{
    enum section_kind kind;
    char *name;                     /* "" for [cluster]; the path for [registry PATH] */
    unsigned int line;
    struct entry *entries;
    size_t num_entries;
    void *object;                   /* what it built */
};

struct parser
{
    const char *origin;
    unsigned int line;
    char *err;
    size_t err_size;
    struct section *sections;
    size_t num_sections;
    bool in_section;
    struct cmrp_model *model;
    struct index group_sections;    /* a group's section, by the group's ref */
    struct index section_names;     /* every section, by kind and name */
};

/* The resource types every cluster has unless builtin_types = no: name,
 * display name, DLL, class and characteristics (Windows Server 2022). */
static const struct builtin_type
{
    const char *name;
    const char *dll;
    uint32_t resource_class;
    uint32_t characteristics;
}
builtin_types[] =
{
    { "Generic Application", "clusres2.dll", CMRP_RESCLASS_USER, 0 },
    { "Generic Script", "clusres2.dll", CMRP_RESCLASS_USER, 0 },
    { "Generic Service", "clusres2.dll", CMRP_RESCLASS_USER, 0 },
    { "IP Address", "clusres.dll", CMRP_RESCLASS_NETWORK, 0 },
    { "IPv6 Address", "clusres.dll", CMRP_RESCLASS_NETWORK, 0 },
    { "Network Name", "clusres.dll", CMRP_RESCLASS_NETWORK, 0 },
    { "Distributed Network Name", "clusres.dll", CMRP_RESCLASS_NETWORK, 0 },
    { "Physical Disk", "clusres.dll", CMRP_RESCLASS_STORAGE,
      CMRP_CHAR_QUORUM | CMRP_CHAR_DELETE_REQUIRES_ALL_NODES },
    { "File Server", "clusres2.dll", CMRP_RESCLASS_USER, 0 },
    { "File Share Witness", "clusres.dll", CMRP_RESCLASS_UNKNOWN, CMRP_CHAR_QUORUM },
    { "Cloud Witness", "clusres.dll", CMRP_RESCLASS_UNKNOWN, CMRP_CHAR_QUORUM },
    { "Storage Pool", "clusres.dll", CMRP_RESCLASS_STORAGE, 0 },
    { "Virtual Machine", "vmclusres.dll", CMRP_RESCLASS_USER, 0 },
};

/* ---- messages ---- */

static bool fail(struct parser *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool fail(struct parser *p, const char *fmt, ...)
{
    char message[300];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(message, sizeof(message), fmt, ap);
    va_end(ap);
    if (p->line) snprintf(p->err, p->err_size, "%s:%u: %s", p->origin, p->line, message);
    else snprintf(p->err, p->err_size, "%s: %s", p->origin, message);
    return false;
}

/* "[node n1]", "[cluster]": how messages name a section. */
static const char *section_label(const struct section *section, char *buffer, size_t size)
{
    if (*section->name) snprintf(buffer, size, "[%s %s]", section_infos[section->kind].word, section->name);
    else snprintf(buffer, size, "[%s]", section_infos[section->kind].word);
    return buffer;
}

/* ---- reading ---- */

static char *trim(char *s)
{
    char *end;

    while (*s == ' ' || *s == '\t') s++;
    end = s + strlen(s);
    while (end > s && (end[-1] == ' ' || end[-1] == '\t')) end--;
    *end = 0;
    return s;
}

static bool check_dns_name(struct parser *p, const char *what, const char *name)
{
    if (!cmrp_model_valid_name(name))
        return fail(p, "%s '%s' is not a DNS label (1-%u letters, digits or '-', no '-' at either end)",
                    what, name, CMRP_MAX_NAME_UNITS);
    return true;
}

/* Sections are indexed by kind and name to find repeats; the index holds
 * their position plus one (the array moves as it grows). */
struct section_key
{
    const struct parser *parser;
    enum section_kind kind;
    const char *name;
};

static bool match_section(const void *entry, const void *key)
{
    const struct section_key *wanted = key;
    const struct section *section = &wanted->parser->sections[(uintptr_t)entry - 1];

    return section->kind == wanted->kind && !strcasecmp(section->name, wanted->name);
}

static bool begin_section(struct parser *p, enum section_kind kind, const char *name)
{
    struct section added = { kind, strdup(name), p->line, NULL, 0, NULL };
    struct section_key key = { p, kind, name };
    uint64_t hash = hash_combine(kind, hash_name(name));
    void *sections = p->sections;

    if (!added.name) return fail(p, "out of memory");
    if (index_find(&p->section_names, hash, match_section, &key))
    {
        free(added.name);
        if (kind == SECTION_CLUSTER) return fail(p, "[cluster] appears twice");
        if (kind == SECTION_REGISTRY) return fail(p, "[registry%s%s] appears twice", *name ? " " : "", name);
        return fail(p, "%s '%s' is defined twice", section_infos[kind].word, name);
    }
    if (!index_reserve(&p->section_names, 1) || !array_append(&sections, &p->num_sections, sizeof(added), &added))
    {
        free(added.name);
        return fail(p, "out of memory");
    }
    p->sections = sections;
    index_insert(&p->section_names, hash, (void *)(uintptr_t)p->num_sections);
    p->in_section = true;
    return true;
}

static bool section_header(struct parser *p, char *line)
{
    size_t len = strlen(line), word_len, kind;
    char *inside, *name;

    if (line[len - 1] != ']') return fail(p, "section header must end with ']'");
    line[len - 1] = 0;
    inside = trim(line + 1);

    for (kind = 0; kind < NUM_SECTION_KINDS; kind++)
    {
        const struct section_info *info = &section_infos[kind];

        word_len = strlen(info->word);
        if (strncmp(inside, info->word, word_len)) continue;
        if (inside[word_len] && inside[word_len] != ' ' && inside[word_len] != '\t') continue;
        name = trim(inside + word_len);
        if (kind == SECTION_CLUSTER && *name) break;
        if (info->named && !*name) return fail(p, "[%s] needs a name: [%s NAME]", info->word, info->word);
        if (kind == SECTION_NODE && !check_dns_name(p, "node name", name)) return false;
        if (kind == SECTION_RESTYPE && !valid_key_name(name))
            return fail(p, "resource type name '%s' is not valid (1-%u characters, no control characters or '\\')",
                        name, CMRP_MAX_OBJECT_NAME_UNITS);
        if (info->named && !cmrp_model_valid_object_name(name))
            return fail(p, "%s name '%s' is not valid (1-%u characters, no control characters)", info->word, name,
                        CMRP_MAX_OBJECT_NAME_UNITS);
        return begin_section(p, kind, name);
    }
    return fail(p, "unknown section [%s] (expected [cluster], [node NAME], [restype NAME], [group NAME], "
                "[resource NAME], [network NAME], [netinterface NAME], [groupset NAME] or [registry PATH])", inside);
}

static bool known_key(const struct section *section, const char *key)
{
    const char *const *keys = section_infos[section->kind].keys;

    for (; *keys; keys++)
        if (!strcmp(*keys, key)) return true;
    return false;
}

/* prop.NAME or priv.NAME: the property name, or NULL. */
static const char *property_key(const char *key, enum cmrp_property_set *set)
{
    if (!strncmp(key, "prop.", 5)) *set = CMRP_PROPS_COMMON;
    else if (!strncmp(key, "priv.", 5)) *set = CMRP_PROPS_PRIVATE;
    else return NULL;
    return key + 5;
}

static bool check_key(struct parser *p, struct section *section, const char *key)
{
    enum cmrp_property_set set;
    const char *property;
    char label[400];
    size_t i;

    if (section->kind == SECTION_REGISTRY)
    {
        size_t units;

        if (!utf16_units(key, &units) || units > CMRP_MAX_REG_VALUE_NAME_UNITS)
            return fail(p, "registry value name '%s' is too long", key);
    }
    else if ((property = property_key(key, &set)))
    {
        if (!cmrp_model_valid_object_name(property))
            return fail(p, "property name '%s' is not valid (1-%u characters, no control characters)", property,
                        CMRP_MAX_OBJECT_NAME_UNITS);
    }
    else
    {
        for (i = 0; key[i]; i++)
            if (!((key[i] >= 'a' && key[i] <= 'z') || key[i] == '_'))
                return fail(p, "key '%s' is not lower-case letters and '_'", key);
        if (!known_key(section, key))
            return fail(p, "unknown key '%s' in %s", key, section_label(section, label, sizeof(label)));
    }
    /* property and value names compare as Windows compares them */
    for (i = 0; i < section->num_entries; i++)
    {
        bool named = section->kind == SECTION_REGISTRY || property_key(key, &set);
        bool same = named ? !strcasecmp(section->entries[i].key, key) : !strcmp(section->entries[i].key, key);

        if (same) return fail(p, "'%s' is set twice in %s", key, section_label(section, label, sizeof(label)));
    }
    return true;
}

/* key = value, value optionally in double quotes to keep outer blanks or be empty. */
static bool key_value(struct parser *p, char *line)
{
    char *equals = strchr(line, '='), *key, *value;
    struct section *section;
    struct entry added;
    void *entries;
    size_t len;
    bool quoted = false;

    if (!equals) return fail(p, "expected 'key = value', '[section]' or a comment");
    *equals = 0;
    key = trim(line);
    value = trim(equals + 1);
    if (!*key) return fail(p, "missing key before '='");
    if (!p->in_section) return fail(p, "'%s' is outside any section", key);
    section = &p->sections[p->num_sections - 1];
    /* "@" is a key's default (unnamed) value, as in .reg files */
    if (section->kind == SECTION_REGISTRY && !strcmp(key, "@")) key[0] = 0;
    if (!check_key(p, section, key)) return false;

    len = strlen(value);
    if (len && value[0] == '"')
    {
        if (len < 2 || value[len - 1] != '"') return fail(p, "unterminated quoted value for '%s'", key);
        value[len - 1] = 0;
        value++;
        if (strchr(value, '"')) return fail(p, "a quoted value cannot contain '\"'");
        quoted = true;
    }

    added.key = strdup(key);
    added.value = strdup(value);
    added.quoted = quoted;
    added.line = p->line;
    entries = section->entries;
    if (!added.key || !added.value || !array_append(&entries, &section->num_entries, sizeof(added), &added))
    {
        free(added.key);
        free(added.value);
        return fail(p, "out of memory");
    }
    section->entries = entries;
    return true;
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

/* ---- values ---- */

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

/* A signed number: an optional '-' before a decimal or 0x number. */
static bool parse_signed(const char *s, uint64_t max_magnitude, uint64_t *magnitude, bool *negative)
{
    *negative = s[0] == '-';
    return parse_number(s + *negative, true, max_magnitude, magnitude);
}

static struct entry *find_entry(struct section *section, const char *key)
{
    size_t i;

    for (i = 0; i < section->num_entries; i++)
        if (!strcmp(section->entries[i].key, key)) return &section->entries[i];
    return NULL;
}

static bool entry_number(struct parser *p, const struct entry *entry, uint64_t max, uint64_t *out)
{
    p->line = entry->line;
    if (!parse_number(entry->value, true, max, out))
        return fail(p, "%s '%s' is not a number up to %llu (decimal or 0x hex)", entry->key, entry->value,
                    (unsigned long long)max);
    return true;
}

static bool entry_uint32(struct parser *p, const struct entry *entry, uint32_t *out)
{
    uint64_t number;

    p->line = entry->line;
    if (!parse_number(entry->value, true, UINT32_MAX, &number))
        return fail(p, "%s '%s' is not a 32-bit number (decimal or 0x hex)", entry->key, entry->value);
    *out = number;
    return true;
}

static bool entry_bool(struct parser *p, const struct entry *entry, bool *out)
{
    p->line = entry->line;
    if (!strcmp(entry->value, "yes")) *out = true;
    else if (!strcmp(entry->value, "no")) *out = false;
    else return fail(p, "%s '%s' is not yes or no", entry->key, entry->value);
    return true;
}

/* One of names[] (count of them), giving its index. */
static bool entry_choice(struct parser *p, const struct entry *entry, const char *const *names, size_t count,
                         size_t *out)
{
    char choices[200] = "";
    size_t i;

    p->line = entry->line;
    for (i = 0; i < count; i++)
    {
        if (!strcmp(entry->value, names[i]))
        {
            *out = i;
            return true;
        }
        snprintf(choices + strlen(choices), sizeof(choices) - strlen(choices), "%s%s", i ? ", " : "", names[i]);
    }
    return fail(p, "%s '%s' is not one of %s", entry->key, entry->value, choices);
}

static bool is_hex_group(const char *s, size_t digits)
{
    size_t i;

    for (i = 0; i < digits; i++)
        if (!isxdigit((unsigned char)s[i])) return false;
    return true;
}

/* xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, as Windows writes ids */
static bool entry_guid(struct parser *p, const struct entry *entry)
{
    const char *s = entry->value;

    p->line = entry->line;
    if (strlen(s) != 36 || !is_hex_group(s, 8) || s[8] != '-' || !is_hex_group(s + 9, 4) || s[13] != '-'
        || !is_hex_group(s + 14, 4) || s[18] != '-' || !is_hex_group(s + 19, 4) || s[23] != '-'
        || !is_hex_group(s + 24, 12))
        return fail(p, "id '%s' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)", s);
    return true;
}

/* Splits "a, b, c" in place into at most max trimmed, non-empty items. */
static bool split_list(struct parser *p, const struct entry *entry, char *copy, char **items, size_t max,
                       size_t *count)
{
    char *rest = copy, *item;

    p->line = entry->line;
    *count = 0;
    if (!*trim(copy)) return true;
    while ((item = strsep(&rest, ",")))
    {
        item = trim(item);
        if (!*item) return fail(p, "%s has an empty item", entry->key);
        if (*count >= max) return fail(p, "%s has more than %zu items", entry->key, max);
        items[(*count)++] = item;
    }
    return true;
}

/* The value types of prop./priv. lines and registry values: the keyword, the
 * property format and the registry type (NONE where it has none). */
static const struct value_type
{
    const char *word;
    uint32_t format;
    uint32_t reg_type;
}
value_types[] =
{
    { "DWORD", CMRP_FORMAT_DWORD, CMRP_REG_DWORD },
    { "SZ", CMRP_FORMAT_SZ, CMRP_REG_SZ },
    { "EXPAND_SZ", CMRP_FORMAT_EXPAND_SZ, CMRP_REG_EXPAND_SZ },
    { "MULTI_SZ", CMRP_FORMAT_MULTI_SZ, CMRP_REG_MULTI_SZ },
    { "BINARY", CMRP_FORMAT_BINARY, CMRP_REG_BINARY },
    { "ULARGE_INTEGER", CMRP_FORMAT_ULARGE_INTEGER, CMRP_REG_QWORD },
    { "QWORD", CMRP_FORMAT_ULARGE_INTEGER, CMRP_REG_QWORD },
    { "LONG", CMRP_FORMAT_LONG, CMRP_REG_NONE },
    { "LARGE_INTEGER", CMRP_FORMAT_LARGE_INTEGER, CMRP_REG_NONE },
    { "WORD", CMRP_FORMAT_WORD, CMRP_REG_NONE },
    { "FILETIME", CMRP_FORMAT_FILETIME, CMRP_REG_NONE },
    { "SECURITY_DESCRIPTOR", CMRP_FORMAT_SECURITY_DESCRIPTOR, CMRP_REG_NONE },
};

static const char *format_word(uint32_t format)
{
    size_t i;

    for (i = 0; i < sizeof(value_types) / sizeof(value_types[0]); i++)
        if (value_types[i].format == format) return value_types[i].word;
    return "?";
}

static bool parse_hex_bytes(const char *text, uint8_t *bytes, size_t *count, size_t max)
{
    size_t n = 0;

    while (*text)
    {
        unsigned int byte;

        if (*text == ' ' || *text == ':') { text++; continue; }
        if (!isxdigit((unsigned char)text[0]) || !isxdigit((unsigned char)text[1]) || n >= max) return false;
        sscanf(text, "%2x", &byte);
        bytes[n++] = byte;
        text += 2;
    }
    *count = n;
    return true;
}

/* "TYPE:text" into a value of a property (registry false) or of the registry. */
static bool entry_typed_value(struct parser *p, const struct entry *entry, bool registry, struct cmrp_value *value)
{
    const char *colon = strchr(entry->value, ':'), *text;
    const struct value_type *type = NULL;
    char word[32], *copy = NULL, *items[CMRP_MAX_PROPERTIES], *rest, *item;
    uint64_t number;
    uint8_t *bytes;
    size_t i, count = 0;
    bool negative, ok;
    uint32_t tag;

    p->line = entry->line;
    if (!colon || (size_t)(colon - entry->value) >= sizeof(word))
        return fail(p, "value '%s' of '%s' is not TYPE:VALUE", entry->value, entry->key);
    memcpy(word, entry->value, colon - entry->value);
    word[colon - entry->value] = 0;
    for (i = 0; i < sizeof(value_types) / sizeof(value_types[0]); i++)
        if (!strcmp(value_types[i].word, word)) type = &value_types[i];
    if (!type || (registry && type->reg_type == CMRP_REG_NONE))
        return fail(p, "unknown value type '%s' (%s)", word,
                    registry ? "SZ, EXPAND_SZ, MULTI_SZ, DWORD, QWORD, BINARY"
                             : "DWORD, SZ, EXPAND_SZ, MULTI_SZ, BINARY, ULARGE_INTEGER, LONG, LARGE_INTEGER, WORD, "
                               "FILETIME, SECURITY_DESCRIPTOR");
    text = colon + 1;
    /* blanks after the colon only count inside quotes */
    if (!entry->quoted) while (*text == ' ' || *text == '\t') text++;
    tag = registry ? type->reg_type : type->format;

    switch (type->format)
    {
    case CMRP_FORMAT_DWORD:
        if (!parse_number(text, true, UINT32_MAX, &number)) return fail(p, "'%s' is not a DWORD", text);
        ok = cmrp_value_set_dword(value, tag, number);
        break;
    case CMRP_FORMAT_WORD:
        if (!parse_number(text, true, UINT16_MAX, &number)) return fail(p, "'%s' is not a WORD", text);
        ok = cmrp_value_set_bytes(value, tag, (uint8_t[]){ number & 0xff, number >> 8 }, 2);
        break;
    case CMRP_FORMAT_LONG:
        if (!parse_signed(text, 0x80000000u, &number, &negative) || (!negative && number > INT32_MAX))
            return fail(p, "'%s' is not a LONG", text);
        ok = cmrp_value_set_dword(value, tag, negative ? (uint32_t)(0 - (uint32_t)number) : (uint32_t)number);
        break;
    case CMRP_FORMAT_ULARGE_INTEGER:
    case CMRP_FORMAT_FILETIME:
        if (!parse_number(text, true, UINT64_MAX, &number)) return fail(p, "'%s' is not a 64-bit number", text);
        ok = cmrp_value_set_qword(value, tag, number);
        break;
    case CMRP_FORMAT_LARGE_INTEGER:
        if (!parse_signed(text, 0x8000000000000000ull, &number, &negative) || (!negative && number > INT64_MAX))
            return fail(p, "'%s' is not a LARGE_INTEGER", text);
        ok = cmrp_value_set_qword(value, tag, negative ? 0 - number : number);
        break;
    case CMRP_FORMAT_BINARY:
    case CMRP_FORMAT_SECURITY_DESCRIPTOR:
        bytes = malloc(strlen(text) / 2 + 1);
        if (!bytes) return fail(p, "out of memory");
        ok = parse_hex_bytes(text, bytes, &count, strlen(text) / 2 + 1);
        if (!ok)
        {
            free(bytes);
            return fail(p, "'%s' is not hex bytes (like 01 ab ff)", text);
        }
        ok = cmrp_value_set_bytes(value, tag, bytes, count);
        free(bytes);
        break;
    case CMRP_FORMAT_MULTI_SZ:
        /* items separated by '|'; nothing at all is the empty list */
        copy = strdup(text);
        if (!copy) return fail(p, "out of memory");
        rest = *copy ? copy : NULL;
        while (rest && (item = strsep(&rest, "|")))
        {
            if (!*item || count >= CMRP_MAX_PROPERTIES)
            {
                free(copy);
                return fail(p, "MULTI_SZ '%s' has an empty item or too many items", text);
            }
            items[count++] = item;
        }
        ok = cmrp_value_set_multi_string(value, tag, (const char *const *)items, count);
        free(copy);
        break;
    default:
        ok = cmrp_value_set_string(value, tag, text);
        break;
    }
    if (!ok) return fail(p, "value of '%s' is too large or memory ran out", entry->key);
    return true;
}

/* Applies the prop./priv. lines of a section to obj. */
static bool apply_properties(struct parser *p, const struct section *section, struct cmrp_object *obj)
{
    size_t i;

    for (i = 0; i < section->num_entries; i++)
    {
        const struct entry *entry = &section->entries[i];
        const struct cmrp_property_info *info;
        struct cmrp_value value = { 0 };
        enum cmrp_property_set set;
        const char *name = property_key(entry->key, &set);
        bool ok;

        if (!name) continue;
        if (!entry_typed_value(p, entry, false, &value)) return false;
        info = set == CMRP_PROPS_COMMON ? cmrp_model_property_info(obj->kind, name) : NULL;
        if (info && info->format != value.type)
        {
            fail(p, "property '%s' is a %s, not a %s", info->name, format_word(info->format), format_word(value.type));
            cmrp_value_clear(&value);
            return false;
        }
        ok = property_put(set == CMRP_PROPS_COMMON ? &obj->common : &obj->private_props, info ? info->name : name,
                          &value);
        cmrp_value_clear(&value);
        if (!ok) return fail(p, "too many properties, or out of memory");
    }
    return true;
}

/* The message for a creator's status. */
static bool fail_status(struct parser *p, const struct section *section, uint32_t status)
{
    p->line = section->line;
    switch (status)
    {
    case CMRP_ERR_OBJECT_ALREADY_EXISTS:
        return fail(p, "%s '%s': its name or id is already used", section_infos[section->kind].word, section->name);
    case CMRP_ERR_NO_SYSTEM_RESOURCES:
        return fail(p, "too many %s sections", section_infos[section->kind].word);
    case CMRP_ERR_INVALID_NAME:
        return fail(p, "%s name '%s' is not valid", section_infos[section->kind].word, section->name);
    default:
        return fail(p, "out of memory");
    }
}

/* The id line of a section: NULL (a fresh id) if there is none. */
static bool section_id(struct parser *p, struct section *section, const char **id)
{
    struct entry *entry = find_entry(section, "id");

    *id = NULL;
    if (!entry) return true;
    if (!entry_guid(p, entry)) return false;
    if (find_object_by_id(p->model, entry->value)) return fail(p, "id %s is used twice", entry->value);
    *id = entry->value;
    return true;
}

static struct section *sections_of(struct parser *p, enum section_kind kind, size_t *at)
{
    for (; *at < p->num_sections; (*at)++)
        if (p->sections[*at].kind == kind) return &p->sections[(*at)++];
    return NULL;
}

/* ---- building: the cluster and its nodes ---- */

struct cluster_settings
{
    const struct entry *local_node;
    const struct entry *quorum;
    const struct entry *id;
    bool builtin_types;
};

static bool parse_version(struct parser *p, const struct entry *entry)
{
    uint64_t parts[3];
    char buf[64], *rest = buf, *field;
    unsigned int n;

    p->line = entry->line;
    if (strlen(entry->value) >= sizeof(buf)) goto bad;
    strcpy(buf, entry->value);
    for (n = 0; n < 3; n++)
    {
        field = strsep(&rest, ".");
        if (!field || !parse_number(field, false, UINT16_MAX, &parts[n])) goto bad;
    }
    if (rest) goto bad;
    p->model->version.major = parts[0];
    p->model->version.minor = parts[1];
    p->model->version.build = parts[2];
    return true;

bad:
    return fail(p, "version '%s' is not MAJOR.MINOR.BUILD (each 0-65535)", entry->value);
}

static bool set_string(struct parser *p, char **field, const char *value)
{
    char *copy = copy_string(value);

    if (!copy) return fail(p, "out of memory");
    free(*field);
    *field = copy;
    return true;
}

static bool build_cluster(struct parser *p, struct section *section, struct cluster_settings *settings)
{
    static const char *const required[] = { "name", "version", "highest_version", "lowest_version", "local_node" };
    static const char *const access_names[] = { "none", "read", "all" };
    struct cmrp_model *model = p->model;
    uint64_t number;
    size_t i, choice;

    settings->builtin_types = true;
    /* values in file order first: a bad value is reported before a missing key */
    for (i = 0; i < section->num_entries; i++)
    {
        const struct entry *entry = &section->entries[i];
        const char *key = entry->key;
        bool ok = true;

        p->line = entry->line;
        if (!strcmp(key, "name"))
            ok = check_dns_name(p, "cluster name", entry->value) && set_string(p, &model->cluster_name, entry->value);
        else if (!strcmp(key, "version")) ok = parse_version(p, entry);
        else if (!strcmp(key, "vendor_id")) ok = set_string(p, &model->version.vendor_id, entry->value);
        else if (!strcmp(key, "csd_version")) ok = set_string(p, &model->version.csd_version, entry->value);
        else if (!strcmp(key, "highest_version")) ok = entry_uint32(p, entry, &model->version.highest_version);
        else if (!strcmp(key, "lowest_version")) ok = entry_uint32(p, entry, &model->version.lowest_version);
        else if (!strcmp(key, "local_node")) settings->local_node = entry;
        else if (!strcmp(key, "client_access"))
        {
            ok = entry_choice(p, entry, access_names, 3, &choice);
            model->client_access = choice;
        }
        else if (!strcmp(key, "id")) ok = entry_guid(p, entry) && (settings->id = entry);
        else if (!strcmp(key, "quorum")) settings->quorum = entry;
        else if (!strcmp(key, "quorum_device"))
        {
            if (strlen(entry->value) >= CMRP_MAX_STRING_BYTES) ok = fail(p, "quorum_device is too long");
            else ok = set_string(p, &model->quorum_device, entry->value);
        }
        else if (!strcmp(key, "quorum_log_size")) ok = entry_uint32(p, entry, &model->quorum_log_size);
        else if (!strcmp(key, "transition_delay_ms"))
        {
            /* at most a minute: beyond that clients give up */
            ok = entry_number(p, entry, 60000, &number);
            model->transition_delay_ms = number;
        }
        else if (!strcmp(key, "builtin_types")) ok = entry_bool(p, entry, &settings->builtin_types);
        if (!ok) return false;
    }
    for (i = 0; i < sizeof(required) / sizeof(required[0]); i++)
    {
        if (!find_entry(section, required[i]))
        {
            p->line = section->line;
            return fail(p, "[cluster] lacks '%s'", required[i]);
        }
    }
    return true;
}

/* A node id is a decimal number without leading zeros, as Windows shows them. */
static bool valid_node_id(const char *id)
{
    uint64_t number;

    return id[0] != '0' && parse_number(id, false, UINT32_MAX, &number);
}

static bool build_node(struct parser *p, struct section *section, struct cmrp_node *node, size_t position)
{
    static const char *const state_names[] = { "up", "down", "paused", "joining" };
    struct entry *id_entry = find_entry(section, "id"), *state_entry = find_entry(section, "state");
    char id[24];
    size_t state;

    /* ids default to the node's position: "1", "2", ... */
    snprintf(id, sizeof(id), "%zu", position + 1);
    if (id_entry)
    {
        p->line = id_entry->line;
        if (!valid_node_id(id_entry->value))
            return fail(p, "node id '%s' is not a decimal number from 1", id_entry->value);
        snprintf(id, sizeof(id), "%s", id_entry->value);
    }
    node->state = CMRP_NODE_UP;
    if (state_entry)
    {
        p->line = state_entry->line;
        if (!entry_choice(p, state_entry, state_names, 4, &state))
            return fail(p, "node state '%s' is not one of up, down, paused, joining", state_entry->value);
        node->state = state;
    }
    /* a node id is not a GUID: it stays out of the id index */
    if (!object_init(p->model, &node->obj, CMRP_OBJECT_NODE, section->name, "")) return fail(p, "out of memory");
    free(node->obj.id);
    node->obj.id = strdup(id);
    if (!node->obj.id) return fail(p, "out of memory");
    node->name = node->obj.name;
    node->id = node->obj.id;
    section->object = node;
    return apply_properties(p, section, &node->obj);
}

static bool build_nodes(struct parser *p, struct cluster_settings *settings)
{
    struct cmrp_model *model = p->model;
    struct section *section;
    size_t count = 0, at = 0, i, j;

    for (i = 0; i < p->num_sections; i++)
        if (p->sections[i].kind == SECTION_NODE) count++;
    p->line = 0;
    if (!count) return fail(p, "no [node NAME] section: a cluster has at least one node");
    if (count > CMRP_MAX_NODES) return fail(p, "more than %u nodes", CMRP_MAX_NODES);
    /* fixed from now on: nodes are never added, so pointers to them stay */
    model->nodes = calloc(count, sizeof(*model->nodes));
    if (!model->nodes) return fail(p, "out of memory");
    while ((section = sections_of(p, SECTION_NODE, &at)))
    {
        if (!build_node(p, section, &model->nodes[model->num_nodes], model->num_nodes)) return false;
        model->num_nodes++;
    }

    p->line = 0;
    for (i = 0; i < model->num_nodes; i++)
        for (j = i + 1; j < model->num_nodes; j++)
            if (!strcmp(model->nodes[i].id, model->nodes[j].id))
                return fail(p, "nodes '%s' and '%s' have the same id %s",
                            model->nodes[i].name, model->nodes[j].name, model->nodes[i].id);
    for (i = 0; i < model->num_nodes; i++)
        if (!object_index(model, &model->nodes[i].obj)) return fail(p, "out of memory");

    p->line = settings->local_node->line;
    if (!cmrp_model_node(model, settings->local_node->value))
        return fail(p, "local_node '%s' is not one of the [node] sections", settings->local_node->value);
    model->local_node = cmrp_model_node(model, settings->local_node->value) - model->nodes;
    p->line = 0;
    if (cmrp_model_find_node(model, model->cluster_name))
        return fail(p, "cluster name '%s' is also a node name", model->cluster_name);
    if (model->version.lowest_version > model->version.highest_version)
        return fail(p, "lowest_version 0x%08x is above highest_version 0x%08x",
                    model->version.lowest_version, model->version.highest_version);
    for (i = 0; i < model->num_nodes; i++) registry_object_added(model, &model->nodes[i].obj);
    return true;
}

static bool build_cluster_object(struct parser *p, struct section *section, const struct cluster_settings *settings)
{
    struct cmrp_model *model = p->model;

    if (!object_init(model, &model->cluster, CMRP_OBJECT_CLUSTER, model->cluster_name,
                     settings->id ? settings->id->value : NULL))
        return fail(p, "out of memory");
    /* cluster.name is cluster_name: one string, freed once */
    free(model->cluster.name);
    model->cluster.name = model->cluster_name;
    if (!apply_properties(p, section, &model->cluster)) return false;
    /* the root of the cluster registry (MS-CMRP 3.1.1.2; Samba torture reads it) */
    if (registry_put_string(model, "", "ClusterInstanceID", model->cluster.id)
        || registry_put_string(model, "", "ClusterName", model->cluster_name))
        return fail(p, "out of memory");
    return true;
}

/* ---- building: types, networks, interfaces ---- */

static bool build_resource_types(struct parser *p, const struct cluster_settings *settings)
{
    static const char *const class_names[] = { "unknown", "storage", "network", "user" };
    static const uint32_t class_values[] = { CMRP_RESCLASS_UNKNOWN, CMRP_RESCLASS_STORAGE, CMRP_RESCLASS_NETWORK,
                                             CMRP_RESCLASS_USER };
    struct cmrp_model *model = p->model;
    struct cmrp_resource_type *type;
    struct section *section;
    size_t at = 0, i, choice;
    uint32_t status;

    p->line = 0;
    for (i = 0; settings->builtin_types && i < sizeof(builtin_types) / sizeof(builtin_types[0]); i++)
    {
        status = resource_type_create(model, builtin_types[i].name, builtin_types[i].name, builtin_types[i].dll,
                                      5000, 60000, &type);
        if (status) return fail(p, "out of memory");
        type->resource_class = builtin_types[i].resource_class;
        type->characteristics = builtin_types[i].characteristics;
    }
    while ((section = sections_of(p, SECTION_RESTYPE, &at)))
    {
        /* a section about a built-in type changes it */
        type = cmrp_model_resource_type(model, section->name);
        if (!type)
        {
            status = resource_type_create(model, section->name, section->name, "clusres.dll", 5000, 60000, &type);
            if (status) return fail_status(p, section, status);
        }
        section->object = type;
        for (i = 0; i < section->num_entries; i++)
        {
            const struct entry *entry = &section->entries[i];
            struct cmrp_value value = { 0 };
            bool ok = true;

            p->line = entry->line;
            if (!strcmp(entry->key, "display_name") || !strcmp(entry->key, "dll"))
            {
                if (strlen(entry->value) >= CMRP_MAX_STRING_BYTES) return fail(p, "%s is too long", entry->key);
                ok = set_string(p, !strcmp(entry->key, "dll") ? &type->dll_name : &type->display_name, entry->value);
            }
            else if (!strcmp(entry->key, "looks_alive") || !strcmp(entry->key, "is_alive"))
            {
                bool looks = !strcmp(entry->key, "looks_alive");

                ok = entry_uint32(p, entry, looks ? &type->looks_alive_ms : &type->is_alive_ms)
                     && cmrp_value_set_dword(&value, CMRP_FORMAT_DWORD, looks ? type->looks_alive_ms : type->is_alive_ms)
                     && property_put(&type->obj.common, looks ? "LooksAlivePollInterval" : "IsAlivePollInterval", &value);
                cmrp_value_clear(&value);
                if (!ok) return false;
            }
            else if (!strcmp(entry->key, "characteristics")) ok = entry_uint32(p, entry, &type->characteristics);
            else if (!strcmp(entry->key, "class"))
            {
                ok = entry_choice(p, entry, class_names, 4, &choice);
                type->resource_class = class_values[choice];
            }
            else if (!strcmp(entry->key, "subclass")) ok = entry_uint32(p, entry, &type->resource_subclass);
            if (!ok) return false;
        }
        if (!apply_properties(p, section, &type->obj)) return false;
    }
    return true;
}

static bool build_networks(struct parser *p)
{
    static const char *const state_names[] = { "unavailable", "down", "partitioned", "up" };
    static const char *const role_names[] = { "none", "internal", "client", "internal_and_client" };
    struct cmrp_network *network;
    struct section *section;
    size_t at = 0, i, choice;
    const char *id;
    uint32_t status;

    while ((section = sections_of(p, SECTION_NETWORK, &at)))
    {
        if (!section_id(p, section, &id)) return false;
        status = network_create(p->model, section->name, id, &network);
        if (status) return fail_status(p, section, status);
        section->object = network;
        for (i = 0; i < section->num_entries; i++)
        {
            const struct entry *entry = &section->entries[i];
            struct cmrp_value value = { 0 };
            bool ok = true;

            if (!strcmp(entry->key, "state"))
            {
                ok = entry_choice(p, entry, state_names, 4, &choice);
                network->state = choice;
            }
            else if (!strcmp(entry->key, "role"))
            {
                ok = entry_choice(p, entry, role_names, 4, &choice);
                network->role = choice;
            }
            else if (!strcmp(entry->key, "address") || !strcmp(entry->key, "mask"))
            {
                p->line = entry->line;
                ok = cmrp_value_set_string(&value, CMRP_FORMAT_SZ, entry->value)
                     && property_put(&network->obj.common, !strcmp(entry->key, "mask") ? "AddressMask" : "Address",
                                     &value);
                cmrp_value_clear(&value);
                if (!ok) return fail(p, "out of memory");
            }
            if (!ok) return false;
        }
        if (!apply_properties(p, section, &network->obj)) return false;
    }
    return true;
}

static bool build_netinterfaces(struct parser *p)
{
    static const char *const state_names[] = { "up", "failed", "unreachable", "unavailable" };
    struct cmrp_model *model = p->model;
    struct cmrp_netinterface *netinterface;
    struct section *section;
    size_t at = 0, i, choice;
    const char *id;
    uint32_t status;

    while ((section = sections_of(p, SECTION_NETINTERFACE, &at)))
    {
        struct entry *node_entry = find_entry(section, "node"), *network_entry = find_entry(section, "network");
        struct cmrp_node *node;
        struct cmrp_network *network;

        p->line = section->line;
        if (!node_entry) return fail(p, "[netinterface %s] lacks 'node'", section->name);
        if (!network_entry) return fail(p, "[netinterface %s] lacks 'network'", section->name);
        p->line = node_entry->line;
        if (!(node = cmrp_model_node(model, node_entry->value)))
            return fail(p, "node '%s' is not one of the [node] sections", node_entry->value);
        p->line = network_entry->line;
        if (!(network = cmrp_model_network(model, network_entry->value)))
            return fail(p, "network '%s' is not one of the [network] sections", network_entry->value);
        if (!section_id(p, section, &id)) return false;
        status = netinterface_create(model, section->name, id, node, network, &netinterface);
        if (status) return fail_status(p, section, status);
        section->object = netinterface;
        for (i = 0; i < section->num_entries; i++)
        {
            const struct entry *entry = &section->entries[i];
            bool ok = true;

            p->line = entry->line;
            if (!strcmp(entry->key, "state"))
            {
                ok = entry_choice(p, entry, state_names, 4, &choice);
                netinterface->state = choice;
            }
            else if (!strcmp(entry->key, "adapter")) ok = set_string(p, &netinterface->adapter, entry->value);
            else if (!strcmp(entry->key, "address")) ok = set_string(p, &netinterface->address, entry->value);
            if (!ok) return false;
        }
        if (!apply_properties(p, section, &netinterface->obj)) return false;
    }
    return true;
}

/* ---- building: groups and resources ---- */

static const char *const run_state_names[] = { "online", "offline", "failed" };

static bool build_groups(struct parser *p)
{
    struct cmrp_model *model = p->model;
    struct cmrp_group *group;
    struct section *section;
    size_t at = 0, i, j, count;
    const char *id;
    uint32_t status;

    while ((section = sections_of(p, SECTION_GROUP, &at)))
    {
        struct entry *owner_entry = find_entry(section, "owner");
        struct cmrp_node *owner = &model->nodes[model->local_node];

        if (owner_entry)
        {
            p->line = owner_entry->line;
            if (!(owner = cmrp_model_node(model, owner_entry->value)))
                return fail(p, "owner '%s' is not one of the [node] sections", owner_entry->value);
        }
        if (!section_id(p, section, &id)) return false;
        status = group_create(model, section->name, id, owner, &group);
        if (status) return fail_status(p, section, status);
        section->object = group;
        if (!index_insert(&p->group_sections, hash_ref(group->obj.ref), section)) return fail(p, "out of memory");
        for (i = 0; i < section->num_entries; i++)
        {
            const struct entry *entry = &section->entries[i];
            char *copy, *names[CMRP_MAX_NODES];
            size_t choice;
            bool ok = true;

            p->line = entry->line;
            if (!strcmp(entry->key, "core")) ok = entry_bool(p, entry, &group->core);
            else if (!strcmp(entry->key, "state")) ok = entry_choice(p, entry, run_state_names, 3, &choice);
            else if (!strcmp(entry->key, "preferred_owners"))
            {
                if (!(copy = strdup(entry->value))) return fail(p, "out of memory");
                ok = split_list(p, entry, copy, names, CMRP_MAX_NODES, &count);
                for (j = 0; ok && j < count; j++)
                    if (!cmrp_model_node(model, names[j]))
                        ok = fail(p, "preferred owner '%s' is not one of the [node] sections", names[j]);
                if (ok && cmrp_model_set_group_node_list(model, group, (const char *const *)names, count))
                    ok = fail(p, "out of memory");
                free(copy);
            }
            if (!ok) return false;
        }
        if (!apply_properties(p, section, &group->obj)) return false;
    }
    return true;
}

static bool match_section_object(const void *entry, const void *key)
{
    return ((const struct section *)entry)->object == key;
}

/* The state a resource starts in: its own state line, else its group's. */
static bool initial_state(struct parser *p, struct section *section, const struct cmrp_group *group,
                          enum cmrp_resource_state *state)
{
    static const enum cmrp_resource_state states[] = { CMRP_RESOURCE_ONLINE, CMRP_RESOURCE_OFFLINE,
                                                       CMRP_RESOURCE_FAILED };
    struct entry *entry = find_entry(section, "state");
    struct section *group_section;
    size_t choice = 0;

    if (!entry)
    {
        group_section = index_find(&p->group_sections, hash_ref(group->obj.ref), match_section_object, group);
        if (group_section) entry = find_entry(group_section, "state");
    }
    if (entry && !entry_choice(p, entry, run_state_names, 3, &choice)) return false;
    *state = states[choice];
    return true;
}

static bool build_resources(struct parser *p)
{
    struct cmrp_model *model = p->model;
    struct cmrp_resource *resource;
    struct section *section;
    size_t at = 0, i, j, count;
    const char *id;
    uint32_t status;

    /* first every resource, then their links: a dependency may be defined later */
    while ((section = sections_of(p, SECTION_RESOURCE, &at)))
    {
        struct entry *type_entry = find_entry(section, "type"), *group_entry = find_entry(section, "group");
        struct cmrp_resource_type *type;
        struct cmrp_group *group;
        enum cmrp_resource_state state;

        p->line = section->line;
        if (!type_entry) return fail(p, "[resource %s] lacks 'type'", section->name);
        if (!group_entry) return fail(p, "[resource %s] lacks 'group'", section->name);
        p->line = type_entry->line;
        if (!(type = cmrp_model_resource_type(model, type_entry->value)))
            return fail(p, "type '%s' is not a resource type (built in or [restype])", type_entry->value);
        p->line = group_entry->line;
        if (!(group = cmrp_model_group(model, group_entry->value)))
            return fail(p, "group '%s' is not one of the [group] sections", group_entry->value);
        if (!section_id(p, section, &id)) return false;
        status = resource_create(model, group, section->name, id, type, &resource);
        if (status) return fail_status(p, section, status);
        section->object = resource;
        if (!initial_state(p, section, group, &state)) return false;
        resource->state = state;
        resource->persistent_online = state == CMRP_RESOURCE_ONLINE;
        for (i = 0; i < section->num_entries; i++)
        {
            const struct entry *entry = &section->entries[i];
            bool ok = true;

            if (!strcmp(entry->key, "core")) ok = entry_bool(p, entry, &resource->core);
            else if (!strcmp(entry->key, "shared_volume")) ok = entry_bool(p, entry, &resource->shared_volume);
            else if (!strcmp(entry->key, "fail_online")) ok = entry_bool(p, entry, &resource->fail_online);
            else if (!strcmp(entry->key, "separate_monitor")) ok = entry_bool(p, entry, &resource->separate_monitor);
            if (!ok) return false;
        }
        if (!apply_properties(p, section, &resource->obj)) return false;
    }

    at = 0;
    while ((section = sections_of(p, SECTION_RESOURCE, &at)))
    {
        struct entry *depends = find_entry(section, "depends"), *owners = find_entry(section, "possible_owners");
        char *copy, *names[CMRP_MAX_NODES * 4];

        resource = section->object;
        if (depends)
        {
            if (!(copy = strdup(depends->value))) return fail(p, "out of memory");
            if (!split_list(p, depends, copy, names, sizeof(names) / sizeof(names[0]), &count))
            {
                free(copy);
                return false;
            }
            for (j = 0; j < count; j++)
            {
                struct cmrp_resource *provider = cmrp_model_resource(model, names[j]);

                status = provider ? dependency_allowed(model, resource, provider) : CMRP_ERR_RESOURCE_NOT_FOUND;
                if (!status) status = dependency_link(resource, provider);
                if (status)
                {
                    bool reported = fail(p, "'%s' cannot depend on '%s': %s", section->name, names[j],
                                         status == CMRP_ERR_RESOURCE_NOT_FOUND ? "no such [resource]"
                                         : status == CMRP_ERR_CIRCULAR_DEPENDENCY ? "circular dependency"
                                         : status == CMRP_ERR_DEPENDENCY_ALREADY_EXISTS ? "named twice"
                                         : status == CMRP_ERR_DEPENDENCY_TREE_TOO_COMPLEX ? "more than 100 deep"
                                         : status == CMRP_ERR_INVALID_PARAMETER ? "not in the same group"
                                         : "out of memory");
                    free(copy);
                    return reported;
                }
            }
            free(copy);
        }
        if (owners)
        {
            if (!(copy = strdup(owners->value))) return fail(p, "out of memory");
            if (!split_list(p, owners, copy, names, CMRP_MAX_NODES, &count))
            {
                free(copy);
                return false;
            }
            resource->num_possible_owners = 0;
            for (j = 0; j < count; j++)
            {
                struct cmrp_node *node = cmrp_model_node(model, names[j]);

                status = node ? cmrp_model_add_possible_owner(model, resource, node) : CMRP_ERR_CLUSTER_NODE_NOT_FOUND;
                if (status && status != CMRP_ERR_OBJECT_ALREADY_EXISTS)
                {
                    free(copy);
                    return fail(p, "possible owner '%s' is not one of the [node] sections", names[j]);
                }
            }
            free(copy);
        }
    }
    return true;
}

/* An online resource needs online providers, an up owner that may host it. */
static bool check_states(struct parser *p)
{
    struct cmrp_model *model = p->model;
    struct section *section;
    size_t at = 0, i;

    while ((section = sections_of(p, SECTION_RESOURCE, &at)))
    {
        struct cmrp_resource *resource = section->object;
        const struct cmrp_node *owner = resource->group->owner;

        if (resource->state != CMRP_RESOURCE_ONLINE) continue;
        p->line = section->line;
        if (owner->state == CMRP_NODE_DOWN || owner->state == CMRP_NODE_JOINING)
            return fail(p, "resource '%s' is online, but its group's owner '%s' is %s", section->name, owner->name,
                        cmrp_node_state_name(owner->state));
        if (pointer_index((void *const *)resource->possible_owners, resource->num_possible_owners, owner)
            == resource->num_possible_owners)
            return fail(p, "resource '%s' is online on '%s', which is not one of its possible owners", section->name,
                        owner->name);
        for (i = 0; i < resource->num_providers; i++)
            if (resource->providers[i]->state != CMRP_RESOURCE_ONLINE)
                return fail(p, "resource '%s' is online, but '%s', which it depends on, is not", section->name,
                            resource->providers[i]->obj.name);
    }
    for (i = 0; i < model->num_groups; i++) group_refresh_state(model, model->groups[i]);
    /* A group described on a node that is down is where a cluster would
     * not leave it while another node is up or paused: it forms there. */
    groups_adopt_orphans(model);
    return true;
}

static bool build_groupsets(struct parser *p)
{
    struct cmrp_model *model = p->model;
    struct cmrp_groupset *groupset;
    struct section *section;
    size_t at = 0, j, count;
    const char *id;
    uint32_t status;

    while ((section = sections_of(p, SECTION_GROUPSET, &at)))
    {
        struct entry *groups = find_entry(section, "groups");
        char *copy, *names[256];

        if (!section_id(p, section, &id)) return false;
        status = groupset_create(model, section->name, id, &groupset);
        if (status) return fail_status(p, section, status);
        section->object = groupset;
        if (!apply_properties(p, section, &groupset->obj)) return false;
        if (!groups) continue;
        if (!(copy = strdup(groups->value))) return fail(p, "out of memory");
        if (!split_list(p, groups, copy, names, sizeof(names) / sizeof(names[0]), &count))
        {
            free(copy);
            return false;
        }
        for (j = 0; j < count; j++)
        {
            struct cmrp_group *group = cmrp_model_group(model, names[j]);

            status = group ? cmrp_model_add_group_to_groupset(model, groupset, group) : CMRP_ERR_GROUP_NOT_FOUND;
            if (status)
            {
                bool reported = fail(p, "group '%s' %s", names[j], status == CMRP_ERR_GROUP_NOT_FOUND
                                     ? "is not one of the [group] sections" : "is already in a group set");
                free(copy);
                return reported;
            }
        }
        free(copy);
    }
    return true;
}

static bool build_quorum(struct parser *p, const struct cluster_settings *settings)
{
    struct cmrp_model *model = p->model;
    struct cmrp_resource *resource;

    if (!settings->quorum) return true;
    p->line = settings->quorum->line;
    if (!(resource = cmrp_model_resource(model, settings->quorum->value)))
        return fail(p, "quorum '%s' is not one of the [resource] sections", settings->quorum->value);
    if (!(resource->type->characteristics & CMRP_CHAR_QUORUM))
        return fail(p, "quorum '%s' is a %s, which cannot be a quorum resource", resource->obj.name,
                    resource->type->obj.name);
    model->quorum_resource = resource;
    if (registry_put_string(model, "Quorum", "Resource", resource->obj.id)) return fail(p, "out of memory");
    return true;
}

static bool build_registry(struct parser *p)
{
    struct section *section;
    size_t at = 0, i;

    while ((section = sections_of(p, SECTION_REGISTRY, &at)))
    {
        uint64_t key;
        uint32_t disposition, status;

        p->line = section->line;
        status = cmrp_model_create_key(p->model, cmrp_model_registry_root(p->model), section->name, &key, &disposition);
        if (status == CMRP_ERR_INVALID_PARAMETER)
            return fail(p, "registry path '%s' is not NAME\\NAME... (no empty names, no '\\' at either end)",
                        section->name);
        if (status) return fail(p, "registry: out of memory or too many keys");
        for (i = 0; i < section->num_entries; i++)
        {
            const struct entry *entry = &section->entries[i];
            struct cmrp_value value = { 0 };

            if (!entry_typed_value(p, entry, true, &value)) return false;
            status = cmrp_model_set_value(p->model, key, entry->key, value.type, value.data, value.size);
            cmrp_value_clear(&value);
            if (status) return fail(p, "registry value '%s' is too large or memory ran out", entry->key);
        }
    }
    return true;
}

static bool build(struct parser *p)
{
    struct cluster_settings settings = { 0 };
    struct section *cluster;
    size_t at = 0;

    p->line = 0;
    if (!(cluster = sections_of(p, SECTION_CLUSTER, &at))) return fail(p, "no [cluster] section");
    return build_cluster(p, cluster, &settings)
           && build_nodes(p, &settings)
           && build_cluster_object(p, cluster, &settings)
           && build_resource_types(p, &settings)
           && build_networks(p)
           && build_netinterfaces(p)
           && build_groups(p)
           && build_resources(p)
           && check_states(p)
           && build_groupsets(p)
           && build_quorum(p, &settings)
           && build_registry(p);
}

static void sections_free(struct parser *p)
{
    size_t i, j;

    for (i = 0; i < p->num_sections; i++)
    {
        for (j = 0; j < p->sections[i].num_entries; j++)
        {
            free(p->sections[i].entries[j].key);
            free(p->sections[i].entries[j].value);
        }
        free(p->sections[i].entries);
        free(p->sections[i].name);
    }
    free(p->sections);
}

struct cmrp_model *config_load(FILE *stream, const char *origin, char *err, size_t err_size)
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

    while (ok && (length = getline(&raw, &capacity, stream)) != -1)
    {
        p.line++;
        ok = parse_line(&p, raw, length);
    }
    free(raw);
    if (ok && ferror(stream)) ok = fail(&p, "read error: %s", strerror(errno));
    if (ok)
    {
        p.model = model_new();
        if (!p.model) ok = fail(&p, "out of memory");
    }
    if (ok) ok = build(&p);
    sections_free(&p);
    index_free(&p.group_sections);
    index_free(&p.section_names);
    if (!ok)
    {
        cmrp_model_free(p.model);
        return NULL;
    }
    return p.model;
}
