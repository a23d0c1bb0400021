# Start and stop code-server for the e2e suites (sourced by run.sh; CACHE and OUT are set there).
# A fresh profile per suite: a reused one restores unsaved editors and keeps old extension hosts alive.
CS="$CACHE/code-server/node_modules/.bin/code-server"
CSPID=

prepare_profile() {
  rm -rf "$1"; mkdir -p "$1/ud/User" "$1/ext"   # --install-extension does not create missing parents
  cp test/e2e/settings.json "$1/ud/User/settings.json"
}

install_vsix() {
  "$CS" --user-data-dir "$1/ud" --extensions-dir "$1/ext" --install-extension "$2" >"$1/install.log" 2>&1 \
    || { cat "$1/install.log"; return 1; }
}

# start_cs PORT PROFILE: serve the workbench; returns once /healthz answers (2-3 s).
start_cs() {
  setsid "$CS" --bind-addr "127.0.0.1:$1" --auth none --user-data-dir "$2/ud" --extensions-dir "$2/ext" \
    --disable-telemetry --disable-update-check --disable-workspace-trust --ignore-last-opened >"$2/cs.log" 2>&1 &
  CSPID=$!
  for _ in $(seq 300); do curl -fs -o /dev/null "http://127.0.0.1:$1/healthz" && return 0; sleep 0.1; done
  return 1
}

# stop_cs: the whole process group — code-server, its extension hosts and their language servers.
stop_cs() {
  if [ -n "$CSPID" ]; then kill -- "-$CSPID" 2>/dev/null; wait "$CSPID" 2>/dev/null; CSPID=; fi
  return 0
}
trap stop_cs EXIT
