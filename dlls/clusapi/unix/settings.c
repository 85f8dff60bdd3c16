/*
 * The configuration's registry values, kept per cluster name (settings.h).
 *
 * Every registry request is a round trip to the wineserver, and the first
 * one after the wineserver slept (as it does while a server checks a
 * password) costs a few hundred microseconds: read before every OpenCluster,
 * that was most of what clusapi.dll added to an authenticated open.  So an
 * open starts from the values kept from the last read, and reads them again
 * while it waits for the server; if they changed, the open is made again with
 * the new ones.  A change is thus seen by the very next open, as before.
 */
#if 0
#pragma makedep unix
#endif

#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ntstatus.h"
#define WIN32_NO_STATUS
#include "windef.h"
#include "winbase.h"
#include "winternl.h"
#include "wine/debug.h"

#include "dlls/clusapi/unixlib.h"
#include "dlls/clusapi/unix/settings.h"

WINE_DECLARE_DEBUG_CHANNEL(clusapi);

/* Cluster names a process uses are few; a program trying many names only
 * makes the oldest be read again. */
#define MAX_KEPT 16
/* What one key's values may take: settings are short strings and numbers. */
#define MAX_VALUES_SIZE 16384

struct kept_settings
{
    WCHAR *name;                /* NULL = the local cluster */
    BYTE *values;               /* settings_value entries */
    UINT32 size;
    UINT64 generation;
    UINT64 last_use;
};

static pthread_mutex_t kept_lock = PTHREAD_MUTEX_INITIALIZER;
static struct kept_settings kept[MAX_KEPT];
static UINT64 generation_counter, use_counter;

struct values_buffer
{
    BYTE *data;
    UINT32 size, capacity;
};

static BOOL append_value(struct values_buffer *buf, enum settings_scope scope, const KEY_VALUE_FULL_INFORMATION *info)
{
    UINT32 size = settings_value_size(info->NameLength, info->DataLength);
    struct settings_value *value;

    if (buf->size + size > MAX_VALUES_SIZE) return FALSE;
    if (buf->size + size > buf->capacity)
    {
        UINT32 capacity = buf->capacity ? buf->capacity * 2 : 512;
        BYTE *grown;

        while (capacity < buf->size + size) capacity *= 2;
        if (!(grown = realloc(buf->data, capacity))) return FALSE;
        buf->data = grown;
        buf->capacity = capacity;
    }
    value = (struct settings_value *)(buf->data + buf->size);
    memset(value, 0, size);
    value->scope = scope;
    value->type = info->Type;
    value->name_size = info->NameLength;
    value->data_size = info->DataLength;
    memcpy(value + 1, info->Name, info->NameLength);
    memcpy((BYTE *)(value + 1) + info->NameLength, (const BYTE *)info + info->DataOffset, info->DataLength);
    buf->size += size;
    return TRUE;
}

static HANDLE open_key(HANDLE root, const WCHAR *path)
{
    UNICODE_STRING name;
    OBJECT_ATTRIBUTES attr;
    HANDLE key;
    size_t len;

    for (len = 0; path[len]; len++) ;
    if (len * sizeof(WCHAR) > 0xfffe) return 0;
    name.Buffer = (WCHAR *)path;
    name.Length = name.MaximumLength = len * sizeof(WCHAR);
    InitializeObjectAttributes(&attr, &name, OBJ_CASE_INSENSITIVE, root, NULL);
    return NtOpenKeyEx(&key, KEY_QUERY_VALUE | KEY_ENUMERATE_SUB_KEYS, &attr, 0) ? 0 : key;
}

/* Appends a key's values; one too large for any setting is left out. */
static void read_key(struct values_buffer *buf, HANDLE key, enum settings_scope scope)
{
    union { KEY_VALUE_FULL_INFORMATION info; BYTE bytes[4096]; } value;
    ULONG index, len;
    NTSTATUS status;

    for (index = 0; ; index++)
    {
        status = NtEnumerateValueKey(key, index, KeyValueFullInformation, &value, sizeof(value), &len);
        if (status == STATUS_NO_MORE_ENTRIES) break;
        if (status) continue;
        append_value(buf, scope, &value.info);
    }
}

