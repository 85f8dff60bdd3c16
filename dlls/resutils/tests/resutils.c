/*
 * Conformance tests for resutils.dll's property-list helpers: on lists built
 * here by hand (well-formed, and every kind of malformed, placed against an
 * inaccessible page so that any read past the end faults), and on lists the
 * simulated cluster returns (tests/run-all starts it; those tests skip
 * without it).
 */
#include <stdarg.h>
#include <stdio.h>

#include <windef.h>
#include <winbase.h>
#include <winerror.h>
#include <winreg.h>
#include "clusapi.h"
#include "resapi.h"

#include "wine/test.h"

static WCHAR server_address[64] = L"127.0.0.1";

/* ---- building lists by hand (MS-CMRP 2.2.3.10) ---- */

struct list
{
    BYTE data[1024];
    DWORD size;
    DWORD count_offset;
};

static void put_dword(struct list *list, DWORD value)
{
    memcpy(list->data + list->size, &value, 4);
    list->size += 4;
}

static void put_bytes(struct list *list, const void *data, DWORD size)
{
    memcpy(list->data + list->size, data, size);
    list->size += size;
    while (list->size & 3) list->data[list->size++] = 0;
}

static void list_init(struct list *list, DWORD count)
{
    memset(list, 0, sizeof(*list));
    put_dword(list, count);
}

static void list_name(struct list *list, const WCHAR *name)
{
    put_dword(list, CLUSPROP_SYNTAX_NAME);
    put_dword(list, (wcslen(name) + 1) * sizeof(WCHAR));
    put_bytes(list, name, (wcslen(name) + 1) * sizeof(WCHAR));
}

static void list_value(struct list *list, DWORD syntax, const void *data, DWORD size)
{
    put_dword(list, syntax);
    put_dword(list, size);
    put_bytes(list, data, size);
}

static void list_end_property(struct list *list)
{
    put_dword(list, CLUSPROP_SYNTAX_ENDMARK);
}

/* A list with one property of every kind the finders read. */
static void build_sample(struct list *list, BOOL final_mark)
{
    static const DWORD dword = 0x12345678;
    static const LONG negative = -42;
    static const ULONGLONG big = 0x1122334455667788ull;
    static const FILETIME time = { 0x89abcdef, 0x01d00000 };
    static const BYTE binary[] = { 1, 2, 3, 4, 5 };

    list_init(list, 9);
    list_name(list, L"Name");
    list_value(list, CLUSPROP_SYNTAX_LIST_VALUE_SZ, L"Cluster Disk 1", sizeof(L"Cluster Disk 1"));
    list_end_property(list);
    list_name(list, L"Signature");
    list_value(list, CLUSPROP_SYNTAX_LIST_VALUE_DWORD, &dword, sizeof(dword));
    list_end_property(list);
    list_name(list, L"Offset");
    list_value(list, CLUSPROP_SYNTAX_LIST_VALUE_LONG, &negative, sizeof(negative));
    list_end_property(list);
    list_name(list, L"Size");
    list_value(list, CLUSPROP_SYNTAX_LIST_VALUE_ULARGE_INTEGER, &big, sizeof(big));
    list_end_property(list);
    list_name(list, L"When");
    list_value(list, CLUSPROP_SYNTAX_LIST_VALUE_FILETIME, &time, sizeof(time));
    list_end_property(list);
    list_name(list, L"Blob");
    list_value(list, CLUSPROP_SYNTAX_LIST_VALUE_BINARY, binary, sizeof(binary));
    list_end_property(list);
    list_name(list, L"Owners");
    list_value(list, CLUSPROP_SYNTAX_LIST_VALUE_MULTI_SZ, L"node1\0node2\0", sizeof(L"node1\0node2\0"));
    list_end_property(list);
    list_name(list, L"Path");   /* as servers send EXPAND_SZ properties: both forms */
    list_value(list, CLUSPROP_SYNTAX_LIST_VALUE_EXPAND_SZ, L"%ROOT%\\x", sizeof(L"%ROOT%\\x"));
    list_value(list, CLUSPROP_SYNTAX_LIST_VALUE_EXPANDED_SZ, L"C:\\root\\x", sizeof(L"C:\\root\\x"));
    list_end_property(list);
    list_name(list, L"Plain");  /* EXPAND_SZ alone: ResUtilFindExpandedSzProperty expands it */
    list_value(list, CLUSPROP_SYNTAX_LIST_VALUE_EXPAND_SZ, L"%WINETEST_RESUTILS%!", sizeof(L"%WINETEST_RESUTILS%!"));
    list_end_property(list);
    if (final_mark) put_dword(list, CLUSPROP_SYNTAX_ENDMARK);
}

