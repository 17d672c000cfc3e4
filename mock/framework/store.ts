import { randomBytes } from 'node:crypto'
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * Holds the simulator's one JSON state object and, unless running in memory, keeps a copy on disk.
 * Writes are coalesced (a burst of requests becomes one write) and atomic (temp file, fsync, rename), so a
 * crash or Ctrl-C leaves either the previous file or the new one, never half of one.
 */
export interface StateStore<TState> {
  /** The live state. Replaced wholesale by `replace`, so read it through the store, don't keep it. */
  readonly state: TState
  /** Schedules a write of the current state (no-op in memory). */
  persist(): void
  replace(next: TState): void
  /** Writes anything pending and waits for it. */
  flush(): Promise<void>
}

const WRITE_DELAY_MS = 20

async function writeAtomically(file: string, data: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  try {
    const handle = await open(temp, 'w')
    try {
      await handle.writeFile(data, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
  } catch (err) {
    await rm(temp, { force: true })
    throw err
  }
}

/**
 * Loads `file` if it holds a state `revive` accepts, else starts from `seed()`. An unreadable file is moved
 * aside (not overwritten) so whatever went wrong can still be looked at.
 */
export async function openStateStore<TState>(options: {
  file: string | null
  seed: () => TState
  revive: (loaded: unknown) => TState | null
  log?: (line: string) => void
}): Promise<StateStore<TState>> {
  const { file, seed, revive, log = (line) => console.warn(line) } = options
  let state = file === null ? seed() : await load(file)

  async function load(path: string): Promise<TState> {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return seed()
      throw err
    }
    let revived: TState | null = null
    try {
      revived = revive(JSON.parse(text))
    } catch {
      revived = null
    }
    if (revived) return revived
    const aside = `${path}.unreadable-${Date.now()}`
    await rename(path, aside)
    log(`[sim] state file could not be used, moved to ${aside}; starting from seed data`)
    return seed()
  }

  if (file === null) {
    return {
      get state() {
        return state
      },
      persist() {},
      replace(next) {
        state = next
      },
      flush: async () => {},
    }
  }

  let dirty = false
  let timer: NodeJS.Timeout | undefined
  let writing: Promise<void> | undefined

  function writeNow(): Promise<void> {
    timer = undefined
    dirty = false
    // Serialise now: the state keeps changing while the bytes go to disk.
    const snapshot = JSON.stringify(state)
    writing = writeAtomically(file as string, snapshot)
      .catch((err: NodeJS.ErrnoException) => {
        dirty = true
        log(`[sim] could not save state: ${err.code ?? err.name}`)
      })
      .finally(() => {
        writing = undefined
        if (dirty) schedule()
      })
    return writing
  }

  function schedule(): void {
    dirty = true
    if (timer || writing) return // the running write reschedules itself when it sees `dirty`
    timer = setTimeout(writeNow, WRITE_DELAY_MS)
    timer.unref()
  }

  return {
    get state() {
      return state
    },
    persist: schedule,
    replace(next) {
      state = next
      schedule()
    },
    async flush() {
      // Bounded: if the disk keeps failing, give up after a few tries rather than hang shutdown.
      for (let attempt = 0; attempt < 5 && (writing || dirty); attempt++) {
        if (writing) await writing
        else {
          clearTimeout(timer)
          await writeNow()
        }
      }
    },
  }
}
