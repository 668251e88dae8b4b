// process_env_exotic.js: process.env stores strings (numbers, undefined, null, objects through
// toString), refuses symbols and non-data descriptors as node does, and is otherwise an
// ordinary object: `in`, delete, Object.keys, for-in, JSON and console.log.
for (const key of Object.keys(process.env)) delete process.env[key];
console.log(process.env, Object.keys(process.env));
process.env.NUM = 1;
process.env.UNDEF = undefined;
process.env.NULL = null;
process.env.OBJ = { toString() { return 'from toString'; } };
process.env[42] = true;
console.log(process.env);
console.log(typeof process.env.NUM, process.env.NUM === '1', process.env.UNDEF === 'undefined');
console.log('NUM' in process.env, delete process.env.NUM, 'NUM' in process.env, process.env.NUM);
console.log(delete process.env.MISSING, 'MISSING' in process.env, process.env.MISSING);
const keys = [];
for (const key in process.env) keys.push(key);
console.log(keys, JSON.stringify(process.env));
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('symbol value', () => { process.env.S = Symbol('s'); });
attempt('symbol key', () => { process.env[Symbol('k')] = 'v'; });
attempt('throwing toString', () => { process.env.T = { toString() { throw new Error('no'); } }; });
attempt('define value only', () => Object.defineProperty(process.env, 'D', { value: 'x' }));
attempt('define getter', () => Object.defineProperty(process.env, 'D', { get() { return 1; } }));
attempt('define empty', () => Object.defineProperty(process.env, 'D', {}));
attempt('define data', () => Object.defineProperty(process.env, 'D',
  { value: 7, writable: true, enumerable: true, configurable: true }));
console.log(Object.getOwnPropertyDescriptor(process.env, 'D'), 'S' in process.env, 'T' in process.env);
Object.assign(process.env, { A: 2, B: false });
console.log(process.env.A, process.env.B, process.env[Symbol('k')]);
console.log(Object.keys(process.env).length, Object.entries(process.env).every(([, v]) => typeof v === 'string'));