/* The list copied against an inaccessible page: reading past it faults. */
static BYTE *guarded_copy(const void *data, DWORD size, BYTE **base)
{
    SYSTEM_INFO info;
    DWORD old, pages;

    GetSystemInfo(&info);
    pages = (size + info.dwPageSize - 1) / info.dwPageSize + 1;
    *base = VirtualAlloc(NULL, pages * info.dwPageSize, MEM_COMMIT, PAGE_READWRITE);
    VirtualProtect(*base + (pages - 1) * info.dwPageSize, info.dwPageSize, PAGE_NOACCESS, &old);
    memcpy(*base + (pages - 1) * info.dwPageSize - size, data, size);
    return *base + (pages - 1) * info.dwPageSize - size;
}

static void test_find(void)
{
    struct list list;
    WCHAR *string;
    BYTE *binary;
    DWORD ret, dword, size;
    LONG value;
    ULONGLONG big;
    FILETIME time;
    BOOL final;

    SetEnvironmentVariableW(L"WINETEST_RESUTILS", L"expanded");
    for (final = FALSE; final <= TRUE; final++)
    {
        winetest_push_context(final ? "with the final ENDMARK" : "without the final ENDMARK");
        build_sample(&list, final);

        string = NULL;
        ret = ResUtilFindSzProperty(list.data, list.size, L"Name", &string);
        ok(ret == ERROR_SUCCESS && string && !wcscmp(string, L"Cluster Disk 1"), "sz: %lu, %s\n", ret,
           wine_dbgstr_w(string));
        LocalFree(string);
        ret = ResUtilFindSzProperty(list.data, list.size, L"NAME", NULL);   /* names ignore case */
        ok(ret == ERROR_SUCCESS, "sz, no value wanted: %lu\n", ret);

        dword = 0;
        ret = ResUtilFindDwordProperty(list.data, list.size, L"Signature", &dword);
        ok(ret == ERROR_SUCCESS && dword == 0x12345678, "dword: %lu, %#lx\n", ret, dword);
        value = 0;
        ret = ResUtilFindLongProperty(list.data, list.size, L"Offset", &value);
        ok(ret == ERROR_SUCCESS && value == -42, "long: %lu, %ld\n", ret, value);
        big = 0;
        ret = ResUtilFindULargeIntegerProperty(list.data, list.size, L"Size", &big);
        ok(ret == ERROR_SUCCESS && big == 0x1122334455667788ull, "ularge: %lu, %I64x\n", ret, big);
        memset(&time, 0, sizeof(time));
        ret = ResUtilFindFileTimeProperty(list.data, list.size, L"When", &time);
        ok(ret == ERROR_SUCCESS && time.dwLowDateTime == 0x89abcdef && time.dwHighDateTime == 0x01d00000,
           "filetime: %lu\n", ret);

        binary = NULL;
        size = 0;
        ret = ResUtilFindBinaryProperty(list.data, list.size, L"Blob", &binary, &size);
        ok(ret == ERROR_SUCCESS && size == 5 && binary && binary[4] == 5, "binary: %lu, %lu\n", ret, size);
        LocalFree(binary);
        size = 0;
        ret = ResUtilFindBinaryProperty(list.data, list.size, L"Blob", NULL, &size);
        ok(ret == ERROR_SUCCESS && size == 5, "binary size only: %lu, %lu\n", ret, size);

        string = NULL;
        size = 0;
        ret = ResUtilFindMultiSzProperty(list.data, list.size, L"Owners", &string, &size);
        ok(ret == ERROR_SUCCESS && size == sizeof(L"node1\0node2\0") && string &&
           !memcmp(string, L"node1\0node2\0", size), "multi sz: %lu, %lu\n", ret, size);
        LocalFree(string);

        string = NULL;
        ret = ResUtilFindExpandSzProperty(list.data, list.size, L"Path", &string);
        ok(ret == ERROR_SUCCESS && string && !wcscmp(string, L"%ROOT%\\x"), "expand sz: %lu, %s\n", ret,
           wine_dbgstr_w(string));
        LocalFree(string);
        string = NULL;
        ret = ResUtilFindExpandedSzProperty(list.data, list.size, L"Path", &string);
        ok(ret == ERROR_SUCCESS && string && !wcscmp(string, L"C:\\root\\x"), "expanded sz: %lu, %s\n", ret,
           wine_dbgstr_w(string));
        LocalFree(string);
        string = NULL;
        ret = ResUtilFindExpandedSzProperty(list.data, list.size, L"Plain", &string);
        ok(ret == ERROR_SUCCESS && string && !wcscmp(string, L"expanded!"), "expanded here: %lu, %s\n", ret,
           wine_dbgstr_w(string));
        LocalFree(string);

        /* Missing; of another format. */
        ret = ResUtilFindDwordProperty(list.data, list.size, L"Missing", &dword);
        ok(ret == ERROR_FILE_NOT_FOUND, "missing: %lu\n", ret);
        ret = ResUtilFindDwordProperty(list.data, list.size, L"Name", &dword);
        ok(ret == ERROR_INVALID_DATA, "an SZ as a DWORD: %lu\n", ret);
        ret = ResUtilFindSzProperty(list.data, list.size, L"Signature", &string);
        ok(ret == ERROR_INVALID_DATA, "a DWORD as an SZ: %lu\n", ret);
        ret = ResUtilFindMultiSzProperty(list.data, list.size, L"Name", &string, &size);
        ok(ret == ERROR_INVALID_DATA, "an SZ as a MULTI_SZ: %lu\n", ret);

        ok(ResUtilVerifyPrivatePropertyList(list.data, list.size) == ERROR_SUCCESS, "verify failed\n");
        winetest_pop_context();
    }
    ret = ResUtilFindDwordProperty(NULL, 0, L"Signature", &dword);
    ok(ret == ERROR_INVALID_PARAMETER, "NULL list: %lu\n", ret);
    ret = ResUtilFindDwordProperty(list.data, list.size, NULL, &dword);
    ok(ret == ERROR_INVALID_PARAMETER, "NULL name: %lu\n", ret);

    /* The empty list. */
    list_init(&list, 0);
    ret = ResUtilFindDwordProperty(list.data, list.size, L"Signature", &dword);
    ok(ret == ERROR_FILE_NOT_FOUND, "empty list: %lu\n", ret);
}

