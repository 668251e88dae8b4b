// node:test's mock.timers would replace the process's timers: refused, with the place.
const { mock } = require('node:test');
mock.timers.enable({ apis: ['setTimeout'] });
