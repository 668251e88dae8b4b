// engine/node/lib/test_mock.js — node:test's MockTracker (mock.fn, mock.method, getter,
// setter, reset, restoreAll), ported from Node 20's lib/internal/test_runner/mock/mock.js.
//
// Node wraps the function in a Proxy; Loopscope's subset has none, so the mock is a plain
// function with the original's name and length and a `mock` property (the
// MockFunctionContext: calls, callCount(), mockImplementation[Once](), restore(),
// resetCalls()). Module mocking is not modelled; mock.timers throws an error naming it.
// Returns { MockTracker }.
'use strict';

class MockFunctionContext {
  #calls = [];
  #mocks = new Map();
  #implementation;
  #restore;
  #times;

  constructor(implementation, restore, times) {
    this.#implementation = implementation;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() {
    return this.#calls.slice(0);
  }
  callCount() {
    return this.#calls.length;
  }
  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }
  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    this.#mocks.set(onCall ?? this.#calls.length, implementation);
  }
  restore() {
    const { descriptor, object, original, methodName } = this.#restore;
    if (methodName !== undefined) {
      Object.defineProperty(object, methodName, descriptor);
    } else {
      // A bare function spy: there is nothing to put back, the mock calls the original.
      this.#implementation = original;
    }
  }
  resetCalls() {
    this.#calls = [];
  }
  // The internal half (Node deletes these from the prototype): record a call, pick the
  // implementation for the next one.
  static TrackCall(ctx, call) {
    ctx.#calls.push(call);
  }
  static NextImpl(ctx) {
    const nextCall = ctx.#calls.length;
    const impl = ctx.#mocks.get(nextCall) ?? ctx.#implementation;
    if (nextCall + 1 === ctx.#times) ctx.restore();
    ctx.#mocks.delete(nextCall);
    return impl;
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw binding.invalidArgType(name, 'function', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object') {
    throw binding.invalidArgType(name, 'object', value);
  }
}

function findMethodOnPrototypeChain(instance, methodName) {
  for (let host = instance; host !== null; host = Object.getPrototypeOf(host)) {
    const descriptor = Object.getOwnPropertyDescriptor(host, methodName);
    if (descriptor) return descriptor;
  }
  return undefined;
}

class MockTracker {
  #mocks = [];

  // Node's MockTimers replace the timers of the whole process: refused, naming the API.
  get timers() {
    throw new Error('node:test mock.timers is not modelled in Loopscope');
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times = Infinity } = options;
    const ctx = new MockFunctionContext(implementation, { original }, times);
    return this.#setupMock(ctx, original);
  }

  method(object, methodName, implementation = undefined, options = {}) {
    if (typeof object !== 'function') validateObject(object, 'object');
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    if (implementation !== undefined) validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { getter = false, setter = false, times = Infinity } = options;
    if (setter && getter) {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
                              "The argument 'options.setter' cannot be used with " +
                              `'options.getter'. Received ${binding.inspect(setter)}`);
    }
    const descriptor = findMethodOnPrototypeChain(object, methodName);
    const original = getter ? descriptor?.get : setter ? descriptor?.set : descriptor?.value;
    if (typeof original !== 'function') {
      throw binding.nodeError('TypeError', 'ERR_INVALID_ARG_VALUE',
                              "The argument 'methodName' must be a method. Received " +
                              binding.inspect(original));
    }
    const restore = { descriptor, object, methodName };
    const ctx = new MockFunctionContext(implementation ?? original, restore, times);
    const mock = this.#setupMock(ctx, original);
    const mockDescriptor = { __proto__: null, configurable: descriptor.configurable,
                             enumerable: descriptor.enumerable };
    if (getter) {
      mockDescriptor.get = mock;
      mockDescriptor.set = descriptor.set;
    } else if (setter) {
      mockDescriptor.get = descriptor.get;
      mockDescriptor.set = mock;
    } else {
      mockDescriptor.writable = descriptor.writable;
      mockDescriptor.value = mock;
    }
    Object.defineProperty(object, methodName, mockDescriptor);
    return mock;
  }

  getter(object, methodName, implementation = undefined, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation = undefined, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  reset() {
    this.restoreAll();
    this.#mocks = [];
  }

  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }

  // mock.js #setupMock: each call (or construction) asks the context for the
  // implementation, runs it and records arguments, result or error, this and target.
  #setupMock(ctx, fnToMatch) {
    function mock(...argList) {
      const fn = MockFunctionContext.NextImpl(ctx);
      const target = new.target;
      let result;
      let error;
      try {
        result = target ? Reflect.construct(fn, argList, target) : Reflect.apply(fn, this, argList);
      } catch (err) {
        error = err;
        throw err;
      } finally {
        MockFunctionContext.TrackCall(ctx, {
          arguments: argList,
          error,
          result,
          stack: new Error(),
          target: target ? fnToMatch : undefined,
          this: target ? result : this,
        });
      }
      return result;
    }
    Object.defineProperty(mock, 'name', { __proto__: null, value: fnToMatch.name, configurable: true });
    Object.defineProperty(mock, 'length', { __proto__: null, value: fnToMatch.length, configurable: true });
    Object.defineProperty(mock, 'mock', { __proto__: null, value: ctx, configurable: true });
    this.#mocks.push(ctx);
    return mock;
  }
}

return { MockTracker };