/* Every prefix of a list, against the guard page: no read past its end, and
 * a property that is cut is never found with a wrong value. */
static void test_truncated(void)
{
    struct list list;
    DWORD len, ret, dword, size, errors = 0;
    WCHAR *string;
    BYTE *base, *copy;

    build_sample(&list, TRUE);
    for (len = 0; len <= list.size; len++)
    {
        copy = guarded_copy(list.data, len, &base);
        dword = 0xdeadbeef;
        ret = ResUtilFindDwordProperty(copy, len, L"Owners", &dword);
        if (ret) errors++;
        ok(ret == ERROR_SUCCESS || ret == ERROR_INVALID_DATA || (ret == ERROR_FILE_NOT_FOUND && len <= 4),
           "length %lu: %lu\n", len, ret);
        string = NULL;
        ret = ResUtilFindMultiSzProperty(copy, len, L"Owners", &string, &size);
        if (!ret) ok(size == sizeof(L"node1\0node2\0") && !memcmp(string, L"node1\0node2\0", size),
                     "length %lu: a wrong value\n", len);
        else ok(ret == ERROR_INVALID_DATA || (ret == ERROR_FILE_NOT_FOUND && len <= 4), "length %lu: %lu\n", len, ret);
        LocalFree(string);
        ResUtilVerifyPrivatePropertyList(copy, len);
        VirtualFree(base, 0, MEM_RELEASE);
    }
    /* The DWORD asked for is an MULTI_SZ: never found as a DWORD. */
    ok(errors == list.size + 1, "%lu of %lu prefixes failed\n", errors, list.size + 1);
    ok(ResUtilVerifyPrivatePropertyList(list.data, list.size - 8) == ERROR_INVALID_DATA, "a cut list verified\n");
}

