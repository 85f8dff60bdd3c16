/*
 * Plumbing of the cluster model: hash indexes, growing arrays, UTF-8 and
 * UTF-16 strings, typed values.  Nothing here knows about clusters.
 */
#include "server/model_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- hash index ---- */

/* Marks a removed slot: probing continues past it. */
static char tombstone_marker;
#define INDEX_TOMBSTONE ((void *)&tombstone_marker)

static bool index_resize(struct index *index, size_t capacity)
{
    struct index_slot *slots = calloc(capacity, sizeof(*slots));
    size_t i, mask = capacity - 1;

    if (!slots) return false;
    for (i = 0; i < index->capacity; i++)
    {
        struct index_slot *old = &index->slots[i];
        size_t at;

        if (!old->entry || old->entry == INDEX_TOMBSTONE) continue;
        at = old->hash & mask;
        while (slots[at].entry) at = (at + 1) & mask;
        slots[at] = *old;
    }
    free(index->slots);
    index->slots = slots;
    index->capacity = capacity;
    index->used = index->live;
    return true;
}

bool index_reserve(struct index *index, size_t extra)
{
    size_t capacity = index->capacity ? index->capacity : 16;

    /* Keep the table at most half full, tombstones included. */
    if ((index->used + extra) * 2 <= index->capacity) return true;
    while ((index->live + extra) * 2 > capacity)
    {
        if (capacity > SIZE_MAX / 4) return false;
        capacity *= 2;
    }
    return index_resize(index, capacity);
}

bool index_insert(struct index *index, uint64_t hash, void *entry)
{
    size_t at, mask;

    if (!index_reserve(index, 1)) return false;
    mask = index->capacity - 1;
    at = hash & mask;
    while (index->slots[at].entry && index->slots[at].entry != INDEX_TOMBSTONE) at = (at + 1) & mask;
    if (!index->slots[at].entry) index->used++;
    index->slots[at].hash = hash;
    index->slots[at].entry = entry;
    index->live++;
    return true;
}

void *index_find(const struct index *index, uint64_t hash, index_match_fn match, const void *key)
{
    size_t at, mask;

    if (!index->capacity) return NULL;
    mask = index->capacity - 1;
    for (at = hash & mask; index->slots[at].entry; at = (at + 1) & mask)
    {
        const struct index_slot *slot = &index->slots[at];

        if (slot->entry != INDEX_TOMBSTONE && slot->hash == hash && match(slot->entry, key)) return slot->entry;
    }
    return NULL;
}

void index_remove(struct index *index, uint64_t hash, const void *entry)
{
    size_t at, mask;

    if (!index->capacity) return;
    mask = index->capacity - 1;
    for (at = hash & mask; index->slots[at].entry; at = (at + 1) & mask)
    {
        if (index->slots[at].entry == entry)
        {
            index->slots[at].entry = INDEX_TOMBSTONE;
            index->live--;
            return;
        }
    }
}

void index_free(struct index *index)
{
    free(index->slots);
    memset(index, 0, sizeof(*index));
}

uint64_t hash_name(const char *name)
{
    const unsigned char *p = (const unsigned char *)name;
    uint64_t hash = 0xcbf29ce484222325ull;

    for (; *p; p++)
    {
        unsigned char c = *p;

        /* fold ASCII only: names compare with strcasecmp in the C locale */
        if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        hash = (hash ^ c) * 0x100000001b3ull;
    }
    return hash;
}

uint64_t hash_ref(uint64_t ref)
{
    /* splitmix64 finaliser: refs are sequential, slots should not be */
    ref ^= ref >> 30;
    ref *= 0xbf58476d1ce4e5b9ull;
    ref ^= ref >> 27;
    ref *= 0x94d049bb133111ebull;
    return ref ^ (ref >> 31);
}

uint64_t hash_combine(uint64_t a, uint64_t b)
{
    return hash_ref(a ^ (b + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2)));
}

/* ---- arrays ---- */

