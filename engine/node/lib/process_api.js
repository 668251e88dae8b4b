// engine/node/lib/process_api.js — the parts of the process object that are plain
// JavaScript in Node 20: cpuUsage and kill with their argument checks
// (lib/internal/process/per_thread.js), getActiveResourcesInfo, _getActiveHandles and
// _getActiveRequests over the list of open handles kept here (returned to the runtime),
// setUncaughtExceptionCaptureCallback (lib/internal/process/execution.js), process.release,
// process.binding('util') and the `process` constructor whose prototype is an EventEmitter.
//
// Every figure is synthetic (docs/semantics.md): memory sizes are fixed, CPU time is the
// virtual uptime, and the only process that exists is the program's own.
'use strict';

const process = binding.process;
const EventEmitter = binding.EventEmitter;

function define(name, value) {
  Object.defineProperty(process, name, {
    value, writable: true, enumerable: true, configurable: true,
  });
}

// lib/internal/errors.js ERR_INVALID_ARG_VALUE, raised as a RangeError here.
function invalidArgValueRange(name, value) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return binding.nodeError('RangeError', 'ERR_INVALID_ARG_VALUE',
                           `The ${kind} '${name}' is invalid. Received ${binding.inspect(value)}`);
}

// process.constructor: `process` objects inherit from process.prototype, which inherits
// from EventEmitter.prototype (lib/internal/bootstrap/node.js).
const ProcessConstructor = function process() {};
Object.setPrototypeOf(ProcessConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(process, ProcessConstructor.prototype);

// The active domain; require('domain') turns it into an accessor (lib/domain.js).
define('domain', null);

// Set by the runtime when the process starts exiting (lifecycle.cpp, Process::MarkExiting).
define('_exiting', false);

define('release', {
  name: 'node',
  lts: 'Iron',
  sourceUrl: 'https://nodejs.org/download/release/v20.20.2/node-v20.20.2.tar.gz',
  headersUrl: 'https://nodejs.org/download/release/v20.20.2/node-v20.20.2-headers.tar.gz',
});

// A machine with 4 GiB free of 8 GiB, no cgroup limit (uv_get_constrained_memory's 0 means
// "no limit", which Node 20 reports as 2^64).
define('availableMemory', function availableMemory() { return 4294967296; });
define('constrainedMemory', function constrainedMemory() { return 18446744073709552000; });

function previousValueIsValid(num) {
  return typeof num === 'number' && num <= Number.MAX_SAFE_INTEGER && num >= 0;
}

// The user time is the virtual time since start, in microseconds; system time stays 0.
// The program runs as user and group 1000, whoever runs Loopscope: the owner fs.Stats
// reports for every file (engine/node/modules/fs_binding.cpp), and nothing of the host.
const kUid = 1000;
const kGid = 1000;
define('getuid', function getuid() { return kUid; });
define('geteuid', function geteuid() { return kUid; });
define('getgid', function getgid() { return kGid; });
define('getegid', function getegid() { return kGid; });
define('getgroups', function getgroups() { return [kGid]; });

define('cpuUsage', function cpuUsage(prevValue) {
  if (prevValue) {
    if (!previousValueIsValid(prevValue.user)) {
      if (typeof prevValue !== 'object') throw binding.invalidArgType('prevValue', 'object', prevValue);
      if (typeof prevValue.user !== 'number') {
        throw binding.invalidArgType('prevValue.user', 'number', prevValue.user);
      }
      throw invalidArgValueRange('prevValue.user', prevValue.user);
    }
    if (!previousValueIsValid(prevValue.system)) {
      if (typeof prevValue.system !== 'number') {
        throw binding.invalidArgType('prevValue.system', 'number', prevValue.system);
      }
      throw invalidArgValueRange('prevValue.system', prevValue.system);
    }
  }
  const user = Math.round(process.uptime() * 1e6);
  if (prevValue) return { user: user - prevValue.user, system: 0 - prevValue.system };
  return { user, system: 0 };
});

// os.constants.signals on Linux: the names process.kill accepts.
const kSignals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};

// src/node_process_methods.cc Kill over uv_kill: the program is the only process there is
// (pid 0 and -1 reach it too). Signal 0 probes; a real signal sent to itself is not modelled.
define('_kill', function _kill(pid, sig) {
  if (sig < 0 || sig > 64) return -22;  // UV_EINVAL
  if (pid !== process.pid && pid !== 0 && pid !== -1) return -3;  // UV_ESRCH
  if (sig === 0) return 0;
  return binding.killSelf(sig);
});

