class Emitter {
  constructor() { this.handlers = {}; }
  on(name, fn) { (this.handlers[name] ||= []).push(fn); return this; }
  emit(name, ...args) { (this.handlers[name] || []).forEach(fn => fn(...args)); return !!this.handlers[name]; }
}
const e = new Emitter();
e.on('data', x => console.log('first', x)).on('data', x => console.log('second', x));
console.log('before emit');
console.log(e.emit('data', 42), e.emit('none'));
console.log('after emit');