static bool is_power_of_two(size_t n)
{
    return n && !(n & (n - 1));
}

bool array_append(void **items, size_t *count, size_t elem_size, const void *elem)
{
    unsigned char *grown = *items;

    if (*count == 0 || is_power_of_two(*count))
    {
        size_t capacity = *count ? *count * 2 : 4;

        if (capacity > SIZE_MAX / elem_size) return false;
        grown = realloc(*items, capacity * elem_size);
        if (!grown) return false;
        *items = grown;
    }
    memcpy(grown + *count * elem_size, elem, elem_size);
    (*count)++;
    return true;
}

void array_remove_at(void *items, size_t *count, size_t elem_size, size_t index)
{
    unsigned char *bytes = items;

    if (index >= *count) return;
    memmove(bytes + index * elem_size, bytes + (index + 1) * elem_size, (*count - index - 1) * elem_size);
    (*count)--;
}

size_t pointer_index(void *const *items, size_t count, const void *p)
{
    size_t i;

    for (i = 0; i < count; i++)
        if (items[i] == p) return i;
    return count;
}

bool pointer_remove(void **items, size_t *count, const void *p)
{
    size_t at = pointer_index(items, *count, p);

    if (at == *count) return false;
    array_remove_at(items, count, sizeof(*items), at);
    return true;
}

/* ---- strings ---- */

char *copy_string(const char *s)
{
    return strdup(s ? s : "");
}

/* Decodes one UTF-8 sequence at p: its code point and length, or false. */
static bool utf8_decode(const unsigned char *p, uint32_t *cp, unsigned int *length)
{
    unsigned int extra, i;
    uint32_t value;

    if (p[0] < 0x80) { value = p[0]; extra = 0; }
    else if ((p[0] & 0xe0) == 0xc0) { value = p[0] & 0x1f; extra = 1; }
    else if ((p[0] & 0xf0) == 0xe0) { value = p[0] & 0x0f; extra = 2; }
    else if ((p[0] & 0xf8) == 0xf0) { value = p[0] & 0x07; extra = 3; }
    else return false;

    for (i = 1; i <= extra; i++)
    {
        if ((p[i] & 0xc0) != 0x80) return false;
        value = (value << 6) | (p[i] & 0x3f);
    }
    /* overlong forms, surrogates and values past Unicode are not UTF-8 */
    if ((extra == 1 && value < 0x80) || (extra == 2 && value < 0x800) || (extra == 3 && value < 0x10000))
        return false;
    if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) return false;
    *cp = value;
    *length = extra + 1;
    return true;
}

bool utf16_units(const char *s, size_t *units)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t count = 0;

    while (*p)
    {
        uint32_t cp;
        unsigned int length;

        if (!utf8_decode(p, &cp, &length)) return false;
        count += cp >= 0x10000 ? 2 : 1;
        p += length;
    }
    *units = count;
    return true;
}

uint8_t *utf8_to_utf16le(const char *s, size_t *size)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t units, at = 0;
    uint8_t *out;

    if (!utf16_units(s, &units) || units >= SIZE_MAX / 2 - 1) return NULL;
    out = malloc((units + 1) * 2);
    if (!out) return NULL;
    while (*p)
    {
        uint32_t cp;
        unsigned int length;

        utf8_decode(p, &cp, &length);
        p += length;
        if (cp >= 0x10000)
        {
            uint32_t high = 0xd800 + ((cp - 0x10000) >> 10), low = 0xdc00 + ((cp - 0x10000) & 0x3ff);

            out[at++] = high & 0xff; out[at++] = high >> 8;
            out[at++] = low & 0xff; out[at++] = low >> 8;
        }
        else
        {
            out[at++] = cp & 0xff; out[at++] = cp >> 8;
        }
    }
    out[at++] = 0;
    out[at++] = 0;
    *size = at;
    return out;
}

