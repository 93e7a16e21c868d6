"""The project's one set of helpers for databases and Odoo servers.

Every script of the project uses these, and only these: bin/lib.sh through
the command line below, bench/ and tests/ by importing them, and the browser
tests (tests/browser/conftest.py, Python 3.11 without psycopg2) for the server.

    python tests/harness.py --conf ODOO_CONF free-port
    python tests/harness.py --conf ODOO_CONF port-busy PORT   # exit 0 when busy
    python tests/harness.py --conf ODOO_CONF exists DB        # exit 0 when it exists
    python tests/harness.py --conf ODOO_CONF drop DB
    python tests/harness.py --conf ODOO_CONF clone SOURCE TARGET
    python tests/harness.py --conf ODOO_CONF rename SOURCE TARGET

A database is its PostgreSQL database and its filestore, in the cluster and the
data folder that the Odoo configuration file names.
"""
import argparse
import configparser
import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import time

#: seconds a server may take to answer its first request (assets are built later)
START_TIMEOUT = 180
#: server log lines that fail a test: errors, and interactions not recorded
PROBLEM = re.compile(r" (ERROR|CRITICAL) |Could not record the interaction")
#: requests for static files and images, left out of a log tail
ASSET = re.compile(r'"GET /(web/(static|content|image|binary)|[a-z_]+/static)/')


def free_port():
    """A TCP port of 127.0.0.1 that nothing listens on."""
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_busy(port):
    """Whether Odoo could not listen on ``port`` (it binds every interface)."""
    with contextlib.closing(socket.socket()) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as Odoo does
        try:
            sock.bind(("0.0.0.0", port))
        except OSError:
            return True
        return False


class Database(object):
    """A database of the project's cluster, with its filestore, as an Odoo
    configuration file (``rcfile``) describes them."""

    def __init__(self, rcfile, name):
        parser = configparser.ConfigParser()
        parser.read(rcfile)
        options = dict(parser.items("options"))
        self.config = {key: (None if options.get(key) in (None, "", "False") else options[key])
                       for key in ("db_host", "db_port", "db_user", "data_dir")}
        self.rcfile, self.name = rcfile, name

    def connect(self, dbname=None):
        import psycopg2  # not in the browser tests' Python
        connection = psycopg2.connect(
            dbname=dbname or self.name, host=self.config["db_host"],
            port=self.config["db_port"], user=self.config["db_user"])
        connection.autocommit = True
        return connection

    def query(self, sql, params=None, dbname=None):
        with contextlib.closing(self.connect(dbname)) as connection, \
                connection.cursor() as cr:
            cr.execute(sql, params)
            return cr.fetchall() if cr.description else None

    def filestore(self, name=None):
        return os.path.join(self.config["data_dir"], "filestore", name or self.name)

    def exists(self):
        return bool(self.query("SELECT 1 FROM pg_database WHERE datname = %s",
                               [self.name], "postgres"))

    def drop(self):
        self.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                   "WHERE datname = %s", [self.name], "postgres")
        self.query('DROP DATABASE IF EXISTS "%s"' % self.name, dbname="postgres")
        shutil.rmtree(self.filestore(), ignore_errors=True)

    def clone_from(self, source):
        """(Re)create this database as a copy of ``source``, filestore
        included: about a second."""
        self.drop()
        self.query('CREATE DATABASE "%s" TEMPLATE "%s"' % (self.name, source),
                   dbname="postgres")
        if os.path.isdir(self.filestore(source)):
            shutil.copytree(self.filestore(source), self.filestore(), symlinks=True)

    def rename_to(self, name):
        """Rename this database (and its filestore) to ``name``."""
        self.query('ALTER DATABASE "%s" RENAME TO "%s"' % (self.name, name), dbname="postgres")
        if os.path.isdir(self.filestore()):
            shutil.rmtree(self.filestore(name), ignore_errors=True)
            shutil.move(self.filestore(), self.filestore(name))
        self.name = name


