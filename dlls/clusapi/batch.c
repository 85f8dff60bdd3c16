/*
 * Cluster registry batches: ClusterRegCreateBatch, ClusterRegBatchAddCommand,
 * ClusterRegCloseBatch(Ex) (ApiExecuteBatch); read batches
 * ClusterRegCreateReadBatch, ClusterRegReadBatchAddCommand,
 * ClusterRegCloseReadBatch(Ex), ClusterRegReadBatchReplyNextCommand,
 * ClusterRegCloseReadBatchReply (ApiExecuteReadBatch(Ex)); batch
 * notification ports ClusterRegCreateBatchNotifyPort,
 * ClusterRegGetBatchNotification, ClusterRegBatchReadCommand,
 * ClusterRegBatchCloseNotification, ClusterRegCloseBatchNotifyPort
 * (ApiCreateBatchPort, ApiGetBatchNotification, ApiCloseBatchPort).
 *
 * A batch is built here as the CLUSTER_REG_BATCH_UPDATE it is on the wire
 * (MS-CMRP 2.2.3.16-17), with the codec's cmrp/regbatch.c; replies and
 * notifications are read with the same code, and the names and data the
 * caller gets point into the reply, valid until its handle is closed.
 *
 * Numbering: the wire counts commands from 1 (MS-CMRP 3.1.4.2.113), the SDK
 * from 0, with -1 for a failure before any command ran (ClusterRegCloseBatch).
 * ClusterRegCloseBatchEx's flags (undocumented in the SDK) are sent as a
 * leading CLUSREG_CONTROL_COMMAND whose ValueType is the flags: 1 synchronises
 * the write to every node, 2 lets it run in isolation (MS-CMRP 2.2.2.8's
 * description of that command; where the value travels is our inference).
 */
#include "clusapi_private.h"
#include "winreg.h"
#include "cmrp/regbatch.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(clusapi);

/* CLUSREG_DATABASE_SYNC_WRITE_TO_ALL_NODES | CLUSREG_DATABASE_ISOLATE_READ */
#define CLOSE_BATCH_EX_FLAGS 3

/* A batch being built: its key (referenced) and its bytes. */
struct reg_batch
{
    struct object obj;
    struct cluster_object *key;
    struct cmrp_regbatch batch;
    BOOL failed;                     /* an add ran out of memory: the batch is incomplete */
};

/* A reply or a notification: the bytes and where reading is. */
struct reg_batch_reply
{
    struct object obj;
    BYTE *data;
    DWORD size;
    size_t offset;
};

/* A batch notification port: the Unix port; closing wakes a getter. */
struct reg_batch_port
{
    struct object obj;
    UINT64 unix_port;
    LONG closed;
};

static void batch_destroy(struct object *obj)
{
    struct reg_batch *batch = CONTAINING_RECORD(obj, struct reg_batch, obj);

    object_release(&batch->key->obj);
    cmrp_regbatch_free(&batch->batch);
    HeapFree(GetProcessHeap(), 0, batch);
}

static void reply_destroy(struct object *obj)
{
    struct reg_batch_reply *reply = CONTAINING_RECORD(obj, struct reg_batch_reply, obj);

    HeapFree(GetProcessHeap(), 0, reply->data);
    HeapFree(GetProcessHeap(), 0, reply);
}

static void port_destroy(struct object *obj)
{
    struct reg_batch_port *port = CONTAINING_RECORD(obj, struct reg_batch_port, obj);
    struct batch_port_params params = { CLUSAPI_BATCH_PORT_FREE, 0, port->unix_port };

    /* every getter has returned: they hold references */
    unix_call(unix_batch_port, &params);
    HeapFree(GetProcessHeap(), 0, port);
}

/* The checks every call on a key starts with, in their order: the handle
 * before the other arguments, as everywhere.  ERROR_INVALID_HANDLE unless
 * key_handle is a live cluster registry key, then ERROR_INVALID_PARAMETER
 * unless args_ok.  key: where the call keeps a reference to the key once both
 * pass (NULL: it keeps none). */
