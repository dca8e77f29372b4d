// Shared pieces of the benchmarks: a seeded random generator, timing and peak-memory measurement.
import { spawnSync } from 'node:child_process';

/** mulberry32: a small, fast, seeded generator, so every run builds the same tree. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

/**
 * Runs a command under GNU time; returns wall seconds, peak RSS in MiB, CPU seconds (user + system, less
 * sensitive than wall time to other load on the machine) and the exit code.
 */
export function measure(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    ...options,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const lines = result.stderr.trim().split('\n');
  const [peakKiB, user, system] = lines[lines.length - 1].split(' ').map(Number);
  return {
    wall,
    peakMiB: peakKiB / 1024,
    cpu: user + system,
    code: result.status,
    stdout: result.stdout,
    stderr: lines.slice(0, -1).join('\n'),
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
