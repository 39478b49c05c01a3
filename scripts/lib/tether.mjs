// `node tether.mjs <command> [args…]`: runs the command in a process group of
// its own and ties that group's life to ours and to our parent's. When the
// parent that started us dies (our stdin closes, or we are reparented), or
// when we get SIGTERM/SIGINT/SIGHUP, the whole group (the command and
// whatever it started) gets SIGTERM, then SIGKILL after SMH_TETHER_GRACE_MS.
// When the command exits, what it left behind in its group is killed, and we
// exit with its status. Linux offers Node no "die with your parent"; this is it.
import { spawn } from 'node:child_process';
import { fstatSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
const grace = Number(process.env.SMH_TETHER_GRACE_MS) || 2000;
const parent = process.ppid;

const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], detached: true });
child.on('error', (error) => {
  process.stderr.write(`tether: cannot start ${command}: ${error.message}\n`);
  process.exit(127);
});
child.on('exit', (code, signal) => {
  signalGroup('SIGKILL');
  process.exit(code ?? 128 + (signalNumbers[signal] ?? 1));
});

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  signalGroup('SIGTERM');
  setTimeout(() => signalGroup('SIGKILL'), grace).unref();
}

function signalGroup(signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is gone already
  }
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, stop);
// A pipe from the parent closes when the parent dies, however it dies.
if (fstatSync(0).isFIFO()) process.stdin.on('end', stop).on('error', stop).resume();
setInterval(() => process.ppid !== parent && stop(), 200).unref();

const signalNumbers = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
