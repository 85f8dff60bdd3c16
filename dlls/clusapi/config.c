/*
 * Where clusters are and how to talk to them.
 *
 * Sources, later ones winning:
 *   built-in defaults (packet privacy, endpoint mapper, Samba's ncalrpc dir);
 *   HKCU\Software\Wine\Clusapi                    settings for every cluster;
 *   HKCU\Software\Wine\Clusapi\Clusters\<name>    settings for one cluster name;
 *   WINECLUSAPI_* environment variables           (tests, one-off runs).
 * docs/configuration.md lists every setting.  Security is never lowered
 * unless a setting says so explicitly: an unknown value keeps privacy.
 */
#include <stdlib.h>

#include "clusapi_private.h"
#include "winreg.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(clusapi);

#define DEFAULT_TIMEOUT_MS 60000

enum setting_kind { SETTING_STRING, SETTING_DWORD, SETTING_SECURITY, SETTING_TRANSPORT };
enum setting_scope { SCOPE_ANY, SCOPE_GLOBAL_ONLY };

struct setting
{
    const WCHAR *value;      /* registry value name */
    const WCHAR *env;        /* environment variable */
    enum setting_kind kind;
    enum setting_scope scope;
    size_t offset;           /* in struct cluster_config */
};

static const struct setting settings[] =
{
    { L"Address",         NULL,                            SETTING_STRING,    SCOPE_ANY,         offsetof(struct cluster_config, address) },
    { L"CredentialsFile", L"WINECLUSAPI_CREDENTIALS_FILE", SETTING_STRING,    SCOPE_ANY,         offsetof(struct cluster_config, credentials_file) },
    { L"Port",            L"WINECLUSAPI_PORT",             SETTING_DWORD,     SCOPE_ANY,         offsetof(struct cluster_config, port) },
    { L"Security",        L"WINECLUSAPI_SECURITY",         SETTING_SECURITY,  SCOPE_ANY,         offsetof(struct cluster_config, security) },
    { L"Timeout",         L"WINECLUSAPI_TIMEOUT",          SETTING_DWORD,     SCOPE_ANY,         offsetof(struct cluster_config, timeout_ms) },
    { L"LocalTransport",  L"WINECLUSAPI_LOCAL_TRANSPORT",  SETTING_TRANSPORT, SCOPE_GLOBAL_ONLY, offsetof(struct cluster_config, local_transport) },
    { L"NcalrpcDir",      L"WINECLUSAPI_NCALRPC_DIR",      SETTING_STRING,    SCOPE_GLOBAL_ONLY, offsetof(struct cluster_config, ncalrpc_dir) },
    { L"LocalNode",       L"WINECLUSAPI_LOCAL_NODE",       SETTING_DWORD,     SCOPE_GLOBAL_ONLY, offsetof(struct cluster_config, local_node) },
};

static const struct { const WCHAR *name; DWORD value; } security_names[] =
{
    { L"privacy",   CLUSAPI_SECURITY_PRIVACY },
    { L"integrity", CLUSAPI_SECURITY_INTEGRITY },
    { L"none",      CLUSAPI_SECURITY_NONE },
};

static const struct { const WCHAR *name; DWORD value; } transport_names[] =
{
    { L"ncalrpc",  CLUSAPI_LOCAL_NCALRPC },
    { L"ncacn_np", CLUSAPI_LOCAL_NCACN_NP },
};

/* Applies one textual value (from the registry or the environment) to config. */
static void apply_setting(struct cluster_config *config, const struct setting *setting, const WCHAR *text)
{
    void *field = (char *)config + setting->offset;
    unsigned int i;

    switch (setting->kind)
    {
    case SETTING_STRING:
        HeapFree(GetProcessHeap(), 0, *(WCHAR **)field);
        *(WCHAR **)field = text[0] ? heap_strdupW(text) : NULL;
        return;
    case SETTING_DWORD:
        *(DWORD *)field = wcstoul(text, NULL, 0);
        return;
    case SETTING_SECURITY:
        for (i = 0; i < ARRAY_SIZE(security_names); i++)
            if (!wcsicmp(text, security_names[i].name)) break;
        if (i < ARRAY_SIZE(security_names))
            *(DWORD *)field = security_names[i].value;
        else
        {
            /* Never a silent downgrade: keep the stronger default. */
            WARN("unknown %s %s, using privacy\n", debugstr_w(setting->value), debugstr_w(text));
            *(DWORD *)field = CLUSAPI_SECURITY_PRIVACY;
        }
        return;
    case SETTING_TRANSPORT:
        for (i = 0; i < ARRAY_SIZE(transport_names); i++)
            if (!wcsicmp(text, transport_names[i].name)) *(DWORD *)field = transport_names[i].value;
        return;
    }
}

