// 'uncaughtException' for unhandled rejections: a non-Error reason arrives wrapped as an
// UnhandledPromiseRejection (ERR_UNHANDLED_REJECTION); an Error reason arrives as it is.
process.on('uncaughtException', (err, origin) => {
  console.log(origin, err instanceof Error, err.name, err.code, Object.keys(err));
  console.log(err.message);
});
Promise.reject('plain string');
Promise.reject({ an: 'object' });
Promise.reject(new TypeError('real error'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('later'), 1);
