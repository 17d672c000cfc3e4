#!/usr/bin/env node
// Serves the H5 production build (dist/h5) the way the gateway does in production: gzip, long-lived cache for
// content-hashed assets, no-cache for index.html, and /api/* forwarded to the platform (here: the simulator).
// No dependencies, so e2e tests and a local preview measure the real build, not the webpack dev server.
//
//   node scripts/serve-h5.mjs [--dist dist/h5] [--api http://127.0.0.1:9527] [--port 8080] [--host 127.0.0.1]
import http from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}
// Images and fonts are already compressed; gzipping them again costs CPU and saves nothing.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.txt', '.svg'])
// Taro names bundles `[name].[contenthash:8].js`: such a file never changes, so browsers may keep it for a year.
const HASHED_NAME = /\.[0-9a-f]{8}\.[a-z0-9]+$/i
// Connection-scoped headers must not be forwarded by a proxy (RFC 9110 §7.6.1).
const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
]

function acceptsGzip(header = '') {
  let gzip
  let wildcard
  for (const part of header.split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';')
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const q = qParam ? Number(qParam.slice(2)) : 1
    if (coding === 'gzip') gzip = q
    if (coding === '*') wildcard = q
  }
  return (gzip ?? wildcard ?? 0) > 0
}

function createFileCache(distDir) {
  // Files are read and gzipped once per mtime: the build is immutable while it is served, and a rebuild
  // (new mtime) is picked up without restarting the server.
  const cache = new Map()
  return async function load(urlPath) {
    const filePath = path.join(distDir, path.normalize(decodeURIComponent(urlPath)))
    if (filePath !== distDir && !filePath.startsWith(distDir + path.sep)) return null
    let info
    try {
      info = await stat(filePath)
    } catch {
      return null
    }
    if (!info.isFile()) return null
    const cached = cache.get(filePath)
    if (cached && cached.mtimeMs === info.mtimeMs) return cached
    const ext = path.extname(filePath).toLowerCase()
    const raw = await readFile(filePath)
    const entry = {
      mtimeMs: info.mtimeMs,
      raw,
      gzip: COMPRESSIBLE.has(ext) && raw.length > 512 ? gzipSync(raw, { level: 9 }) : null,
      type: CONTENT_TYPES[ext] ?? 'application/octet-stream',
      etag: `"${info.size.toString(16)}-${Math.trunc(info.mtimeMs).toString(16)}"`,
      cacheControl: HASHED_NAME.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache',
    }
    cache.set(filePath, entry)
    return entry
  }
}

function sendFile(req, res, file) {
  const headers = {
    'Content-Type': file.type,
    'Cache-Control': file.cacheControl,
    ETag: file.etag,
    'X-Content-Type-Options': 'nosniff',
  }
  if (file.gzip) headers.Vary = 'Accept-Encoding'
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, headers).end()
    return
  }
  const useGzip = file.gzip && acceptsGzip(req.headers['accept-encoding'])
  const body = useGzip ? file.gzip : file.raw
  if (useGzip) headers['Content-Encoding'] = 'gzip'
  headers['Content-Length'] = body.length
  res.writeHead(200, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}

function proxy(req, res, target) {
  const headers = { ...req.headers, host: target.host }
  for (const name of HOP_BY_HOP) delete headers[name]
  headers['x-forwarded-for'] = req.socket.remoteAddress
  headers['x-forwarded-host'] = req.headers.host
  const upstream = http.request(
    {
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers,
    },
    (upstreamRes) => {
      const out = { ...upstreamRes.headers }
      for (const name of HOP_BY_HOP) delete out[name]
      res.writeHead(upstreamRes.statusCode, upstreamRes.statusMessage, out)
      upstreamRes.pipe(res)
    },
  )
  upstream.on('error', () => {
    if (res.headersSent) {
      res.destroy()
      return
    }
    // Same error shape as the platform (platform-api.md), so the app shows its normal "try later" message.
    res.writeHead(502, { 'Content-Type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify({ code: 'BAD_GATEWAY', message: '服务暂时不可用，请稍后再试' }))
  })
  req.pipe(upstream)
}

export async function serveH5({ distDir = 'dist/h5', apiTarget, port = 0, host = '127.0.0.1' } = {}) {
  const root = path.resolve(distDir)
  const load = createFileCache(root)
  const target = apiTarget ? new URL(apiTarget) : null
  const index = path.join(root, 'index.html')
  await stat(index).catch(() => {
    throw new Error(`${index} not found: build first with \`npx taro build --type h5\``)
  })

  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost')
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      if (target) proxy(req, res, target)
      else
        res
          .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' })
          .end('no --api target configured\n')
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    try {
      // A path without a file extension is an app route: answer with index.html so the browser-mode router
      // works too (hash mode never asks for one).
      const file =
        (await load(pathname === '/' ? '/index.html' : pathname)) ??
        (path.extname(pathname) ? null : await load('/index.html'))
      if (file) sendFile(req, res, file)
      else res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n')
    } catch (err) {
      // A malformed %-escape is the client's fault; anything else is ours and must not kill the server.
      if (err instanceof URIError) {
        res.writeHead(400).end()
        return
      }
      console.error(err)
      res.writeHead(500).end()
    }
  })

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const { port: actualPort } = server.address()
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist/h5' },
      api: { type: 'string', default: `http://127.0.0.1:${process.env.MOCK_PORT ?? 9527}` },
      port: { type: 'string', default: process.env.PORT ?? '8080' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  })
  const server = await serveH5({
    distDir: values.dist,
    apiTarget: values.api,
    port: Number(values.port),
    host: values.host,
  })
  console.log(`H5 build ${values.dist} on ${server.url}/ (api → ${values.api})`)
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => server.close().then(() => process.exit(0)))
}
