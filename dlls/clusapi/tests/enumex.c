/*
 * Conformance tests for the enumerations with properties: ClusterGroup*EnumEx
 * and ClusterResource*EnumEx (ApiCreateGroupEnum, ApiCreateResourceEnum),
 * against the simulated cluster of server/examples/two-node.conf (the names,
 * ids, owners and property values below are that file's).  Nothing here
 * changes the cluster.
 */
#include <stdarg.h>
#include <stdio.h>

#include <windef.h>
#include <winbase.h>
#include <winerror.h>
#include "clusapi.h"

#include "wine/test.h"

static WCHAR server_address[64] = L"127.0.0.1";
static HCLUSTER cluster;

/* MULTI_SZ name lists, with the size in bytes the API takes. */
static const WCHAR all_names[] = L"*\0";
static const WCHAR description_name[] = L"Description\0";
static const WCHAR group_type_name[] = L"GroupType\0";
static const WCHAR type_name[] = L"Type\0";
static const WCHAR unknown_name[] = L"NoSuchProperty\0";

static DWORD align4(DWORD size)
{
    return (size + 3) & ~3;
}

/* The first value of a property in a property list: its syntax, bytes and
 * size; FALSE if the list does not name it.  Walks the list by its own rules
 * (docs: ms-cmrp.md 3.2), checking every size against the buffer. */
static BOOL find_property(const BYTE *list, DWORD size, const WCHAR *name, DWORD *syntax, const BYTE **data,
                          DWORD *data_size)
{
    DWORD count, at = 4, i, value_syntax, cb;

    if (!list || size < 4) return FALSE;
    count = *(const DWORD *)list;
    for (i = 0; i < count; i++)
    {
        const WCHAR *found;
        BOOL match;

        if (at + 8 > size || *(const DWORD *)(list + at) != CLUSPROP_SYNTAX_NAME) return FALSE;
        cb = *(const DWORD *)(list + at + 4);
        if (cb < 2 || at + 8 + cb > size) return FALSE;
        found = (const WCHAR *)(list + at + 8);
        match = cb == (wcslen(name) + 1) * sizeof(WCHAR) && !wcsnicmp(found, name, cb / sizeof(WCHAR));
        at += 8 + align4(cb);
        for (;;)
        {
            if (at + 4 > size) return FALSE;
            value_syntax = *(const DWORD *)(list + at);
            if (value_syntax == CLUSPROP_SYNTAX_ENDMARK)
            {
                at += 4;
                break;
            }
            if (at + 8 > size) return FALSE;
            cb = *(const DWORD *)(list + at + 4);
            if (at + 8 + cb > size) return FALSE;
            if (match)
            {
                *syntax = value_syntax;
                *data = list + at + 8;
                *data_size = cb;
                return TRUE;
            }
            at += 8 + align4(cb);
        }
    }
    return FALSE;
}

static BOOL has_property(const BYTE *list, DWORD size, const WCHAR *name)
{
    const BYTE *data;
    DWORD syntax, cb;

    return find_property(list, size, name, &syntax, &data, &cb);
}

static BOOL property_is_sz(const BYTE *list, DWORD size, const WCHAR *name, const WCHAR *expect)
{
    const BYTE *data;
    DWORD syntax, cb;

    if (!find_property(list, size, name, &syntax, &data, &cb)) return FALSE;
    return syntax == CLUSPROP_SYNTAX_LIST_VALUE_SZ && cb == (wcslen(expect) + 1) * sizeof(WCHAR)
           && !memcmp(data, expect, cb);
}

static BOOL property_is_dword(const BYTE *list, DWORD size, const WCHAR *name, DWORD expect)
{
    const BYTE *data;
    DWORD syntax, cb;

    if (!find_property(list, size, name, &syntax, &data, &cb)) return FALSE;
    return syntax == CLUSPROP_SYNTAX_LIST_VALUE_DWORD && cb == 4 && *(const DWORD *)data == expect;
}

/* What ClusterGroupEnumEx must ask for an item: the item, its three strings
 * with their NULs, the property lists each DWORD-aligned. */
