// A real local Bluesky network with an AppView, for bobby's reply tests (tests/appview.py).
//
// A lone PDS cannot answer app.bsky.notification.listNotifications: it proxies that call
// to an AppView. @atproto/dev-env's TestNetwork runs PLC + PDS + Bsky AppView (+ Ozone) in
// this one process, over the PostgreSQL database named by DB_POSTGRES_URL (the fixture
// starts a throwaway cluster; REDIS_HOST must be set but is never used). TMPDIR should be
// a per-run folder: the PDSes keep their data under the temp folder.
//
// It prints one JSON line with the URLs, then answers commands on stdin, one line each:
//   process          -> network.processAll(): the AppView has indexed every write so far
//                       -> "processed"
//   account NAME     -> creates NAME.test with an app password -> one JSON line
//                       {handle, did, password (main), app_password}
//   restart          -> closes the PDS and starts it again on the same port and data, as
//                       the same server (accounts, sessions, repos) -> "restarted"
// It exits when stdin closes or on SIGTERM.

'use strict'

const readline = require('node:readline')
const path = require('node:path')
const { TestNetwork, TestPds } = require('@atproto/dev-env')
const { mockResolvers } = require('@atproto/dev-env/dist/util')

// The PDS again, from the settings it runs with (the AppView's subscription reconnects).
async function restart(network) {
  const old = network.pds
  const cfg = old.ctx.cfg
  await old.close()
  const pds = await TestPds.create({
    port: old.port,
    dataDirectory: path.dirname(cfg.db.accountDbLoc),
    blobstoreDiskLocation: cfg.blobstore.location,
    didPlcUrl: network.plc.url,
    bskyAppViewUrl: network.bsky.url,
    bskyAppViewDid: network.bsky.ctx.cfg.serverDid,
    modServiceUrl: cfg.modService.url,
    modServiceDid: cfg.modService.did,
    lexiconDidAuthority: cfg.lexicon.didAuthority,
  })
  mockResolvers(pds.ctx.idResolver, pds)
  network.pds = pds
}

async function main() {
  const network = await TestNetwork.create({})
  const agent = network.pds.getClient()
  process.stdout.write(
    JSON.stringify({ pds: network.pds.url, plc: network.plc.url, appview: network.bsky.url }) + '\n',
  )

  const shutdown = async () => {
    await network.close()
    process.exit(0)
  }
  process.on('SIGTERM', shutdown)

  const lines = readline.createInterface({ input: process.stdin })
  for await (const line of lines) {
    const [command, name] = line.trim().split(/\s+/)
    try {
      if (command === 'process') {
        await network.processAll()
        process.stdout.write('processed\n')
      } else if (command === 'restart') {
        await restart(network)
        process.stdout.write('restarted\n')
      } else if (command === 'account' && /^[a-z][a-z0-9-]*$/.test(name || '')) {
        const password = `${name}-main-password`
        const created = await agent.createAccount({
          email: `${name}@example.com`,
          handle: `${name}.test`,
          password,
        })
        await agent.login({ identifier: created.data.did, password })
        const app = await agent.com.atproto.server.createAppPassword({ name: 'bobby-tests' })
        process.stdout.write(
          JSON.stringify({
            handle: created.data.handle,
            did: created.data.did,
            password,
            app_password: app.data.password,
          }) + '\n',
        )
      } else {
        process.stdout.write(`error: unknown command ${JSON.stringify(line)}\n`)
      }
    } catch (err) {
      process.stdout.write(`error: ${String(err).split('\n')[0]}\n`)
    }
  }
  await shutdown()
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
