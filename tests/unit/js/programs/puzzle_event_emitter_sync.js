class Emitter {
  constructor() { this.listeners = new Map(); }
  on(e, f) { if (!this.listeners.has(e)) this.listeners.set(e, []); this.listeners.get(e).push(f); return this; }
  once(e, f) { const w = (...a) => { this.off(e, w); f(...a); }; return this.on(e, w); }
  off(e, f) { const l = this.listeners.get(e) || []; const i = l.indexOf(f); if (i >= 0) l.splice(i, 1); return this; }
  emit(e, ...a) { const l = [...(this.listeners.get(e) || [])]; l.forEach(f => f(...a)); return l.length > 0; }
}
const em = new Emitter();
em.on('x', v => console.log('on', v));
em.once('x', v => console.log('once', v));
em.on('x', v => Promise.resolve().then(() => console.log('async listener', v)));
console.log('emit 1', em.emit('x', 1));
console.log('emit 2', em.emit('x', 2));
console.log('after emits');
