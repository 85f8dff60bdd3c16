/*
 * MS-CMRP cluster registry batches: CLUSTER_REG_BATCH_UPDATE (MS-CMRP
 * 2.2.3.17) and its BATCH_UPDATE_COMMAND records (2.2.3.16), the custom-
 * marshalled payload of ApiExecuteBatch, ApiGetBatchNotification and
 * ApiExecuteReadBatch(Ex).
 *
 *   uint32 VersionNumber (1)
 *   one or more commands, each:
 *       uint32 CommandType (CLUSTER_REG_BATCH_COMMAND, 2.2.2.8)
 *       uint32 ValueType   (REG_* for SET_VALUE/READ_VALUE, a Win32 status for READ_ERROR)
 *       uint32 NameLength  (bytes, the UTF-16 NUL included: at least 2)
 *       Name               (UTF-16LE, NUL-terminated)
 *       uint32 DataLength  (bytes, may be 0)
 *       Data
 *       0 or 1 byte of padding, so that the record ends on a 16-bit boundary
 *
 * Fields are not aligned beyond that (a record starts 2-aligned).  Plain
 * C99 over byte buffers, shared by the client's PE half and the simulated
 * cluster like proplist.c; parsing is bounds-checked.
 */
#ifndef CMRP_REGBATCH_H
#define CMRP_REGBATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* CLUSTER_REG_BATCH_COMMAND */
#define CMRP_REGBATCH_SET_VALUE       1u
#define CMRP_REGBATCH_CREATE_KEY      2u
#define CMRP_REGBATCH_DELETE_KEY      3u
#define CMRP_REGBATCH_DELETE_VALUE    4u
#define CMRP_REGBATCH_VALUE_DELETED   6u
#define CMRP_REGBATCH_READ_KEY        7u
#define CMRP_REGBATCH_READ_VALUE      8u
#define CMRP_REGBATCH_READ_ERROR      9u
#define CMRP_REGBATCH_CONTROL_COMMAND 10u    /* ValueType 1: sync to all nodes, 2: isolated */

#define CMRP_REGBATCH_VERSION         1u

struct cmrp_regbatch_command
{
    uint32_t command;
    uint32_t value_type;
    const uint8_t *name;          /* UTF-16LE, NUL-terminated, name_size bytes */
    uint32_t name_size;
    const uint8_t *data;          /* NULL when data_size is 0 */
    uint32_t data_size;
};

/* A growing batch: starts with the version; malloc'ed. */
struct cmrp_regbatch
{
    uint8_t *data;
    size_t size, capacity;
    uint32_t count;               /* commands added */
};

bool cmrp_regbatch_init(struct cmrp_regbatch *batch);
/* Appends a command; name may be NULL (the empty name, "\0\0"). */
bool cmrp_regbatch_add(struct cmrp_regbatch *batch, uint32_t command, uint32_t value_type,
                       const uint8_t *name, uint32_t name_size, const void *data, uint32_t data_size);
void cmrp_regbatch_free(struct cmrp_regbatch *batch);

/* Reading: *offset starts at 0; cmrp_regbatch_start checks the version and
 * moves past it; cmrp_regbatch_next returns the command at *offset and moves
 * past it.  Both return false on a malformed buffer; next also returns false
 * (with *end set) at the end. */
bool cmrp_regbatch_start(const uint8_t *data, size_t size, size_t *offset);
bool cmrp_regbatch_next(const uint8_t *data, size_t size, size_t *offset, struct cmrp_regbatch_command *command,
                        bool *end);
/* The number of commands in a well-formed buffer, or -1. */
int cmrp_regbatch_count(const uint8_t *data, size_t size);

#endif /* CMRP_REGBATCH_H */