static void read_registry(HANDLE user_key, const WCHAR *name, struct values_buffer *buf)
{
    static const WCHAR clusapi_path[] = u"Software\\Wine\\Clusapi";
    WCHAR path[300];
    HANDLE key, cluster_key;
    size_t len;

    buf->size = 0;
    if (!user_key || !(key = open_key(user_key, clusapi_path))) return;
    read_key(buf, key, SETTINGS_SCOPE_GLOBAL);
    for (len = 0; name && name[len]; len++) ;
    if (name && len < ARRAY_SIZE(path) - 10)
    {
        memcpy(path, u"Clusters\\", 9 * sizeof(WCHAR));
        memcpy(path + 9, name, (len + 1) * sizeof(WCHAR));
        if ((cluster_key = open_key(key, path)))
        {
            read_key(buf, cluster_key, SETTINGS_SCOPE_CLUSTER);
            NtClose(cluster_key);
        }
    }
    NtClose(key);
}

static BOOL same_name(const WCHAR *a, const WCHAR *b)
{
    if (!a || !b) return a == b;
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}

static WCHAR *name_dup(const WCHAR *name)
{
    size_t len;
    WCHAR *copy;

    if (!name) return NULL;
    for (len = 0; name[len]; len++) ;
    if ((copy = malloc((len + 1) * sizeof(WCHAR)))) memcpy(copy, name, (len + 1) * sizeof(WCHAR));
    return copy;
}

/* The entry for name, or the one to reuse for it (caller holds kept_lock). */
static struct kept_settings *find_kept(const WCHAR *name, BOOL *found)
{
    struct kept_settings *oldest = &kept[0];
    unsigned int i;

    for (i = 0; i < MAX_KEPT; i++)
    {
        if (kept[i].generation && same_name(kept[i].name, name))
        {
            *found = TRUE;
            return &kept[i];
        }
        if (kept[i].last_use < oldest->last_use) oldest = &kept[i];
    }
    *found = FALSE;
    return oldest;
}

/* Stores what was read for name unless it is what is kept (caller holds
 * kept_lock); takes buf's data.  Returns the entry, NULL without memory. */
static struct kept_settings *store(const WCHAR *name, struct values_buffer *buf)
{
    struct kept_settings *entry;
    BOOL found;
    WCHAR *copy = NULL;

    entry = find_kept(name, &found);
    if (found && entry->size == buf->size && !memcmp(entry->values, buf->data, buf->size))
    {
        free(buf->data);
        buf->data = NULL;
        return entry;
    }
    if (!found && name && !(copy = name_dup(name)))
    {
        free(buf->data);
        buf->data = NULL;
        return NULL;
    }
    if (!found)
    {
        free(entry->name);
        entry->name = copy;
    }
    else TRACE_(clusapi)("%s: the configuration changed\n", debugstr_w(name));
    free(entry->values);
    entry->values = buf->data;
    entry->size = buf->size;
    entry->generation = ++generation_counter;
    buf->data = NULL;
    return entry;
}

UINT64 settings_recheck(UINT64 user_key, const WCHAR *name)
{
    struct values_buffer buf = { 0 };
    struct kept_settings *entry;
    UINT64 generation = 0;

    read_registry((HANDLE)(ULONG_PTR)user_key, name, &buf);
    pthread_mutex_lock(&kept_lock);
    if ((entry = store(name, &buf))) generation = entry->generation;
    pthread_mutex_unlock(&kept_lock);
    return generation;
}

NTSTATUS settings_read(struct read_settings_params *params)
{
    struct kept_settings *entry;
    BOOL found;

    pthread_mutex_lock(&kept_lock);
    entry = find_kept(params->name, &found);
    params->kept = found && !params->refresh;
    if (!params->kept)
    {
        pthread_mutex_unlock(&kept_lock);
        settings_recheck(params->user_key, params->name);
        pthread_mutex_lock(&kept_lock);
        entry = find_kept(params->name, &found);
    }
    if (!found)
    {
        /* Out of memory: no values, and nothing kept to check against. */
        pthread_mutex_unlock(&kept_lock);
        params->len = 0;
        params->kept = FALSE;
        params->generation = 0;
        return STATUS_SUCCESS;
    }
    entry->last_use = ++use_counter;
    params->len = entry->size;
    params->generation = entry->generation;
    if (entry->size <= params->size) memcpy(params->buffer, entry->values, entry->size);
    pthread_mutex_unlock(&kept_lock);
    return STATUS_SUCCESS;
}