static void test_malformed(void)
{
    static const DWORD dword = 7;
    struct list list;
    DWORD ret, value;
    BYTE *base, *copy;

    /* A count far beyond the data. */
    list_init(&list, 0x40000000);
    list_name(&list, L"A");
    list_value(&list, CLUSPROP_SYNTAX_LIST_VALUE_DWORD, &dword, 4);
    list_end_property(&list);
    copy = guarded_copy(list.data, list.size, &base);
    ret = ResUtilFindDwordProperty(copy, list.size, L"B", &value);
    ok(ret == ERROR_INVALID_DATA, "forged count: %lu\n", ret);
    VirtualFree(base, 0, MEM_RELEASE);

    /* A value longer than the list. */
    list_init(&list, 1);
    list_name(&list, L"A");
    put_dword(&list, CLUSPROP_SYNTAX_LIST_VALUE_SZ);
    put_dword(&list, 0x7ffffff0);
    copy = guarded_copy(list.data, list.size, &base);
    ret = ResUtilFindSzProperty(copy, list.size, L"A", NULL);
    ok(ret == ERROR_INVALID_DATA, "value past the end: %lu\n", ret);
    VirtualFree(base, 0, MEM_RELEASE);

    /* A name without its terminator, an odd-sized name. */
    list_init(&list, 1);
    put_dword(&list, CLUSPROP_SYNTAX_NAME);
    put_dword(&list, 4);
    put_bytes(&list, L"AB", 4);
    list_value(&list, CLUSPROP_SYNTAX_LIST_VALUE_DWORD, &dword, 4);
    list_end_property(&list);
    ret = ResUtilFindDwordProperty(list.data, list.size, L"AB", &value);
    ok(ret == ERROR_INVALID_DATA, "unterminated name: %lu\n", ret);
    list_init(&list, 1);
    put_dword(&list, CLUSPROP_SYNTAX_NAME);
    put_dword(&list, 3);
    put_bytes(&list, "A\0\0", 3);
    list_value(&list, CLUSPROP_SYNTAX_LIST_VALUE_DWORD, &dword, 4);
    list_end_property(&list);
    ret = ResUtilFindDwordProperty(list.data, list.size, L"A", &value);
    ok(ret == ERROR_INVALID_DATA, "odd name size: %lu\n", ret);

    /* A DWORD of 2 bytes; an SZ without its NUL; a value before any name. */
    list_init(&list, 1);
    list_name(&list, L"A");
    list_value(&list, CLUSPROP_SYNTAX_LIST_VALUE_DWORD, &dword, 2);
    list_end_property(&list);
    ret = ResUtilFindDwordProperty(list.data, list.size, L"A", &value);
    ok(ret == ERROR_INVALID_DATA, "2-byte DWORD: %lu\n", ret);
    list_init(&list, 1);
    list_name(&list, L"A");
    list_value(&list, CLUSPROP_SYNTAX_LIST_VALUE_SZ, L"xy", 4);
    list_end_property(&list);
    ret = ResUtilFindSzProperty(list.data, list.size, L"A", NULL);
    ok(ret == ERROR_INVALID_DATA, "unterminated SZ: %lu\n", ret);
    list_init(&list, 1);
    list_value(&list, CLUSPROP_SYNTAX_LIST_VALUE_DWORD, &dword, 4);
    list_end_property(&list);
    ret = ResUtilFindDwordProperty(list.data, list.size, L"A", &value);
    ok(ret == ERROR_INVALID_DATA, "value without a name: %lu\n", ret);

    /* A property without its ENDMARK, then another. */
    list_init(&list, 2);
    list_name(&list, L"A");
    list_value(&list, CLUSPROP_SYNTAX_LIST_VALUE_DWORD, &dword, 4);
    list_name(&list, L"B");
    list_value(&list, CLUSPROP_SYNTAX_LIST_VALUE_DWORD, &dword, 4);
    list_end_property(&list);
    ret = ResUtilFindDwordProperty(list.data, list.size, L"B", &value);
    ok(ret == ERROR_INVALID_DATA, "missing ENDMARK: %lu\n", ret);
    ok(ResUtilVerifyPrivatePropertyList(list.data, list.size) == ERROR_INVALID_DATA, "verified\n");
}

static const WCHAR default_sz[] = L"the default";
static const BYTE default_binary[] = { 9, 8, 7 };
static RESUTIL_ULARGEINT_DATA ularge_data = { { .QuadPart = 77 }, { .QuadPart = 0 }, { .QuadPart = 1000 } };

