/*
 * Conformance tests for the control code functions, against the simulated
 * cluster of server/examples/two-node.conf: the output buffer protocol
 * (NULL, short, exact buffers), the host-node forms, property reads, a
 * property set read back (also by a second client), bad codes and handles.
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

/* ---- a small property list reader of the tests' own (MS-CMRP 2.2.3.10) ---- */

static DWORD align4(DWORD n)
{
    return (n + 3) & ~3u;
}

/* The first value of property name in a list, or NULL; *syntax and *size describe it. */
static const BYTE *find_property(const BYTE *list, DWORD list_size, const WCHAR *name, DWORD *syntax, DWORD *size)
{
    DWORD count, offset = 4, i, item_syntax, item_size;
    BOOL match;

    if (list_size < 4) return NULL;
    count = *(const DWORD *)list;
    for (i = 0; i < count; i++)
    {
        if (offset + 8 > list_size || *(const DWORD *)(list + offset) != CLUSPROP_SYNTAX_NAME) return NULL;
        item_size = *(const DWORD *)(list + offset + 4);
        if (item_size > list_size - offset - 8) return NULL;
        match = item_size == (wcslen(name) + 1) * sizeof(WCHAR) && !wcsicmp((const WCHAR *)(list + offset + 8), name);
        offset += 8 + align4(item_size);
        for (;;)
        {
            if (offset + 4 > list_size) return NULL;
            item_syntax = *(const DWORD *)(list + offset);
            if (item_syntax == CLUSPROP_SYNTAX_ENDMARK)
            {
                offset += 4;
                break;
            }
            if (offset + 8 > list_size) return NULL;
            item_size = *(const DWORD *)(list + offset + 4);
            if (item_size > list_size - offset - 8) return NULL;
            if (match)
            {
                *syntax = item_syntax;
                *size = item_size;
                return list + offset + 8;
            }
            offset += 8 + align4(item_size);
        }
    }
    return NULL;
}

/* A list of one SZ property, built by hand. */
static DWORD make_sz_property(BYTE *buffer, const WCHAR *name, const WCHAR *value)
{
    DWORD name_size = (wcslen(name) + 1) * sizeof(WCHAR), value_size = (wcslen(value) + 1) * sizeof(WCHAR);
    DWORD offset = 0;

    memset(buffer, 0, 16 + align4(name_size) + 8 + align4(value_size) + 8);
    *(DWORD *)(buffer + offset) = 1;
    offset += 4;
    *(DWORD *)(buffer + offset) = CLUSPROP_SYNTAX_NAME;
    *(DWORD *)(buffer + offset + 4) = name_size;
    memcpy(buffer + offset + 8, name, name_size);
    offset += 8 + align4(name_size);
    *(DWORD *)(buffer + offset) = CLUSPROP_SYNTAX_LIST_VALUE_SZ;
    *(DWORD *)(buffer + offset + 4) = value_size;
    memcpy(buffer + offset + 8, value, value_size);
    offset += 8 + align4(value_size);
    *(DWORD *)(buffer + offset) = CLUSPROP_SYNTAX_ENDMARK;   /* the property's */
    *(DWORD *)(buffer + offset + 4) = CLUSPROP_SYNTAX_ENDMARK; /* the list's */
    return offset + 8;
}

static BOOL multi_sz_has(const WCHAR *multi_sz, DWORD size, const WCHAR *name)
{
    const WCHAR *end = multi_sz + size / sizeof(WCHAR);

    while (multi_sz < end && *multi_sz)
    {
        if (!wcsicmp(multi_sz, name)) return TRUE;
        multi_sz += wcslen(multi_sz) + 1;
    }
    return FALSE;
}

/* ---- the buffer protocol ---- */