static DWORD group_item_size(const WCHAR *id, const WCHAR *name, const WCHAR *owner, DWORD cb, DWORD cb_ro)
{
    DWORD size = sizeof(CLUSTER_GROUP_ENUM_ITEM) + (wcslen(id) + wcslen(name) + wcslen(owner) + 3) * sizeof(WCHAR);

    return align4(align4(size) + cb) + cb_ro;
}

static const struct
{
    const WCHAR *name, *id;
    DWORD flags;                     /* CLUS_FLAG_CORE */
}
groups[] =
{
    { L"Cluster Group", L"9d2b7f40-6c13-4e8a-a5d9-31f0b4c7e826", 1 },
    { L"Available Storage", L"2e8f5c19-a7d3-4b60-9e4c-58d1f3a0b7e2", 1 },
    { L"FS1", L"b4a60e3d-2f9c-4718-8d5b-c63e1a9f0d75", 0 },
};

static void test_group_enum_ex(void)
{
    BYTE buffer[4096];
    CLUSTER_GROUP_ENUM_ITEM *item = (CLUSTER_GROUP_ENUM_ITEM *)buffer;
    HGROUPENUMEX enumeration;
    DWORD ret, size, required, i;

    enumeration = ClusterGroupOpenEnumEx(cluster, NULL, 0, NULL, 0, 0);
    ok(enumeration != NULL, "ClusterGroupOpenEnumEx failed: %lu\n", GetLastError());
    if (!enumeration) return;
    SetLastError(0xdeadbeef);
    ok(ClusterGroupGetEnumCountEx(enumeration) == ARRAY_SIZE(groups), "count %lu\n",
       ClusterGroupGetEnumCountEx(enumeration));
    ok(GetLastError() == ERROR_SUCCESS, "count: last error %lu\n", GetLastError());

    for (i = 0; i < ARRAY_SIZE(groups); i++)
    {
        winetest_push_context("%s", wine_dbgstr_w(groups[i].name));
        required = group_item_size(groups[i].id, groups[i].name, L"node1", 0, 0);
        /* No buffer, then one byte short: the size needed, the buffer untouched. */
        size = 0;
        ret = ClusterGroupEnumEx(enumeration, i, NULL, &size);
        ok(ret == ERROR_MORE_DATA && size == required, "size query: %lu, %lu (want %lu)\n", ret, size, required);
        memset(buffer, 0xcc, sizeof(buffer));
        size = required - 1;
        ret = ClusterGroupEnumEx(enumeration, i, item, &size);
        ok(ret == ERROR_MORE_DATA && size == required, "short buffer: %lu, %lu\n", ret, size);
        ok(buffer[0] == 0xcc && buffer[required - 2] == 0xcc, "short buffer written\n");

        size = required;
        ret = ClusterGroupEnumEx(enumeration, i, item, &size);
        ok(ret == ERROR_SUCCESS && size == required, "exact buffer: %lu, %lu\n", ret, size);
        if (!ret)
        {
            ok(item->dwVersion == CLUSTER_GROUP_ENUM_ITEM_VERSION_1, "version %lu\n", item->dwVersion);
            ok(!wcscmp(item->lpszName, groups[i].name) && item->cbName == (wcslen(groups[i].name) + 1) * 2,
               "name %s, %lu bytes\n", wine_dbgstr_w(item->lpszName), item->cbName);
            ok(!wcscmp(item->lpszId, groups[i].id) && item->cbId == 37 * sizeof(WCHAR), "id %s, %lu bytes\n",
               wine_dbgstr_w(item->lpszId), item->cbId);
            ok(!wcscmp(item->lpszOwnerNode, L"node1") && item->cbOwnerNode == 6 * sizeof(WCHAR), "owner %s\n",
               wine_dbgstr_w(item->lpszOwnerNode));
            ok(item->state == ClusterGroupOnline, "state %d\n", item->state);
            ok(item->dwFlags == groups[i].flags, "flags %#lx\n", item->dwFlags);
            ok(!item->cbProperties && !item->pProperties && !item->cbRoProperties && !item->pRoProperties,
               "properties nobody asked for: %lu, %lu\n", item->cbProperties, item->cbRoProperties);
            /* the strings live in the caller's buffer, after the item */
            ok((BYTE *)item->lpszId >= buffer + sizeof(*item) && (BYTE *)item->lpszOwnerNode < buffer + required,
               "strings outside the buffer\n");
        }
        winetest_pop_context();
    }

    size = sizeof(buffer);
    ret = ClusterGroupEnumEx(enumeration, ARRAY_SIZE(groups), item, &size);
    ok(ret == ERROR_NO_MORE_ITEMS, "past the end: %lu\n", ret);
    ret = ClusterGroupEnumEx(enumeration, 0, item, NULL);
    ok(ret == ERROR_INVALID_PARAMETER, "NULL size: %lu\n", ret);

    /* Handles of other enumerations are refused, and closed ones. */
    size = sizeof(buffer);
    ret = ClusterResourceEnumEx((HRESENUMEX)enumeration, 0, (CLUSTER_RESOURCE_ENUM_ITEM *)buffer, &size);
    ok(ret == ERROR_INVALID_HANDLE, "group enumeration as a resource one: %lu\n", ret);
    ret = ClusterEnumEx((HCLUSENUMEX)enumeration, 0, (CLUSTER_ENUM_ITEM *)buffer, &size);
    ok(ret == ERROR_INVALID_HANDLE, "group enumeration as a cluster one: %lu\n", ret);
    ok(ClusterGroupCloseEnum((HGROUPENUM)enumeration) == ERROR_INVALID_HANDLE, "closed as a plain group enumeration\n");
    ok(ClusterGroupCloseEnumEx(enumeration) == ERROR_SUCCESS, "close failed\n");
    ret = ClusterGroupEnumEx(enumeration, 0, item, &size);
    ok(ret == ERROR_INVALID_HANDLE, "closed: %lu\n", ret);
    SetLastError(0xdeadbeef);
    ok(!ClusterGroupGetEnumCountEx(enumeration) && GetLastError() == ERROR_INVALID_HANDLE, "count of a closed one\n");
    ok(ClusterGroupCloseEnumEx(enumeration) == ERROR_INVALID_HANDLE, "double close accepted\n");
}