static RESUTIL_PROPERTY_ITEM table[] =
{
    { (WCHAR *)L"Stored DWORD", NULL, CLUSPROP_FORMAT_DWORD, { .Default = 5 }, 0, 100, 0, 0 },
    { (WCHAR *)L"Default DWORD", NULL, CLUSPROP_FORMAT_DWORD, { .Default = 17 }, 0, 100, 0, 0 },
    { (WCHAR *)L"Stored SZ", NULL, CLUSPROP_FORMAT_SZ, { .lpDefault = (void *)default_sz }, 0, 0, 0, 0 },
    { (WCHAR *)L"Default SZ", NULL, CLUSPROP_FORMAT_SZ, { .lpDefault = (void *)default_sz }, 0, 0, 0, 0 },
    { (WCHAR *)L"Absent SZ", NULL, CLUSPROP_FORMAT_SZ, { .lpDefault = NULL }, 0, 0, 0, 0 },
    { (WCHAR *)L"Default BINARY", NULL, CLUSPROP_FORMAT_BINARY, { .lpDefault = (void *)default_binary },
      sizeof(default_binary), 0, 0, 0 },
    { (WCHAR *)L"Stored MULTI_SZ", NULL, CLUSPROP_FORMAT_MULTI_SZ, { .lpDefault = NULL }, 0, 0, 0, 0 },
    { (WCHAR *)L"Default ULARGE", NULL, CLUSPROP_FORMAT_ULARGE_INTEGER, { .ULargeIntData = &ularge_data }, 0, 0,
      0, 0 },
    { (WCHAR *)L"Sub DWORD", (WCHAR *)L"Parameters", CLUSPROP_FORMAT_DWORD, { .Default = 1 }, 0, 100, 0, 0 },
    { NULL }
};

static void test_enum_properties(void)
{
    WCHAR buffer[512];
    DWORD ret, returned, required, expect = 0, i;

    for (i = 0; table[i].Name; i++) expect += (wcslen(table[i].Name) + 1) * sizeof(WCHAR);
    expect += sizeof(WCHAR);

    returned = required = 0xdeadbeef;
    ret = ResUtilEnumProperties(table, NULL, 0, &returned, &required);
    ok(ret == ERROR_MORE_DATA && required == expect && !returned, "size: %lu, %lu, %lu\n", ret, returned, required);
    ret = ResUtilEnumProperties(table, buffer, expect - 1, &returned, &required);
    ok(ret == ERROR_MORE_DATA && required == expect, "short: %lu, %lu\n", ret, required);
    ret = ResUtilEnumProperties(table, buffer, expect, &returned, &required);
    ok(ret == ERROR_SUCCESS && returned == expect, "exact: %lu, %lu\n", ret, returned);
    ok(!wcscmp(buffer, L"Stored DWORD") && !buffer[expect / sizeof(WCHAR) - 1] && !buffer[expect / sizeof(WCHAR) - 2],
       "not a MULTI_SZ of the names\n");
    ret = ResUtilEnumProperties(NULL, buffer, sizeof(buffer), &returned, &required);
    ok(ret == ERROR_BAD_ARGUMENTS, "NULL table: %lu\n", ret);
    ret = ResUtilEnumProperties(table + ARRAY_SIZE(table) - 1, buffer, sizeof(buffer), &returned, &required);
    ok(ret == ERROR_SUCCESS && returned == sizeof(WCHAR) && !buffer[0], "empty table: %lu, %lu\n", ret, returned);
}

static void test_property_formats(void)
{
    BYTE buffer[1024];
    DWORD ret, returned, required;
    BYTE *data;
    DWORD size;

    ret = ResUtilGetPropertyFormats(table, NULL, 0, &returned, &required);
    ok(ret == ERROR_MORE_DATA && required, "size: %lu, %lu\n", ret, required);
    ret = ResUtilGetPropertyFormats(table, buffer, sizeof(buffer), &returned, &required);
    ok(ret == ERROR_SUCCESS && returned && returned <= sizeof(buffer), "formats: %lu, %lu\n", ret, returned);
    if (ret) return;
    ok(ResUtilVerifyPrivatePropertyList(buffer, returned) == ERROR_SUCCESS, "a malformed list\n");
    /* WORD values: read as binary. */
    data = NULL;
    ret = ResUtilFindBinaryProperty(buffer, returned, L"Stored SZ", &data, &size);
    ok(ret == ERROR_INVALID_DATA, "a WORD as BINARY: %lu\n", ret);
}

