import { a, readB } from './a.mjs';
console.log('main', a, readB());
