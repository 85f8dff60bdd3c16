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

/* Windows' RPC runtime has no call timeout by default; a hung server would
 * hang the program for ever, so calls give up after a minute (Samba's own
 * default) with RPC_S_CALL_CANCELLED, as RPC_C_OPT_CALL_TIMEOUT does. */
#define DEFAULT_TIMEOUT_MS 60000

struct named_value { const WCHAR *name; DWORD value; };

static const struct named_value security_names[] =
{
    { L"privacy",   CLUSAPI_SECURITY_PRIVACY },
    { L"integrity", CLUSAPI_SECURITY_INTEGRITY },
    { L"none",      CLUSAPI_SECURITY_NONE },
};

static const struct named_value authentication_names[] =
{
    { L"negotiate", CLUSAPI_AUTH_NEGOTIATE },
    { L"kerberos",  CLUSAPI_AUTH_KERBEROS },
    { L"ntlm",      CLUSAPI_AUTH_NTLM },
};

static const struct named_value transport_names[] =
{
    { L"ncalrpc",  CLUSAPI_LOCAL_NCALRPC },
    { L"ncacn_np", CLUSAPI_LOCAL_NCACN_NP },
};

/* A setting whose text is one of a few names; an unknown name gives
 * fallback (never a weaker choice than the default). */
struct name_choice
{
    const struct named_value *names;
    unsigned int count;
    DWORD fallback;
};

static const struct name_choice security_choice = { security_names, ARRAY_SIZE(security_names), CLUSAPI_SECURITY_PRIVACY };
static const struct name_choice authentication_choice = { authentication_names, ARRAY_SIZE(authentication_names), CLUSAPI_AUTH_NEGOTIATE };
static const struct name_choice transport_choice = { transport_names, ARRAY_SIZE(transport_names), CLUSAPI_LOCAL_NCALRPC };

enum setting_kind { SETTING_STRING, SETTING_DWORD, SETTING_NAME };
/* SCOPE_PER_CLUSTER_WEAKER: the global key may only keep the default (packet
 * privacy); a weaker choice has to name its cluster. */
enum setting_scope { SCOPE_ANY, SCOPE_GLOBAL_ONLY, SCOPE_PER_CLUSTER_WEAKER };

struct setting
{
    const WCHAR *value;      /* registry value name */
    const WCHAR *env;        /* environment variable */
    enum setting_kind kind;
    enum setting_scope scope;
    size_t offset;           /* in struct cluster_config */
    const struct name_choice *choice;   /* SETTING_NAME */
};

static const struct setting settings[] =
{
    { L"Address",          NULL,                             SETTING_STRING, SCOPE_ANY,         offsetof(struct cluster_config, address) },
    { L"CredentialsFile",  L"WINECLUSAPI_CREDENTIALS_FILE",  SETTING_STRING, SCOPE_ANY,         offsetof(struct cluster_config, credentials_file) },
    { L"CredentialsCache", L"WINECLUSAPI_CREDENTIALS_CACHE", SETTING_STRING, SCOPE_ANY,         offsetof(struct cluster_config, credentials_cache) },
    { L"Port",             L"WINECLUSAPI_PORT",              SETTING_DWORD,  SCOPE_ANY,         offsetof(struct cluster_config, port) },
    { L"Security",         L"WINECLUSAPI_SECURITY",          SETTING_NAME,   SCOPE_PER_CLUSTER_WEAKER, offsetof(struct cluster_config, security), &security_choice },
    { L"Authentication",   L"WINECLUSAPI_AUTHENTICATION",    SETTING_NAME,   SCOPE_ANY,         offsetof(struct cluster_config, authentication), &authentication_choice },
    { L"Timeout",          L"WINECLUSAPI_TIMEOUT",           SETTING_DWORD,  SCOPE_ANY,         offsetof(struct cluster_config, timeout_ms) },
    { L"TcpNoDelay",       L"WINECLUSAPI_TCP_NODELAY",       SETTING_DWORD,  SCOPE_ANY,         offsetof(struct cluster_config, tcp_nodelay) },
    { L"LocalTransport",   L"WINECLUSAPI_LOCAL_TRANSPORT",   SETTING_NAME,   SCOPE_GLOBAL_ONLY, offsetof(struct cluster_config, local_transport), &transport_choice },
    { L"NcalrpcDir",       L"WINECLUSAPI_NCALRPC_DIR",       SETTING_STRING, SCOPE_GLOBAL_ONLY, offsetof(struct cluster_config, ncalrpc_dir) },
    { L"LocalNode",        L"WINECLUSAPI_LOCAL_NODE",        SETTING_DWORD,  SCOPE_GLOBAL_ONLY, offsetof(struct cluster_config, local_node) },
};

/* Applies one textual value (from the registry or the environment) to config;
 * global: it comes from the key for every cluster. */
