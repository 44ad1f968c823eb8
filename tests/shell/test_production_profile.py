"""The production profile of docker-compose.yml, run without Docker.

The topology is built from the real files: the compose file gives the `migrate` command and
the environment of `bot` and `bot-2` (the operator's variables filled in as from a `.env`),
the Dockerfile gives the instances' command, and nginx runs `deploy/nginx.conf` itself. Only
what cannot be the same outside Docker is changed: the database URL (a scratch PostgreSQL
database), the data directory, and the ports (the service names in the proxy's upstream
become local ports). Telegram is the fake Bot API server, which POSTs each update to the
proxy's `/telegram` as Telegram would.

Needs `TEST_DATABASE_URL` and nginx (`apt-get install nginx-light`); without nginx it skips,
except in CI (`CI=true`), where it fails.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from bot.config import Settings
from tests.fakeapi import FakeTelegram, FakeUser
from tests.shell.harness import free_port, free_ports, wait_until_healthy
from tests.support import TEST_KEY

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
PROFILE = "production"
INSTANCES = ("bot", "bot-2")
SECRET = "production-profile_secret-0"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
FIRST_PERSON = 6_100_000
_VARIABLE = re.compile(r"\$\$|\$\{(\w+)(?:(:?)([-?])([^}]*))?\}|\$(\w+)")


# ---------------------------------------------------------------- reading the compose file


def interpolate(text: str, variables: Mapping[str, str]) -> str:
    """Compose's `${NAME}`, `${NAME:-default}` and `${NAME:?error}`, as `docker compose` does.

    A required variable that is missing raises ValueError with compose's own message.
    """

    def substitute(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name = match.group(1) or match.group(5)
        given = variables.get(name)
        empty_counts_as_unset = match.group(2) == ":"
        unset = given is None or (empty_counts_as_unset and given == "")
        if match.group(3) == "?" and unset:
            raise ValueError(f"{name}: {match.group(4)}")
        if match.group(3) == "-" and unset:
            return str(match.group(4))
        return given or ""

    return _VARIABLE.sub(substitute, text)


def load_compose() -> dict[str, Any]:
    compose: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())  # resolves `<<: *bot-env`
    return compose


def profile_services(compose: Mapping[str, Any], profile: str) -> dict[str, Any]:
    """The services `docker compose --profile <profile> up` starts."""
    services: dict[str, Any] = compose["services"]
    return {
        name: service
        for name, service in services.items()
        if not service.get("profiles") or profile in service["profiles"]
    }


def service_environment(service: Mapping[str, Any], variables: Mapping[str, str]) -> dict[str, str]:
    environment = service.get("environment", {})
    assert isinstance(environment, dict), "the environment is written as a mapping"
    return {
        key: interpolate(str(value).lower() if isinstance(value, bool) else str(value), variables)
        for key, value in environment.items()
    }


def service_command(service: Mapping[str, Any]) -> list[str]:
    """The service's `command`, or else the CMD of the Dockerfile it is built from."""
    if "command" in service:
        command: list[str] = service["command"]
    else:
        dockerfile = (COMPOSE.parent / service["build"] / "Dockerfile").read_text()
        found = re.search(r"(?m)^CMD\s+(\[.*\])\s*$", dockerfile)
        assert found is not None, "the Dockerfile has an exec-form CMD"
        command = json.loads(found.group(1))
    assert command[0] == "python", command
    return [sys.executable, *command[1:]]  # the image's python is this one outside Docker


def container_address(name: str, service: Mapping[str, Any], variables: Mapping[str, str]) -> str:
    """How the proxy reaches an instance inside the compose network: the service name and
    the port the bot listens on in its container (WEBHOOK_PORT, or the bot's default)."""
    default = Settings.model_fields["webhook_port"].default
    port = service_environment(service, variables).get("WEBHOOK_PORT", default)
    return f"{name}:{port}"


def host_environment() -> dict[str, str]:
    """This machine's environment without any of the bot's settings: in a container only
    the compose file sets those, and a developer's shell must not leak into the run."""
    settings = {name.upper() for name in Settings.model_fields}
    return {key: value for key, value in os.environ.items() if key.upper() not in settings}


