const EventEmitter = require('events');
const e = new EventEmitter();
e.on('error', (err) => console.log('handled error:', err.message));
e.emit('error', new Error('bad'));
const f = new EventEmitter();
try { f.emit('error', new Error('unhandled')); } catch (err) { console.log('thrown:', err.message); }
