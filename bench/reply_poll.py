"""Benchmark: the cost of one `bobby.reply.poll` against a real local network with an AppView.

Starts the test network (tests/appview.py: PLC + PDS + AppView over a throwaway
PostgreSQL), makes a bot and a person, and times, alternating, `--runs` times each:

- reference: one bare listNotifications call through the PDS (httpx, the bot's token):
  the irreducible cost of looking;
- idle poll: `poll` with nothing new (the cron case most of the time);
- answering poll: `poll` after one new mention, answered with a fixed text (the model's
  time is measured by bench/cold_start.py and bench/decode.py, not here).

It also counts the PDS requests each kind of poll makes, from the bot's side.

    python bench/reply_poll.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import httpx

    from bobby import state
    from bobby.bluesky.session import connect
    from bobby.reply import RepliesOptions, poll
    from tests.appview import LocalNetwork, Postgres
    from tests.localpds import prepare

    prepare()
    folder = Path(tempfile.mkdtemp(prefix="bobby-bench-"))
    postgres = Postgres()
    network = LocalNetwork(folder, postgres)
    try:
        os.environ["BOBBY_CONFIG_DIR"] = str(folder / "config")
        from tests.test_reply import Bot, Person

        bot, alice = Bot(network), Person(network, "alice")
        account = connect(bot.options)
        token = network.session(bot.handle, bot.account["password"])["accessJwt"]
        options = RepliesOptions(cooldown=0, per_thread=100, hourly_cap=1000)
        calls: list[str] = []
        original = account.query

        def counted(nsid, what, **params):
            calls.append(nsid)
            return original(nsid, what, **params)

        account.query = counted  # count the reads the poll makes
        timings: dict[str, list[float]] = {"reference": [], "idle": [], "answering": []}
        requests: dict[str, list[int]] = {"idle": [], "answering": []}
        with state.database(folder / "state.db") as db:
            poll(account, db, options, lambda m: "hi")  # the first start
            for run in range(args.runs):
                began = time.perf_counter()
                httpx.get(
                    f"{network.url}/xrpc/app.bsky.notification.listNotifications",
                    headers={"Authorization": f"Bearer {token}"},
                    params={"limit": 50},
                ).raise_for_status()
                timings["reference"].append(time.perf_counter() - began)

                calls.clear()
                began = time.perf_counter()
                assert poll(account, db, options, lambda m: "hi").handled == []
                timings["idle"].append(time.perf_counter() - began)
                requests["idle"].append(len(calls))

                alice.say(f"ping {run}", mention=bot)
                network.process_all()
                calls.clear()
                began = time.perf_counter()
                report = poll(account, db, options, lambda m: f"pong {m.text}")
                timings["answering"].append(time.perf_counter() - began)
                assert [h.outcome for h in report.handled] == ["replied"], report
                requests["answering"].append(len(calls) + 1)  # + the createRecord
    finally:
        network.close()
        postgres.close()
    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}")
    print(f"runs: {args.runs}, alternating")
    for name, values in timings.items():
        shown = ", ".join(f"{v * 1000:.0f}" for v in values)
        print(f"{name:>10}: median {statistics.median(values) * 1000:.0f} ms  [{shown}]")
    for name, values in requests.items():
        print(f"{name:>10}: requests to the PDS per poll {values}")


if __name__ == "__main__":
    main()