/* GetProperties and GetAllProperties on a key of the simulated cluster. */
static void test_get_properties(HCLUSTER cluster)
{
    static const DWORD stored_dword = 42, sub_dword = 9, unknown_dword = 3;
    BYTE buffer[2048];
    DWORD ret, returned, required, value, size;
    HKEY root, key, sub;
    WCHAR *string;
    BYTE *binary;
    ULONGLONG big;

    root = GetClusterKey(cluster, KEY_ALL_ACCESS);
    ok(root != NULL, "GetClusterKey: %lu\n", GetLastError());
    if (!root) return;
    ClusterRegDeleteKey(root, L"WineTest Resutils\\Parameters");
    ClusterRegDeleteKey(root, L"WineTest Resutils");
    ret = ClusterRegCreateKey(root, L"WineTest Resutils", 0, KEY_ALL_ACCESS, NULL, &key, NULL);
    ok(ret == ERROR_SUCCESS, "create: %lu\n", ret);
    if (ret) goto done;
    ClusterRegSetValue(key, L"Stored DWORD", REG_DWORD, (const BYTE *)&stored_dword, 4);
    ClusterRegSetValue(key, L"Stored SZ", REG_SZ, (const BYTE *)L"from the database", sizeof(L"from the database"));
    ClusterRegSetValue(key, L"Stored MULTI_SZ", REG_MULTI_SZ, (const BYTE *)L"a\0b\0", sizeof(L"a\0b\0"));
    ClusterRegSetValue(key, L"Unknown", REG_DWORD, (const BYTE *)&unknown_dword, 4);
    if (!ClusterRegCreateKey(key, L"Parameters", 0, KEY_ALL_ACCESS, NULL, &sub, NULL))
    {
        ClusterRegSetValue(sub, L"Sub DWORD", REG_DWORD, (const BYTE *)&sub_dword, 4);
        ClusterRegCloseKey(sub);
    }

    returned = required = 0xdeadbeef;
    ret = ResUtilGetProperties(key, table, NULL, 0, &returned, &required);
    ok(ret == ERROR_MORE_DATA && required && !returned, "size: %lu, %lu\n", ret, required);
    if (required <= sizeof(buffer))
    {
        ret = ResUtilGetProperties(key, table, buffer, required - 1, &returned, &required);
        ok(ret == ERROR_MORE_DATA, "short: %lu\n", ret);
    }
    ret = ResUtilGetProperties(key, table, buffer, sizeof(buffer), &returned, &required);
    ok(ret == ERROR_SUCCESS, "get: %lu\n", ret);
    if (!ret)
    {
        ok(ResUtilVerifyPrivatePropertyList(buffer, returned) == ERROR_SUCCESS, "malformed result\n");
        ok(!ResUtilFindDwordProperty(buffer, returned, L"Stored DWORD", &value) && value == 42, "stored DWORD\n");
        ok(!ResUtilFindDwordProperty(buffer, returned, L"Default DWORD", &value) && value == 17, "default DWORD\n");
        ok(!ResUtilFindDwordProperty(buffer, returned, L"Sub DWORD", &value) && value == 9, "DWORD of a subkey\n");
        string = NULL;
        ok(!ResUtilFindSzProperty(buffer, returned, L"Stored SZ", &string) && string &&
           !wcscmp(string, L"from the database"), "stored SZ %s\n", wine_dbgstr_w(string));
        LocalFree(string);
        string = NULL;
        ok(!ResUtilFindSzProperty(buffer, returned, L"Default SZ", &string) && string &&
           !wcscmp(string, default_sz), "default SZ %s\n", wine_dbgstr_w(string));
        LocalFree(string);
        ok(ResUtilFindSzProperty(buffer, returned, L"Absent SZ", NULL) == ERROR_FILE_NOT_FOUND,
           "an SZ without value nor default listed\n");
        binary = NULL;
        ok(!ResUtilFindBinaryProperty(buffer, returned, L"Default BINARY", &binary, &size) && size == 3 &&
           binary && binary[0] == 9, "default BINARY\n");
        LocalFree(binary);
        string = NULL;
        ok(!ResUtilFindMultiSzProperty(buffer, returned, L"Stored MULTI_SZ", &string, &size) &&
           size == sizeof(L"a\0b\0"), "stored MULTI_SZ\n");
        LocalFree(string);
        ok(!ResUtilFindULargeIntegerProperty(buffer, returned, L"Default ULARGE", &big) && big == 77,
           "default ULARGE\n");
        ok(ResUtilFindDwordProperty(buffer, returned, L"Unknown", &value) == ERROR_FILE_NOT_FOUND,
           "ResUtilGetProperties listed an unknown property\n");
    }

    ret = ResUtilGetAllProperties(key, table, buffer, sizeof(buffer), &returned, &required);
    ok(ret == ERROR_SUCCESS, "get all: %lu\n", ret);
    if (!ret)
    {
        ok(!ResUtilFindDwordProperty(buffer, returned, L"Unknown", &value) && value == 3, "unknown property\n");
        ok(!ResUtilFindDwordProperty(buffer, returned, L"Stored DWORD", &value) && value == 42, "stored DWORD\n");
    }
    ret = ResUtilGetProperties(NULL, table, buffer, sizeof(buffer), &returned, &required);
    ok(ret == ERROR_BAD_ARGUMENTS, "NULL key: %lu\n", ret);

    /* The value readers. */
    ok(!ResUtilGetDwordValue(key, L"Stored DWORD", &value, 0) && value == 42, "GetDwordValue\n");
    ok(!ResUtilGetDwordValue(key, L"Missing", &value, 1234) && value == 1234, "GetDwordValue default\n");
    ok(ResUtilGetDwordValue(key, L"Stored SZ", &value, 0) == ERROR_INVALID_DATA, "SZ as DWORD\n");
    string = ResUtilGetSzValue(key, L"Stored SZ");
    ok(string && !wcscmp(string, L"from the database"), "GetSzValue %s\n", wine_dbgstr_w(string));
    LocalFree(string);
    SetLastError(0xdeadbeef);
    string = ResUtilGetSzValue(key, L"Missing");
    ok(!string && GetLastError() == ERROR_FILE_NOT_FOUND, "GetSzValue missing: %lu\n", GetLastError());
    ok(!ResUtilGetQwordValue(key, L"Missing", &big, 99) && big == 99, "GetQwordValue default\n");

    ClusterRegCloseKey(key);
    ClusterRegDeleteKey(root, L"WineTest Resutils\\Parameters");
    ClusterRegDeleteKey(root, L"WineTest Resutils");
done:
    ClusterRegCloseKey(root);
}