# ---------------------------------------------------------------- the proxy's configuration


def proxy_config(
    source: str, upstreams: Mapping[str, int], listen: tuple[int, int], scratch: str
) -> str:
    """deploy/nginx.conf with each `server <service>:<port>` pointed at a local port, the
    listen port moved, and `scratch` (where temporary files go) added. Nothing else changes."""
    named: set[str] = set()

    def local(match: re.Match[str]) -> str:
        address = match.group(2)
        assert address in upstreams, f"nginx.conf proxies to {address}, which is not running"
        named.add(address)
        return f"{match.group(1)}127.0.0.1:{upstreams[address]}"

    text = re.sub(r"(?m)^(\s*server\s+)([\w.-]+:\d+)", local, source)
    assert named == set(upstreams), f"nginx.conf does not proxy to {set(upstreams) - named}"
    inside, outside = listen
    text, moved = re.subn(rf"(?m)^(\s*listen\s+){inside};", rf"\g<1>127.0.0.1:{outside};", text)
    assert moved == 1, f"nginx.conf listens on {inside} once"
    text, opened = re.subn(r"(?m)^http\s*\{", lambda m: m.group(0) + scratch, text)
    assert opened == 1
    return text


def temp_paths(nginx: str, directory: Path) -> str:
    """Directives that keep nginx's temporary files in `directory`, for each module this
    build has (the packaged defaults are under /var/lib/nginx)."""
    built = subprocess.run([nginx, "-V"], capture_output=True, text=True, check=True).stderr
    kinds = [
        kind
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        if kind == "client_body" or f"--without-http_{kind}_module" not in built
    ]
    return "".join(f"\n    {kind}_temp_path {directory / kind};" for kind in kinds)


def nginx_binary() -> str:
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
    if found is None:
        reason = "nginx is not installed (apt-get install nginx-light)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI must run the production profile test")
        pytest.skip(reason)
    return found


# ---------------------------------------------------------------- running the topology


@dataclass
class Instance:
    name: str
    port: int
    process: asyncio.subprocess.Process
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class Topology:
    proxy: str
    instances: list[Instance]
    error_log: Path


@pytest.fixture
def nginx() -> str:
    return nginx_binary()


@pytest.fixture
def database(empty_postgres_url: str) -> str:
    """A new, empty database: the schema comes from `python -m bot migrate` alone."""
    return empty_postgres_url


