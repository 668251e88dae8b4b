// The same calls in the same order, printed differently: Node formats values with
// util.inspect, the browser's console log writes each value's text form.
console.log('start');
setTimeout(() => console.log({ a: 1 }, [1, 2]), 0);
