setTimeout(() => console.log('unref 10 fires'), 10).unref();
setTimeout(() => console.log('ref 30'), 30);
