// CPU time of processes, read from Linux's /proc: the production server's whole process, and a
// PostgreSQL cluster's (the postmaster, its live backends, and what its ended children used).
// The CPU profile sees only JavaScript's own process; on PostgreSQL, the database server's work
// runs on the same cores and counts as much for the rush's rate.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Linux's clock ticks a second (USER_HZ), 100 on every architecture Node runs on here. */
const TICKS_PER_SECOND = 100;

interface ProcessTimes {
  ppid: number;
  /** user + system time of the process itself, in ticks */
  own: number;
  /** user + system time of its ended, reaped children, in ticks */
  children: number;
}

function processTimes(pid: number): ProcessTimes | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces, within parentheses): state is the first.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(fields[1]), own: Number(fields[11]) + Number(fields[12]), children: Number(fields[13]) + Number(fields[14]) };
  } catch {
    return null; // ended meanwhile
  }
}

/** CPU milliseconds one process has used so far (its reaped children included). */
export function processCpuMs(pid: number): number {
  const times = processTimes(pid);
  return times ? ((times.own + times.children) * 1000) / TICKS_PER_SECOND : 0;
}

/** CPU milliseconds a PostgreSQL cluster has used so far: the postmaster, its children alive, and those ended. */
export function clusterCpuMs(dataDir: string): number {
  const postmaster = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  let ticks = 0;
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const times = pid === postmaster ? processTimes(pid) : null;
    if (times) ticks += times.own + times.children;
    else if (pid !== postmaster) {
      const child = processTimes(pid);
      if (child?.ppid === postmaster) ticks += child.own + child.children;
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
