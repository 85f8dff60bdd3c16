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
 * The Unix side reads the registry values and keeps them per name
 * (unix/settings.c); this file makes settings of them.
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

/* Applies the settings among the values read from the registry (the Unix
 * side reads them: settings.c); a value too long for any setting is skipped. */
static void apply_values(struct cluster_config *config, const BYTE *values, UINT32 size)
{
    WCHAR name[64], text[MAX_PATH];
    UINT32 offset, entry_size;
    unsigned int i;

    for (offset = 0; offset + sizeof(struct settings_value) <= size; offset += entry_size)
    {
        const struct settings_value *value = (const struct settings_value *)(values + offset);
        const BYTE *data = (const BYTE *)(value + 1) + value->name_size;
        const struct setting *setting = NULL;
        BOOL global = value->scope == SETTINGS_SCOPE_GLOBAL;
        DWORD dword;

        entry_size = settings_value_size(value->name_size, value->data_size);
        if (entry_size > size - offset) break;
        if (value->name_size >= sizeof(name) || value->data_size >= sizeof(text)) continue;
        memcpy(name, value + 1, value->name_size);
        name[value->name_size / sizeof(WCHAR)] = 0;
        for (i = 0; i < ARRAY_SIZE(settings); i++)
            if (!wcsicmp(name, settings[i].value)) setting = &settings[i];
        if (!setting || (!global && setting->scope == SCOPE_GLOBAL_ONLY)) continue;
        if (value->type == REG_DWORD && value->data_size == sizeof(DWORD))
        {
            memcpy(&dword, data, sizeof(dword));
            swprintf(text, ARRAY_SIZE(text), L"%lu", (unsigned long)dword);
        }
        else if (value->type == REG_SZ || value->type == REG_EXPAND_SZ)
        {
            memcpy(text, data, value->data_size);
            text[value->data_size / sizeof(WCHAR)] = 0;
        }
        else
            continue;
        apply_setting(config, setting, text, global);
    }
}

static BOOL WINAPI open_user_key(INIT_ONCE *once, void *param, void **context)
{
    HKEY *key = param;

    if (RegOpenCurrentUser(KEY_READ, key)) *key = NULL;
    return TRUE;
}

/* HKEY_CURRENT_USER as a handle the Unix side can use (it cannot resolve
 * the predefined key); opened once per process. */
static UINT64 user_key(void)
{
    static INIT_ONCE once = INIT_ONCE_STATIC_INIT;
    static HKEY key;

    InitOnceExecuteOnce(&once, open_user_key, &key, NULL);
    return (ULONG_PTR)key;
}

/* The registry values for name: those the Unix side keeps, unless refresh. */
static void load_registry(const WCHAR *name, BOOL refresh, struct cluster_config *config)
{
    struct read_settings_params params = { 0 };
    BYTE small[2048], *values = small;

    params.user_key = user_key();
    params.name = name;
    params.refresh = refresh;
    params.buffer = small;
    params.size = sizeof(small);
    if (!unix_call(unix_read_settings, &params)) return;
    config->settings_kept = params.kept;
    if (params.len > params.size)
    {
        /* Rare: many or long values.  Whatever is kept now is at least as new. */
        if (!(values = HeapAlloc(GetProcessHeap(), 0, params.len))) return;
        params.buffer = values;
        params.size = params.len;
        params.refresh = FALSE;
        if (!unix_call(unix_read_settings, &params) || params.len > params.size)
        {
            HeapFree(GetProcessHeap(), 0, values);
            return;
        }
        config->settings_kept = config->settings_kept && params.kept;
    }
    config->user_key = params.user_key;
    config->settings_generation = params.generation;
    apply_values(config, values, params.len);
    if (values != small) HeapFree(GetProcessHeap(), 0, values);
}

void config_load(const WCHAR *name, BOOL refresh, struct cluster_config *config)
{
    WCHAR text[MAX_PATH];
    unsigned int i;

    memset(config, 0, sizeof(*config));
    config->security = CLUSAPI_SECURITY_PRIVACY;
    config->local_transport = CLUSAPI_LOCAL_NCALRPC;
    config->authentication = CLUSAPI_AUTH_NEGOTIATE;
    config->timeout_ms = DEFAULT_TIMEOUT_MS;
    config->tcp_nodelay = 1;

    load_registry(name, refresh, config);
    for (i = 0; i < ARRAY_SIZE(settings); i++)
    {
        DWORD len;

        if (!settings[i].env) continue;
        len = GetEnvironmentVariableW(settings[i].env, text, ARRAY_SIZE(text));
        if (len && len < ARRAY_SIZE(text)) apply_setting(config, &settings[i], text, FALSE);
    }
    /* File names only: a secret is never in the configuration itself. */
    TRACE("%s: address %s, port %lu, security %lu, authentication %lu, credentials file %s, cache %s, "
          "transport %lu, timeout %lu ms, nodelay %lu, local node %d%s\n",
          debugstr_w(name), debugstr_w(config->address), config->port, config->security,
          config->authentication, debugstr_w(config->credentials_file), debugstr_w(config->credentials_cache),
          config->local_transport, config->timeout_ms, config->tcp_nodelay, config->local_node,
          config->settings_kept ? " (registry values kept from before)" : "");
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