async def run_migrate(
    service: Mapping[str, Any], variables: Mapping[str, str], outside: Mapping[str, str]
) -> None:
    env = {**host_environment(), **service_environment(service, variables), **outside}
    process = await asyncio.create_subprocess_exec(
        *service_command(service),
        env=env,
        cwd=outside["DATA_DIR"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, errors = await asyncio.wait_for(process.communicate(), timeout=120)
    assert process.returncode == 0, errors.decode()[-2000:]


@asynccontextmanager
async def bots(
    services: Mapping[str, Any], variables: Mapping[str, str], outside: Mapping[str, str]
) -> AsyncIterator[list[Instance]]:
    started: list[Instance] = []
    data_dir = Path(outside["DATA_DIR"])
    ports = free_ports(len(INSTANCES))
    try:
        for name, port in zip(INSTANCES, ports, strict=True):
            environment = service_environment(services[name], variables)
            assert environment["MIGRATE_ON_START"] == "false", name
            assert environment["WEBHOOK_URL"], f"{name} runs in webhook mode"
            env = {
                **host_environment(),
                **environment,
                **outside,
                "WEBHOOK_LISTEN": "127.0.0.1",
                "WEBHOOK_PORT": str(port),
            }
            log = data_dir / f"{name}.log"
            with log.open("wb") as log_file:
                process = await asyncio.create_subprocess_exec(
                    *service_command(services[name]),
                    env=env,
                    cwd=data_dir,
                    stdout=subprocess.DEVNULL,
                    stderr=log_file,
                )
            started.append(Instance(name, port, process, log))
        await asyncio.gather(*(wait_until_healthy(i.port, i.process) for i in started))
        yield started
    finally:
        for instance in started:
            if instance.process.returncode is None:
                instance.process.send_signal(signal.SIGTERM)
        for instance in started:
            await asyncio.wait_for(instance.process.wait(), timeout=30)


@asynccontextmanager
async def nginx_proxy(
    nginx: str, config: str, port: int, workdir: Path
) -> AsyncIterator[tuple[str, Path]]:
    """nginx in the foreground with this configuration; its pid and error log in `workdir`."""
    conf = workdir / "nginx.conf"
    conf.write_text(config)
    error_log = workdir / "error.log"
    process = await asyncio.create_subprocess_exec(
        nginx,
        "-p",
        str(workdir),
        "-c",
        str(conf),
        "-g",
        f"daemon off; pid {workdir / 'nginx.pid'}; error_log {error_log};",
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        async with httpx.AsyncClient() as client:
            for _ in range(100):
                assert process.returncode is None, error_log.read_text()
                try:
                    if (await client.get(f"{url}/healthz")).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.05)
            else:
                raise AssertionError("the proxy never answered /healthz")
        yield url, error_log
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGQUIT)  # a graceful stop
        try:
            await asyncio.wait_for(process.wait(), timeout=15)
        except TimeoutError:
            process.kill()
            await process.wait()
            raise


@asynccontextmanager
async def production_profile(
    nginx: str, fake: FakeTelegram, database: str, workdir: Path
) -> AsyncIterator[Topology]:
    services = profile_services(load_compose(), PROFILE)
    proxy_port = free_port()
    proxy_url = f"http://127.0.0.1:{proxy_port}"
    variables = {  # what the operator puts in `.env`
        "TELEGRAM_TOKEN": fake.token,
        "ENCRYPTION_KEYS": TEST_KEY,
        "TELEGRAM_API_URL": fake.base_url,
        "WEBHOOK_URL": f"{proxy_url}/telegram",
        "WEBHOOK_SECRET": SECRET,
        "LOG_LEVEL": "WARNING",
    }
    outside = {"DATABASE_URL": database, "DATA_DIR": str(workdir)}
    await run_migrate(services["migrate"], variables, outside)
    async with bots(services, variables, outside) as instances:
        upstreams = {
            container_address(i.name, services[i.name], variables): i.port for i in instances
        }
        proxy = services["proxy"]
        [mount] = [v for v in proxy["volumes"] if v.endswith(":/etc/nginx/nginx.conf:ro")]
        source = (COMPOSE.parent / mount.split(":", 1)[0]).read_text()
        [published] = proxy["ports"]
        inside = int(interpolate(published, {}).rsplit(":", 1)[1])
        nginx_dir = workdir / "nginx"
        nginx_dir.mkdir()
        scratch = temp_paths(nginx, nginx_dir)
        config = proxy_config(source, upstreams, (inside, proxy_port), scratch)
        async with nginx_proxy(nginx, config, proxy_port, nginx_dir) as (url, error_log):
            assert url == proxy_url
            yield Topology(url, instances, error_log)


# ---------------------------------------------------------------- what an operator sees


async def update_counts(instance: Instance) -> Counter[str]:
    """The instance's `goodenough_updates_total` by outcome, scraped from it directly."""
    async with httpx.AsyncClient() as client:
        answer = await client.get(f"{instance.url}/metrics")
    assert answer.status_code == 200
    return Counter(
        {
            sample.labels["outcome"]: int(sample.value)
            for family in text_string_to_metric_families(answer.text)
            for sample in family.samples
            if sample.name == "goodenough_updates_total"
        }
    )


async def everyone_answered_once(fake: FakeTelegram, people: list[FakeUser]) -> None:
    """Each person gets one reply, and nothing more arrives after it."""
    await fake.wait_webhook_idle(timeout=30)
    for person in people:
        await person.expect_messages(1, timeout=15)
    await people[-1].expect_no_message(within=0.5)
    assert [len(p.messages) for p in people] == [1] * len(people)


def logged_errors(instance: Instance) -> list[str]:
    return [line for line in instance.log.read_text().splitlines() if "ERROR" in line]


def some_update(chat_id: int) -> dict[str, Any]:
    return {
        "update_id": 77,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": chat_id, "type": "private"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "Eve"},
            "text": "/start",
        },
    }


