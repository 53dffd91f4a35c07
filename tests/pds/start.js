// A real local Bluesky PDS for bobby's posting tests (started by tests/conftest.py).
//
// Starts a PLC directory and a PDS from @atproto/dev-env on free localhost ports, keeps
// their data in the folder given as the first argument, creates two accounts and prints
// one JSON line on stdout: the URLs, the poster's handle, DID and app password, the other
// account (for mentions and a profile with content), and the PDS's request log (one JSON line per request, which the
// tests read to count createSession calls).
//
// Then it reads commands on stdin, one per line, and answers each with one line:
//   stop   -> closes the PDS (the PLC directory keeps running)   -> "stopped"
//   start  -> starts it again on the same port and data folder    -> "started"
// so a test can take the PDS away and bring the same one back. It exits when stdin
// closes or on SIGTERM.

'use strict'

const fs = require('node:fs')
const path = require('node:path')
const readline = require('node:readline')

const dataDir = process.argv[2]
if (!dataDir) {
  console.error('usage: node start.js DATA_DIR')
  process.exit(2)
}
fs.mkdirSync(dataDir, { recursive: true })
const logFile = path.join(dataDir, 'pds-requests.log')
// @atproto/common reads these when it is first loaded: log every HTTP request of the PDS.
process.env.LOG_ENABLED = 'true'
process.env.LOG_SYSTEMS = 'pds'
process.env.LOG_LEVEL = 'info'
process.env.LOG_DESTINATION = logFile

const { TestPlc, TestPds } = require('@atproto/dev-env')
const { Secp256k1Keypair } = require('@atproto/crypto')
const getPort = require('get-port')

async function main() {
  const plc = await TestPlc.create({})
  const rotationKey = await Secp256k1Keypair.create({ exportable: true })
  // The same settings on every start, so a restarted PDS is the same server with the same repos.
  const config = {
    port: await getPort(),
    didPlcUrl: plc.url,
    dataDirectory: path.join(dataDir, 'pds'),
    blobstoreDiskLocation: path.join(dataDir, 'blobs'),
    plcRotationKeyK256PrivateKeyHex: Buffer.from(await rotationKey.export()).toString('hex'),
  }
  fs.mkdirSync(config.dataDirectory, { recursive: true })
  let pds = await TestPds.create(config)

  const agent = pds.getClient()
  const other = await agent.createAccount({
    email: 'alice@example.com',
    handle: 'alice.test',
    password: 'alice-main-password',
  })
  const poster = await agent.createAccount({
    email: 'bobby@example.com',
    handle: 'bobby.test',
    password: 'bobby-main-password',
  })
  // bobby logs in with an app password, as its users do.
  const appPassword = await agent.com.atproto.server.createAppPassword({ name: 'bobby-tests' })

  process.stdout.write(
    JSON.stringify({
      pds: pds.url,
      plc: plc.url,
      handle: poster.data.handle,
      did: poster.data.did,
      password: appPassword.data.password,
      other: { handle: other.data.handle, did: other.data.did, password: 'alice-main-password' },
      log: logFile,
    }) + '\n',
  )

  const shutdown = async () => {
    if (pds) await pds.close()
    await plc.close()
    process.exit(0)
  }
  process.on('SIGTERM', shutdown)

  const lines = readline.createInterface({ input: process.stdin })
  for await (const line of lines) {
    const command = line.trim()
    if (command === 'stop' && pds) {
      await pds.close()
      pds = null
      process.stdout.write('stopped\n')
    } else if (command === 'start' && !pds) {
      pds = await TestPds.create(config)
      process.stdout.write('started\n')
    } else {
      process.stdout.write(`error: cannot ${command} now\n`)
    }
  }
  await shutdown()
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