static void test_group_enum_ex_properties(void)
{
    BYTE buffer[8192];
    CLUSTER_GROUP_ENUM_ITEM *item = (CLUSTER_GROUP_ENUM_ITEM *)buffer;
    HGROUPENUMEX enumeration;
    DWORD ret, size;

    /* One writable and one read-only property by name. */
    enumeration = ClusterGroupOpenEnumEx(cluster, description_name, sizeof(description_name), group_type_name,
                                         sizeof(group_type_name), 0);
    ok(enumeration != NULL, "by name: %lu\n", GetLastError());
    if (enumeration)
    {
        size = 0;
        ret = ClusterGroupEnumEx(enumeration, 2, NULL, &size);
        ok(ret == ERROR_MORE_DATA && size > sizeof(*item), "size query: %lu, %lu\n", ret, size);
        ret = ClusterGroupEnumEx(enumeration, 2, item, &size);
        ok(ret == ERROR_SUCCESS, "FS1: %lu\n", ret);
        if (!ret)
        {
            ok(size == group_item_size(groups[2].id, L"FS1", L"node1", item->cbProperties, item->cbRoProperties),
               "size %lu for %lu + %lu bytes of properties\n", size, item->cbProperties, item->cbRoProperties);
            ok(property_is_sz(item->pProperties, item->cbProperties, L"Description", L"File server role"),
               "Description missing or wrong\n");
            ok(!has_property(item->pProperties, item->cbProperties, L"Priority"), "a property nobody asked for\n");
            ok(property_is_dword(item->pRoProperties, item->cbRoProperties, L"GroupType", 100), "GroupType wrong\n");
            ok(!((ULONG_PTR)item->pProperties & 3) && !((ULONG_PTR)item->pRoProperties & 3), "lists not aligned\n");
        }
        size = sizeof(buffer);
        ret = ClusterGroupEnumEx(enumeration, 0, item, &size);
        ok(ret == ERROR_SUCCESS && property_is_dword(item->pRoProperties, item->cbRoProperties, L"GroupType", 1),
           "Cluster Group's GroupType: %lu\n", ret);
        ClusterGroupCloseEnumEx(enumeration);
    }

    /* "*": every common property; the group's name among the writable ones. */
    enumeration = ClusterGroupOpenEnumEx(cluster, all_names, sizeof(all_names), all_names, sizeof(all_names), 0);
    ok(enumeration != NULL, "all: %lu\n", GetLastError());
    if (enumeration)
    {
        size = sizeof(buffer);
        ret = ClusterGroupEnumEx(enumeration, 2, item, &size);
        ok(ret == ERROR_SUCCESS, "FS1: %lu\n", ret);
        if (!ret)
        {
            ok(property_is_sz(item->pProperties, item->cbProperties, L"Name", L"FS1"), "Name missing\n");
            ok(property_is_dword(item->pProperties, item->cbProperties, L"Priority", 2000), "Priority missing\n");
            ok(property_is_dword(item->pRoProperties, item->cbRoProperties, L"GroupType", 100), "GroupType missing\n");
            ok(!has_property(item->pRoProperties, item->cbRoProperties, L"Description"),
               "a writable property among the read-only ones\n");
        }
        ClusterGroupCloseEnumEx(enumeration);
    }

    /* A name no group has: a list without it. */
    enumeration = ClusterGroupOpenEnumEx(cluster, unknown_name, sizeof(unknown_name), NULL, 0, 0);
    ok(enumeration != NULL, "unknown name: %lu\n", GetLastError());
    if (enumeration)
    {
        size = sizeof(buffer);
        ret = ClusterGroupEnumEx(enumeration, 0, item, &size);
        ok(ret == ERROR_SUCCESS && !has_property(item->pProperties, item->cbProperties, L"NoSuchProperty"),
           "unknown name answered: %lu\n", ret);
        ClusterGroupCloseEnumEx(enumeration);
    }
}

