export let count = 0;
export const name = 'lib';
export function increment() { count++; return this; }
export class Point { constructor(x) { this.x = x; } }
export default function () { return 'default fn'; }
const hidden = 42, other = 'o';
export { hidden as answer, other };
export { base, twice as double } from './base.mjs';
export * from './extra.mjs';
export * as extras from './extra.mjs';
export var [first, , third = 3] = [1, 2];
