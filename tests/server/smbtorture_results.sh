# Sourced by tests/server/test_cmrpd.sh and tests/samba/test_samba_cluster.sh.
# smbtorture_results FILE: one line per test of an smbtorture output file,
#   RESULT NAME REFUSED WHY
# RESULT success|failure|error|skip; REFUSED 1 if the test's output says the
# server refused an opnum (NT_STATUS_RPC_PROCNUM_OUT_OF_RANGE, i.e.
# nca_op_rng_error), else 0; WHY the first line of the reason, blanks squeezed.
smbtorture_results()
{
    awk '
        /^test: / { name = $2; refused = 0; next }
        /PROCNUM_OUT_OF_RANGE/ { refused = 1 }
        /^(success|failure|error|skip): / {
            result = $1; sub(/:$/, "", result); why = $0; sub(/^[a-z]*: [^ ]* *\[? */, "", why)
            if (result != "success" && getline more > 0 && more != "]") why = why more
            if (more ~ /PROCNUM_OUT_OF_RANGE/) refused = 1
            more = ""
            gsub(/[\t ]+/, " ", why)
            print result, $2, refused, why
        }' "$1"
}
