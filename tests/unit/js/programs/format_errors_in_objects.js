const e = new Error('inner');
console.log({ message: e.message, name: e.name });
console.log([e.message]);
const err = new RangeError('r'); console.log(err.name === 'RangeError', err + '');