static void test_buffer_protocol(void)
{
    static const WCHAR expect[] = L"Cluster Name";
    HRESOURCE resource;
    HNODE node1, node2;
    BYTE buffer[256];
    DWORD ret, returned;

    resource = OpenClusterResource(cluster, expect);
    ok(resource != NULL, "open: %lu\n", GetLastError());
    if (!resource) return;

    /* No buffer: the size needed. */
    returned = 0xdeadbeef;
    ret = ClusterResourceControl(resource, NULL, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, NULL, 0, &returned);
    ok(ret == ERROR_MORE_DATA && returned == sizeof(expect), "no buffer: %lu, %lu\n", ret, returned);
    /* A NULL buffer with a size is no buffer either. */
    returned = 0xdeadbeef;
    ret = ClusterResourceControl(resource, NULL, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, NULL, 100, &returned);
    ok(ret == ERROR_MORE_DATA && returned == sizeof(expect), "NULL buffer of 100: %lu, %lu\n", ret, returned);

    /* Short by one: ERROR_MORE_DATA, the size, the buffer untouched. */
    memset(buffer, 0xcc, sizeof(buffer));
    returned = 0xdeadbeef;
    ret = ClusterResourceControl(resource, NULL, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, buffer, sizeof(expect) - 1,
                                 &returned);
    ok(ret == ERROR_MORE_DATA && returned == sizeof(expect), "short: %lu, %lu\n", ret, returned);
    ok(buffer[0] == 0xcc && buffer[sizeof(expect) - 2] == 0xcc, "short buffer written\n");

    /* Exact. */
    returned = 0xdeadbeef;
    ret = ClusterResourceControl(resource, NULL, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, buffer, sizeof(expect),
                                 &returned);
    ok(ret == ERROR_SUCCESS && returned == sizeof(expect), "exact: %lu, %lu\n", ret, returned);
    ok(!memcmp(buffer, expect, sizeof(expect)), "name %s\n", wine_dbgstr_w((WCHAR *)buffer));
    ok(buffer[sizeof(expect)] == 0xcc, "written past the data\n");

    /* Larger, and without lpBytesReturned. */
    memset(buffer, 0xcc, sizeof(buffer));
    ret = ClusterResourceControl(resource, NULL, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, buffer, sizeof(buffer), NULL);
    ok(ret == ERROR_SUCCESS && !memcmp(buffer, expect, sizeof(expect)), "no lpBytesReturned: %lu\n", ret);
    ret = ClusterResourceControl(resource, NULL, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, buffer, 2, NULL);
    ok(ret == ERROR_MORE_DATA, "short without lpBytesReturned: %lu\n", ret);

    /* An input buffer where none is expected is ignored; a NULL one with a size is no buffer. */
    ret = ClusterResourceControl(resource, NULL, CLUSCTL_RESOURCE_GET_NAME, NULL, 16, buffer, sizeof(buffer),
                                 &returned);
    ok(ret == ERROR_SUCCESS && returned == sizeof(expect), "NULL input of 16: %lu, %lu\n", ret, returned);

    /* The host-node form runs on the node named. */
    node1 = OpenClusterNode(cluster, L"node1");
    node2 = OpenClusterNode(cluster, L"node2");
    ok(node1 && node2, "open nodes: %lu\n", GetLastError());
    if (node1)
    {
        returned = 0;
        ret = ClusterResourceControl(resource, node1, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, buffer, sizeof(buffer),
                                     &returned);
        ok(ret == ERROR_SUCCESS && returned == sizeof(expect) && !memcmp(buffer, expect, sizeof(expect)),
           "host node: %lu, %lu\n", ret, returned);
    }
    if (node2)
    {
        returned = 0;
        ret = ClusterResourceControl(resource, node2, CLUSCTL_RESOURCE_GET_ID, NULL, 0, buffer, sizeof(buffer),
                                     &returned);
        ok(ret == ERROR_SUCCESS && returned == sizeof(L"6f2d8a13-c49e-4b57-a3f0-e81b5d7c9a42"),
           "id on node2: %lu, %lu\n", ret, returned);
        if (!ret) ok(!wcsicmp((WCHAR *)buffer, L"6f2d8a13-c49e-4b57-a3f0-e81b5d7c9a42"), "id %s\n",
                     wine_dbgstr_w((WCHAR *)buffer));
    }
    /* A host node must be a node. */
    ret = ClusterResourceControl(resource, (HNODE)resource, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, buffer,
                                 sizeof(buffer), &returned);
    ok(ret == ERROR_INVALID_HANDLE, "resource as host node: %lu\n", ret);

    /* Codes the resource does not have. */
    ret = ClusterResourceControl(resource, NULL, 0, NULL, 0, buffer, sizeof(buffer), &returned);
    ok(ret == ERROR_INVALID_FUNCTION, "code 0: %lu\n", ret);
    ret = ClusterResourceControl(resource, NULL, CLUSCTL_RESOURCE_CODE(0x3fff0 >> 2), NULL, 0, buffer,
                                 sizeof(buffer), &returned);
    ok(ret == ERROR_INVALID_FUNCTION, "unknown function: %lu\n", ret);
    ret = ClusterResourceControl(resource, NULL, CLUSCTL_GROUP_GET_NAME, NULL, 0, buffer, sizeof(buffer), &returned);
    ok(ret == ERROR_INVALID_FUNCTION, "a group's code: %lu\n", ret);

    /* Handles of other types. */
    ret = ClusterResourceControl((HRESOURCE)cluster, NULL, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, buffer,
                                 sizeof(buffer), &returned);
    ok(ret == ERROR_INVALID_HANDLE, "cluster as resource: %lu\n", ret);
    ret = ClusterGroupControl((HGROUP)resource, NULL, CLUSCTL_GROUP_GET_NAME, NULL, 0, buffer, sizeof(buffer),
                              &returned);
    ok(ret == ERROR_INVALID_HANDLE, "resource as group: %lu\n", ret);

    if (node1) CloseClusterNode(node1);
    if (node2) CloseClusterNode(node2);
    CloseClusterResource(resource);
}

