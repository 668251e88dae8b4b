// toLocaleString in node's default en-US: numbers grouped with at most three fraction
// digits, dates as M/D/YYYY, h:mm:ss AM/PM, arrays element by element.
const numbers = [0, -0, 1234.5678, -1234567.891, 0.0005, 0.0015, 1e21, 123456789012, NaN,
  Infinity, -Infinity, 2.5, 1.0005, 999.9995];
console.log(numbers.map((n) => n.toLocaleString()).join(' | '));
const arr = [1234.5, new Date(0), null, undefined, 'text', true, {}, [1e6, [2.25]]];
console.log(arr.toLocaleString());
console.log(JSON.stringify(new Date(Date.UTC(2026, 11, 6, 12, 0, 0)).toLocaleString()));
console.log(JSON.stringify(new Date(0).toLocaleTimeString()), new Date(0).toLocaleDateString());
const cyclic = [1, 2];
cyclic.push(cyclic);
console.log(JSON.stringify(cyclic.toLocaleString()));
const custom = { toLocaleString() { return 'custom!'; } };
console.log([custom, custom].toLocaleString());
console.log(Array.prototype.toLocaleString.call({ length: 2, 0: 5000, 1: 'x' }));
console.log(Array.prototype.toLocaleString.call('ab'), Array.prototype.toLocaleString.length);
try { [{ toLocaleString: 5 }].toLocaleString(); } catch (e) { console.log(e.name); }
try { Array.prototype.toLocaleString.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.prototype.toLocaleString.call(7), Object.prototype.toLocaleString.call('s'));
console.log(({ toString() { return 'via toString'; } }).toLocaleString());
try { Object.prototype.toLocaleString.call(undefined); } catch (e) { console.log(e.name + ': ' + e.message); }
