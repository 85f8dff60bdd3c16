/*
 * What the codec's native tests share: one direction of a call pushed or
 * pulled on codec_test_mem (each test file makes and frees it), and a
 * comparison of pushed bytes with a hand-worked vector.
 */
#ifndef TESTS_CODEC_CODEC_TEST_H
#define TESTS_CODEC_CODEC_TEST_H

#include "cmrp/cmrp.h"

extern TALLOC_CTX *codec_test_mem;

/* Pushes one direction of a call; returns the bytes, or a NULL blob on error. */
DATA_BLOB push_call(uint32_t opnum, int flags, const void *r, enum ndr_err_code *err);
/* Pulls one direction of a call from bytes; *consumed says how many were read. */
enum ndr_err_code pull_call(uint32_t opnum, int flags, const uint8_t *bytes, size_t len, void *r,
                            size_t *consumed);
void check_bytes(const char *what, DATA_BLOB blob, const uint8_t *expect, size_t len);

#endif /* TESTS_CODEC_CODEC_TEST_H */
