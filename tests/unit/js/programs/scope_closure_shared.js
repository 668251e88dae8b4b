function make() { let v = 'a'; const get = () => v; const set = (n) => { v = n; }; return [get, set]; }
const [get, set] = make();
console.log(get()); set('b'); console.log(get());
let outer = 1; function read() { return outer; } outer = 2; console.log(read());
