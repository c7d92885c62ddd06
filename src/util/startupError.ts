/**
 * A problem the operator must fix before the bot can start (a variable, a file, a key). Its
 * message is one or two plain sentences naming the variable and what to do; entry points print it
 * without a stack (the stack is logged only at LOG_LEVEL=debug).
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}
