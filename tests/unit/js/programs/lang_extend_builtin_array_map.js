class Stack extends Array { peek() { return this[this.length - 1]; } }
const s = new Stack(); s.push(1, 2, 3);
console.log(s.peek(), s.length, Array.isArray(s), s instanceof Stack);
class Registry extends Map { register(k, v) { return this.set(k, v); } }
const r = new Registry(); r.register('a', 1); console.log(r.get('a'), r.size, r instanceof Map);
