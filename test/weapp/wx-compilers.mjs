/**
 * WeChat's own WXML/WXSS compilers (`wcc`, `wcsc`), as shipped by the npm package
 * `miniprogram-compiler`, called directly. The package's JS wrapper is not used: its `wxssToJs`
 * returns an Error instead of throwing, so a broken stylesheet would pass unnoticed.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

const require = createRequire(import.meta.url)

const PLATFORM_DIRS = { linux: 'linux', darwin: 'mac', win32: 'windows' }

/** Compiled output of a whole app is a few MB at most; the default 1 MB would truncate it. */
const MAX_BUFFER = 256 * 1024 * 1024

/** @type {Map<string, string>} */
const resolved = new Map()

/**
 * Path of an executable `wcc`/`wcsc`. npm does not keep the exec bit on these files, and we must not
 * modify node_modules (the npm wrapper chmods in place), so a non-executable binary is copied once
 * into the OS temp dir, keyed by its content hash.
 * @param {'wcc' | 'wcsc'} name
 */
export function compilerPath(name) {
  const cached = resolved.get(name)
  if (cached) return cached
  const platformDir = PLATFORM_DIRS[process.platform]
  if (!platformDir) throw new Error(`miniprogram-compiler has no ${name} binary for ${process.platform}`)
  const pkgDir = path.dirname(require.resolve('miniprogram-compiler/package.json'))
  const shipped = path.join(pkgDir, 'bin', platformDir, process.platform === 'win32' ? `${name}.exe` : name)
  let runnable = shipped
  try {
    fs.accessSync(shipped, fs.constants.X_OK)
  } catch {
    const bytes = fs.readFileSync(shipped)
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16)
    runnable = path.join(os.tmpdir(), `miniprogram-compiler-${hash}`, path.basename(shipped))
    if (!fs.existsSync(runnable)) {
      fs.mkdirSync(path.dirname(runnable), { recursive: true })
      // Write under a unique name and rename: parallel test processes may race here.
      const partial = `${runnable}.${process.pid}`
      fs.writeFileSync(partial, bytes, { mode: 0o755 })
      fs.renameSync(partial, runnable)
    }
  }
  resolved.set(name, runnable)
  return runnable
}

/**
 * @typedef {{ ok: boolean, status: number | null, stdout: string, stderr: string }} CompileResult
 * `ok` is false on a non-zero exit *or* any stderr output: wcc reports some errors (a missing wxs
 * module, for one) on stderr and still exits 0.
 */

/**
 * @param {'wcc' | 'wcsc'} name
 * @param {string[]} args
 * @param {string} cwd
 * @returns {CompileResult}
 */
function run(name, args, cwd) {
  const bin = compilerPath(name)
  const result = spawnSync(bin, args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8' })
  if (result.error) throw result.error
  const stderr = result.stderr.trim()
  return {
    ok: result.status === 0 && stderr === '',
    status: result.status,
    stdout: result.stdout,
    stderr,
  }
}

/**
 * Compile WXML (plus WXS modules) the way DevTools does (`-cc`: complete code for custom components,
 * with each file's declared component tags). stdout is JS that defines `$gwx(path)`.
 * @param {string} rootDir mini-program root; file paths are relative to it
 * @param {string[]} wxmlFiles
 * @param {string[]} wxsFiles
 */
export function runWcc(rootDir, wxmlFiles, wxsFiles) {
  // "-cc '<count> <a.wxml> <n> <tag…> <b.wxml> …'": the component tags each page/component declares.
  const groups = []
  for (const file of wxmlFiles) {
    const tags = usingComponentTags(path.join(rootDir, file.replace(/\.wxml$/, '.json')))
    if (tags.length > 0) groups.push([file, tags.length, ...tags].join(' '))
  }
  const componentArg = [groups.length, ...groups].join(' ')
  return run('wcc', ['-d', '-cc', componentArg, ...wxmlFiles, ...wxsFiles, '-gn', '$gwx'], rootDir)
}

/**
 * Compile WXSS files (`wcsc -db -pc 0 <files>`); `@import`s are resolved relative to rootDir.
 * @param {string} rootDir
 * @param {string[]} wxssFiles
 */
export function runWcsc(rootDir, wxssFiles) {
  return run('wcsc', ['-db', '-pc', '0', ...wxssFiles], rootDir)
}

/** Tags from a .json's usingComponents; a missing or broken .json is reported by the JSON check instead. */
function usingComponentTags(jsonFile) {
  try {
    return Object.keys(JSON.parse(fs.readFileSync(jsonFile, 'utf8')).usingComponents ?? {})
  } catch {
    return []
  }
}
