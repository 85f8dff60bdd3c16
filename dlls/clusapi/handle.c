/*
 * Typed handle table.
 *
 * A handle value encodes a slot index and that slot's generation, so a
 * closed handle stays invalid after its slot is reused, and a value the
 * table never gave out is rejected without touching memory.
 */
#include "clusapi_private.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(clusapi);

#define INDEX_BITS      20
#define INDEX_MASK      ((1u << INDEX_BITS) - 1)
#define GENERATION_MASK 0x7ff

struct slot
{
    struct object *obj;      /* NULL when free */
    UINT generation;         /* 1..GENERATION_MASK, bumped when the slot is freed */
};

static CRITICAL_SECTION table_lock;
static CRITICAL_SECTION_DEBUG table_lock_debug =
{
    0, 0, &table_lock,
    { &table_lock_debug.ProcessLocksList, &table_lock_debug.ProcessLocksList },
    0, 0, { (DWORD_PTR)(__FILE__ ": table_lock") }
};
static CRITICAL_SECTION table_lock = { &table_lock_debug, -1, 0, 0, 0, 0 };

static struct slot *slots;
static UINT slot_count;
static UINT first_free;      /* a hint: no free slot below it */

static HANDLE make_handle(UINT index, UINT generation)
{
    return (HANDLE)(ULONG_PTR)((generation << INDEX_BITS) | (index + 1));
}

/* The slot of a handle, if the handle is one the table gave out and still holds. */
static struct slot *find_slot(HANDLE handle)
{
    ULONG_PTR value = (ULONG_PTR)handle;
    UINT index = (value & INDEX_MASK) - 1, generation = value >> INDEX_BITS;

    if (!value || value >> 31 || !(value & INDEX_MASK) || index >= slot_count) return NULL;
    if (!slots[index].obj || slots[index].generation != generation) return NULL;
    return &slots[index];
}

HANDLE handle_create(struct object *obj)
{
    HANDLE handle = NULL;
    UINT index;

    EnterCriticalSection(&table_lock);
    for (index = first_free; index < slot_count; index++)
        if (!slots[index].obj) break;
    if (index == slot_count && slot_count <= INDEX_MASK - 1)
    {
        UINT count = slot_count ? min(slot_count * 2, INDEX_MASK - 1) : 64;
        struct slot *grown = slots ? HeapReAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, slots, count * sizeof(*slots))
                                   : HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, count * sizeof(*slots));
        if (grown)
        {
            slots = grown;
            slot_count = count;
        }
    }
    if (index < slot_count)
    {
        if (!slots[index].generation) slots[index].generation = 1;
        slots[index].obj = obj;
        first_free = index + 1;
        handle = make_handle(index, slots[index].generation);
    }
    LeaveCriticalSection(&table_lock);

    if (!handle) SetLastError(ERROR_NOT_ENOUGH_MEMORY);
    return handle;
}

struct object *handle_get(HANDLE handle, enum object_type type)
{
    struct object *obj = NULL;
    struct slot *slot;

    EnterCriticalSection(&table_lock);
    if ((slot = find_slot(handle)) && slot->obj->type == type)
    {
        obj = slot->obj;
        InterlockedIncrement(&obj->refcount);
    }
    LeaveCriticalSection(&table_lock);

    if (!obj)
    {
        WARN("invalid handle %p (type %d)\n", handle, type);
        SetLastError(ERROR_INVALID_HANDLE);
    }
    return obj;
}

struct object *handle_remove(HANDLE handle, enum object_type type)
{
    struct object *obj = NULL;
    struct slot *slot;

    EnterCriticalSection(&table_lock);
    if ((slot = find_slot(handle)) && slot->obj->type == type)
    {
        UINT index = slot - slots;

        obj = slot->obj;
        slot->obj = NULL;
        slot->generation = slot->generation % GENERATION_MASK + 1;
        if (index < first_free) first_free = index;
    }
    LeaveCriticalSection(&table_lock);

    if (!obj)
    {
        WARN("invalid handle %p (type %d)\n", handle, type);
        SetLastError(ERROR_INVALID_HANDLE);
    }
    return obj;
}

void object_release(struct object *obj)
{
    if (!InterlockedDecrement(&obj->refcount)) obj->destroy(obj);
}
