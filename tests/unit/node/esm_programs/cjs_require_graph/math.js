console.log('math loading');
process.nextTick(() => console.log('math tick'));
Promise.resolve().then(() => console.log('math promise'));
exports.add = (x, y) => x + y;
exports.filename = __filename;
exports.dirname = __dirname;
