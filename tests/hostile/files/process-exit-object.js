// process.exit({}) throws Node's ERR_INVALID_ARG_TYPE from the exitCode setter.
process.exit({});
