console.log('log'); console.info('info'); console.warn('warn'); console.error('error');
console.log(); console.log(''); console.log(' ');
console.log('multi', 'args', 1, true, null);
