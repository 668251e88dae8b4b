// engine/node/lib/timer_objects.js — the prototypes of Timeout and Immediate objects: the
// fields lib/internal/timers.js keeps on them (_idleTimeout, _onTimeout, _repeat,
// _destroyed) as accessors over the C++ records (engine/node/timers.h), the numeric id a
// Timeout converts to (Symbol.toPrimitive; clearTimeout accepts it back), and
// Symbol.dispose, which clears.
//
// A program may write the fields as Node's own tests do: `_idleTimeout = -1` or
// `_onTimeout = null` stops an interval after its callback, `_repeat = ms` turns a timeout
// into an interval from inside its callback. binding: timeoutField/setTimeoutField,
// timeoutId, immediateDestroyed, timeoutMethods (refresh, unref, ref, hasRef, close) and
// immediateMethods (ref, unref, hasRef).
'use strict';

function accessor(proto, field, get, set) {
  Object.defineProperty(proto, field, {
    get() { return get(this, field); },
    set: set && function(value) { set(this, field, value); },
    enumerable: false,
    configurable: true,
  });
}

// lib/internal/timers.js class Timeout and class Immediate: a program sees their names
// (timer.constructor.name) and their methods on the prototype, in Node's order. Only
// setTimeout/setInterval/setImmediate make the objects (the host keeps the records behind
// them), so calling a constructor directly is refused.
function Timeout() {
  throw new TypeError('Timeout objects are made by setTimeout and setInterval in Loopscope');
}

function Immediate() {
  throw new TypeError('Immediate objects are made by setImmediate in Loopscope');
}

// Class methods are not enumerable; lib/timers.js assigns Timeout.prototype.close, which is.
function defineMethods(proto, names, fns) {
  names.forEach((name, i) => {
    Object.defineProperty(proto, name, {
      value: fns[i], writable: true, enumerable: name === 'close', configurable: true,
    });
  });
}

const timeout = Timeout.prototype;
defineMethods(timeout, ['refresh', 'unref', 'ref', 'hasRef', 'close'], binding.timeoutMethods);
for (const field of ['_idleTimeout', '_onTimeout', '_repeat', '_destroyed']) {
  accessor(timeout, field, binding.timeoutField, binding.setTimeoutField);
}
Object.defineProperty(timeout, Symbol.toPrimitive, {
  value: function() { return binding.timeoutId(this); },
  writable: true, configurable: true,
});
Object.defineProperty(timeout, Symbol.dispose, {
  value: function() { clearTimeout(this); },
  writable: true, configurable: true,
});

const immediate = Immediate.prototype;
defineMethods(immediate, ['ref', 'unref', 'hasRef'], binding.immediateMethods);
accessor(immediate, '_destroyed', binding.immediateDestroyed);
Object.defineProperty(immediate, Symbol.dispose, {
  value: function() { clearImmediate(this); },
  writable: true, configurable: true,
});

return { timeout, immediate };
