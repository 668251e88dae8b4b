exports.done = false;
const b = require('./b');
exports.bSaw = b.sawADone;
exports.done = true;
console.log('a finished, b.done =', b.done);