/* A control whose output is a string. */
static void check_string_control(DWORD ret, const BYTE *buffer, DWORD returned, const WCHAR *expect,
                                 const char *what)
{
    ok(ret == ERROR_SUCCESS, "%s: %lu\n", what, ret);
    if (ret) return;
    ok(returned == (wcslen(expect) + 1) * sizeof(WCHAR) && !wcsicmp((const WCHAR *)buffer, expect),
       "%s: %lu bytes, %s\n", what, returned, wine_dbgstr_wn((const WCHAR *)buffer, returned / sizeof(WCHAR)));
}

static void test_objects(void)
{
    BYTE buffer[4096];
    HNODE node = OpenClusterNode(cluster, L"node2"), node1 = OpenClusterNode(cluster, L"node1");
    HGROUP group = OpenClusterGroup(cluster, L"Cluster Group");
    HNETWORK network = OpenClusterNetwork(cluster, L"Cluster Network 1");
    HNETINTERFACE netif = OpenClusterNetInterface(cluster, L"node2 - Ethernet 2");
    HRESOURCE disk = OpenClusterResource(cluster, L"Cluster Disk 1");
    DWORD ret, returned, syntax, size;
    const BYTE *value;

    ok(node && node1 && group && network && netif && disk, "open: %lu\n", GetLastError());

    /* The cluster */
    ret = ClusterControl(cluster, NULL, CLUSCTL_CLUSTER_GET_FQDN, NULL, 0, buffer, sizeof(buffer), &returned);
    ok(ret == ERROR_SUCCESS && returned >= sizeof(L"FSCLUSTER") && !(returned & 1), "FQDN: %lu, %lu\n", ret, returned);
    if (!ret) ok(!wcsnicmp((WCHAR *)buffer, L"FSCLUSTER", 9), "FQDN %s\n", wine_dbgstr_w((WCHAR *)buffer));
    ret = ClusterControl(cluster, NULL, CLUSCTL_CLUSTER_GET_COMMON_PROPERTIES, NULL, 0, buffer, sizeof(buffer),
                         &returned);
    ok(ret == ERROR_SUCCESS, "cluster common properties: %lu\n", ret);
    if (!ret)
    {
        value = find_property(buffer, returned, L"Description", &syntax, &size);
        ok(value && syntax == CLUSPROP_SYNTAX_LIST_VALUE_SZ && !wcscmp((WCHAR *)value, L"Two-node file server cluster"),
           "cluster Description %s\n", value ? wine_dbgstr_w((WCHAR *)value) : "missing");
    }
    if (node1)
    {
        ret = ClusterControl(cluster, node1, CLUSCTL_CLUSTER_GET_FQDN, NULL, 0, buffer, sizeof(buffer), &returned);
        ok(ret == ERROR_SUCCESS, "FQDN on node1: %lu\n", ret);
    }

    /* A node */
    if (node)
    {
        ret = ClusterNodeControl(node, NULL, CLUSCTL_NODE_GET_ID, NULL, 0, buffer, sizeof(buffer), &returned);
        check_string_control(ret, buffer, returned, L"2", "node id");
        ret = ClusterNodeControl(node, NULL, CLUSCTL_NODE_GET_NAME, NULL, 0, buffer, sizeof(buffer), &returned);
        check_string_control(ret, buffer, returned, L"node2", "node name");
        if (node1)
        {
            ret = ClusterNodeControl(node, node1, CLUSCTL_NODE_GET_NAME, NULL, 0, buffer, sizeof(buffer), &returned);
            check_string_control(ret, buffer, returned, L"node2", "node name on node1");
        }
        ret = ClusterNodeControl(node, NULL, CLUSCTL_NODE_GET_RO_COMMON_PROPERTIES, NULL, 0, buffer, sizeof(buffer),
                                 &returned);
        ok(ret == ERROR_SUCCESS, "node RO properties: %lu\n", ret);
        if (!ret)
        {
            value = find_property(buffer, returned, L"NodeName", &syntax, &size);
            ok(value && !wcsicmp((WCHAR *)value, L"node2"), "NodeName %s\n",
               value ? wine_dbgstr_w((WCHAR *)value) : "missing");
        }
    }

    /* A group */
    if (group)
    {
        ret = ClusterGroupControl(group, NULL, CLUSCTL_GROUP_GET_NAME, NULL, 0, buffer, sizeof(buffer), &returned);
        check_string_control(ret, buffer, returned, L"Cluster Group", "group name");
        ret = ClusterGroupControl(group, NULL, CLUSCTL_GROUP_GET_ID, NULL, 0, buffer, sizeof(buffer), &returned);
        check_string_control(ret, buffer, returned, L"9d2b7f40-6c13-4e8a-a5d9-31f0b4c7e826", "group id");
        ret = ClusterGroupControl(group, NULL, CLUSCTL_GROUP_GET_FLAGS, NULL, 0, buffer, sizeof(buffer), &returned);
        ok(ret == ERROR_SUCCESS && returned == sizeof(DWORD), "group flags: %lu, %lu\n", ret, returned);
        if (!ret) ok(*(DWORD *)buffer & CLUS_FLAG_CORE, "core group flags %#lx\n", *(DWORD *)buffer);
        ret = ClusterGroupControl(group, NULL, CLUSCTL_GROUP_GET_RO_COMMON_PROPERTIES, NULL, 0, buffer,
                                  sizeof(buffer), &returned);
        ok(ret == ERROR_SUCCESS, "group RO properties: %lu\n", ret);
        if (!ret)
        {
            value = find_property(buffer, returned, L"GroupType", &syntax, &size);
            ok(value && syntax == CLUSPROP_SYNTAX_LIST_VALUE_DWORD && size == 4 && *(DWORD *)value == 1,
               "GroupType: %p, %#lx, %lu\n", value, syntax, size);
        }
    }

    /* A network and an interface */
    if (network)
    {
        ret = ClusterNetworkControl(network, NULL, CLUSCTL_NETWORK_GET_ID, NULL, 0, buffer, sizeof(buffer),
                                    &returned);
        check_string_control(ret, buffer, returned, L"0c9e3a57-1f24-4d6b-8a31-7be5c0f29d14", "network id");
        ret = ClusterNetworkControl(network, NULL, CLUSCTL_NETWORK_GET_RO_COMMON_PROPERTIES, NULL, 0, buffer,
                                    sizeof(buffer), &returned);
        ok(ret == ERROR_SUCCESS, "network RO properties: %lu\n", ret);
        if (!ret)
        {
            value = find_property(buffer, returned, L"Address", &syntax, &size);
            ok(value && !wcscmp((WCHAR *)value, L"10.0.0.0"), "Address %s\n",
               value ? wine_dbgstr_w((WCHAR *)value) : "missing");
        }
    }
    if (netif)
    {
        ret = ClusterNetInterfaceControl(netif, NULL, CLUSCTL_NETINTERFACE_GET_NODE, NULL, 0, buffer,
                                         sizeof(buffer), &returned);
        check_string_control(ret, buffer, returned, L"node2", "interface node");
        ret = ClusterNetInterfaceControl(netif, NULL, CLUSCTL_NETINTERFACE_GET_NETWORK, NULL, 0, buffer,
                                         sizeof(buffer), &returned);
        check_string_control(ret, buffer, returned, L"Cluster Network 2", "interface network");
    }

    /* A resource type, by name */
    ret = ClusterResourceTypeControl(cluster, L"Physical Disk", NULL, CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS,
                                     NULL, 0, buffer, sizeof(buffer), &returned);
    ok(ret == ERROR_SUCCESS && returned == sizeof(DWORD), "type characteristics: %lu, %lu\n", ret, returned);
    if (!ret) ok(*(DWORD *)buffer == 3, "characteristics %#lx\n", *(DWORD *)buffer);
    ret = ClusterResourceTypeControl(cluster, L"Physical Disk", NULL, CLUSCTL_RESOURCE_TYPE_GET_CLASS_INFO, NULL, 0,
                                     buffer, sizeof(buffer), &returned);
    ok(ret == ERROR_SUCCESS && returned == sizeof(CLUS_RESOURCE_CLASS_INFO), "type class: %lu, %lu\n", ret, returned);
    if (!ret) ok(((CLUS_RESOURCE_CLASS_INFO *)buffer)->rc == CLUS_RESCLASS_STORAGE, "class %u\n",
                 ((CLUS_RESOURCE_CLASS_INFO *)buffer)->rc);
    if (node1)
    {
        ret = ClusterResourceTypeControl(cluster, L"Physical Disk", node1, CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS,
                                         NULL, 0, buffer, sizeof(buffer), &returned);
        ok(ret == ERROR_SUCCESS, "type on node1: %lu\n", ret);
    }
    ret = ClusterResourceTypeControl(cluster, L"No Such Type", NULL, CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS,
                                     NULL, 0, buffer, sizeof(buffer), &returned);
    ok(ret == ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, "unknown type: %lu\n", ret);
    ret = ClusterResourceTypeControl(cluster, NULL, NULL, CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS, NULL, 0, buffer,
                                     sizeof(buffer), &returned);
    ok(ret == ERROR_INVALID_PARAMETER, "NULL type: %lu\n", ret);

    /* A resource */
    if (disk)
    {
        ret = ClusterResourceControl(disk, NULL, CLUSCTL_RESOURCE_GET_CLASS_INFO, NULL, 0, buffer, sizeof(buffer),
                                     &returned);
        ok(ret == ERROR_SUCCESS && returned == sizeof(CLUS_RESOURCE_CLASS_INFO), "class info: %lu, %lu\n", ret,
           returned);
        ret = ClusterResourceControl(disk, NULL, CLUSCTL_RESOURCE_GET_RESOURCE_TYPE, NULL, 0, buffer, sizeof(buffer),
                                     &returned);
        check_string_control(ret, buffer, returned, L"Physical Disk", "resource type");
        ret = ClusterResourceControl(disk, NULL, CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, buffer,
                                     sizeof(buffer), &returned);
        ok(ret == ERROR_SUCCESS, "private properties: %lu\n", ret);
        if (!ret)
        {
            value = find_property(buffer, returned, L"DiskSignature", &syntax, &size);
            ok(value && syntax == CLUSPROP_SYNTAX_LIST_VALUE_DWORD && *(DWORD *)value == 0x1a2b3c4d,
               "DiskSignature: %p\n", value);
        }
        ret = ClusterResourceControl(disk, NULL, CLUSCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES, NULL, 0, buffer,
                                     sizeof(buffer), &returned);
        ok(ret == ERROR_SUCCESS && multi_sz_has((WCHAR *)buffer, returned, L"DiskRunChkDsk"),
           "enum private properties: %lu\n", ret);
    }

    if (node) CloseClusterNode(node);
    if (node1) CloseClusterNode(node1);
    if (group) CloseClusterGroup(group);
    if (network) CloseClusterNetwork(network);
    if (netif) CloseClusterNetInterface(netif);
    if (disk) CloseClusterResource(disk);
}

