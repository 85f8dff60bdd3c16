/*
 * How a cluster endpoint is reached: enums shared by the PE half, the
 * dispatcher and the Samba client (so this header uses no Windows or Samba
 * types).
 */
#ifndef CLUSAPI_ENDPOINT_H
#define CLUSAPI_ENDPOINT_H

enum clusapi_security
{
    CLUSAPI_SECURITY_PRIVACY,   /* packet privacy: the default, what MS-CMRP v3 requires */
    CLUSAPI_SECURITY_INTEGRITY, /* packet integrity: only when configured */
    CLUSAPI_SECURITY_NONE,      /* unauthenticated: only when configured (local simulator) */
};

/* The authentication service of an authenticated bind. */
enum clusapi_authentication
{
    CLUSAPI_AUTH_NEGOTIATE,     /* SPNEGO: Kerberos, else NTLM (what Windows' clusapi uses) */
    CLUSAPI_AUTH_KERBEROS,      /* Kerberos only */
    CLUSAPI_AUTH_NTLM,          /* NTLMSSP only */
};

enum clusapi_local_transport
{
    CLUSAPI_LOCAL_NCALRPC,      /* Samba's local socket transport: ncalrpc:[clusapi] */
    CLUSAPI_LOCAL_NCACN_NP,     /* the named pipe: ncacn_np:localhost[\pipe\clusapi] */
};

#endif /* CLUSAPI_ENDPOINT_H */
