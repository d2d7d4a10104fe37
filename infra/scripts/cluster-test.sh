#!/usr/bin/env bash
# The cluster test: the published app twice on one SQLite file (WAL) and one Redis, behind nginx terminating TLS
# with a self-signed certificate and balancing round-robin, all on loopback ports picked here. Step 1 is this set-up;
# steps 2-7 are driven by infra/cluster/Storefront.Cluster. One line per step with its figure, then
# "cluster: N passed, N failed". Everything started here is stopped by process id on exit, even after a failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

need=()
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null \
    || { echo "FAIL step 1: could not install ${need[*]}"; echo "cluster: 0 passed, 7 failed"; exit 1; }
fi
export PATH="$PATH:/usr/sbin"

work=$(mktemp -d /tmp/storefront-cluster.XXXXXX)
chmod 755 "$work"
pids="$work/pids"
: >"$pids"

stop_all() {
  while read -r pid; do kill -TERM "$pid" 2>/dev/null; done <"$pids"
  for _ in $(seq 50); do
    alive=0
    while read -r pid; do kill -0 "$pid" 2>/dev/null && alive=1; done <"$pids"
    [ "$alive" -eq 0 ] && break
    sleep 0.1
  done
  while read -r pid; do kill -KILL "$pid" 2>/dev/null; done <"$pids"
  rm -rf "$work"
}
trap stop_all EXIT

fail_setup() {
  echo "FAIL step 1: $1"
  for log in "$work"/*.log; do [ -f "$log" ] && { echo "--- $log"; tail -n 20 "$log"; }; done
  echo "cluster: 0 passed, 7 failed"
  exit 1
}

# A free loopback port: nothing answers on it.
free_port() {
  while :; do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

started=$(date +%s)
dotnet publish src/Storefront.Web -c Release --use-current-runtime --self-contained false -o "$work/app" -nologo -v q -clp:ErrorsOnly >"$work/publish.log" 2>&1 || fail_setup "publish failed"
dotnet build infra/cluster/Storefront.Cluster -c Release -nologo -v q -clp:ErrorsOnly >"$work/driver-build.log" 2>&1 || fail_setup "driver build failed"

redis_port=$(free_port); port_a=$(free_port); port_b=$(free_port); proxy_port=$(free_port)
cat >"$work/redis.conf" <<CONF
bind 127.0.0.1
port $redis_port
save ""
appendonly no
daemonize no
pidfile $work/redis.pid
logfile $work/redis.log
dir $work
CONF
redis-server "$work/redis.conf" &
echo $! >>"$pids"

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1" \
  -keyout "$work/key.pem" -out "$work/cert.pem" >"$work/openssl.log" 2>&1 || fail_setup "openssl could not make a certificate"

admin_email="cluster-admin@storefront.local"
admin_password="Cluster-$(openssl rand -hex 12)"
mkdir -p "$work/data" "$work/emails"
start_instance() { # name port
  ASPNETCORE_ENVIRONMENT=Staging \
  ASPNETCORE_URLS="http://127.0.0.1:$2" \
  Database__SqlitePath="$work/data/storefront.db" \
  Email__PickupDirectory="$work/emails" \
  Payments__Provider=Test \
  Redis__Configuration="127.0.0.1:$redis_port" \
  ForwardedHeaders__KnownProxies__0=127.0.0.2 \
  Admin__Email="$admin_email" Admin__Password="$admin_password" \
  Checkout__MaxUnpaidOrdersPerClient=100000 RateLimits__CartWritesPerMinute=100000 \
  RateLimits__CheckoutsPerMinute=100000 RateLimits__PaymentChecksPerMinute=100000 \
  Logging__LogLevel__Default=Warning \
    bash -c 'cd "$1" && exec dotnet Storefront.Web.dll' _ "$work/app" >"$work/$1.log" 2>&1 &
  echo $! >>"$pids"
  last_pid=$!
  for _ in $(seq 120); do
    curl -fs "http://127.0.0.1:$2/health/live" >/dev/null 2>&1 && return 0
    kill -0 "$last_pid" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}
# Every shopper here comes from one address (127.0.0.1), so the per-client checkout limits are lifted; the sign-in
# limit stays, step 7 relies on it. One after the other: the first start migrates and seeds the shared file.
start_instance instance-a "$port_a" || fail_setup "instance A did not start"
start_instance instance-b "$port_b" || fail_setup "instance B did not start"
pid_b=$last_pid

mkdir -p "$work/nginx"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  upstream storefront {
    server 127.0.0.1:$port_a max_fails=1 fail_timeout=30s;
    server 127.0.0.1:$port_b max_fails=1 fail_timeout=30s;
  }
  server {
    listen 127.0.0.1:$proxy_port ssl;
    ssl_certificate $work/cert.pem;
    ssl_certificate_key $work/key.pem;
    client_max_body_size 4m;
    location / {
      proxy_pass http://storefront;
      # The instances trust forwarded headers from 127.0.0.2 only, so a request straight from 127.0.0.1 cannot spoof them.
      proxy_bind 127.0.0.2;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout http_502;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" -g "daemon off;" &
echo $! >>"$pids"

proxy="https://127.0.0.1:$proxy_port"
seen=""
for _ in $(seq 40); do
  upstream=$(curl -sk -o /dev/null -D - "$proxy/health/live" 2>/dev/null | tr -d '\r' | awk -F': ' 'tolower($1)=="x-upstream"{print $2}')
  [ -n "$upstream" ] && seen=$(printf '%s\n%s' "$seen" "$upstream" | sort -u | grep -v '^$')
  [ "$(echo "$seen" | grep -c .)" -ge 2 ] && break
  sleep 0.25
done
[ "$(echo "$seen" | grep -c .)" -ge 2 ] || fail_setup "nginx did not balance over both instances"
ready=$(curl -s "http://127.0.0.1:$port_a/health/ready")
echo "PASS step 1: published once and started in $(( $(date +%s) - started )) s; instances :$port_a and :$port_b on one SQLite file (WAL), Redis :$redis_port, nginx TLS :$proxy_port round-robin over both; ready: $ready"

CLUSTER_PROXY="$proxy" CLUSTER_INSTANCE_A="http://127.0.0.1:$port_a" CLUSTER_INSTANCE_B="http://127.0.0.1:$port_b" \
CLUSTER_INSTANCE_B_PID="$pid_b" CLUSTER_CERT="$work/cert.pem" CLUSTER_DB="$work/data/storefront.db" CLUSTER_EMAILS="$work/emails" \
CLUSTER_REDIS_CONF="$work/redis.conf" CLUSTER_REDIS_PIDFILE="$work/redis.pid" CLUSTER_REDIS_PORT="$redis_port" CLUSTER_PIDS="$pids" \
CLUSTER_ADMIN_EMAIL="$admin_email" CLUSTER_ADMIN_PASSWORD="$admin_password" \
  dotnet infra/cluster/Storefront.Cluster/bin/Release/net10.0/Storefront.Cluster.dll | tee "$work/steps.txt"

passed=$(( $(grep -c '^PASS' "$work/steps.txt") + 1 ))
failed=$(grep -c '^FAIL' "$work/steps.txt")
[ $((passed + failed)) -eq 7 ] || failed=$((7 - passed))
if [ "$failed" -gt 0 ]; then
  for log in instance-a instance-b redis nginx; do echo "--- $log.log"; tail -n 15 "$work/$log.log" 2>/dev/null; done
fi
echo "cluster: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