def test_the_production_profile_needs_its_webhook_settings_and_keeps_instances_local() -> None:
    """`docker compose --profile production up` stops at once without WEBHOOK_URL or
    WEBHOOK_SECRET, instead of starting a second instance that polls; and only the proxy
    is reachable from beyond the host (an instance's port would bypass it, /metrics too)."""
    services = profile_services(load_compose(), PROFILE)
    assert set(INSTANCES) | {"migrate", "proxy"} <= set(services)
    for name in INSTANCES:
        for published in services[name].get("ports", []):
            assert interpolate(published, {}).startswith("127.0.0.1:"), (name, published)
    complete = {
        "TELEGRAM_TOKEN": "1:x",
        "ENCRYPTION_KEYS": "k",
        "WEBHOOK_URL": "https://example.org/telegram",
        "WEBHOOK_SECRET": "s",
    }
    assert service_environment(services["bot-2"], complete)["WEBHOOK_SECRET"] == "s"
    for missing in ("WEBHOOK_URL", "WEBHOOK_SECRET"):
        partial = {k: v for k, v in complete.items() if k != missing}
        with pytest.raises(ValueError, match=missing):
            service_environment(services["bot-2"], partial)


@pytest.mark.postgres
@pytest.mark.timeout(180)
async def test_two_instances_behind_nginx_answer_everyone_once_even_with_one_killed(
    nginx: str, database: str, tmp_path: Path
) -> None:
    async with (
        FakeTelegram() as fake,
        production_profile(nginx, fake, database, tmp_path) as topology,
    ):
        first, second = topology.instances

        # People writing to the bot through the proxy are answered, by both instances.
        people = [fake.user(FIRST_PERSON + n) for n in range(12)]
        for person in people:
            person.send_text("/start")
        await everyone_answered_once(fake, people)
        handled = [(await update_counts(i))["handled"] for i in topology.instances]
        assert sum(handled) == len(people)
        assert all(count > 0 for count in handled), handled  # the proxy spreads them
        assert all(d.ok for d in fake.webhook_deliveries)

        # A wrong or missing secret is refused at the proxy's door, and nothing happens.
        intruder = fake.user(FIRST_PERSON + 99)
        async with httpx.AsyncClient() as client:
            for headers in ({}, {SECRET_HEADER: "wrong"}, {SECRET_HEADER: SECRET + "x"}):
                answer = await client.post(
                    f"{topology.proxy}/telegram",
                    json=some_update(intruder.chat_id),
                    headers=headers,
                )
                assert answer.status_code == 403
            await intruder.expect_no_message(within=0.5)
            counts = [await update_counts(i) for i in topology.instances]
            assert sum(c.total() for c in counts) == len(people)

            # Health is public; the counts stay on the instances (each serves them, as
            # `update_counts` shows, but not through the proxy).
            health = await client.get(f"{topology.proxy}/healthz")
            assert (health.status_code, health.json()) == (200, {"ok": True})
            assert (await client.get(f"{topology.proxy}/metrics")).status_code == 404

        # One instance dies without a word; whatever the proxy sends it goes to the other.
        first.process.send_signal(signal.SIGKILL)
        await first.process.wait()
        before = len(fake.webhook_deliveries)
        later = [fake.user(FIRST_PERSON + 200 + n) for n in range(12)]
        for person in later:
            person.send_text("/start")
        await everyone_answered_once(fake, later)
        assert all(d.ok for d in list(fake.webhook_deliveries)[before:]), "an update was lost"
        handled_by_second = handled[1] + len(later)
        assert (await update_counts(second))["handled"] == handled_by_second
        # nginx did try the dead instance and moved on: the operator sees it in its log.
        assert f"127.0.0.1:{first.port}" in topology.error_log.read_text()
        assert logged_errors(second) == []
