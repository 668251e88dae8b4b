process.on('unhandledRejection', (reason) => console.log('unhandledRejection:', reason.message));
Promise.reject(new Error('nobody catches'));
setTimeout(() => console.log('process goes on'), 1);