/* Lists the server returns, read with the finders. */
static void test_server_lists(HCLUSTER cluster)
{
    BYTE buffer[4096];
    HGROUP group;
    HRESOURCE disk;
    DWORD ret, returned, value;
    WCHAR *string;

    group = OpenClusterGroup(cluster, L"Cluster Group");
    ok(group != NULL, "open group: %lu\n", GetLastError());
    if (group)
    {
        ret = ClusterGroupControl(group, NULL, CLUSCTL_GROUP_GET_COMMON_PROPERTIES, NULL, 0, buffer, sizeof(buffer),
                                  &returned);
        ok(ret == ERROR_SUCCESS, "group properties: %lu\n", ret);
        if (!ret)
        {
            ok(ResUtilVerifyPrivatePropertyList(buffer, returned) == ERROR_SUCCESS, "malformed list\n");
            string = NULL;
            ok(!ResUtilFindSzProperty(buffer, returned, L"Name", &string) && string &&
               !wcscmp(string, L"Cluster Group"), "Name %s\n", wine_dbgstr_w(string));
            LocalFree(string);
        }
        ret = ClusterGroupControl(group, NULL, CLUSCTL_GROUP_GET_RO_COMMON_PROPERTIES, NULL, 0, buffer,
                                  sizeof(buffer), &returned);
        ok(ret == ERROR_SUCCESS, "group RO properties: %lu\n", ret);
        if (!ret)
        {
            ok(!ResUtilFindDwordProperty(buffer, returned, L"GroupType", &value) && value == 1, "GroupType\n");
        }
        CloseClusterGroup(group);
    }
    disk = OpenClusterResource(cluster, L"Cluster Disk 1");
    ok(disk != NULL, "open resource: %lu\n", GetLastError());
    if (disk)
    {
        ret = ClusterResourceControl(disk, NULL, CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, buffer,
                                     sizeof(buffer), &returned);
        ok(ret == ERROR_SUCCESS, "private properties: %lu\n", ret);
        if (!ret)
            ok(!ResUtilFindDwordProperty(buffer, returned, L"DiskSignature", &value) && value == 0x1a2b3c4d,
               "DiskSignature %#lx\n", value);
        ret = ClusterResourceControl(disk, NULL, CLUSCTL_RESOURCE_GET_COMMON_PROPERTIES, NULL, 0, buffer,
                                     sizeof(buffer), &returned);
        ok(ret == ERROR_SUCCESS, "common properties: %lu\n", ret);
        if (!ret)
        {
            ok(ResUtilVerifyPrivatePropertyList(buffer, returned) == ERROR_SUCCESS, "malformed list\n");
            ok(!ResUtilFindDwordProperty(buffer, returned, L"RestartAction", &value) && value <= 2,
               "RestartAction %lu\n", value);
        }
        CloseClusterResource(disk);
    }
}