static void test_group_enum_ex_errors(void)
{
    static const BYTE odd[] = { '*', 0, 0 };
    HGROUPENUMEX enumeration;

    SetLastError(0xdeadbeef);
    enumeration = ClusterGroupOpenEnumEx(cluster, NULL, 0, NULL, 0, 1);
    ok(!enumeration && GetLastError() == ERROR_INVALID_PARAMETER, "flags 1: %p, %lu\n", enumeration, GetLastError());
    SetLastError(0xdeadbeef);
    enumeration = ClusterGroupOpenEnumEx(cluster, NULL, 4, NULL, 0, 0);
    ok(!enumeration && GetLastError() == ERROR_INVALID_PARAMETER, "NULL names with a size: %lu\n", GetLastError());
    SetLastError(0xdeadbeef);
    enumeration = ClusterGroupOpenEnumEx(cluster, NULL, 0, NULL, 2, 0);
    ok(!enumeration && GetLastError() == ERROR_INVALID_PARAMETER, "NULL ro names with a size: %lu\n", GetLastError());
    SetLastError(0xdeadbeef);
    enumeration = ClusterGroupOpenEnumEx(cluster, (const WCHAR *)odd, sizeof(odd), NULL, 0, 0);
    ok(!enumeration && GetLastError() == ERROR_INVALID_PARAMETER, "odd-sized names: %lu\n", GetLastError());
    SetLastError(0xdeadbeef);
    enumeration = ClusterGroupOpenEnumEx(cluster, L"Description", 11 * sizeof(WCHAR), NULL, 0, 0);
    ok(!enumeration && GetLastError() == ERROR_INVALID_PARAMETER, "unterminated names: %lu\n", GetLastError());
    SetLastError(0xdeadbeef);
    enumeration = ClusterGroupOpenEnumEx(NULL, NULL, 0, NULL, 0, 0);
    ok(!enumeration && GetLastError() == ERROR_INVALID_HANDLE, "NULL cluster: %lu\n", GetLastError());
    SetLastError(0xdeadbeef);
    enumeration = ClusterGroupOpenEnumEx((HCLUSTER)0xdeadbeef, NULL, 0, NULL, 0, 0);
    ok(!enumeration && GetLastError() == ERROR_INVALID_HANDLE, "forged cluster: %lu\n", GetLastError());
    SetLastError(0xdeadbeef);
    ok(!ClusterGroupGetEnumCountEx(NULL) && GetLastError() == ERROR_INVALID_HANDLE, "count of NULL\n");
    ok(ClusterGroupCloseEnumEx(NULL) == ERROR_INVALID_HANDLE, "close NULL\n");
}

