const a = require('./a');
module.exports = { sawADone: a.done, done: true };
console.log('b finished');
