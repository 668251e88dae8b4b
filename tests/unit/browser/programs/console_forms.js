console.log('text', 42, 1.5, -0, true, null, undefined, NaN);
console.log([1, 2, [3, 4]], [null, undefined, 'x'], []);
console.log({a: 1}, new Map(), new Set([1]), Symbol('s'));
console.log(new Error('boom'), new TypeError('bad'), /re/g);
console.log('%s and %d stay as written', 'x', 1);
console.info('info'); console.warn('warn'); console.error('error'); console.debug('debug');
console.log();
console.log('two\nlines');
