// engine/node/lib/timer_objects.js — the prototypes of Timeout and Immediate objects: the
// fields lib/internal/timers.js keeps on them (_idleTimeout, _onTimeout, _repeat,
// _destroyed) as accessors over the C++ records (engine/node/timers.h), the numeric id a
// Timeout converts to (Symbol.toPrimitive; clearTimeout accepts it back), and
// Symbol.dispose, which clears.
//
// A program may write the fields as Node's own tests do: `_idleTimeout = -1` or
// `_onTimeout = null` stops an interval after its callback, `_repeat = ms` turns a timeout
// into an interval from inside its callback.
'use strict';

function accessor(proto, field, get, set) {
  Object.defineProperty(proto, field, {
    get() { return get(this, field); },
    set: set && function(value) { set(this, field, value); },
    enumerable: false,
    configurable: true,
  });
}

const timeout = {};
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

const immediate = {};
accessor(immediate, '_destroyed', binding.immediateDestroyed);
Object.defineProperty(immediate, Symbol.dispose, {
  value: function() { clearImmediate(this); },
  writable: true, configurable: true,
});

return { timeout, immediate };