/* Every export, called with zero arguments, fails cleanly: no crash, no success. */
static void test_exports_bad_input(void)
{
    static const DWORD accepted[] =
        { ERROR_CALL_NOT_IMPLEMENTED, ERROR_INVALID_PARAMETER, ERROR_BAD_ARGUMENTS, ERROR_INVALID_HANDLE };
    HMODULE module = GetModuleHandleW(L"resutils.dll");
    const IMAGE_EXPORT_DIRECTORY *exports;
    const IMAGE_NT_HEADERS *nt;
    const DWORD *names;
    unsigned int i, j, unimplemented = 0;

    ok(module != NULL, "resutils.dll not loaded\n");
    if (!module) return;
    nt = (const IMAGE_NT_HEADERS *)((const BYTE *)module + ((const IMAGE_DOS_HEADER *)module)->e_lfanew);
    exports = (const IMAGE_EXPORT_DIRECTORY *)((const BYTE *)module +
              nt->OptionalHeader.DataDirectory[IMAGE_DIRECTORY_ENTRY_EXPORT].VirtualAddress);
    names = (const DWORD *)((const BYTE *)module + exports->AddressOfNames);
    ok(exports->NumberOfNames == 66, "%lu exports\n", exports->NumberOfNames);
    for (i = 0; i < exports->NumberOfNames; i++)
    {
        const char *name = (const char *)module + names[i];
        ULONG_PTR (WINAPI *func)(ULONG_PTR, ULONG_PTR, ULONG_PTR, ULONG_PTR, ULONG_PTR, ULONG_PTR, ULONG_PTR,
                                 ULONG_PTR);
        DWORD error, ret32;
        ULONG_PTR ret;
        BOOL fine = FALSE;

        func = (void *)GetProcAddress(module, name);
        SetLastError(0xdeadbeef);
        ret = func(0, 0, 0, 0, 0, 0, 0, 0);
        error = GetLastError();
        ret32 = (DWORD)ret;
        if (!strcmp(name, "ResUtilFreeParameterBlock")) continue;   /* void */
        if (ret32 == ERROR_CALL_NOT_IMPLEMENTED || error == ERROR_CALL_NOT_IMPLEMENTED) unimplemented++;
        for (j = 0; j < ARRAY_SIZE(accepted); j++)
            if (ret32 == accepted[j] || ((!ret || ret32 == (DWORD)-1) && error == accepted[j])) fine = TRUE;
        ok(fine, "%s: returned %#Ix, last error %lu\n", name, ret, error);
    }
    trace("%u of %lu resutils exports not implemented\n", unimplemented, exports->NumberOfNames);
}

START_TEST(resutils)
{
    DWORD len = GetEnvironmentVariableW(L"CLUSAPI_TEST_ADDRESS", server_address, ARRAY_SIZE(server_address));
    HCLUSTER cluster;

    if (!len || len >= ARRAY_SIZE(server_address)) lstrcpyW(server_address, L"127.0.0.1");
    test_exports_bad_input();
    test_find();
    test_truncated();
    test_malformed();
    test_enum_properties();
    test_property_formats();

    if (!GetEnvironmentVariableW(L"WINECLUSAPI_PORT", NULL, 0))
    {
        skip("no simulated cluster: set WINECLUSAPI_PORT (tests/run-all does)\n");
        return;
    }
    cluster = OpenCluster(server_address);
    ok(cluster != NULL, "OpenCluster failed: %lu\n", GetLastError());
    if (!cluster) return;
    test_get_properties(cluster);
    test_server_lists(cluster);
    CloseCluster(cluster);
}
