setTimeout(() => { console.log('first timer'); throw new Error('boom'); }, 0);
setTimeout(() => console.log('second timer still runs'), 0);
Promise.resolve().then(() => { throw new TypeError('in a microtask'); });
Promise.resolve().then(() => console.log('next microtask still runs'));
console.log('script end');
