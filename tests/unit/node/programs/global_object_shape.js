// The global object's own properties as Node 20 leaves them: the enumerable ones in order
// (fetch is not simulated, so it is left out of the list), accessors where Node defines
// them lazily, what reading and assigning them does, and the object's toString tag.
console.log(Object.keys(globalThis).filter((k) => k !== 'fetch').join(' '));
const names = ['console', 'process', 'global', 'Buffer', 'setTimeout', 'queueMicrotask',
  'structuredClone', 'URL', 'DOMException', 'AbortController', 'Event', 'TextEncoder',
  'ReadableStream', 'atob', 'performance', 'crypto'];
for (const name of names) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  const setter = d.set ? JSON.stringify(d.set.name) : '-';
  const getter = d.get ? JSON.stringify(d.get.name) : '';
  const shape = d.get ? `get ${getter} set ${setter}` : `data writable=${d.writable}`;
  console.log(name, shape, `enumerable=${d.enumerable}`, `configurable=${d.configurable}`);
}
console.log(Object.prototype.toString.call(globalThis), String(globalThis));
const encoder = TextEncoder;  // a lazy global becomes a data property when read
console.log(typeof Object.getOwnPropertyDescriptor(globalThis, 'TextEncoder').value, encoder.name);
AbortController = 42;  // or when assigned
console.log(Object.getOwnPropertyDescriptor(globalThis, 'AbortController'));
const realProcess = process;
globalThis.process = 'replaced';  // process stays an accessor over the new value
console.log(typeof Object.getOwnPropertyDescriptor(globalThis, 'process').get, process);
globalThis.process = realProcess;
globalThis.crypto = 'ignored';  // no setter: the assignment does nothing outside strict mode
console.log(typeof crypto.randomUUID);
let inGlobal = 0;
for (const key in globalThis) inGlobal += key === 'process' || key === 'console' ? 1 : 0;
console.log('console or process enumerated:', inGlobal);