static LONG check_key(HKEY key_handle, BOOL args_ok, struct cluster_object **key)
{
    struct cluster_object *object = object_from_handle(key_handle, OBJECT_KEY);

    if (key) *key = NULL;
    if (!object) return ERROR_INVALID_HANDLE;
    if (args_ok && key) *key = object;
    else object_release(&object->obj);
    return args_ok ? ERROR_SUCCESS : ERROR_INVALID_PARAMETER;
}

/* A new batch of type (write or read) on key, in the handle table. */
static LONG create_batch(HKEY key_handle, enum object_type type, HANDLE *out)
{
    struct cluster_object *key;
    struct reg_batch *batch;
    LONG error;

    if ((error = check_key(key_handle, out != NULL, &key))) return error;
    *out = NULL;
    if (!(batch = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof(*batch))) ||
        !cmrp_regbatch_init(&batch->batch))
    {
        HeapFree(GetProcessHeap(), 0, batch);
        object_release(&key->obj);
        return ERROR_OUTOFMEMORY;
    }
    batch->obj.refcount = 1;
    batch->obj.type = type;
    batch->obj.destroy = batch_destroy;
    batch->key = key;
    if (!(*out = handle_create(&batch->obj))) return GetLastError();
    return ERROR_SUCCESS;
}

static struct reg_batch *batch_from_handle(HANDLE handle, enum object_type type)
{
    struct object *obj = handle_get(handle, type);
    return obj ? CONTAINING_RECORD(obj, struct reg_batch, obj) : NULL;
}

/* Appends a command whose name is a Win32 string (NULL: the empty name). */
static BOOL add_command(struct reg_batch *batch, DWORD command, DWORD value_type, const WCHAR *name,
                        const void *data, DWORD size)
{
    BOOL ok = cmrp_regbatch_add(&batch->batch, command, value_type, (const uint8_t *)name,
                                name ? (lstrlenW(name) + 1) * sizeof(WCHAR) : 0, data, size);

    if (!ok) batch->failed = TRUE;
    return ok;
}

/* Wraps reply bytes taken from the Unix side in a handle of type. */
static LONG publish_reply(UINT64 blob, DWORD size, enum object_type type, HANDLE *out)
{
    struct blob_take_params take = { blob, NULL, size };
    struct reg_batch_reply *reply = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof(*reply));
    size_t offset;

    if (reply && !(reply->data = HeapAlloc(GetProcessHeap(), 0, size ? size : 1)))
    {
        HeapFree(GetProcessHeap(), 0, reply);
        reply = NULL;
    }
    take.buffer = reply ? reply->data : NULL;
    unix_call(unix_blob_take, &take);
    if (!reply) return ERROR_OUTOFMEMORY;
    reply->size = size;
    reply->obj.refcount = 1;
    reply->obj.type = type;
    reply->obj.destroy = reply_destroy;
    if (!cmrp_regbatch_start(reply->data, reply->size, &offset))
    {
        WARN("malformed batch reply of %lu bytes\n", size);
        reply_destroy(&reply->obj);
        return ERROR_INVALID_DATA;
    }
    reply->offset = offset;
    if (!(*out = handle_create(&reply->obj))) return GetLastError();
    return ERROR_SUCCESS;
}

/* ---- write batches ---- */

LONG WINAPI ClusterRegCreateBatch(HKEY key, HREGBATCH *batch)
{
    TRACE("%p, %p\n", key, batch);
    /* the SDK documents ERROR_INVALID_PARAMETER for a NULL key (any other bad one is a bad handle) */
    if (!key)
    {
        if (batch) *batch = NULL;
        return ERROR_INVALID_PARAMETER;
    }
    return create_batch(key, OBJECT_REG_BATCH, (HANDLE *)batch);
}