/* Set a common property, read it back, see it from a second client and in a
 * second read; then put it back. */
static void test_set_properties(void)
{
    static const WCHAR description[] = L"set by the wine control test";
    BYTE list[512], buffer[4096];
    HCLUSTER second;
    HGROUP group, group2 = NULL;
    DWORD ret, returned, size, syntax, list_size, i;
    const BYTE *value;
    WCHAR old[128] = L"File server role";

    group = OpenClusterGroup(cluster, L"FS1");
    ok(group != NULL, "open: %lu\n", GetLastError());
    if (!group) return;

    ret = ClusterGroupControl(group, NULL, CLUSCTL_GROUP_ENUM_COMMON_PROPERTIES, NULL, 0, buffer, sizeof(buffer),
                              &returned);
    ok(ret == ERROR_SUCCESS && multi_sz_has((WCHAR *)buffer, returned, L"Description"), "enum: %lu\n", ret);
    ret = ClusterGroupControl(group, NULL, CLUSCTL_GROUP_GET_COMMON_PROPERTIES, NULL, 0, buffer, sizeof(buffer),
                              &returned);
    ok(ret == ERROR_SUCCESS, "get: %lu\n", ret);
    if (!ret && (value = find_property(buffer, returned, L"Description", &syntax, &size)) && size <= sizeof(old))
        memcpy(old, value, size);

    list_size = make_sz_property(list, L"Description", description);
    ret = ClusterGroupControl(group, NULL, CLUSCTL_GROUP_VALIDATE_COMMON_PROPERTIES, list, list_size, NULL, 0,
                              &returned);
    ok(ret == ERROR_SUCCESS, "validate: %lu\n", ret);
    ret = ClusterGroupControl(group, NULL, CLUSCTL_GROUP_SET_COMMON_PROPERTIES, list, list_size, NULL, 0, &returned);
    ok(ret == ERROR_SUCCESS || ret == ERROR_RESOURCE_PROPERTIES_STORED, "set: %lu\n", ret);

    /* Read back twice here, and by a second client. */
    second = OpenCluster(server_address);
    ok(second != NULL, "second OpenCluster: %lu\n", GetLastError());
    if (second) group2 = OpenClusterGroup(second, L"FS1");
    for (i = 0; i < 3; i++)
    {
        HGROUP which = i < 2 ? group : group2;

        winetest_push_context("read %lu", i);
        if (!which)
        {
            winetest_pop_context();
            continue;
        }
        ret = ClusterGroupControl(which, NULL, CLUSCTL_GROUP_GET_COMMON_PROPERTIES, NULL, 0, buffer, sizeof(buffer),
                                  &returned);
        ok(ret == ERROR_SUCCESS, "get: %lu\n", ret);
        if (!ret)
        {
            value = find_property(buffer, returned, L"Description", &syntax, &size);
            ok(value && syntax == CLUSPROP_SYNTAX_LIST_VALUE_SZ && size == sizeof(description) &&
               !memcmp(value, description, size), "Description %s\n",
               value ? wine_dbgstr_w((WCHAR *)value) : "missing");
        }
        winetest_pop_context();
    }

    /* A malformed list is refused, and changes nothing. */
    list_size = make_sz_property(list, L"Description", L"truncated");
    ret = ClusterGroupControl(group, NULL, CLUSCTL_GROUP_SET_COMMON_PROPERTIES, list, list_size - 12, NULL, 0,
                              &returned);
    ok(ret != ERROR_SUCCESS && ret != ERROR_RESOURCE_PROPERTIES_STORED, "truncated list accepted\n");
    /* A read-only property cannot be set. */
    list_size = make_sz_property(list, L"GroupType", L"100");
    ret = ClusterGroupControl(group, NULL, CLUSCTL_GROUP_SET_COMMON_PROPERTIES, list, list_size, NULL, 0, &returned);
    ok(ret != ERROR_SUCCESS && ret != ERROR_RESOURCE_PROPERTIES_STORED, "GroupType set: %lu\n", ret);

    list_size = make_sz_property(list, L"Description", old);
    ret = ClusterGroupControl(group, NULL, CLUSCTL_GROUP_SET_COMMON_PROPERTIES, list, list_size, NULL, 0, &returned);
    ok(ret == ERROR_SUCCESS || ret == ERROR_RESOURCE_PROPERTIES_STORED, "restore: %lu\n", ret);

    if (group2) CloseClusterGroup(group2);
    if (second) CloseCluster(second);
    CloseClusterGroup(group);
}

