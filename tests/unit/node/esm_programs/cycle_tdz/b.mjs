import { a } from './a.mjs';
console.log('b runs');
export const b = 'B';
export function readA() {
  try { return a; } catch (e) { return e.constructor.name + ': ' + e.message; }
}