char *utf16le_to_utf8(const uint8_t *data, size_t units)
{
    size_t i, at = 0;
    char *out;

    if (units > SIZE_MAX / 4 - 1) return NULL;
    out = malloc(units * 3 + 1);    /* a unit never needs more than 3 bytes; a pair 4 for 2 units */
    if (!out) return NULL;
    for (i = 0; i < units; i++)
    {
        uint32_t cp = data[2 * i] | (data[2 * i + 1] << 8);

        if (!cp) break;
        if (cp >= 0xd800 && cp <= 0xdbff)
        {
            uint32_t low;

            if (i + 1 >= units) goto malformed;
            low = data[2 * i + 2] | (data[2 * i + 3] << 8);
            if (low < 0xdc00 || low > 0xdfff) goto malformed;
            cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
            i++;
        }
        else if (cp >= 0xdc00 && cp <= 0xdfff) goto malformed;

        if (cp < 0x80) out[at++] = cp;
        else if (cp < 0x800)
        {
            out[at++] = 0xc0 | (cp >> 6);
            out[at++] = 0x80 | (cp & 0x3f);
        }
        else if (cp < 0x10000)
        {
            out[at++] = 0xe0 | (cp >> 12);
            out[at++] = 0x80 | ((cp >> 6) & 0x3f);
            out[at++] = 0x80 | (cp & 0x3f);
        }
        else
        {
            out[at++] = 0xf0 | (cp >> 18);
            out[at++] = 0x80 | ((cp >> 12) & 0x3f);
            out[at++] = 0x80 | ((cp >> 6) & 0x3f);
            out[at++] = 0x80 | (cp & 0x3f);
        }
    }
    out[at] = 0;
    return out;

malformed:
    free(out);
    return NULL;
}

bool cmrp_model_valid_object_name(const char *name)
{
    const unsigned char *p;
    size_t units;

    if (!name || !*name) return false;
    if (!utf16_units(name, &units) || units > CMRP_MAX_OBJECT_NAME_UNITS) return false;
    for (p = (const unsigned char *)name; *p; p++)
        if (*p < 0x20 || *p == 0x7f) return false;
    return true;
}

bool valid_key_name(const char *name)
{
    return cmrp_model_valid_object_name(name) && !strchr(name, '\\');
}

/* ---- values ---- */

void cmrp_value_clear(struct cmrp_value *value)
{
    free(value->data);
    memset(value, 0, sizeof(*value));
}

bool cmrp_value_set_bytes(struct cmrp_value *value, uint32_t type, const void *data, size_t size)
{
    uint8_t *copy = NULL;

    if (size > CMRP_MAX_REG_VALUE_SIZE) return false;
    if (size)
    {
        copy = malloc(size);
        if (!copy) return false;
        memcpy(copy, data, size);
    }
    free(value->data);
    value->type = type;
    value->size = size;
    value->data = copy;
    return true;
}

bool cmrp_value_set_dword(struct cmrp_value *value, uint32_t type, uint32_t dword)
{
    uint8_t bytes[4] = { dword & 0xff, (dword >> 8) & 0xff, (dword >> 16) & 0xff, dword >> 24 };

    return cmrp_value_set_bytes(value, type, bytes, sizeof(bytes));
}

bool cmrp_value_set_qword(struct cmrp_value *value, uint32_t type, uint64_t qword)
{
    uint8_t bytes[8];
    unsigned int i;

    for (i = 0; i < 8; i++) bytes[i] = (qword >> (8 * i)) & 0xff;
    return cmrp_value_set_bytes(value, type, bytes, sizeof(bytes));
}

bool cmrp_value_set_string(struct cmrp_value *value, uint32_t type, const char *utf8)
{
    size_t size;
    uint8_t *bytes = utf8_to_utf16le(utf8 ? utf8 : "", &size);
    bool ok;

    if (!bytes) return false;
    ok = cmrp_value_set_bytes(value, type, bytes, size);
    free(bytes);
    return ok;
}