static const struct
{
    const WCHAR *name, *group, *type;
}
resources[] =
{
    { L"Cluster IP Address", L"Cluster Group", L"IP Address" },
    { L"Cluster Name", L"Cluster Group", L"Network Name" },
    { L"File Share Witness", L"Cluster Group", L"File Share Witness" },
    { L"Cluster Disk 1", L"Available Storage", L"Physical Disk" },
    { L"IP Address 10.0.0.11", L"FS1", L"IP Address" },
    { L"Network Name", L"FS1", L"Network Name" },
    { L"Cluster Disk 2", L"FS1", L"Physical Disk" },
    { L"File Server (\\\\FS1)", L"FS1", L"File Server" },
};

static const WCHAR *group_id(const WCHAR *name)
{
    DWORD i;

    for (i = 0; i < ARRAY_SIZE(groups); i++)
        if (!wcscmp(groups[i].name, name)) return groups[i].id;
    return L"?";
}

static void test_resource_enum_ex(void)
{
    BYTE buffer[8192];
    CLUSTER_RESOURCE_ENUM_ITEM *item = (CLUSTER_RESOURCE_ENUM_ITEM *)buffer;
    HRESENUMEX enumeration;
    DWORD ret, size, required, i;

    enumeration = ClusterResourceOpenEnumEx(cluster, NULL, 0, type_name, sizeof(type_name), 0);
    ok(enumeration != NULL, "ClusterResourceOpenEnumEx failed: %lu\n", GetLastError());
    if (!enumeration) return;
    ok(ClusterResourceGetEnumCountEx(enumeration) == ARRAY_SIZE(resources), "count %lu\n",
       ClusterResourceGetEnumCountEx(enumeration));
    for (i = 0; i < ARRAY_SIZE(resources); i++)
    {
        winetest_push_context("%s", wine_dbgstr_w(resources[i].name));
        size = 0;
        ret = ClusterResourceEnumEx(enumeration, i, NULL, &size);
        ok(ret == ERROR_MORE_DATA && size > sizeof(*item), "size query: %lu, %lu\n", ret, size);
        required = size;
        size = required - 1;
        ret = ClusterResourceEnumEx(enumeration, i, item, &size);
        ok(ret == ERROR_MORE_DATA && size == required, "short buffer: %lu, %lu\n", ret, size);
        size = sizeof(buffer);
        ret = ClusterResourceEnumEx(enumeration, i, item, &size);
        ok(ret == ERROR_SUCCESS && size == required, "read: %lu, %lu (want %lu)\n", ret, size, required);
        if (!ret)
        {
            DWORD strings = sizeof(*item) + item->cbId + item->cbName + item->cbOwnerGroupName + item->cbOwnerGroupId;

            ok(item->dwVersion == CLUSTER_RESOURCE_ENUM_ITEM_VERSION_1, "version %lu\n", item->dwVersion);
            ok(!wcscmp(item->lpszName, resources[i].name), "name %s\n", wine_dbgstr_w(item->lpszName));
            ok(item->cbId == 37 * sizeof(WCHAR) && wcslen(item->lpszId) == 36, "id %s\n", wine_dbgstr_w(item->lpszId));
            ok(!wcscmp(item->lpszOwnerGroupName, resources[i].group), "group %s\n",
               wine_dbgstr_w(item->lpszOwnerGroupName));
            ok(!wcscmp(item->lpszOwnerGroupId, group_id(resources[i].group)), "group id %s\n",
               wine_dbgstr_w(item->lpszOwnerGroupId));
            ok(item->cbName == (wcslen(resources[i].name) + 1) * sizeof(WCHAR)
               && item->cbOwnerGroupName == (wcslen(resources[i].group) + 1) * sizeof(WCHAR), "string sizes wrong\n");
            ok(!item->cbProperties && !item->pProperties, "writable properties nobody asked for\n");
            ok(property_is_sz(item->pRoProperties, item->cbRoProperties, L"Type", resources[i].type), "Type wrong\n");
            ok(required == align4(align4(strings) + 0) + item->cbRoProperties, "size %lu for %lu + %lu\n",
               required, strings, item->cbRoProperties);
        }
        winetest_pop_context();
    }
    size = sizeof(buffer);
    ret = ClusterResourceEnumEx(enumeration, ARRAY_SIZE(resources), item, &size);
    ok(ret == ERROR_NO_MORE_ITEMS, "past the end: %lu\n", ret);
    ret = ClusterGroupEnumEx((HGROUPENUMEX)enumeration, 0, (CLUSTER_GROUP_ENUM_ITEM *)buffer, &size);
    ok(ret == ERROR_INVALID_HANDLE, "resource enumeration as a group one: %lu\n", ret);
    ok(ClusterResourceCloseEnumEx(enumeration) == ERROR_SUCCESS, "close failed\n");
    ok(ClusterResourceCloseEnumEx(enumeration) == ERROR_INVALID_HANDLE, "double close accepted\n");

    SetLastError(0xdeadbeef);
    enumeration = ClusterResourceOpenEnumEx(cluster, NULL, 0, NULL, 0, 0x80000000);
    ok(!enumeration && GetLastError() == ERROR_INVALID_PARAMETER, "flags: %lu\n", GetLastError());
    SetLastError(0xdeadbeef);
    enumeration = ClusterResourceOpenEnumEx((HCLUSTER)item, NULL, 0, NULL, 0, 0);
    ok(!enumeration && GetLastError() == ERROR_INVALID_HANDLE, "forged cluster: %lu\n", GetLastError());
    SetLastError(0xdeadbeef);
    ok(!ClusterResourceGetEnumCountEx(NULL) && GetLastError() == ERROR_INVALID_HANDLE, "count of NULL\n");
}