LONG WINAPI ClusterRegBatchAddCommand(HREGBATCH handle, CLUSTER_REG_COMMAND command, const WCHAR *name,
                                      DWORD options, const void *data, DWORD size)
{
    struct reg_batch *batch;
    LONG error = ERROR_SUCCESS;

    TRACE("%p, %u, %s, %#lx, %p, %lu\n", handle, command, debugstr_w(name), options, data, size);
    if (!(batch = batch_from_handle(handle, OBJECT_REG_BATCH))) return ERROR_INVALID_HANDLE;
    switch (command)
    {
    case CLUSREG_SET_VALUE:
        /* dwOptions is the value's type */
        if (size && !data) error = ERROR_INVALID_PARAMETER;
        else if (!add_command(batch, command, options, name, data, size)) error = ERROR_OUTOFMEMORY;
        break;
    case CLUSREG_CREATE_KEY:
    case CLUSREG_DELETE_KEY:
    case CLUSREG_DELETE_VALUE:
        if (!add_command(batch, command, 0, name, NULL, 0)) error = ERROR_OUTOFMEMORY;
        break;
    case CLUSREG_CONDITION_EXISTS:
    case CLUSREG_CONDITION_NOT_EXISTS:
    case CLUSREG_CONDITION_IS_EQUAL:
    case CLUSREG_CONDITION_IS_NOT_EQUAL:
    case CLUSREG_CONDITION_IS_GREATER_THAN:
    case CLUSREG_CONDITION_IS_LESS_THAN:
    case CLUSREG_CONDITION_KEY_EXISTS:
    case CLUSREG_CONDITION_KEY_NOT_EXISTS:
        /* sent as given: the server decides (ours refuses them at their number) */
        if (size && !data) error = ERROR_INVALID_PARAMETER;
        else if (!add_command(batch, command, options, name, data, size)) error = ERROR_OUTOFMEMORY;
        break;
    default:
        error = ERROR_INVALID_PARAMETER;
        break;
    }
    object_release(&batch->obj);
    return error;
}

/* batch with a leading CLUSREG_CONTROL_COMMAND of value control, in run. */
static BOOL prefixed(const struct cmrp_regbatch *batch, DWORD control, struct cmrp_regbatch *run)
{
    struct cmrp_regbatch_command command;
    bool end = false;
    size_t offset;

    if (!cmrp_regbatch_init(run)) return FALSE;
    if (!cmrp_regbatch_add(run, CMRP_REGBATCH_CONTROL_COMMAND, control, NULL, 0, NULL, 0)) goto failed;
    cmrp_regbatch_start(batch->data, batch->size, &offset);
    while (cmrp_regbatch_next(batch->data, batch->size, &offset, &command, &end))
        if (!cmrp_regbatch_add(run, command.command, command.value_type, command.name, command.name_size,
                               command.data, command.data_size))
            goto failed;
    return TRUE;
failed:
    cmrp_regbatch_free(run);
    return FALSE;
}

/* Runs (commit) and closes a batch; control is the leading CLUSREG_CONTROL_COMMAND's value, or 0. */
static LONG close_batch(HREGBATCH handle, BOOL commit, DWORD control, INT *failed)
{
    struct batch_params params = { 0 };
    struct cmrp_regbatch run;
    struct reg_batch *batch;
    struct object *obj;
    LONG error = ERROR_SUCCESS;

    if (failed) *failed = -1;
    if (!(obj = handle_remove(handle, OBJECT_REG_BATCH))) return ERROR_INVALID_HANDLE;
    batch = CONTAINING_RECORD(obj, struct reg_batch, obj);
    if (!commit) goto done;
    if (batch->failed)
    {
        error = ERROR_OUTOFMEMORY;
        goto done;
    }
    if (!batch->batch.count) goto done;   /* nothing to run */
    run = batch->batch;
    if (control && !prefixed(&batch->batch, control, &run))
    {
        error = ERROR_OUTOFMEMORY;
        goto done;
    }
    params.key = batch->key->unix_object;
    params.op = CLUSAPI_BATCH_EXECUTE;
    params.data = run.data;
    params.size = run.size;
    if (!unix_call(unix_batch, &params)) error = GetLastError();
    else error = call_error(params.rpc_status, params.result);
    if (control) cmrp_regbatch_free(&run);
    /* wire 1-based, SDK 0-based; the control command is ours, not the caller's */
    if (error && failed && params.failed_command > (control ? 1u : 0u))
        *failed = params.failed_command - 1 - (control ? 1 : 0);
    TRACE("error %ld, failed command %u (wire)\n", error, params.failed_command);
done:
    object_release(obj);
    return error;
}

