setTimeout(() => console.log('unref never runs'), 10).unref();
console.log('main done');
