/*
 * The configuration's registry values, kept per cluster name by the Unix
 * side so that an open need not wait for the wineserver (settings.c).
 */
#ifndef CLUSAPI_UNIX_SETTINGS_H
#define CLUSAPI_UNIX_SETTINGS_H

/* read_settings: the values kept for params->name, or read now. */
NTSTATUS settings_read(struct read_settings_params *params);

/* Reads name's values from the registry and keeps them; returns their
 * generation (a new one if they changed), 0 without memory. */
UINT64 settings_recheck(UINT64 user_key, const WCHAR *name);

#endif /* CLUSAPI_UNIX_SETTINGS_H */