LONG WINAPI ClusterRegCloseBatch(HREGBATCH batch, BOOL commit, INT *failed)
{
    TRACE("%p, %d, %p\n", batch, commit, failed);
    return close_batch(batch, commit, 0, failed);
}

LONG WINAPI ClusterRegCloseBatchEx(HREGBATCH batch, DWORD flags, INT *failed)
{
    struct object *obj;

    TRACE("%p, %#lx, %p\n", batch, flags, failed);
    if (flags & ~CLOSE_BATCH_EX_FLAGS)
    {
        /* refused before anything ran: the batch stays open for another close */
        if (failed) *failed = -1;
        if (!(obj = handle_get(batch, OBJECT_REG_BATCH))) return ERROR_INVALID_HANDLE;
        object_release(obj);
        return ERROR_INVALID_PARAMETER;
    }
    return close_batch(batch, TRUE, flags, failed);
}

/* ---- read batches ---- */

LONG WINAPI ClusterRegCreateReadBatch(HKEY key, HREGREADBATCH *batch)
{
    TRACE("%p, %p\n", key, batch);
    return create_batch(key, OBJECT_REG_READ_BATCH, (HANDLE *)batch);
}

LONG WINAPI ClusterRegReadBatchAddCommand(HREGREADBATCH handle, const WCHAR *subkey, const WCHAR *value)
{
    struct reg_batch *batch;
    LONG error = ERROR_SUCCESS;

    TRACE("%p, %s, %s\n", handle, debugstr_w(subkey), debugstr_w(value));
    if (!(batch = batch_from_handle(handle, OBJECT_REG_READ_BATCH))) return ERROR_INVALID_HANDLE;
    /* each read names its key (relative to the batch's: NULL is the key itself), then the value */
    if (!add_command(batch, CMRP_REGBATCH_READ_KEY, 0, subkey, NULL, 0) ||
        !add_command(batch, CMRP_REGBATCH_READ_VALUE, 0, value, NULL, 0))
        error = ERROR_OUTOFMEMORY;
    object_release(&batch->obj);
    return error;
}

static LONG close_read_batch(HREGREADBATCH handle, BOOL ex, DWORD flags, HREGREADBATCHREPLY *reply)
{
    struct batch_params params = { 0 };
    struct reg_batch *batch;
    struct object *obj;
    LONG error;

    if (reply) *reply = NULL;
    if (!(obj = handle_remove(handle, OBJECT_REG_READ_BATCH))) return ERROR_INVALID_HANDLE;
    batch = CONTAINING_RECORD(obj, struct reg_batch, obj);
    if (!reply) error = ERROR_INVALID_PARAMETER;
    else if (batch->failed) error = ERROR_OUTOFMEMORY;
    else
    {
        params.key = batch->key->unix_object;
        params.op = ex ? CLUSAPI_BATCH_READ_EX : CLUSAPI_BATCH_READ;
        params.flags = flags;
        params.data = batch->batch.data;
        params.size = batch->batch.size;
        if (!unix_call(unix_batch, &params)) error = GetLastError();
        else if (!(error = call_error(params.rpc_status, params.result)))
            error = publish_reply(params.reply, params.reply_size, OBJECT_REG_READ_BATCH_REPLY, (HANDLE *)reply);
    }
    object_release(obj);
    return error;
}

LONG WINAPI ClusterRegCloseReadBatch(HREGREADBATCH batch, HREGREADBATCHREPLY *reply)
{
    TRACE("%p, %p\n", batch, reply);
    return close_read_batch(batch, FALSE, 0, reply);
}

LONG WINAPI ClusterRegCloseReadBatchEx(HREGREADBATCH batch, DWORD flags, HREGREADBATCHREPLY *reply)
{
    TRACE("%p, %#lx, %p\n", batch, flags, reply);
    return close_read_batch(batch, TRUE, flags, reply);
}

