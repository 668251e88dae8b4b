// require() of the program's own files: extensions, JSON, caching, cycles, and the order of
// what a module queues while it loads.
const path = require('path');
console.log('main start');
process.nextTick(() => console.log('main tick'));
const math = require('./math');
console.log('add', math.add(2, 3), 'loaded', require.length);
console.log('same object', require('./math.js') === math);
const config = require('./config');
console.log('config', config.name, config.items.length);
const a = require('./a');
console.log('a.done', a.done, 'b saw a.done =', a.bSaw);
console.log('filename', path.basename(math.filename), path.basename(math.dirname) === path.basename(__dirname));
Promise.resolve().then(() => console.log('main promise'));
setTimeout(() => console.log('main timeout'), 0);
console.log('self', require(__filename) === module.exports, require('./main') === module.exports);
console.log('main end');