bool cmrp_value_set_multi_string(struct cmrp_value *value, uint32_t type, const char *const *items, size_t count)
{
    uint8_t *all = malloc(2), *grown;
    size_t total = 0, i;
    bool ok = all != NULL;

    for (i = 0; ok && i < count; i++)
    {
        size_t size;
        uint8_t *bytes = utf8_to_utf16le(items[i], &size);

        ok = bytes && total + size + 2 <= CMRP_MAX_REG_VALUE_SIZE;
        grown = ok ? realloc(all, total + size + 2) : NULL;
        if (grown)
        {
            all = grown;
            memcpy(all + total, bytes, size);
            total += size;
        }
        else ok = false;
        free(bytes);
    }
    if (ok)
    {
        /* the list's own terminator; an empty list is a single NUL */
        all[total++] = 0;
        all[total++] = 0;
        ok = cmrp_value_set_bytes(value, type, all, total);
    }
    free(all);
    return ok;
}

char *cmrp_value_to_utf8(const struct cmrp_value *value)
{
    if (!value || (value->size % 2)) return NULL;
    if (!value->size) return strdup("");
    return utf16le_to_utf8(value->data, value->size / 2);
}

bool cmrp_value_get_dword(const struct cmrp_value *value, uint32_t *dword)
{
    if (!value || value->size != 4) return false;
    *dword = value->data[0] | (value->data[1] << 8) | (value->data[2] << 16) | ((uint32_t)value->data[3] << 24);
    return true;
}

bool value_copy(struct cmrp_value *to, const struct cmrp_value *from)
{
    memset(to, 0, sizeof(*to));
    return cmrp_value_set_bytes(to, from->type, from->data, from->size);
}

/* ---- property lists ---- */

void property_list_free(struct cmrp_property_list *list)
{
    size_t i;

    for (i = 0; i < list->count; i++)
    {
        free(list->items[i].name);
        cmrp_value_clear(&list->items[i].value);
    }
    free(list->items);
    memset(list, 0, sizeof(*list));
}

static struct cmrp_property *property_find(const struct cmrp_property_list *list, const char *name)
{
    size_t i;

    for (i = 0; i < list->count; i++)
        if (!strcasecmp(list->items[i].name, name)) return &list->items[i];
    return NULL;
}

const struct cmrp_value *cmrp_object_property(const struct cmrp_object *object, enum cmrp_property_set set,
                                              const char *name)
{
    const struct cmrp_property *property;

    if (!object || !name) return NULL;
    property = property_find(set == CMRP_PROPS_COMMON ? &object->common : &object->private_props, name);
    return property ? &property->value : NULL;
}

bool property_put(struct cmrp_property_list *list, const char *name, const struct cmrp_value *value)
{
    struct cmrp_property *existing = property_find(list, name);
    struct cmrp_property added;
    struct cmrp_value copy;
    void *items;

    if (!value_copy(&copy, value)) return false;
    if (existing)
    {
        cmrp_value_clear(&existing->value);
        existing->value = copy;
        return true;
    }
    if (list->count >= CMRP_MAX_PROPERTIES) goto failed;
    added.name = strdup(name);
    added.value = copy;
    if (!added.name) goto failed;
    items = list->items;
    if (!array_append(&items, &list->count, sizeof(added), &added))
    {
        free(added.name);
        goto failed;
    }
    list->items = items;
    return true;

failed:
    cmrp_value_clear(&copy);
    return false;
}

bool property_remove(struct cmrp_property_list *list, const char *name)
{
    struct cmrp_property *property = property_find(list, name);

    if (!property) return false;
    free(property->name);
    cmrp_value_clear(&property->value);
    array_remove_at(list->items, &list->count, sizeof(*list->items), property - list->items);
    return true;
}

void cmrp_model_enum_list_free(struct cmrp_model_enum_list *list)
{
    size_t i;

    if (!list) return;
    for (i = 0; i < list->count; i++)
    {
        free(list->entries[i].name);
        free(list->entries[i].id);
    }
    free(list->entries);
    memset(list, 0, sizeof(*list));
}