define('kill', function kill(pid, sig) {
  if (pid != (pid | 0)) throw binding.invalidArgType('pid', 'number', pid);  // eslint-disable-line eqeqeq
  let err;
  if (sig === (sig | 0)) {
    err = process._kill(pid, sig);  // through process._kill: programs may replace it
  } else {
    sig = sig || 'SIGTERM';
    if (!Object.prototype.hasOwnProperty.call(kSignals, sig)) {
      throw binding.nodeError('TypeError', 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${sig}`);
    }
    err = process._kill(pid, kSignals[sig]);
  }
  if (err) {
    const code = err === -22 ? 'EINVAL' : err === -1 ? 'EPERM' : 'ESRCH';
    const e = new Error(`kill ${code}`);
    e.errno = err;
    e.code = code;
    e.syscall = 'kill';
    throw e;
  }
  return true;
});

// src/handle_wrap.cc: the open handles in the order they were made (env->handle_wrap_queue()),
// each with the name getActiveResourcesInfo gives it, its ref flag (uv_has_ref) and the
// object that owns it. lib/net.js adds its TCP handles; a handle leaves when its close
// callback runs, so a closing handle still counts (HandleWrap::kClosing).
//
// The simulator's stdout and stderr are pipes. Node makes their PipeWraps with the global
// console, on the first write to either (AsyncContexts::OnStdioWrite counts the same two
// handles): they join the list before any handle made after that write, so the list asks
// whether it happened each time it is read or grows.
const handleList = {
  entries: new Map(),  // handle -> { name, ref, owner }
  stdio: false,
  syncStdio() {
    if (this.stdio || !binding.stdioOpen()) return;
    this.stdio = true;
    for (const stream of [process.stdout, process.stderr]) {
      this.entries.set(stream, { name: 'PipeWrap', ref: true, owner: () => stream });
    }
  },
  open(handle, name, owner) {
    this.syncStdio();
    this.entries.set(handle, { name, ref: true, owner });
  },
  setRef(handle, ref) {
    const entry = this.entries.get(handle);
    if (entry) entry.ref = ref;
  },
  closed(handle) { this.entries.delete(handle); },
  refed() {
    this.syncStdio();
    return Array.from(this.entries.values()).filter((entry) => entry.ref);
  },
};

// src/node_process_methods.cc GetActiveResourcesInfo: the requests in flight, the ref'd
// handles, then one 'Timeout' per ref'd timer (timeoutInfo[0]) and one 'Immediate' per
// ref'd immediate.
define('getActiveResourcesInfo', function getActiveResourcesInfo() {
  const [requests, timeouts, immediates] = binding.activeResources();
  const handles = handleList.refed().map((entry) => entry.name);
  return [...requests, ...handles, ...new Array(timeouts).fill('Timeout'),
          ...new Array(immediates).fill('Immediate')];
});

// GetActiveHandles: the owners of the ref'd handles (a net.Socket, a net.Server). Timers
// have no handle of their own in Node 20.
define('_getActiveHandles', function _getActiveHandles() {
  return handleList.refed().map((entry) => entry.owner());
});

// GetActiveRequests: Node returns the request objects its library made (an FSReqCallback
// holding its oncomplete and context); these stand for them by class name only.
const kRequestClasses = new Map();
function requestClass(name) {
  if (!kRequestClasses.has(name)) {
    const cls = { [name]: class {} }[name];
    kRequestClasses.set(name, cls);
  }
  return kRequestClasses.get(name);
}
define('_getActiveRequests', function _getActiveRequests() {
  const [requests] = binding.activeResources();
  return requests.map((name) => new (requestClass(name))());
});

let captureFn = null;
define('setUncaughtExceptionCaptureCallback', function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureFn = null;
    binding.setCaptureCallback(null);
    return;
  }
  if (typeof fn !== 'function') throw binding.invalidArgType('fn', 'function or null', fn);
  if (captureFn !== null) {
    throw binding.nodeError(
      'Error', 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
      '`process.setupUncaughtExceptionCapture()` was called while a capture callback was ' +
      'already active');
  }
  captureFn = fn;
  binding.setCaptureCallback(fn);
});
define('hasUncaughtExceptionCaptureCallback', function hasUncaughtExceptionCaptureCallback() {
  return captureFn !== null;
});

// process.binding('util'): the type checks Node still exposes there (the same functions as
// util.types); any other binding is Node's "No such module".
const kUtilBindingKeys = [
  'isAnyArrayBuffer', 'isArrayBuffer', 'isArrayBufferView', 'isAsyncFunction', 'isDataView',
  'isDate', 'isExternal', 'isMap', 'isMapIterator', 'isNativeError', 'isPromise', 'isRegExp',
  'isSet', 'isSetIterator', 'isTypedArray', 'isUint8Array',
];
define('binding', {
  binding(name) {
    if (name !== 'util') throw new Error(`No such module: ${name}`);
    const types = binding.require('util').types;
    const out = {};
    for (const key of kUtilBindingKeys) out[key] = types[key];
    return out;
  },
}.binding);

// lib/internal/process/per_thread.js hrtimeBigInt: the nanoseconds of the same virtual
// clock process.hrtime() reads (one clock read).
const hrtimeNow = process.hrtime;
process.hrtime.bigint = function bigint() {
  const [seconds, nanoseconds] = hrtimeNow();
  return BigInt(seconds) * 1000000000n + BigInt(nanoseconds);
};

return handleList;
