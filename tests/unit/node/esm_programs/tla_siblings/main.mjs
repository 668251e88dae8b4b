import './slow.mjs';
import './fast.mjs';
console.log('main');