static struct reg_batch_reply *reply_from_handle(HANDLE handle, enum object_type type)
{
    struct object *obj = handle_get(handle, type);
    return obj ? CONTAINING_RECORD(obj, struct reg_batch_reply, obj) : NULL;
}

/* The next command of a reply (reply->obj locked by the caller's reference;
 * the reading position is not meant for several threads at once). */
static LONG next_command(struct reg_batch_reply *reply, struct cmrp_regbatch_command *command)
{
    bool end = false;

    if (cmrp_regbatch_next(reply->data, reply->size, &reply->offset, command, &end)) return ERROR_SUCCESS;
    return end ? ERROR_NO_MORE_ITEMS : ERROR_INVALID_DATA;
}

LONG WINAPI ClusterRegReadBatchReplyNextCommand(HREGREADBATCHREPLY handle, CLUSTER_READ_BATCH_COMMAND *out)
{
    struct cmrp_regbatch_command key, value;
    struct reg_batch_reply *reply;
    LONG error;

    TRACE("%p, %p\n", handle, out);
    if (!(reply = reply_from_handle(handle, OBJECT_REG_READ_BATCH_REPLY))) return ERROR_INVALID_HANDLE;
    if (!out) error = ERROR_INVALID_PARAMETER;
    /* the server answers each READ_KEY with itself and each READ_VALUE with
     * READ_VALUE or READ_ERROR: one caller command is one pair */
    else if (!(error = next_command(reply, &key)) && !(error = next_command(reply, &value)))
    {
        if (key.command != CMRP_REGBATCH_READ_KEY ||
            (value.command != CMRP_REGBATCH_READ_VALUE && value.command != CMRP_REGBATCH_READ_ERROR))
        {
            WARN("unexpected reply commands %u, %u\n", key.command, value.command);
            error = ERROR_INVALID_DATA;
        }
        else
        {
            out->Command = value.command;
            out->dwOptions = value.value_type;
            out->wzSubkeyName = (const WCHAR *)key.name;
            out->wzValueName = (const WCHAR *)value.name;
            out->lpData = value.data;
            out->cbData = value.data_size;
        }
    }
    object_release(&reply->obj);
    return error;
}

static LONG close_reply(HANDLE handle, enum object_type type)
{
    struct object *obj = handle_remove(handle, type);

    if (!obj) return ERROR_INVALID_HANDLE;
    object_release(obj);
    return ERROR_SUCCESS;
}

LONG WINAPI ClusterRegCloseReadBatchReply(HREGREADBATCHREPLY reply)
{
    TRACE("%p\n", reply);
    return close_reply(reply, OBJECT_REG_READ_BATCH_REPLY);
}

/* ---- batch notification ports ---- */

LONG WINAPI ClusterRegCreateBatchNotifyPort(HKEY key_handle, HREGBATCHPORT *out)
{
    struct batch_port_params params = { CLUSAPI_BATCH_PORT_CREATE };
    struct cluster_object *key;
    struct reg_batch_port *port;
    LONG error;

    TRACE("%p, %p\n", key_handle, out);
    if ((error = check_key(key_handle, out != NULL, &key))) return error;
    *out = NULL;
    params.key = key->unix_object;
    if (!unix_call(unix_batch_port, &params)) error = GetLastError();
    else error = call_error(params.rpc_status, params.result);
    object_release(&key->obj);
    if (error) return error;
    if (!(port = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof(*port))))
    {
        struct batch_port_params close = { CLUSAPI_BATCH_PORT_CLOSE, 0, params.port };

        unix_call(unix_batch_port, &close);
        close.op = CLUSAPI_BATCH_PORT_FREE;
        unix_call(unix_batch_port, &close);
        return ERROR_OUTOFMEMORY;
    }
    port->obj.refcount = 1;
    port->obj.type = OBJECT_REG_BATCH_PORT;
    port->obj.destroy = port_destroy;
    port->unix_port = params.port;
    if (!(*out = handle_create(&port->obj))) return GetLastError();
    return ERROR_SUCCESS;
}

