// engine/browser/lib/window.js — the browser host's Web APIs in JavaScript (internal code).
//
// Run once per page by engine/browser/window.cpp with `host`, the natives that reach the event
// loop (timers, tasks, animation frames, the console's output). It installs on the global
// object: console (Chromium's logged form), EventTarget/Event, a small DOM (document,
// createElement, appendChild, listeners, click), MessageChannel, fetch (host.fetch, from
// lib/fetch.js), and a getter that refuses
// each Web API the model lacks by name (kRefused). It returns what the host calls back:
// userClick(id). docs/browser.md lists what is modelled.
'use strict';

// ---- console: the logged form -------------------------------------------------------------
// V8's inspector turns each argument to text (v8-console-message.cc V8ValueStringBuilder):
// arrays join their elements with "," (null and undefined as ""), plain objects print their
// Object.prototype.toString tag, functions, dates, errors and regexps their ToString; the
// arguments are joined by spaces and format directives (%s, %o) are not applied.
const objectToString = Object.prototype.toString;
function ArrayText(array, seen) {
  if (seen.includes(array)) return '';
  seen.push(array);
  let out = '';
  for (let i = 0; i < array.length; i++) {
    if (i) out += ',';
    const v = array[i];
    if (v !== null && v !== undefined) out += ValueText(v, seen);
  }
  seen.pop();
  return out;
}
function ValueText(v, seen) {
  switch (typeof v) {
    case 'string': return v;
    case 'symbol': return v.toString();
    case 'bigint': return String(v) + 'n';
    case 'function': return String(v);
    case 'object': break;
    default: return String(v);
  }
  if (v === null) return 'null';
  if (Array.isArray(v)) return ArrayText(v, seen);
  if (v instanceof Number || v instanceof String || v instanceof Boolean) return String(v.valueOf());
  if (v instanceof Date || v instanceof Error || v instanceof RegExp) return String(v);
  return objectToString.call(v);
}
function LoggedForm(args) {
  let out = '';
  for (let i = 0; i < args.length; i++) out += (i ? ' ' : '') + ValueText(args[i], []);
  return out;
}
const console = {};
for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
  // Chromium's log drops an empty message (console.log() and console.log('') alike).
  console[level] = function(...args) {
    const text = LoggedForm(args);
    if (text !== '') host.print(text);
  };
}

// An exception no script caught: HTML "report the exception" logs it and the page goes on.
function Report(error) { host.reportError('Uncaught ' + LoggedForm([error])); }