static void load_key(struct cluster_config *config, HKEY key, BOOL global)
{
    unsigned int i;

    for (i = 0; i < ARRAY_SIZE(settings); i++)
    {
        const struct setting *setting = &settings[i];
        WCHAR text[MAX_PATH];
        DWORD type, size = sizeof(text) - sizeof(WCHAR), dword;

        if (!global && setting->scope == SCOPE_GLOBAL_ONLY) continue;
        if (RegQueryValueExW(key, setting->value, NULL, &type, (BYTE *)text, &size)) continue;
        if (type == REG_DWORD && size == sizeof(DWORD))
        {
            memcpy(&dword, text, sizeof(dword));
            swprintf(text, ARRAY_SIZE(text), L"%lu", (unsigned long)dword);
        }
        else if (type == REG_SZ || type == REG_EXPAND_SZ)
            text[size / sizeof(WCHAR)] = 0;
        else
            continue;
        apply_setting(config, setting, text);
    }
}

void config_load(const WCHAR *name, struct cluster_config *config)
{
    WCHAR path[MAX_PATH], text[MAX_PATH];
    unsigned int i;
    HKEY key;

    memset(config, 0, sizeof(*config));
    config->security = CLUSAPI_SECURITY_PRIVACY;
    config->local_transport = CLUSAPI_LOCAL_NCALRPC;
    config->timeout_ms = DEFAULT_TIMEOUT_MS;

    if (!RegOpenKeyExW(HKEY_CURRENT_USER, L"Software\\Wine\\Clusapi", 0, KEY_READ, &key))
    {
        load_key(config, key, TRUE);
        RegCloseKey(key);
    }
    if (name && lstrlenW(name) < (int)ARRAY_SIZE(path) - 40)
    {
        swprintf(path, ARRAY_SIZE(path), L"Software\\Wine\\Clusapi\\Clusters\\%s", name);
        if (!RegOpenKeyExW(HKEY_CURRENT_USER, path, 0, KEY_READ, &key))
        {
            load_key(config, key, FALSE);
            RegCloseKey(key);
        }
    }
    for (i = 0; i < ARRAY_SIZE(settings); i++)
    {
        DWORD len;

        if (!settings[i].env) continue;
        len = GetEnvironmentVariableW(settings[i].env, text, ARRAY_SIZE(text));
        if (len && len < ARRAY_SIZE(text)) apply_setting(config, &settings[i], text);
    }
    TRACE("%s: address %s, port %lu, security %lu, transport %lu, timeout %lu ms, local node %d\n",
          debugstr_w(name), debugstr_w(config->address), config->port, config->security,
          config->local_transport, config->timeout_ms, config->local_node);
}

void config_free(struct cluster_config *config)
{
    HeapFree(GetProcessHeap(), 0, config->address);
    HeapFree(GetProcessHeap(), 0, config->credentials_file);
    HeapFree(GetProcessHeap(), 0, config->ncalrpc_dir);
}

void config_to_endpoint(const WCHAR *name, const struct cluster_config *config,
                        struct cluster_endpoint *endpoint)
{
    endpoint->name = name;
    endpoint->address = config->address;
    endpoint->credentials_file = config->credentials_file;
    endpoint->ncalrpc_dir = config->ncalrpc_dir;
    endpoint->port = config->port;
    endpoint->security = config->security;
    endpoint->local_transport = config->local_transport;
    endpoint->timeout_ms = config->timeout_ms;
}
