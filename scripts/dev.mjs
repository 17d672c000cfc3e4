#!/usr/bin/env node
// `npm start` (h5) and `npm run dev:weapp`: the platform simulator plus a Taro watch build, started
// together and stopped together (Ctrl-C, or either one exiting).
import { spawn } from 'node:child_process'
import process from 'node:process'

const target = process.argv[2] === 'weapp' ? 'weapp' : 'h5'
const mockPort = process.env.PORT ?? '9527'
const h5Port = process.env.H5_PORT ?? '10086'
const env = { ...process.env, PORT: mockPort, MOCK_PORT: mockPort, H5_PORT: h5Port, NODE_ENV: 'development' }

// Local binaries, not npx: npx does not pass SIGTERM on, which left watch builds running after a stop.
const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname
const children = [
  spawn(bin('tsx'), ['mock/server.ts'], { stdio: 'inherit', env }),
  spawn(bin('taro'), ['build', '--type', target, '--watch'], { stdio: 'inherit', env }),
]

let stopping = false
function stopAll(code) {
  if (stopping) return
  stopping = true
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  setTimeout(() => process.exit(code), 500).unref()
}

for (const child of children) child.on('exit', (code) => stopAll(code ?? 0))
process.on('SIGINT', () => stopAll(0))
process.on('SIGTERM', () => stopAll(0))

const banner =
  target === 'h5'
    ? `\n通通办 H5: http://127.0.0.1:${h5Port}/  (simulator http://127.0.0.1:${mockPort}/api/v1, proxied as /api)\n`
    : `\n通通办 weapp: open this folder in WeChat DevTools (project.config.json → dist/weapp); simulator http://127.0.0.1:${mockPort}/api/v1\n`
setTimeout(() => console.log(banner), 1500)