LONG WINAPI ClusterRegGetBatchNotification(HREGBATCHPORT handle, HREGBATCHNOTIFICATION *out)
{
    struct batch_port_params params = { CLUSAPI_BATCH_PORT_GET };
    struct reg_batch_port *port;
    struct object *obj;
    LONG error;

    TRACE("%p, %p\n", handle, out);
    if (!(obj = handle_get(handle, OBJECT_REG_BATCH_PORT))) return ERROR_INVALID_HANDLE;
    port = CONTAINING_RECORD(obj, struct reg_batch_port, obj);
    if (!out) error = ERROR_INVALID_PARAMETER;
    else
    {
        *out = NULL;
        params.port = port->unix_port;
        /* blocks until a batch comes or the port is closed (by another thread) */
        if (!unix_call(unix_batch_port, &params)) error = GetLastError();
        else error = call_error(params.rpc_status, params.result);
        if (!error) error = publish_reply(params.reply, params.reply_size, OBJECT_REG_BATCH_NOTIFICATION,
                                          (HANDLE *)out);
        else if (port->closed) error = ERROR_INVALID_HANDLE;
    }
    object_release(obj);
    return error;
}

LONG WINAPI ClusterRegBatchReadCommand(HREGBATCHNOTIFICATION handle, CLUSTER_BATCH_COMMAND *out)
{
    struct cmrp_regbatch_command command;
    struct reg_batch_reply *reply;
    LONG error;

    TRACE("%p, %p\n", handle, out);
    if (!(reply = reply_from_handle(handle, OBJECT_REG_BATCH_NOTIFICATION))) return ERROR_INVALID_HANDLE;
    if (!out) error = ERROR_INVALID_PARAMETER;
    else if (!(error = next_command(reply, &command)))
    {
        out->Command = command.command;
        out->dwOptions = command.value_type;
        out->wzName = (const WCHAR *)command.name;
        out->lpData = command.data;
        out->cbData = command.data_size;
    }
    object_release(&reply->obj);
    return error;
}

LONG WINAPI ClusterRegBatchCloseNotification(HREGBATCHNOTIFICATION notification)
{
    TRACE("%p\n", notification);
    return close_reply(notification, OBJECT_REG_BATCH_NOTIFICATION);
}

LONG WINAPI ClusterRegCloseBatchNotifyPort(HREGBATCHPORT handle)
{
    struct batch_port_params params = { CLUSAPI_BATCH_PORT_CLOSE };
    struct reg_batch_port *port;
    struct object *obj;

    TRACE("%p\n", handle);
    if (!(obj = handle_remove(handle, OBJECT_REG_BATCH_PORT))) return ERROR_INVALID_HANDLE;
    port = CONTAINING_RECORD(obj, struct reg_batch_port, obj);
    InterlockedExchange(&port->closed, TRUE);
    params.port = port->unix_port;
    /* wakes a getter; the last reference frees the Unix port */
    unix_call(unix_batch_port, &params);
    object_release(obj);
    return ERROR_SUCCESS;
}

/* ---- the *ForceSync registry calls ----
 *
 * Undocumented (docs/exports.md: their signatures are inferred to be the
 * plain calls').  MS-CMRP has one way to ask that a registry write reach
 * every node before the call returns: a batch led by CLUSREG_CONTROL_COMMAND
 * with the value 1 (MS-CMRP 2.2.2.8).  So each is its plain call's checks and
 * results, the write itself sent as such a batch (our inference). */

/* Runs one command on key as a synchronised batch. */
static LONG sync_command(HKEY key_handle, DWORD command, DWORD value_type, const WCHAR *name, const void *data,
                         DWORD size)
{
    struct batch_params params = { 0 };
    struct cmrp_regbatch run;
    struct cluster_object *key;
    LONG error;

    if ((error = check_key(key_handle, TRUE, &key))) return error;
    if (!cmrp_regbatch_init(&run)) error = ERROR_OUTOFMEMORY;
    else if (!cmrp_regbatch_add(&run, CMRP_REGBATCH_CONTROL_COMMAND, CLUSREG_DATABASE_SYNC_WRITE_TO_ALL_NODES, NULL,
                                0, NULL, 0) ||
             !cmrp_regbatch_add(&run, command, value_type, (const uint8_t *)name,
                                name ? (lstrlenW(name) + 1) * sizeof(WCHAR) : 0, data, size))
        error = ERROR_OUTOFMEMORY;
    else
    {
        params.key = key->unix_object;
        params.op = CLUSAPI_BATCH_EXECUTE;
        params.data = run.data;
        params.size = run.size;
        if (!unix_call(unix_batch, &params)) error = GetLastError();
        else error = call_error(params.rpc_status, params.result);
    }
    cmrp_regbatch_free(&run);
    object_release(&key->obj);
    return error;
}

