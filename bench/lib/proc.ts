// CPU time and resident memory of a process, read from /proc (Linux), for servers running as child processes.
import { readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100;

export interface ProcSample {
  at: number;
  cpuSeconds: number;
  rssBytes: number;
}

export function sampleProcess(pid: number): ProcSample {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name, which sits in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return { at: performance.now(), cpuSeconds: (utime + stime) / TICKS_PER_SECOND, rssBytes: rssKb * 1024 };
}

/** CPU use between two samples, in percent of one core. */
export const cpuPercent = (a: ProcSample, b: ProcSample): number =>
  ((b.cpuSeconds - a.cpuSeconds) / ((b.at - a.at) / 1000)) * 100;

/** Resident memory of a process by kind of mapping, in bytes, from /proc/<pid>/smaps. */
export interface ResidentByKind {
  /** `[heap]`: the main malloc arena (glibc grows it with brk and gives back only what lies above its last used chunk). */
  mallocHeap: number;
  /** Other anonymous mappings: V8's heap and code, other threads' malloc arenas, stacks. */
  anonymous: number;
  /** Mappings of files: the node binary, shared libraries, SQLite's -shm index. */
  files: number;
}

export function residentByKind(pid: number): ResidentByKind {
  const out: ResidentByKind = { mallocHeap: 0, anonymous: 0, files: 0 };
  let kind: keyof ResidentByKind = "anonymous";
  for (const line of readFileSync(`/proc/${pid}/smaps`, "utf8").split("\n")) {
    const mapping = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (mapping) {
      const name = mapping[1] ?? "";
      kind = name === "[heap]" ? "mallocHeap" : name === "" || name.startsWith("[") ? "anonymous" : "files";
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) out[kind] += Number(rss[1]) * 1024;
  }
  return out;
}