/* Private properties of a resource: set one, read it, remove nothing else. */
static void test_private_properties(void)
{
    BYTE list[512], buffer[4096];
    HRESOURCE resource;
    DWORD ret, returned, syntax, size, list_size;
    const BYTE *value;

    resource = OpenClusterResource(cluster, L"Cluster Disk 1");
    ok(resource != NULL, "open: %lu\n", GetLastError());
    if (!resource) return;
    list_size = make_sz_property(list, L"WineTestNote", L"private value");
    ret = ClusterResourceControl(resource, NULL, CLUSCTL_RESOURCE_SET_PRIVATE_PROPERTIES, list, list_size, NULL, 0,
                                 &returned);
    ok(ret == ERROR_SUCCESS || ret == ERROR_RESOURCE_PROPERTIES_STORED, "set: %lu\n", ret);
    ret = ClusterResourceControl(resource, NULL, CLUSCTL_RESOURCE_GET_PRIVATE_PROPERTIES, NULL, 0, buffer,
                                 sizeof(buffer), &returned);
    ok(ret == ERROR_SUCCESS, "get: %lu\n", ret);
    if (!ret)
    {
        value = find_property(buffer, returned, L"WineTestNote", &syntax, &size);
        ok(value && !wcscmp((WCHAR *)value, L"private value"), "WineTestNote %s\n",
           value ? wine_dbgstr_w((WCHAR *)value) : "missing");
        ok(find_property(buffer, returned, L"DiskSignature", &syntax, &size) != NULL, "DiskSignature gone\n");
    }
    /* ... and the new property is in the enumeration of names too. */
    ret = ClusterResourceControl(resource, NULL, CLUSCTL_RESOURCE_ENUM_PRIVATE_PROPERTIES, NULL, 0, buffer,
                                 sizeof(buffer), &returned);
    ok(ret == ERROR_SUCCESS && multi_sz_has((WCHAR *)buffer, returned, L"WineTestNote"), "enum: %lu\n", ret);
    CloseClusterResource(resource);
}

