// requestAnimationFrame is a browser's: Node stops at it with a ReferenceError.
console.log('main');
setTimeout(() => console.log('timeout'), 0);
requestAnimationFrame(() => console.log('frame'));
