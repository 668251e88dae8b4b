process.on('exit', () => { throw new Error('y'); });
try { process.exit(3); } catch (e) { console.log('caught', e.message); }
console.log('after');