/* An enumeration is a snapshot that outlives its cluster handle. */
static void test_enum_ex_outlives_cluster(void)
{
    HCLUSTER own = OpenCluster(server_address);
    HRESENUMEX enumeration;
    BYTE buffer[1024];
    DWORD size = sizeof(buffer), ret;

    ok(own != NULL, "open: %lu\n", GetLastError());
    if (!own) return;
    enumeration = ClusterResourceOpenEnumEx(own, NULL, 0, NULL, 0, 0);
    ok(enumeration != NULL, "open enum: %lu\n", GetLastError());
    ok(CloseCluster(own), "close cluster failed\n");
    if (!enumeration) return;
    ret = ClusterResourceEnumEx(enumeration, 7, (CLUSTER_RESOURCE_ENUM_ITEM *)buffer, &size);
    ok(ret == ERROR_SUCCESS && !wcscmp(((CLUSTER_RESOURCE_ENUM_ITEM *)buffer)->lpszName, resources[7].name),
       "after CloseCluster: %lu\n", ret);
    ok(ClusterResourceCloseEnumEx(enumeration) == ERROR_SUCCESS, "close failed\n");
}

/* The GroupType a group's ClusterGroupEnumEx item reports, -1 if the group is not listed. */
static DWORD listed_group_type(const WCHAR *name)
{
    static BYTE buffer[8192];
    CLUSTER_GROUP_ENUM_ITEM *item = (CLUSTER_GROUP_ENUM_ITEM *)buffer;
    HGROUPENUMEX enumeration;
    DWORD type = (DWORD)-1, i, size, syntax, cb;
    const BYTE *data;

    enumeration = ClusterGroupOpenEnumEx(cluster, NULL, 0, group_type_name, sizeof(group_type_name), 0);
    if (!enumeration) return type;
    for (i = 0; i < ClusterGroupGetEnumCountEx(enumeration); i++)
    {
        size = sizeof(buffer);
        if (ClusterGroupEnumEx(enumeration, i, item, &size) || wcscmp(item->lpszName, name)) continue;
        if (find_property(item->pRoProperties, item->cbRoProperties, L"GroupType", &syntax, &data, &cb) && cb == 4)
            type = *(const DWORD *)data;
    }
    ClusterGroupCloseEnumEx(enumeration);
    return type;
}

