function f(x) {
  switch (x) {
    case 1: return 'one';
    case '1': return 'string one';
    case 2: case 3: return 'two or three';
    default: return 'other';
  }
}
console.log(f(1), f('1'), f(3), f(9));
let log = [];
switch (2) { case 1: log.push(1); case 2: log.push(2); case 3: log.push(3); break; case 4: log.push(4); }
switch (9) { default: log.push('d'); case 1: log.push('after default'); }
console.log(log);
