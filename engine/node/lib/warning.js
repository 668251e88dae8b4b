// engine/node/lib/warning.js — process.emitWarning and the default 'warning' listener,
// ported from Node 20's lib/internal/process/warning.js.
//
// emitWarning builds the warning (an Error named after its type) and emits 'warning' on
// process from a nextTick, as Node does; the listener installed at startup writes
// "(node:PID) [CODE] Name: message" to stderr, with the one-time "--trace-warnings" hint.
// PID is process.pid: 4242 in the simulator (docs/semantics.md).
'use strict';

let traceWarningHelperShown = false;

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = '(node:' + process.pid + ') ';
  if (warning.code) msg += '[' + warning.code + '] ';
  if (trace && warning.stack) msg += warning.stack;
  else msg += typeof warning.toString === 'function' ? warning.toString() : String(warning);
  if (typeof warning.detail === 'string') msg += '\n' + warning.detail;
  if (!trace && !traceWarningHelperShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += '\n(Use `node ' + flag + ' ...` to show where the warning was created)';
    traceWarningHelperShown = true;
  }
  binding.writeStderr(msg + '\n');
}

function validateString(value, name) {
  if (typeof value !== 'string') throw binding.invalidArgType(name, 'string', value);
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    const message = warning;
    warning = new Error(message);
    warning.name = String(type || 'Warning');
    if (code !== undefined) warning.code = code;
    if (detail !== undefined) warning.detail = detail;
  } else if (!(warning instanceof Error)) {
    throw binding.invalidArgType('warning', 'string or an instance of Error', warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      process.nextTick(() => {
        throw warning;
      });
      return;
    }
  }
  process.nextTick(doEmitWarning, warning);
}

function doEmitWarning(warning) {
  process.emit('warning', warning);
}

return { emitWarning, onWarning };
