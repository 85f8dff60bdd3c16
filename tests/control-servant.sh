# tests/control-servant.sh: sourced by the scripts that drive
# dlls/clusapi/tests/reconnect.c (tests/server/test_wine_reconnect.sh against
# cmrpd, tests/samba/test_wine_failover.sh against the Samba AD DC).  The
# Windows test asks for a node to go down or up, or the server to stop or be
# killed, by writing DIR/request; the servant answers in DIR/reply, one
# request at a time, and logs each with the time it took.
#
#   serve_control DIR LOG HANDLER     (run it in the background)
# HANDLER REQUEST prints the answer ("ok ...", "error: ...", "refused: ...").

serve_control()
{
    local dir=$1 log=$2 handler=$3 request answer started
    while :; do
        if [ -f "$dir/request" ]; then
            request=$(cat "$dir/request")
            rm -f "$dir/request"
            started=$(date +%s%N)
            answer=$("$handler" "$request")
            echo "# control: $request -> $answer ($((($(date +%s%N) - started) / 1000000)) ms)" >> "$log"
            printf '%s\n' "$answer" > "$dir/reply.tmp"
            mv "$dir/reply.tmp" "$dir/reply"
        fi
        sleep 0.02
    done
}