@contextlib.contextmanager
def snapshot_copy(rcfile, test_db, suffix):
    """A copy ``<test_db>_<suffix>`` of the snapshot of the freshly installed
    test database that ``bin/test`` takes (``<test_db>_browser``), dropped at
    the end; None when there is no snapshot."""
    snapshot = Database(rcfile, "%s_browser" % test_db)
    if not snapshot.exists():
        yield None
        return
    db = Database(rcfile, "%s_%s" % (test_db, suffix))
    db.clone_from(snapshot.name)
    try:
        yield db
    finally:
        db.drop()


def set_report_url(db, url):
    """wkhtmltopdf fetches the report's style sheets from this server."""
    db.query("DELETE FROM ir_config_parameter WHERE key = 'report.url'")
    db.query("""INSERT INTO ir_config_parameter (key, value, create_uid, write_uid,
                                                  create_date, write_date)
                VALUES ('report.url', %s, 1, 1, now() at time zone 'UTC',
                        now() at time zone 'UTC')""", [url])


class OdooServer(object):
    """``odoo`` on 127.0.0.1 and a free port, for one database, logging to
    ``log``: one threaded process (``workers=0``), or ``--workers=N`` as in
    production. A context manager; ``start``/``stop`` otherwise."""

    def __init__(self, odoo_bin, config_file, db, workers, log):
        self.odoo_bin, self.config_file, self.db = odoo_bin, config_file, db
        self.workers, self.log = workers, str(log)
        self.port = free_port()
        self.url = "http://127.0.0.1:%d" % self.port
        self.process = None

    def start(self):
        import requests  # not needed by the command line
        os.makedirs(os.path.dirname(self.log), exist_ok=True)
        open(self.log, "w").close()
        env = dict(os.environ, ODOO_PRELOAD_ADDONS="no")
        self.process = subprocess.Popen(
            [self.odoo_bin, "-c", self.config_file, "-d", self.db,
             "--db-filter=^%s$" % self.db, "--http-interface=127.0.0.1",
             "--http-port=%d" % self.port, "--longpolling-port=%d" % free_port(),
             "--workers=%d" % self.workers,
             "--max-cron-threads=0", "--limit-time-cpu=600", "--limit-time-real=1200",
             "--limit-memory-soft=4294967296", "--limit-memory-hard=6442450944",
             "--logfile=%s" % self.log, "--log-level=info"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.time() + START_TIMEOUT
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("the Odoo server stopped at start-up:\n" + self.log_tail())
            try:
                if requests.get(self.url + "/web/login", timeout=10).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.5)
        self.stop()
        raise RuntimeError("the Odoo server did not answer in %d s:\n%s"
                           % (START_TIMEOUT, self.log_tail()))

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def log_size(self):
        try:
            return os.path.getsize(self.log)
        except OSError:
            return 0

    def log_text(self, start=0):
        try:
            with open(self.log, "rb") as log:
                log.seek(start)
                return log.read().decode(errors="replace")
        except OSError:
            return ""

    def log_problems(self, start=0):
        """ERROR/CRITICAL lines, and interactions that could not be recorded
        (recording logs and lets the print go on), logged after ``start``."""
        return [line for line in self.log_text(start).splitlines() if PROBLEM.search(line)]

    def log_tail(self, lines=60):
        """The last lines of the log, without the requests for static files."""
        kept = [line for line in self.log_text().splitlines() if not ASSET.search(line)]
        return "\n".join(kept[-lines:]) or "(no server log)"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conf", required=True, help="the Odoo configuration file")
    commands = parser.add_subparsers(dest="command")
    commands.required = True
    commands.add_parser("free-port")
    commands.add_parser("port-busy").add_argument("port", type=int)
    for name in ("exists", "drop"):
        commands.add_parser(name).add_argument("db")
    for name in ("clone", "rename"):
        command = commands.add_parser(name)
        command.add_argument("source")
        command.add_argument("target")
    args = parser.parse_args(argv)
    if args.command == "free-port":
        print(free_port())
    elif args.command == "port-busy":
        return 0 if port_busy(args.port) else 1
    elif args.command == "exists":
        return 0 if Database(args.conf, args.db).exists() else 1
    elif args.command == "drop":
        Database(args.conf, args.db).drop()
    elif args.command == "clone":
        Database(args.conf, args.target).clone_from(args.source)
    else:
        Database(args.conf, args.source).rename_to(args.target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