// ---- events (DOM §2) ------------------------------------------------------------------------
class Event {
  #stop = false;
  #stopNow = false;
  constructor(type, init) {
    if (arguments.length === 0)
      throw new TypeError("Failed to construct 'Event': 1 argument required, but only 0 present.");
    this.type = String(type);
    this.bubbles = Boolean(init && init.bubbles);
    this.cancelable = Boolean(init && init.cancelable);
    this.defaultPrevented = false;
    this.isTrusted = false;
    this.target = null;
    this.currentTarget = null;
    this.eventPhase = 0;
  }
  stopPropagation() { this.#stop = true; }
  stopImmediatePropagation() { this.#stop = true; this.#stopNow = true; }
  preventDefault() { if (this.cancelable) this.defaultPrevented = true; }
  get _stopped() { return this.#stop; }
  get _stoppedNow() { return this.#stopNow; }
}
class MouseEvent extends Event {}
class MessageEvent extends Event {
  constructor(type, init) { super(type, init); this.data = init ? init.data : undefined; }
}

// Calls one listener; an exception is reported and dispatch goes on (DOM §2.10 inner invoke).
function Invoke(target, listener, event) {
  try {
    if (typeof listener === 'function') listener.call(target, event);
    else listener.handleEvent(event);
  } catch (e) {
    Report(e);
  }
}

class EventTarget {
  #listeners = [];
  addEventListener(type, callback, options) {
    if (callback === null || callback === undefined) return;
    const capture = typeof options === 'boolean' ? options : Boolean(options && options.capture);
    const once = Boolean(options && typeof options === 'object' && options.once);
    for (const l of this.#listeners)
      if (l.type === type && l.callback === callback && l.capture === capture) return;
    this.#listeners.push({type: String(type), callback, capture, once, removed: false});
  }
  removeEventListener(type, callback, options) {
    const capture = typeof options === 'boolean' ? options : Boolean(options && options.capture);
    const i = this.#listeners.findIndex(
        l => l.type === type && l.callback === callback && l.capture === capture);
    if (i >= 0) { this.#listeners[i].removed = true; this.#listeners.splice(i, 1); }
  }
  dispatchEvent(event) {
    if (!(event instanceof Event))
      throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
    Dispatch(this, event, null);
    return !event.defaultPrevented;
  }
  // The listeners of `type` for one phase, copied first: listeners added during dispatch do not
  // run (DOM §2.10 "inner invoke" works on a clone of the list).
  _listenersFor(type, capture) {
    return this.#listeners.filter(l => l.type === type && l.capture === capture);
  }
  _removeListener(l) {
    const i = this.#listeners.indexOf(l);
    if (i >= 0) { l.removed = true; this.#listeners.splice(i, 1); }
  }
  get _parent() { return null; }
}

// DOM §2.9 dispatch: capture from the root down, at target, bubble back up. `afterEach` is
// called after every listener returns: a user's click passes the microtask checkpoint there,
// because each listener is then called from an empty JavaScript stack (HTML "clean up after
// running script"); el.click() and dispatchEvent() pass null, the caller's script is still on
// the stack.
// Listeners that dispatch again nest Dispatch inside itself, until the engine's call-depth
// limit throws the RangeError a deep stack throws in Chromium.
function Dispatch(target, event, afterEach) {
  event.target = target;
  const path = [];
  for (let t = target; t; t = t._parent) path.push(t);
  const run = (node, capture, phase) => {
    if (event._stopped) return;
    event.currentTarget = node;
    event.eventPhase = phase;
    for (const l of node._listenersFor(event.type, capture)) {
      if (l.removed) continue;
      if (l.once) node._removeListener(l);
      const handler = l.callback;
      Invoke(node, handler, event);
      if (afterEach) afterEach();
      if (event._stoppedNow) break;
    }
  };
  for (let i = path.length - 1; i > 0; i--) run(path[i], true, 1);
  run(target, true, 2);  // at the target, capturing listeners first (DOM §2.9 step 5.13)
  run(target, false, 2);
  if (event.bubbles) for (let i = 1; i < path.length; i++) run(path[i], false, 3);
  event.currentTarget = null;
  event.eventPhase = 0;
}

// ---- the DOM subset -------------------------------------------------------------------------
class Node extends EventTarget {
  #parent = null;
  constructor() { super(); this.childNodes = []; }
  get _parent() { return this.#parent; }
  get parentNode() { return this.#parent; }
  _setParent(p) { this.#parent = p; }
  appendChild(child) {
    if (!(child instanceof Node))
      throw new TypeError("Failed to execute 'appendChild' on 'Node': parameter 1 is not of type 'Node'.");
    if (child.parentNode) child.parentNode.removeChild(child);
    this.childNodes.push(child);
    child._setParent(this);
    host.markDirty();
    return child;
  }
  removeChild(child) {
    const i = this.childNodes.indexOf(child);
    if (i < 0) throw new Error("Failed to execute 'removeChild' on 'Node': The node to be removed is not a child of this node.");
    this.childNodes.splice(i, 1);
    child._setParent(null);
    host.markDirty();
    return child;
  }
  get firstChild() { return this.childNodes[0] || null; }
}
class Element extends Node {
  #text = '';
  #clickInProgress = false;
  constructor(tag) { super(); this.tagName = tag.toUpperCase(); this.id = ''; }
  get textContent() { return this.#text; }
  set textContent(v) { this.#text = String(v); host.markDirty(); }
  // HTML §6.3 click(): a synthetic click dispatched synchronously, inside the caller's script;
  // a click() while this element's click is in progress does nothing (steps 2-3).
  click() {
    if (this.#clickInProgress) return;
    this.#clickInProgress = true;
    try {
      Dispatch(this, NewClick(false), null);
    } finally {
      this.#clickInProgress = false;
    }
  }
}
function NewClick(trusted) {
  const e = new MouseEvent('click', {bubbles: true, cancelable: true});
  e.isTrusted = trusted;
  return e;
}
class Document extends Node {
  constructor() {
    super();
    this.documentElement = new Element('html');
    this.body = new Element('body');
    this.appendChild(this.documentElement);
    this.documentElement.appendChild(this.body);
  }
  get _parent() { return windowTarget; }  // a click bubbles on to the window (HTML §7.2)
  createElement(tag) { return new Element(String(tag)); }
  getElementById(id) { return FindById(this, String(id)); }
}
function FindById(node, id) {
  for (const c of node.childNodes) {
    if (c.id === id) return c;
    const found = FindById(c, id);
    if (found) return found;
  }
  return null;
}
const document = new Document();

// ---- MessageChannel (HTML §9.4) -------------------------------------------------------------
// postMessage copies the data (StructuredSerialize) and queues a task on the posted-message
// task source of the other port; a port delivers only once started (setting onmessage
// starts it, as start() does).
class MessagePort extends EventTarget {
  #other = null;
  #started = false;
  #closed = false;
  #pending = [];
  #onmessage = null;
  _entangle(other) { this.#other = other; }
  postMessage(data) {
    const target = this.#other;
    if (!target || this.#closed) return;
    const copy = host.clone(data, 'postMessage', 'MessagePort');
    host.postTask('message', () => target._deliver(copy), 'message to port');
  }
  _deliver(data) {
    if (this.#closed) return;
    if (!this.#started) { this.#pending.push(data); return; }
    Dispatch(this, new MessageEvent('message', {data}), null);
  }
  start() {
    if (this.#started) return;
    this.#started = true;
    for (const data of this.#pending.splice(0))
      host.postTask('message', () => this._deliver(data), 'message to port');
  }
  close() { this.#closed = true; }
  get onmessage() { return this.#onmessage; }
  set onmessage(fn) {
    if (this.#onmessage) this.removeEventListener('message', this.#onmessage);
    this.#onmessage = typeof fn === 'function' ? fn : null;
    if (this.#onmessage) this.addEventListener('message', this.#onmessage);
    this.start();
  }
}
class MessageChannel {
  constructor() {
    this.port1 = new MessagePort();
    this.port2 = new MessagePort();
    this.port1._entangle(this.port2);
    this.port2._entangle(this.port1);
  }
}

// ---- timers, frames, microtasks ------------------------------------------------------------
function setTimeout(handler, timeout, ...args) {
  return host.setTimer(Callable(handler, 'setTimeout'), Number(timeout) || 0, false, args);
}
function setInterval(handler, timeout, ...args) {
  return host.setTimer(Callable(handler, 'setInterval'), Number(timeout) || 0, true, args);
}
function clearTimeout(id) { host.clearTimer(Number(id) || 0); }
function requestAnimationFrame(callback) {
  if (typeof callback !== 'function')
    throw new TypeError("Failed to execute 'requestAnimationFrame' on 'Window': The callback provided as parameter 1 is not a function.");
  return host.requestFrame(callback);
}
function cancelAnimationFrame(id) { host.cancelFrame(Number(id) || 0); }
function queueMicrotask(callback) {
  if (typeof callback !== 'function')
    throw new TypeError("Failed to execute 'queueMicrotask' on 'Window': The callback provided as parameter 1 is not a function.");
  host.queueMicrotask(callback);
}
// A string handler would be compiled as code (eval): out of the subset, refused by name.
function Callable(handler, api) {
  if (typeof handler === 'function') return handler;
  return host.refuse(api + ' with a string of code');
}

const performance = {now: host.now};
Object.defineProperty(Date, 'now', {value: host.dateNow, writable: true, configurable: true});

// ---- the global object ----------------------------------------------------------------------
const windowTarget = new EventTarget();
const globals = {
  console, Event, MouseEvent, MessageEvent, EventTarget, Node, Element, Document, document,
  MessagePort, MessageChannel, setTimeout, setInterval, clearTimeout,
  clearInterval: clearTimeout, requestAnimationFrame, cancelAnimationFrame, queueMicrotask,
  performance, structuredClone: (v) => host.clone(v, 'structuredClone', 'Window'),
  fetch: host.fetch, Headers: host.types.Headers, Blob: host.types.Blob,
  URLSearchParams: host.types.URLSearchParams,
  addEventListener: (...a) => windowTarget.addEventListener(...a),
  removeEventListener: (...a) => windowTarget.removeEventListener(...a),
  dispatchEvent: (e) => windowTarget.dispatchEvent(e),
};
for (const name of Object.keys(globals)) {
  Object.defineProperty(globalThis, name,
                        {value: globals[name], writable: true, configurable: true, enumerable: false});
}
for (const name of ['window', 'self', 'globalThis'])
  Object.defineProperty(globalThis, name, {value: globalThis, writable: true, configurable: true});

// Web APIs Chromium has and this model does not: reading one ends the run with a located error
// naming it, rather than an undefined that would silently change what the program does.
const kRefused = {
  global: ['XMLHttpRequest', 'WebSocket', 'Worker', 'SharedWorker', 'BroadcastChannel',
           'requestIdleCallback', 'cancelIdleCallback', 'localStorage', 'sessionStorage',
           'indexedDB', 'navigator', 'location', 'history', 'alert', 'confirm', 'prompt',
           'getComputedStyle', 'matchMedia', 'IntersectionObserver', 'MutationObserver',
           'ResizeObserver', 'CustomEvent', 'KeyboardEvent', 'AbortController', 'AbortSignal',
           'crypto', 'scheduler', 'postMessage', 'open', 'close', 'scrollTo', 'Image', 'URL',
           'TextEncoder', 'TextDecoder', 'FormData', 'File', 'FileReader', 'Request', 'Response',
           'ReadableStream', 'WritableStream', 'TransformStream'],
  document: ['querySelector', 'querySelectorAll', 'getElementsByClassName',
             'getElementsByTagName', 'createTextNode', 'createEvent', 'createDocumentFragment',
             'head', 'title', 'cookie', 'readyState', 'visibilityState', 'hidden', 'activeElement',
             'write', 'location'],
  element: ['innerHTML', 'outerHTML', 'innerText', 'classList', 'className', 'style',
            'setAttribute', 'getAttribute', 'removeAttribute', 'dataset', 'children',
            'querySelector', 'querySelectorAll', 'getBoundingClientRect', 'offsetWidth',
            'offsetHeight', 'focus', 'blur', 'remove', 'append', 'prepend', 'insertBefore',
            'replaceChild', 'cloneNode', 'contains', 'closest', 'matches', 'scrollIntoView',
            'animate', 'value', 'checked', 'disabled', 'onclick'],
};
function Refuse(object, owner, names) {
  for (const name of names) {
    Object.defineProperty(object, name, {
      get() { return host.refuse(owner + name); },
      set(v) { host.refuse(owner + name); },
      configurable: true, enumerable: false,
    });
  }
}
Refuse(globalThis, '', kRefused.global);
Refuse(Document.prototype, 'document.', kRefused.document);
Refuse(Element.prototype, 'element.', kRefused.element);
Refuse(console, 'console.', ['table', 'dir', 'trace', 'group', 'groupEnd', 'time', 'timeEnd',
                             'count', 'assert', 'clear']);

return {
  // A user's click on the element with this id (scenario browser.clicks): a trusted event
  // dispatched from the user-interaction task, with a microtask checkpoint after each listener.
  userClick(id) {
    const el = document.getElementById(id);
    if (!el) return false;
    Dispatch(el, NewClick(true), () => host.checkpoint());
    return true;
  },
  report: Report,
  loggedForm: (v) => LoggedForm([v]),
};
