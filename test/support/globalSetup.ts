/** Nothing global to start: each test file starts its own fakes on free ports. */
export default function setup(): void {}