/* The AsUser forms: the same calls (MS-CMRP has no method of their own), so
 * the same answers, buffer rules and errors as the plain ones. */
static void test_as_user(void)
{
    static const WCHAR expect[] = L"Cluster Name";
    BYTE plain[1024], as_user[1024];
    DWORD ret, plain_size, returned;
    HRESOURCE resource;
    HNODE node;

    resource = OpenClusterResource(cluster, expect);
    node = OpenClusterNode(cluster, L"node2");
    ok(resource && node, "open: %p %p, %lu\n", resource, node, GetLastError());
    if (!resource || !node) goto done;

    returned = 0xdeadbeef;
    ret = ClusterResourceControlAsUser(resource, NULL, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, NULL, 0, &returned);
    ok(ret == ERROR_MORE_DATA && returned == sizeof(expect), "size query: %lu, %lu\n", ret, returned);
    ret = ClusterResourceControlAsUser(resource, node, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, as_user,
                                       sizeof(as_user), &returned);
    ok(ret == ERROR_SUCCESS && returned == sizeof(expect) && !memcmp(as_user, expect, sizeof(expect)),
       "on a host node: %lu, %lu\n", ret, returned);
    ret = ClusterResourceControlAsUser(resource, NULL, 0, NULL, 0, NULL, 0, NULL);
    ok(ret == ERROR_INVALID_FUNCTION, "control code 0: %lu\n", ret);
    ret = ClusterResourceControlAsUser((HRESOURCE)cluster, NULL, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, NULL, 0, NULL);
    ok(ret == ERROR_INVALID_HANDLE, "cluster as resource: %lu\n", ret);

    ret = ClusterResourceTypeControl(cluster, L"Physical Disk", NULL, CLUSCTL_RESOURCE_TYPE_GET_COMMON_PROPERTIES,
                                     NULL, 0, plain, sizeof(plain), &plain_size);
    ok(ret == ERROR_SUCCESS, "ClusterResourceTypeControl: %lu\n", ret);
    ret = ClusterResourceTypeControlAsUser(cluster, L"Physical Disk", NULL,
                                           CLUSCTL_RESOURCE_TYPE_GET_COMMON_PROPERTIES, NULL, 0, as_user,
                                           sizeof(as_user), &returned);
    ok(ret == ERROR_SUCCESS && returned == plain_size && !memcmp(plain, as_user, returned),
       "AsUser: %lu, %lu bytes (plain %lu)\n", ret, returned, plain_size);
    ret = ClusterResourceTypeControlAsUser(cluster, NULL, NULL, CLUSCTL_RESOURCE_TYPE_GET_COMMON_PROPERTIES, NULL, 0,
                                           NULL, 0, NULL);
    ok(ret == ERROR_INVALID_PARAMETER, "no type name: %lu\n", ret);
    ret = ClusterResourceTypeControlAsUser(cluster, L"WineTest No Type", NULL,
                                           CLUSCTL_RESOURCE_TYPE_GET_COMMON_PROPERTIES, NULL, 0, NULL, 0, NULL);
    ok(ret == ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, "unknown type: %lu\n", ret);
done:
    if (resource) CloseClusterResource(resource);
    if (node) CloseClusterNode(node);
}

START_TEST(control)
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

    test_buffer_protocol();
    test_objects();
    test_set_properties();
    test_private_properties();
    test_as_user();
    CloseCluster(cluster);
}