/* CreateClusterGroupEx: the type goes to the group's GroupType; destroyed again. */
static void test_create_group_ex(void)
{
    CLUSTER_CREATE_GROUP_INFO info = { CLUSTER_CREATE_GROUP_INFO_VERSION_1, ClusGroupTypeGenericService };
    HGROUP group, bad;
    DWORD ret;

    group = CreateClusterGroupEx(cluster, L"Typed Group", &info);
    ok(group != NULL, "create: %lu\n", GetLastError());
    if (!group) return;
    ok(listed_group_type(L"Typed Group") == ClusGroupTypeGenericService, "GroupType %ld\n",
       (long)listed_group_type(L"Typed Group"));
    SetLastError(0xdeadbeef);
    bad = CreateClusterGroupEx(cluster, L"Typed Group", &info);
    ok(!bad && GetLastError() == ERROR_OBJECT_ALREADY_EXISTS, "duplicate: %p, %lu\n", bad, GetLastError());
    ret = DestroyClusterGroup(group);
    ok(ret == ERROR_SUCCESS, "destroy: %lu\n", ret);
    ok(listed_group_type(L"Typed Group") == (DWORD)-1, "the destroyed group is listed\n");
    ok(CloseClusterGroup(group), "close failed\n");

    /* Without info: a group as CreateClusterGroup makes it. */
    group = CreateClusterGroupEx(cluster, L"Untyped Group", NULL);
    ok(group != NULL, "create without info: %lu\n", GetLastError());
    if (group)
    {
        ok(listed_group_type(L"Untyped Group") == ClusGroupTypeUnknown, "GroupType %ld\n",
           (long)listed_group_type(L"Untyped Group"));
        ok(DeleteClusterGroup(group) == ERROR_SUCCESS, "delete failed\n");
        CloseClusterGroup(group);
    }

    info.dwVersion = 2;
    SetLastError(0xdeadbeef);
    bad = CreateClusterGroupEx(cluster, L"Version 2 Group", &info);
    ok(!bad && GetLastError() == ERROR_INVALID_PARAMETER, "version 2: %p, %lu\n", bad, GetLastError());
    ok(listed_group_type(L"Version 2 Group") == (DWORD)-1, "a refused group was made\n");
    info.dwVersion = CLUSTER_CREATE_GROUP_INFO_VERSION_1;
    SetLastError(0xdeadbeef);
    bad = CreateClusterGroupEx(cluster, NULL, &info);
    ok(!bad && GetLastError() == ERROR_INVALID_PARAMETER, "NULL name: %p, %lu\n", bad, GetLastError());
    SetLastError(0xdeadbeef);
    bad = CreateClusterGroupEx(NULL, L"Orphan Group", &info);
    ok(!bad && GetLastError() == ERROR_INVALID_HANDLE, "NULL cluster: %p, %lu\n", bad, GetLastError());
}

START_TEST(enumex)
{
    DWORD len = GetEnvironmentVariableW(L"CLUSAPI_TEST_ADDRESS", server_address, ARRAY_SIZE(server_address));

    if (!len || len >= ARRAY_SIZE(server_address)) lstrcpyW(server_address, L"127.0.0.1");
    if (!GetEnvironmentVariableW(L"WINECLUSAPI_PORT", NULL, 0))
    {
        skip("no simulated cluster: set WINECLUSAPI_PORT (tests/run-all does)\n");
        return;
    }
    cluster = OpenCluster(server_address);
    ok(cluster != NULL, "OpenCluster failed: %lu\n", GetLastError());
    if (!cluster) return;

    test_group_enum_ex();
    test_group_enum_ex_properties();
    test_group_enum_ex_errors();
    test_resource_enum_ex();
    test_enum_ex_outlives_cluster();
    test_create_group_ex();
    CloseCluster(cluster);
}
