import { b, readA } from './b.mjs';
console.log('a runs; b is', b, 'readA:', readA());
export let a = 'A';
export function readB() { return b; }
