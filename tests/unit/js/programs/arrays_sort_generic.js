// Array.prototype.sort over array-likes and holey arrays: holes read through the
// prototype chain, undefined sorts last, the rest of the length is deleted.
const o = { length: 5, 0: 'c', 2: 'a', 3: undefined, 4: 'b' };
console.log(Array.prototype.sort.call(o), Object.keys(o));
Array.prototype[1] = 'z';
const holey = ['d', , 'a'];
console.log(holey.sort(), holey.hasOwnProperty(1));
delete Array.prototype[1];
console.log([3, undefined, 1, , 2].sort(), [3, undefined, 1, , 2].sort((x, y) => y - x));
try { [1, 2].sort(null); } catch (e) { console.log(e.constructor.name, e.message); }
try { Array.prototype.sort.call(undefined); } catch (e) { console.log(e.constructor.name, e.message); }
try { Array.prototype.sort.call(null, 1); } catch (e) { console.log(e.constructor.name, e.message); }
const s = new String('cba');
try { Array.prototype.sort.call(s); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(typeof Array.prototype.sort.call(true), Array.prototype.sort.call({ length: 0 }));
const args = (function () { return arguments; })(3, 1, 2);
console.log(Array.prototype.sort.call(args));
// A comparator that throws stops the sort.
try { [2, 1].sort(() => { throw new Error('cmp'); }); } catch (e) { console.log(e.message); }
// Holes: an element read through the prototype, and the hole left at the end.
const a = [1, , 0];
Array.prototype[1] = 5;
console.log(a.sort(), a.length, 2 in a, a.hasOwnProperty(2));
delete Array.prototype[1];
const x = [0];
x.length = 3;
Array.prototype[2] = 2;
console.log(x[1], x[2], x.concat(), x.pop(), x.length);
delete Array.prototype[2];
const mapped = (function (a) { return arguments; })(1, 2);
Object.defineProperty(mapped, 0, { get() { return 'getter'; } });
console.log(mapped[0], Array.prototype.slice.call(mapped));
