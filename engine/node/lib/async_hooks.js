// engine/node/lib/async_hooks.js — require('async_hooks'): AsyncLocalStorage, AsyncResource,
// executionAsyncId/triggerAsyncId/executionAsyncResource, createHook (lib/async_hooks.js).
//
// Internal library code. Node 20 keeps each AsyncLocalStorage's store on the running
// resource and copies it to every resource created; here the stores of all instances form
// one immutable frame (a Map from instance to store) that the host captures with every
// queued item and every promise reaction (engine/node/async_context.h,
// js::Vm::ContinuationData) and puts back while its callback runs: the same stores reach
// the same callbacks. binding: getFrame/setFrame, executionAsyncId, triggerAsyncId,
// newAsyncId, runInScope(asyncId, triggerId, frame, fn, thisArg, args).
'use strict';

function validateFunction(value, name) {
  if (typeof value !== 'function') throw binding.invalidArgType(name, 'function', value);
}

// A new frame: the running one with `storage` set to `store` (or removed when `remove`).
function FrameWith(storage, store, remove) {
  const current = binding.getFrame();
  const frame = current === undefined ? new Map() : new Map(current);
  if (remove) frame.delete(storage);
  else frame.set(storage, store);
  return frame;
}

class AsyncResource {
  constructor(type, opts = {}) {
    if (typeof type !== 'string') throw binding.invalidArgType('type', 'string', type);
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') {
      triggerAsyncId =
        opts.triggerAsyncId === undefined ? binding.executionAsyncId() : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw binding.nodeError('RangeError', 'ERR_INVALID_ASYNC_ID',
                              `Invalid triggerAsyncId value: ${triggerAsyncId}`);
    }
    this.asyncId_ = binding.newAsyncId();
    this.triggerAsyncId_ = triggerAsyncId;
    this.frame_ = binding.getFrame();
    this.type_ = type;
    if (activeHooks.length > 0) dispatch('init', this.asyncId_, type, triggerAsyncId, this);
  }

  // emitBefore … emitAfter around the call; a throw skips the after hooks (the process is
  // going down unless a handler catches, as in Node's callback scope).
  runInAsyncScope(fn, thisArg, ...args) {
    const id = this.asyncId_;
    return binding.runInScope(id, this.triggerAsyncId_, this.frame_, () => {
      if (activeHooks.length > 0) dispatch('before', id);
      const result = Reflect.apply(fn, thisArg, args);
      if (activeHooks.length > 0) dispatch('after', id);
      return result;
    }, undefined, []);
  }

  emitDestroy() {
    if (hasHooks('destroy')) binding.queueDestroy(this.asyncId_);
    return this;
  }

  asyncId() {
    return this.asyncId_;
  }

  triggerAsyncId() {
    return this.triggerAsyncId_;
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    Object.defineProperties(bound, {
      'length': {configurable: true, enumerable: false, value: fn.length, writable: false},
      'asyncResource': {configurable: true, enumerable: true, value: this, writable: true},
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name;
    return (new AsyncResource(type || 'bound-anonymous-fn')).bind(fn, thisArg);
  }
}

// Node 20 keeps the stores with an init hook (lib/async_hooks.js storageHook), enabled while
// any instance is: here the stores travel in the frame instead, but the hook is enabled all
// the same, so that the promise hooks are on and promises take async ids as in Node.
const storageList = [];

class AsyncLocalStorage {
  constructor() {
    this.enabled = false;
  }

  _enable() {
    if (!this.enabled) {
      this.enabled = true;
      storageList.push(this);
      storageHook.enable();
    }
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    return AsyncResource.bind((cb, ...args) => cb(...args));
  }

  disable() {
    if (this.enabled) {
      this.enabled = false;
      storageList.splice(storageList.indexOf(this), 1);
      if (storageList.length === 0) storageHook.disable();
    }
  }

  enterWith(store) {
    this._enable();
    binding.setFrame(FrameWith(this, store, false));
  }

  // lib/async_hooks.js run: the same store again calls straight through. Node sets and then
  // restores this instance's store on the running resource: only this key comes back, so
  // another instance's enterWith inside the callback stays.
  run(store, callback, ...args) {
    if (Object.is(store, this.getStore())) return Reflect.apply(callback, null, args);
    this._enable();
    return this.RunWith_(FrameWith(this, store, false), callback, args);
  }

  // exit: disabled while the callback runs, so nothing it queues carries the store.
  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    this.disable();
    try {
      return this.RunWith_(FrameWith(this, undefined, true), callback, args);
    } finally {
      this._enable();
    }
  }

  RunWith_(frame, callback, args) {
    const saved = binding.getFrame();
    const had = saved !== undefined && saved.has(this);
    const old = had ? saved.get(this) : undefined;
    binding.setFrame(frame);
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      binding.setFrame(FrameWith(this, old, !had));
    }
  }

  getStore() {
    if (!this.enabled) return undefined;
    const frame = binding.getFrame();
    return frame === undefined ? undefined : frame.get(this);
  }
}

// executionAsyncResource(): inside a promise reaction, the promise it settles (as Node's);
// otherwise one object per running resource (the same object for the whole callback, a new
// one for the next), which is what code storing state on it relies on.
let resourceId = -1;
let resource = {};
function executionAsyncResource() {
  const id = binding.executionAsyncId();
  const top = promiseResources.length;
  if (top > 0 && promiseResources[top - 2] === id) return promiseResources[top - 1];
  if (id !== resourceId) {
    resourceId = id;
    resource = {};
  }
  return resource;
}

// createHook (lib/internal/async_hooks.js): the enabled hooks, in enable() order. The host
// calls dispatch(kind, asyncId, type, triggerId, resource) from its queues while this list
// is not empty (engine/node/async_context.h); AsyncResource calls it itself. A hook that
// throws ends the process (fatalError: its stack on stderr, then exit code 1).
const activeHooks = [];