static void apply_setting(struct cluster_config *config, const struct setting *setting, const WCHAR *text,
                          BOOL global)
{
    void *field = (char *)config + setting->offset;
    const struct name_choice *choice = setting->choice;
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
    case SETTING_NAME:
        for (i = 0; i < choice->count; i++)
            if (!wcsicmp(text, choice->names[i].name)) break;
        if (i < choice->count && global && setting->scope == SCOPE_PER_CLUSTER_WEAKER
            && choice->names[i].value != choice->fallback)
            WARN("%s %s ignored in HKCU\\Software\\Wine\\Clusapi: set it under Clusters\\<name> "
                 "for the one cluster that needs it\n", debugstr_w(setting->value), debugstr_w(text));
        else if (i < choice->count)
            *(DWORD *)field = choice->names[i].value;
        else
        {
            /* Never a silent downgrade: keep the default. */
            WARN("unknown %s %s, using %s\n", debugstr_w(setting->value), debugstr_w(text),
                 debugstr_w(choice->names[0].name));
            *(DWORD *)field = choice->fallback;
        }
        return;
    }
}

/* Walks the values the key has rather than asking for each setting: every
 * registry request is a round trip to the wineserver, and OpenCluster reads
 * the configuration each time (a key usually holds a few values or none). */
static void load_key(struct cluster_config *config, HKEY key, BOOL global)
{
    WCHAR name[64], text[MAX_PATH];
    DWORD index, type, name_len, size, dword;
    unsigned int i;

    for (index = 0; ; index++)
    {
        const struct setting *setting = NULL;
        LONG ret;

        name_len = ARRAY_SIZE(name);
        size = sizeof(text) - sizeof(WCHAR);
        ret = RegEnumValueW(key, index, name, &name_len, NULL, &type, (BYTE *)text, &size);
        if (ret == ERROR_NO_MORE_ITEMS) break;
        if (ret) continue;  /* a name or value too long for any setting */
        for (i = 0; i < ARRAY_SIZE(settings); i++)
            if (!wcsicmp(name, settings[i].value)) setting = &settings[i];
        if (!setting || (!global && setting->scope == SCOPE_GLOBAL_ONLY)) continue;
        if (type == REG_DWORD && size == sizeof(DWORD))
        {
            memcpy(&dword, text, sizeof(dword));
            swprintf(text, ARRAY_SIZE(text), L"%lu", (unsigned long)dword);
        }
        else if (type == REG_SZ || type == REG_EXPAND_SZ)
            text[size / sizeof(WCHAR)] = 0;
        else
            continue;
        apply_setting(config, setting, text, global);
    }
}

void config_load(const WCHAR *name, struct cluster_config *config)
{
    WCHAR path[MAX_PATH], text[MAX_PATH];
    HKEY key, cluster_key;
    unsigned int i;

    memset(config, 0, sizeof(*config));
    config->security = CLUSAPI_SECURITY_PRIVACY;
    config->local_transport = CLUSAPI_LOCAL_NCALRPC;
    config->authentication = CLUSAPI_AUTH_NEGOTIATE;
    config->timeout_ms = DEFAULT_TIMEOUT_MS;
    config->tcp_nodelay = 1;

    /* A cluster's key is under the global one: without that (the usual
     * case), one request to the wineserver and no more. */
    if (!RegOpenKeyExW(HKEY_CURRENT_USER, L"Software\\Wine\\Clusapi", 0, KEY_READ, &key))
    {
        load_key(config, key, TRUE);
        if (name && lstrlenW(name) < (int)ARRAY_SIZE(path) - 10)
        {
            swprintf(path, ARRAY_SIZE(path), L"Clusters\\%s", name);
            if (!RegOpenKeyExW(key, path, 0, KEY_READ, &cluster_key))
            {
                load_key(config, cluster_key, FALSE);
                RegCloseKey(cluster_key);
            }
        }
        RegCloseKey(key);
    }
    for (i = 0; i < ARRAY_SIZE(settings); i++)
    {
        DWORD len;

        if (!settings[i].env) continue;
        len = GetEnvironmentVariableW(settings[i].env, text, ARRAY_SIZE(text));
        if (len && len < ARRAY_SIZE(text)) apply_setting(config, &settings[i], text, FALSE);
    }
    /* File names only: a secret is never in the configuration itself. */
    TRACE("%s: address %s, port %lu, security %lu, authentication %lu, credentials file %s, cache %s, "
          "transport %lu, timeout %lu ms, nodelay %lu, local node %d\n",
          debugstr_w(name), debugstr_w(config->address), config->port, config->security,
          config->authentication, debugstr_w(config->credentials_file), debugstr_w(config->credentials_cache),
          config->local_transport, config->timeout_ms, config->tcp_nodelay, config->local_node);
}

void config_free(struct cluster_config *config)
{
    HeapFree(GetProcessHeap(), 0, config->address);
    HeapFree(GetProcessHeap(), 0, config->credentials_file);
    HeapFree(GetProcessHeap(), 0, config->credentials_cache);
    HeapFree(GetProcessHeap(), 0, config->ncalrpc_dir);
}

void config_to_endpoint(const WCHAR *name, const struct cluster_config *config,
                        struct cluster_endpoint *endpoint)
{
    endpoint->name = name;
    endpoint->address = config->address;
    endpoint->credentials_file = config->credentials_file;
    endpoint->credentials_cache = config->credentials_cache;
    endpoint->ncalrpc_dir = config->ncalrpc_dir;
    endpoint->port = config->port;
    endpoint->security = config->security;
    endpoint->authentication = config->authentication;
    endpoint->tcp_nodelay = config->tcp_nodelay != 0;
    endpoint->local_transport = config->local_transport;
    endpoint->timeout_ms = config->timeout_ms;
}
