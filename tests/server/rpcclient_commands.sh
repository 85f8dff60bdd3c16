# Sourced by tests/server/test_cmrpd.sh and tests/samba/test_samba_cluster.sh:
# what each of rpcclient's 13 clusapi_* commands must give against the
# example cluster (server/examples/two-node.conf), one COMMAND|EXIT|TEXT line
# each.  ApiGetClusterVersion answers ERROR_CALL_NOT_IMPLEMENTED as on
# Windows (smbtorture requires it), so clusapi_get_cluster_version reports that.
# rpcclient_commands CLUSTER OTHER_NODE
rpcclient_commands()
{
    cat <<END
clusapi_open_cluster|0|successfully closed cluster
clusapi_get_cluster_name|0|ClusterName: $1
clusapi_get_cluster_version|1|WERR_CALL_NOT_IMPLEMENTED
clusapi_get_cluster_version2|0|rpc_status: WERR_OK
clusapi_get_quorum_resource|0|lpszResourceName: File Share Witness
clusapi_create_enum|0|rpc_status: WERR_OK
clusapi_create_enumex|0|rpc_status: WERR_OK
clusapi_open_resource|0|rpc_status: WERR_OK
clusapi_get_resource_state|0|rpc_status: WERR_OK
clusapi_online_resource|0|rpc_status: WERR_OK
clusapi_offline_resource|0|rpc_status: WERR_
clusapi_pause_node $2|0|has been paused
clusapi_resume_node $2|0|has been resumed
END
}