function fatalError(e) {
  console.error(typeof e?.stack === 'string' ? e.stack : e);
  process.exit(1);
}

function dispatch(kind, asyncId, type, triggerAsyncId, resource) {
  // A hook that enables or disables another affects the next event, not this one.
  for (const hook of activeHooks.slice()) {
    const fn = hook.hooks_[kind];
    if (typeof fn !== 'function') continue;
    try {
      if (kind === 'init') {
        Reflect.apply(fn, hook, [asyncId, type, triggerAsyncId, resource]);
      } else {
        Reflect.apply(fn, hook, [asyncId]);
      }
    } catch (e) {
      fatalError(e);
    }
  }
}

function hasHooks(kind) {
  for (const hook of activeHooks) {
    if (typeof hook.hooks_[kind] === 'function') return true;
  }
  return false;
}

// Promises as PROMISE resources (lib/internal/async_hooks.js trackPromise, promiseInitHook,
// promiseBeforeHook, promiseAfterHook, promiseResolveHook): V8's promise hooks
// (binding.setPromiseHooks, engine/js/promise_hooks.h) give each promise an async id the
// first time one sees it, kept on the promise under Node's two symbols; its trigger is the
// promise it derives from (`then`, await), else the running resource. A reaction job runs as
// its derived promise's resource. Promises are destroyed only by V8's garbage collector in
// Node, so no destroy hook ever runs for one here.
const asyncIdSymbol = Symbol('async_id_symbol');
const triggerAsyncIdSymbol = Symbol('trigger_async_id_symbol');
const promiseResources = [];  // (asyncId, promise) of the reaction jobs running, innermost last

function getOrSetAsyncId(object) {
  if (Object.prototype.hasOwnProperty.call(object, asyncIdSymbol)) return object[asyncIdSymbol];
  return object[asyncIdSymbol] = binding.newAsyncId();
}

function trackPromise(promise, parent) {
  if (promise[asyncIdSymbol]) return;
  // The parent's id first, so one made now is lower than the child's.
  const triggerAsyncId = parent ? getOrSetAsyncId(parent) : binding.executionAsyncId();
  promise[asyncIdSymbol] = binding.newAsyncId();
  promise[triggerAsyncIdSymbol] = triggerAsyncId;
}

function promiseInit(promise, parent) {
  trackPromise(promise, parent);
  dispatch('init', promise[asyncIdSymbol], 'PROMISE', promise[triggerAsyncIdSymbol], promise);
}

function promiseBefore(promise) {
  trackPromise(promise);
  const asyncId = promise[asyncIdSymbol];
  binding.pushAsyncContext(asyncId, promise[triggerAsyncIdSymbol]);
  promiseResources.push(asyncId, promise);
  dispatch('before', asyncId);
}

// A hook enabled during the job saw no before: there is no context of its own to pop then.
function promiseAfter(promise) {
  trackPromise(promise);
  const asyncId = promise[asyncIdSymbol];
  dispatch('after', asyncId);
  if (asyncId === binding.executionAsyncId()) {
    binding.popAsyncContext();
    promiseResources.length -= 2;
  }
}

function promiseSettled(promise) {
  trackPromise(promise);
  dispatch('promiseResolve', promise[asyncIdSymbol]);
}

// updatePromiseHookMode: on every enable(), with the init and settled hooks only when a hook
// wants them (a destroy hook alone still numbers promises). Switching off waits for a
// microtask, as a reaction job may be between its before and after hooks.
let wantPromiseHook = false;
let promiseHooksOn = false;
function updatePromiseHookMode() {
  wantPromiseHook = true;
  let init;
  if (hasHooks('init')) init = promiseInit;
  else if (hasHooks('destroy')) init = trackPromise;
  binding.setPromiseHooks(init, promiseBefore, promiseAfter,
                          hasHooks('promiseResolve') ? promiseSettled : undefined);
  promiseHooksOn = true;
}

function disablePromiseHookIfNecessary() {
  if (!wantPromiseHook && promiseHooksOn) {
    binding.setPromiseHooks();
    promiseHooksOn = false;
  }
}

class AsyncHook {
  constructor({init, before, after, destroy, promiseResolve}) {
    const hooks = {init, before, after, destroy, promiseResolve};
    for (const name of Object.keys(hooks)) {
      if (hooks[name] !== undefined && typeof hooks[name] !== 'function') {
        throw binding.nodeError('TypeError', 'ERR_ASYNC_CALLBACK',
                                `hook.${name} must be a function`);
      }
    }
    this.hooks_ = hooks;
  }

  enable() {
    if (activeHooks.includes(this)) return this;
    activeHooks.push(this);
    binding.setHookDispatch(dispatch, hasHooks('destroy'));
    updatePromiseHookMode();
    return this;
  }

  disable() {
    const index = activeHooks.indexOf(this);
    if (index !== -1) {
      activeHooks.splice(index, 1);
      if (activeHooks.length === 0) {
        binding.setHookDispatch(undefined, false);
        wantPromiseHook = false;
        binding.enqueueMicrotask(disablePromiseHookIfNecessary);
      } else {
        binding.setHookDispatch(dispatch, hasHooks('destroy'));
      }
    }
    return this;
  }
}

function createHook(fns) {
  return new AsyncHook(fns);
}

const storageHook = createHook({init() {}});

return {
  AsyncLocalStorage,
  createHook,
  executionAsyncId: () => binding.executionAsyncId(),
  triggerAsyncId: () => binding.triggerAsyncId(),
  executionAsyncResource,
  asyncWrapProviders: Object.freeze({__proto__: null}),
  AsyncResource,
};