DWORD WINAPI ClusterRegSetValueForceSync(HKEY key, const WCHAR *name, DWORD type, const BYTE *data, DWORD size)
{
    DWORD ret;

    TRACE("%p, %s, %lu, %p, %lu\n", key, debugstr_w(name), type, data, size);
    if ((ret = check_key(key, !size || data, NULL))) return ret;
    return sync_command(key, CMRP_REGBATCH_SET_VALUE, type, name, data, size);
}

DWORD WINAPI ClusterRegDeleteValueForceSync(HKEY key, const WCHAR *name)
{
    DWORD size = 0, ret;

    TRACE("%p, %s\n", key, debugstr_w(name));
    /* a batch deletes a missing value quietly; ClusterRegDeleteValue does not */
    if ((ret = ClusterRegQueryValue(key, name, NULL, NULL, &size)) && ret != ERROR_MORE_DATA) return ret;
    return sync_command(key, CMRP_REGBATCH_DELETE_VALUE, 0, name, NULL, 0);
}

LONG WINAPI ClusterRegDeleteKeyForceSync(HKEY key, const WCHAR *subkey)
{
    DWORD subkeys = 0;
    HKEY sub;
    LONG ret;

    TRACE("%p, %s\n", key, debugstr_w(subkey));
    if ((ret = check_key(key, subkey && subkey[0], NULL))) return ret;
    /* ClusterRegDeleteKey's rules: the key exists and has no subkeys (a batch
     * would delete a whole tree, or nothing, quietly) */
    if ((ret = ClusterRegOpenKey(key, subkey, KEY_READ, &sub))) return ret;
    ret = ClusterRegQueryInfoKey(sub, &subkeys, NULL, NULL, NULL, NULL, NULL, NULL);
    ClusterRegCloseKey(sub);
    if (ret) return ret;
    if (subkeys) return ERROR_ACCESS_DENIED;
    return sync_command(key, CMRP_REGBATCH_DELETE_KEY, 0, subkey, NULL, 0);
}

LONG WINAPI ClusterRegCreateKeyForceSync(HKEY key, const WCHAR *subkey, DWORD options, REGSAM access,
                                         SECURITY_ATTRIBUTES *sa, HKEY *result, DWORD *disposition)
{
    DWORD existed;
    HKEY sub;
    LONG ret;

    TRACE("%p, %s, %#lx, %#lx, %p, %p, %p\n", key, debugstr_w(subkey), options, access, sa, result, disposition);
    if ((ret = check_key(key, result && subkey, NULL))) return ret;
    *result = NULL;
    /* refused before the batch creates anything, as ClusterRegCreateKey refuses it */
    if (sa && sa->lpSecurityDescriptor && !IsValidSecurityDescriptor(sa->lpSecurityDescriptor))
        return ERROR_INVALID_SECURITY_DESCR;
    existed = !ClusterRegOpenKey(key, subkey, KEY_READ, &sub);
    if (existed) ClusterRegCloseKey(sub);
    /* created through a synchronised batch, then opened as ClusterRegCreateKey would */
    if ((ret = sync_command(key, CMRP_REGBATCH_CREATE_KEY, 0, subkey, NULL, 0))) return ret;
    if ((ret = ClusterRegCreateKey(key, subkey, options, access, sa, result, NULL))) return ret;
    if (disposition) *disposition = existed ? REG_OPENED_EXISTING_KEY : REG_CREATED_NEW_KEY;
    return ERROR_SUCCESS;
}
